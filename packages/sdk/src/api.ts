/**
 * The types of the API as the SDK declares them, written out in full: every schema (`Contact`, `List`,
 * ...), every operation's parameters and answer (`GetAllListsParams`, `GetAllListsAnswer`), each group's
 * methods and the whole client's groups. They refer to nothing outside the SDK.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import type { RequestOptions } from "./options.js"
import type { PagePromise } from "./PagePromise.js"
import type { AdvancedReportsWorkflows } from "./workflows/advanced-reports.js"
import type { ContactsWorkflows } from "./workflows/contacts.js"
import type { OperationsWorkflows } from "./workflows/operations.js"
import type { WebhooksWorkflows } from "./workflows/webhooks.js"

/** `AdvancedReport` of `@egoi-ts/core/AdvancedReports`. */
export type AdvancedReport = {
  readonly advanced_report_id: number
  readonly title?: undefined | string
  readonly hash?: undefined | string
  readonly file?: undefined | null | string
  readonly status?:
    | undefined
    | (string & {})
    | "canceled"
    | "queued"
    | "paused"
    | "running"
    | "finished"
    | "stopped"
    | "error"
  readonly created?: undefined | string
}

/** `AdvancedReportCollection` of `@egoi-ts/core/AdvancedReports`. */
export type AdvancedReportCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly title?: undefined | string
    readonly status?:
      | undefined
      | (string & {})
      | "canceled"
      | "queued"
      | "paused"
      | "running"
      | "finished"
      | "stopped"
      | "error"
    readonly created?: undefined | string
    readonly advanced_report_id: number
    readonly hash?: undefined | string
    readonly file?: undefined | null | string
  }>
}

/** `AdvancedReportModel` of `@egoi-ts/core/AdvancedReports`. */
export type AdvancedReportModel = {
  readonly title?: undefined | string
  readonly created?: undefined | string
  readonly model_id: number
}

/** `AdvancedReportModelCollection` of `@egoi-ts/core/AdvancedReports`. */
export type AdvancedReportModelCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly title?: undefined | string
    readonly created?: undefined | string
    readonly model_id: number
  }>
}

/** `ByModelReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type ByModelReportRequest = { readonly model_id: number }

/** `ContactActivityReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type ContactActivityReportRequest = {
  readonly title: string
  readonly lists: ReadonlyArray<number>
  readonly columns: {
    readonly contact_activities?: {
      readonly opens?: boolean
      readonly clicks?: boolean
      readonly recommends?: boolean
      readonly conversion?: boolean
      readonly email_send?: boolean
      readonly sms_send?: boolean
      readonly sms_report?: boolean
      readonly voice_send?: boolean
      readonly voice_report?: boolean
      readonly invitation_send?: boolean
      readonly invitation_open?: boolean
      readonly unsubscribe?: boolean
      readonly email_soft_bounce?: boolean
      readonly email_hard_bounce?: boolean
      readonly subscription?: boolean
      readonly resubscription?: boolean
      readonly unsubscribe_reason?: boolean
      readonly facebook_like?: boolean
      readonly social_share?: boolean
      readonly unsubscribe_manual?: boolean
      readonly double_optin?: boolean
      readonly email_spam_complaint?: boolean
      readonly email_field_disable?: boolean
      readonly cellphone_field_disable?: boolean
      readonly phone_field_disable?: boolean
      readonly unsubscribe_api?: boolean
      readonly email_field_enable?: boolean
      readonly cellphone_field_enable?: boolean
      readonly phone_field_enable?: boolean
      readonly edit_subscription?: boolean
      readonly automation_event?: boolean
      readonly push_send?: boolean
      readonly push_delivered?: boolean
      readonly push_error?: boolean
      readonly push_received?: boolean
      readonly push_open?: boolean
      readonly push_canceled?: boolean
      readonly push_unsubscription?: boolean
      readonly reply_to_email?: boolean
      readonly web_push_send?: boolean
      readonly web_push_delivered?: boolean
      readonly web_push_open?: boolean
      readonly web_push_bounce?: boolean
      readonly web_push_click?: boolean
      readonly web_push_subscription?: boolean
      readonly web_push_unsubscription?: boolean
      readonly forget_subscription?: boolean
      readonly change_consent?: boolean
      readonly double_optin_resend?: boolean
      readonly double_optedit?: boolean
    }
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
  }
  readonly options: { readonly notify?: ReadonlyArray<number> }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
}

/** `EmailBouncesReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type EmailBouncesReportRequest = {
  readonly title: string
  readonly columns: {
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly list_stats_fields?: {
      readonly bounce_date?: boolean
      readonly bounce_type?: boolean
      readonly bounce_detail?: boolean
    }
    readonly campaign_fields?: {
      readonly type?: boolean
      readonly campaign_hash?: boolean
      readonly channel?: boolean
      readonly internal_name?: boolean
      readonly group?: boolean
      readonly send_date?: boolean
      readonly sender?: boolean
    }
  }
  readonly options: {
    readonly notify?: ReadonlyArray<number>
    readonly include_unopens: boolean
    readonly grouping?: "by_contact" | "by_campaign"
  }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
  readonly campaigns: ReadonlyArray<
    | { readonly type: "all"; readonly list_id: number }
    | { readonly type: "last"; readonly list_id: number }
    | { readonly type: "specific"; readonly list_id: number; readonly data: ReadonlyArray<string> }
    | { readonly type: "group"; readonly list_id: number; readonly data: ReadonlyArray<number> }
  >
}

/** `EmailClicksByContactReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type EmailClicksByContactReportRequest = {
  readonly title: string
  readonly columns: {
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly list_stats_fields?: { readonly clicks?: boolean }
    readonly campaign_fields?: {
      readonly type?: boolean
      readonly campaign_hash?: boolean
      readonly channel?: boolean
      readonly internal_name?: boolean
      readonly group?: boolean
      readonly send_date?: boolean
      readonly sender?: boolean
      readonly url?: boolean
      readonly city?: boolean
      readonly country?: boolean
      readonly region?: boolean
      readonly program?: boolean
      readonly os?: boolean
    }
  }
  readonly options: { readonly notify?: ReadonlyArray<number> }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
  readonly campaigns: ReadonlyArray<
    | { readonly type: "all"; readonly list_id: number }
    | { readonly type: "last"; readonly list_id: number }
    | { readonly type: "specific"; readonly list_id: number; readonly data: ReadonlyArray<string> }
    | { readonly type: "group"; readonly list_id: number; readonly data: ReadonlyArray<number> }
  >
}

/** `EmailClicksByUrlReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type EmailClicksByUrlReportRequest = {
  readonly title: string
  readonly columns: {
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly list_stats_fields?: {
      readonly clicks?: boolean
      readonly unique_clicks?: boolean
      readonly click_rate_per_url?: boolean
    }
    readonly campaign_fields?: {
      readonly type?: boolean
      readonly campaign_hash?: boolean
      readonly channel?: boolean
      readonly internal_name?: boolean
      readonly group?: boolean
      readonly send_date?: boolean
      readonly url?: boolean
      readonly city?: boolean
      readonly country?: boolean
      readonly region?: boolean
      readonly program?: boolean
      readonly os?: boolean
    }
  }
  readonly options: { readonly notify?: ReadonlyArray<number> }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
  readonly campaigns: ReadonlyArray<
    | { readonly type: "all"; readonly list_id: number }
    | { readonly type: "last"; readonly list_id: number }
    | { readonly type: "specific"; readonly list_id: number; readonly data: ReadonlyArray<string> }
    | { readonly type: "group"; readonly list_id: number; readonly data: ReadonlyArray<number> }
  >
}

/** `EmailEventsReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type EmailEventsReportRequest = {
  readonly title: string
  readonly columns: {
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly list_stats_fields?: {
      readonly opens?: boolean
      readonly clicks?: boolean
      readonly complaints?: boolean
      readonly unsubscribes?: boolean
      readonly bounces?: boolean
      readonly forwards?: boolean
      readonly forwards_conversion?: boolean
      readonly fb_likes?: boolean
      readonly fb_shares?: boolean
      readonly tw_shares?: boolean
      readonly social_shares?: boolean
    }
    readonly campaign_fields?: {
      readonly type?: boolean
      readonly campaign_hash?: boolean
      readonly channel?: boolean
      readonly internal_name?: boolean
      readonly group?: boolean
      readonly send_date?: boolean
      readonly sender?: boolean
      readonly url?: boolean
      readonly city?: boolean
      readonly country?: boolean
      readonly region?: boolean
      readonly program?: boolean
      readonly os?: boolean
    }
  }
  readonly options: { readonly notify?: ReadonlyArray<number>; readonly include_unopens: boolean }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
  readonly campaigns: ReadonlyArray<
    | { readonly type: "all"; readonly list_id: number }
    | { readonly type: "last"; readonly list_id: number }
    | { readonly type: "specific"; readonly list_id: number; readonly data: ReadonlyArray<string> }
    | { readonly type: "group"; readonly list_id: number; readonly data: ReadonlyArray<number> }
  >
}

/** `EmailUnsubscriptionsReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type EmailUnsubscriptionsReportRequest = {
  readonly title: string
  readonly columns: {
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly list_stats_fields?: {
      readonly unsubscription_method?: boolean
      readonly unsubscription_motive?: boolean
      readonly unsubscription_date?: boolean
    }
    readonly campaign_fields?: {
      readonly type?: boolean
      readonly campaign_hash?: boolean
      readonly channel?: boolean
      readonly internal_name?: boolean
      readonly group?: boolean
      readonly send_date?: boolean
      readonly sender?: boolean
    }
  }
  readonly options: { readonly notify?: ReadonlyArray<number> }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
  readonly campaigns: ReadonlyArray<
    | { readonly type: "all"; readonly list_id: number }
    | { readonly type: "last"; readonly list_id: number }
    | { readonly type: "specific"; readonly list_id: number; readonly data: ReadonlyArray<string> }
    | { readonly type: "group"; readonly list_id: number; readonly data: ReadonlyArray<number> }
  >
}

/** `FormAnswersReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type FormAnswersReportRequest = {
  readonly title: string
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
  readonly forms: ReadonlyArray<{ readonly list_id: number; readonly forms: ReadonlyArray<number> }>
}

/** `Range` of `@egoi-ts/core/AdvancedReports`. */
export type Range = { readonly start: string | Date; readonly end: string | Date }

/** `ReportCallback` of `@egoi-ts/core/AdvancedReports`. */
export type ReportCallback = { readonly file: string }

/** `ReportCampaigns` of `@egoi-ts/core/AdvancedReports`. */
export type ReportCampaigns =
  | { readonly list_id: number; readonly type: "all" }
  | { readonly list_id: number; readonly type: "last" }
  | { readonly list_id: number; readonly type: "specific"; readonly data: ReadonlyArray<string> }
  | { readonly list_id: number; readonly type: "group"; readonly data: ReadonlyArray<number> }

/** `SendsReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type SendsReportRequest = {
  readonly title: string
  readonly lists: ReadonlyArray<number>
  readonly columns: {
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly campaign_fields?: {
      readonly type?: boolean
      readonly campaign_hash?: boolean
      readonly channel?: boolean
      readonly internal_name?: boolean
      readonly group?: boolean
      readonly send_date?: boolean
      readonly sender?: boolean
    }
  }
  readonly options: { readonly notify?: ReadonlyArray<number> }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
}

/** `SmsBouncesReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type SmsBouncesReportRequest = {
  readonly title: string
  readonly columns: {
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly list_stats_fields?: { readonly delivery_answer?: boolean; readonly delivery_date?: boolean }
    readonly campaign_fields?: {
      readonly type?: boolean
      readonly campaign_hash?: boolean
      readonly channel?: boolean
      readonly internal_name?: boolean
      readonly group?: boolean
      readonly send_date?: boolean
      readonly sender?: boolean
    }
  }
  readonly options: { readonly notify?: ReadonlyArray<number>; readonly grouping?: "by_contact" | "by_campaign" }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
  readonly campaigns: ReadonlyArray<
    | { readonly type: "all"; readonly list_id: number }
    | { readonly type: "last"; readonly list_id: number }
    | { readonly type: "specific"; readonly list_id: number; readonly data: ReadonlyArray<string> }
    | { readonly type: "group"; readonly list_id: number; readonly data: ReadonlyArray<number> }
  >
}

/** `SmsEventsReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type SmsEventsReportRequest = {
  readonly title: string
  readonly columns: {
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly list_stats_fields?: { readonly delivery_answer?: boolean; readonly delivery_date?: boolean }
    readonly campaign_fields?: {
      readonly type?: boolean
      readonly campaign_hash?: boolean
      readonly channel?: boolean
      readonly internal_name?: boolean
      readonly group?: boolean
      readonly send_date?: boolean
      readonly sender?: boolean
    }
  }
  readonly options: { readonly notify?: ReadonlyArray<number> }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
  readonly campaigns: ReadonlyArray<
    | { readonly type: "all"; readonly list_id: number }
    | { readonly type: "last"; readonly list_id: number }
    | { readonly type: "specific"; readonly list_id: number; readonly data: ReadonlyArray<string> }
    | { readonly type: "group"; readonly list_id: number; readonly data: ReadonlyArray<number> }
  >
}

/** `SubscriptionsReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type SubscriptionsReportRequest = {
  readonly title: string
  readonly lists: ReadonlyArray<number>
  readonly columns: {
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly list_stats_fields?: { readonly subscription_method?: boolean; readonly subscription_src?: boolean }
  }
  readonly options: { readonly notify?: ReadonlyArray<number> }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
}

/** `UnsubscriptionsReportRequest` of `@egoi-ts/core/AdvancedReports`. */
export type UnsubscriptionsReportRequest = {
  readonly title: string
  readonly lists: ReadonlyArray<number>
  readonly columns: {
    readonly list_base_fields?: ReadonlyArray<string>
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly list_stats_fields?: {
      readonly unsubscription_method?: boolean
      readonly unsubscription_date?: boolean
      readonly unsubscription_src?: boolean
    }
  }
  readonly options: { readonly notify?: ReadonlyArray<number> }
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly callback_url?: string
}

/** `Automation` of `@egoi-ts/core/Automations`. */
export type Automation = {
  readonly title?: undefined | string
  readonly status?: undefined | (string & {}) | "active" | "inactive"
  readonly created?: undefined | string
  readonly list_id?: undefined | number
  readonly automation_id: number
  readonly created_by?: undefined | number
  readonly allow_multiple_contacts?: boolean | undefined
  readonly contact_limit?: undefined | number
  readonly updated?: undefined | string
}

/** `AutomationAction` of `@egoi-ts/core/Automations`. */
export type AutomationAction = {
  readonly title?: undefined | string
  readonly created?: undefined | string
  readonly created_by?: undefined | number
  readonly updated?: undefined | string
  readonly action_id: number
  readonly action?: undefined | string
  readonly parent_id?: undefined | null | number
}

/** `AutomationActionCollection` of `@egoi-ts/core/Automations`. */
export type AutomationActionCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly title?: undefined | string
    readonly created_by?: undefined | number
    readonly created?: undefined | string
    readonly updated?: undefined | string
    readonly action_id: number
    readonly action?: undefined | string
    readonly parent_id?: undefined | null | number
  }>
}

/** `AutomationCollection` of `@egoi-ts/core/Automations`. */
export type AutomationCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly title?: undefined | string
    readonly status?: undefined | (string & {}) | "active" | "inactive"
    readonly list_id?: undefined | number
    readonly created_by?: undefined | number
    readonly created?: undefined | string
    readonly updated?: undefined | string
    readonly automation_id: number
    readonly allow_multiple_contacts?: boolean | undefined
    readonly contact_limit?: undefined | number
  }>
}

/** `CName` of `@egoi-ts/core/CNames`. */
export type CName = {
  readonly status?: undefined | (string & {}) | "invalid" | "verified" | "unverified" | "recent" | "private"
  readonly value?: undefined | string
  readonly cname_id: number
}

/** `CNameCollection` of `@egoi-ts/core/CNames`. */
export type CNameCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly status?: undefined | (string & {}) | "invalid" | "verified" | "unverified" | "recent" | "private"
    readonly value?: undefined | string
    readonly cname_id: number
  }>
}

/** `CampaignGroupCollection` of `@egoi-ts/core/CampaignGroups`. */
export type CampaignGroupCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{ readonly name: string; readonly group_id: number }>
}

/** `CampaignGroupRequest` of `@egoi-ts/core/CampaignGroups`. */
export type CampaignGroupRequest = { readonly name: string }

/** `Campaign` of `@egoi-ts/core/Campaigns`. */
export type Campaign = {
  readonly title?: undefined | string
  readonly status?: undefined | (string & {}) | "canceled" | "queued" | "paused" | "draft" | "sending" | "sent"
  readonly created?: undefined | string
  readonly list_id?: undefined | number
  readonly campaign_hash: string
  readonly channel?: undefined | (string & {}) | "push" | "email" | "sms" | "smart_sms" | "voice" | "web_push"
  readonly internal_name?: undefined | string
  readonly automation_id?: undefined | null | number
  readonly created_by?: undefined | number
  readonly updated?: undefined | string
  readonly id?: undefined | number
  readonly thumbnail?: undefined | string
  readonly group_id?: undefined | null | number
  readonly start_date?: undefined | null | string
  readonly end_date?: undefined | null | string
  readonly schedule_date?:
    | undefined
    | { readonly enabled?: boolean | undefined; readonly date?: undefined | null | string }
  readonly processed_messages?: undefined | number
}

/** `CampaignCollection` of `@egoi-ts/core/Campaigns`. */
export type CampaignCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly title?: undefined | string
    readonly status?: undefined | (string & {}) | "canceled" | "queued" | "paused" | "draft" | "sending" | "sent"
    readonly campaign_hash: string
    readonly id?: undefined | number
    readonly thumbnail?: undefined | string
    readonly channel?: undefined | (string & {}) | "push" | "email" | "sms" | "smart_sms" | "voice" | "web_push"
    readonly internal_name?: undefined | string
    readonly list_id?: undefined | number
    readonly created_by?: undefined | number
    readonly group_id?: undefined | null | number
    readonly created?: undefined | string
    readonly updated?: undefined | string
    readonly start_date?: undefined | null | string
    readonly end_date?: undefined | null | string
    readonly schedule_date?:
      | undefined
      | { readonly enabled?: boolean | undefined; readonly date?: undefined | null | string }
    readonly processed_messages?: undefined | number
    readonly automation_id?: undefined | null | number
  }>
}

/** `CampaignHash` of `@egoi-ts/core/Campaigns`. */
export type CampaignHash = string

/** `CampaignHashPath` of `@egoi-ts/core/Campaigns`. */
export type CampaignHashPath = { readonly campaign_hash: string }

/** `CampaignQuery` of `@egoi-ts/core/Campaigns`. */
export type CampaignQuery = {
  readonly status?: "canceled" | "queued" | "paused" | "draft" | "sending" | "sent"
  readonly list_id?: number
  readonly campaign_hash?: string
  readonly channel?: "push" | "email" | "sms" | "smart_sms" | "voice" | "web_push"
  readonly internal_name?: string
  readonly created_by?: number
  readonly group_id?: number
  readonly created_min?: string | Date
  readonly created_max?: string | Date
  readonly updated_min?: string | Date
  readonly updated_max?: string | Date
  readonly start_date_min?: string | Date
  readonly start_date_max?: string | Date
  readonly end_date_min?: string | Date
  readonly end_date_max?: string | Date
  readonly schedule_date_min?: string | Date
  readonly schedule_date_max?: string | Date
  readonly offset?: number
  readonly limit?: number
  readonly order?: "asc" | "desc"
  readonly order_by?: "created" | "list_id" | "internal_name" | "created_by" | "group_id"
}

/** `ContactSendSegment` of `@egoi-ts/core/Campaigns`. */
export type ContactSendSegment =
  | { readonly type: "none" }
  | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
  | { readonly type: "contact"; readonly data: string }

/** `EmailSendSegment` of `@egoi-ts/core/Campaigns`. */
export type EmailSendSegment =
  | { readonly type: "none" }
  | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
  | { readonly type: "contact"; readonly data: string }

/** `HashcodeCampaign` of `@egoi-ts/core/Campaigns`. */
export type HashcodeCampaign = { readonly campaign_hash: string }

/** `LimitHour` of `@egoi-ts/core/Campaigns`. */
export type LimitHour = { readonly hour_start?: string; readonly hour_end?: string }

/** `Notify` of `@egoi-ts/core/Campaigns`. */
export type Notify = ReadonlyArray<number>

/** `SendContact` of `@egoi-ts/core/Campaigns`. */
export type SendContact = { readonly type: "contact"; readonly data: string }

/** `SendContactCellphone` of `@egoi-ts/core/Campaigns`. */
export type SendContactCellphone = { readonly type: "contact"; readonly data: string }

/** `SendEmailContact` of `@egoi-ts/core/Campaigns`. */
export type SendEmailContact = { readonly type: "contact"; readonly data: string }

/** `SendNone` of `@egoi-ts/core/Campaigns`. */
export type SendNone = { readonly type: "none" }

/** `SendSegment` of `@egoi-ts/core/Campaigns`. */
export type SendSegment = { readonly type: "segment"; readonly data: ReadonlyArray<string> }

/** `SmsSendSegment` of `@egoi-ts/core/Campaigns`. */
export type SmsSendSegment =
  | { readonly type: "none" }
  | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
  | { readonly type: "contact"; readonly data: string }

/** `Accepted` of `@egoi-ts/core/Common`. */
export type Accepted = { readonly result: string }

/** `DateParam` of `@egoi-ts/core/Common`. */
export type DateParam = string

/** `DateTime` of `@egoi-ts/core/Common`. */
export type DateTime = string

/** `DateTimeParam` of `@egoi-ts/core/Common`. */
export type DateTimeParam = string | Date

/** `Email` of `@egoi-ts/core/Common`. */
export type EmailDetails = string

/** `HttpUrl` of `@egoi-ts/core/Common`. */
export type HttpUrl = string

/** `Id` of `@egoi-ts/core/Common`. */
export type Id = number

/** `IdParam` of `@egoi-ts/core/Common`. */
export type IdParam = number

/** `Language` of `@egoi-ts/core/Common`. */
export type Language = "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"

/** `Limit` of `@egoi-ts/core/Common`. */
export type Limit = number

/** `Offset` of `@egoi-ts/core/Common`. */
export type Offset = number

/** `Order` of `@egoi-ts/core/Common`. */
export type Order = "asc" | "desc"

/** `Phone` of `@egoi-ts/core/Common`. */
export type Phone = string

/** `ConnectedSite` of `@egoi-ts/core/ConnectedSites`. */
export type ConnectedSite = { readonly list_id?: undefined | string | number; readonly domain: string }

/** `ConnectedSiteCollection` of `@egoi-ts/core/ConnectedSites`. */
export type ConnectedSiteCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{ readonly list_id?: undefined | string | number; readonly domain: string }>
}

/** `ConnectedSiteDetail` of `@egoi-ts/core/ConnectedSites`. */
export type ConnectedSiteDetail = {
  readonly list_id?: undefined | string | number
  readonly domain: string
  readonly code?: undefined | string
  readonly features?:
    | undefined
    | ReadonlyArray<{
        readonly web_push?:
          | undefined
          | {
              readonly enabled?: boolean | undefined
              readonly items?:
                | undefined
                | ReadonlyArray<{
                    readonly internal_name?: undefined | string
                    readonly site_id?: undefined | number
                    readonly app_code?: undefined | string
                  }>
            }
        readonly track_and_engage?: undefined | { readonly enabled?: boolean | undefined }
        readonly on_site_message?:
          | undefined
          | {
              readonly enabled?: boolean | undefined
              readonly items?:
                | undefined
                | ReadonlyArray<{ readonly internal_name?: undefined | string; readonly form_id?: undefined | number }>
            }
        readonly popup_forms?:
          | undefined
          | {
              readonly enabled?: boolean | undefined
              readonly items?:
                | undefined
                | ReadonlyArray<{ readonly internal_name?: undefined | string; readonly form_id?: undefined | number }>
            }
        readonly whatsapp?:
          | undefined
          | {
              readonly enabled?: boolean | undefined
              readonly items?:
                | undefined
                | ReadonlyArray<{ readonly internal_name?: undefined | string; readonly form_id?: undefined | number }>
            }
        readonly embed_forms?:
          | undefined
          | {
              readonly enabled?: boolean | undefined
              readonly items?:
                | undefined
                | ReadonlyArray<{
                    readonly internal_name?: undefined | string
                    readonly form_id?: undefined | number
                    readonly form_hash?: undefined | string
                  }>
            }
      }>
}

/** `ConnectedSiteFeatures` of `@egoi-ts/core/ConnectedSites`. */
export type ConnectedSiteFeatures = {
  readonly web_push?:
    | undefined
    | {
        readonly enabled?: boolean | undefined
        readonly items?:
          | undefined
          | ReadonlyArray<{
              readonly internal_name?: undefined | string
              readonly site_id?: undefined | number
              readonly app_code?: undefined | string
            }>
      }
  readonly track_and_engage?: undefined | { readonly enabled?: boolean | undefined }
  readonly on_site_message?:
    | undefined
    | {
        readonly enabled?: boolean | undefined
        readonly items?:
          | undefined
          | ReadonlyArray<{ readonly internal_name?: undefined | string; readonly form_id?: undefined | number }>
      }
  readonly popup_forms?:
    | undefined
    | {
        readonly enabled?: boolean | undefined
        readonly items?:
          | undefined
          | ReadonlyArray<{ readonly internal_name?: undefined | string; readonly form_id?: undefined | number }>
      }
  readonly whatsapp?:
    | undefined
    | {
        readonly enabled?: boolean | undefined
        readonly items?:
          | undefined
          | ReadonlyArray<{ readonly internal_name?: undefined | string; readonly form_id?: undefined | number }>
      }
  readonly embed_forms?:
    | undefined
    | {
        readonly enabled?: boolean | undefined
        readonly items?:
          | undefined
          | ReadonlyArray<{
              readonly internal_name?: undefined | string
              readonly form_id?: undefined | number
              readonly form_hash?: undefined | string
            }>
      }
}

/** `ConnectedSiteInput` of `@egoi-ts/core/ConnectedSites`. */
export type ConnectedSiteInput = { readonly list_id: number; readonly domain: string }

/** `Domain` of `@egoi-ts/core/ConnectedSites`. */
export type Domain = string

/** `ListIdValue` of `@egoi-ts/core/ConnectedSites`. */
export type ListIdValue = string | number

/** `Activity` of `@egoi-ts/core/Contacts`. */
export type Activity = {
  readonly date?: undefined | string
  readonly action_name:
    | (string & {})
    | "conversion"
    | "email_send"
    | "sms_send"
    | "sms_report"
    | "voice_send"
    | "voice_report"
    | "invitation_send"
    | "invitation_open"
    | "unsubscribe"
    | "email_soft_bounce"
    | "email_hard_bounce"
    | "subscription"
    | "resubscription"
    | "unsubscribe_reason"
    | "facebook_like"
    | "social_share"
    | "unsubscribe_manual"
    | "double_optin"
    | "email_spam_complaint"
    | "email_field_disable"
    | "cellphone_field_disable"
    | "phone_field_disable"
    | "unsubscribe_api"
    | "email_field_enable"
    | "cellphone_field_enable"
    | "phone_field_enable"
    | "edit_subscription"
    | "automation_event"
    | "push_send"
    | "push_delivered"
    | "push_error"
    | "push_received"
    | "push_open"
    | "push_canceled"
    | "push_unsubscription"
    | "reply_to_email"
    | "web_push_send"
    | "web_push_delivered"
    | "web_push_open"
    | "web_push_bounce"
    | "web_push_click"
    | "web_push_subscription"
    | "web_push_unsubscription"
    | "forget_subscription"
    | "change_consent"
    | "double_optin_resend"
    | "double_optedit"
    | "email_open"
    | "email_click"
    | "forward"
    | "mms_send"
    | "mms_open"
    | "push_click"
    | "add_push_contact"
    | "remove_push_contact"
    | "voice_menu_event"
    | "voice_redirect"
    | "automation_action"
    | "automation_trigger"
    | "attach_tag"
    | "detach_tag"
    | "smart_sms_send"
    | "smart_sms_open"
    | "smart_sms_click"
    | "smart_sms_report"
  readonly action_data?:
    | undefined
    | {
        readonly campaign_hash?: undefined | string
        readonly url?: undefined | string
        readonly automation_id?: undefined | number
        readonly tag_id?: undefined | number
      }
}

/** `ActivityCollection` of `@egoi-ts/core/Contacts`. */
export type ActivityCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly date?: undefined | string
    readonly action_name:
      | (string & {})
      | "conversion"
      | "email_send"
      | "sms_send"
      | "sms_report"
      | "voice_send"
      | "voice_report"
      | "invitation_send"
      | "invitation_open"
      | "unsubscribe"
      | "email_soft_bounce"
      | "email_hard_bounce"
      | "subscription"
      | "resubscription"
      | "unsubscribe_reason"
      | "facebook_like"
      | "social_share"
      | "unsubscribe_manual"
      | "double_optin"
      | "email_spam_complaint"
      | "email_field_disable"
      | "cellphone_field_disable"
      | "phone_field_disable"
      | "unsubscribe_api"
      | "email_field_enable"
      | "cellphone_field_enable"
      | "phone_field_enable"
      | "edit_subscription"
      | "automation_event"
      | "push_send"
      | "push_delivered"
      | "push_error"
      | "push_received"
      | "push_open"
      | "push_canceled"
      | "push_unsubscription"
      | "reply_to_email"
      | "web_push_send"
      | "web_push_delivered"
      | "web_push_open"
      | "web_push_bounce"
      | "web_push_click"
      | "web_push_subscription"
      | "web_push_unsubscription"
      | "forget_subscription"
      | "change_consent"
      | "double_optin_resend"
      | "double_optedit"
      | "email_open"
      | "email_click"
      | "forward"
      | "mms_send"
      | "mms_open"
      | "push_click"
      | "add_push_contact"
      | "remove_push_contact"
      | "voice_menu_event"
      | "voice_redirect"
      | "automation_action"
      | "automation_trigger"
      | "attach_tag"
      | "detach_tag"
      | "smart_sms_send"
      | "smart_sms_open"
      | "smart_sms_click"
      | "smart_sms_report"
    readonly action_data?:
      | undefined
      | {
          readonly campaign_hash?: undefined | string
          readonly automation_id?: undefined | number
          readonly url?: undefined | string
          readonly tag_id?: undefined | number
        }
  }>
}

/** `Advertising` of `@egoi-ts/core/Contacts`. */
export type Advertising = { readonly gclid?: string; readonly msclkid?: string; readonly fbclid?: string }

/** `ChangedContactBaseInput` of `@egoi-ts/core/Contacts`. */
export type ChangedContactBaseInput = {
  readonly status?: "active" | "inactive" | "unconfirmed"
  readonly email?: string
  readonly consent?:
    | "none"
    | "consent"
    | "any"
    | "contract"
    | "legitimate_interest"
    | "protect_vital_interests"
    | "public_interests"
    | "required_by_law"
    | "withdrawn"
  readonly first_name?: string
  readonly last_name?: string
  readonly birth_date?: string
  readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
  readonly email_status?: "active" | "inactive"
  readonly cellphone?: string
  readonly cellphone_status?: "active" | "inactive"
  readonly phone?: string
  readonly phone_status?: "active" | "inactive"
  readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
  readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
}

/** `ChangedContactStatus` of `@egoi-ts/core/Contacts`. */
export type ChangedContactStatus = "active" | "inactive" | "unconfirmed"

/** `ComplexContact` of `@egoi-ts/core/Contacts`. */
export type ComplexContact = {
  readonly extra: ReadonlyArray<{
    readonly status?: undefined | string
    readonly value?: undefined | string | number | ReadonlyArray<number>
    readonly field_id: number
    readonly format?:
      | undefined
      | "number"
      | (string & {})
      | "options"
      | "email"
      | "date"
      | "cellphone"
      | "phone"
      | "text"
  }>
  readonly tags: ReadonlyArray<number>
  readonly base: {
    readonly status?: undefined | (string & {}) | "active" | "inactive" | "unconfirmed" | "removed"
    readonly email?: undefined | string
    readonly unsubscription_method?:
      | undefined
      | ""
      | (string & {})
      | "manual"
      | "form"
      | "api"
      | "unsubscribe_link"
      | "bounce"
    readonly unsubscription_date?: undefined | string
    readonly subscription_method?: undefined | (string & {}) | "manual" | "form" | "api" | "imported" | "referral"
    readonly consent?: undefined | string
    readonly first_name?: undefined | string
    readonly last_name?: undefined | string
    readonly birth_date?: undefined | string
    readonly language?: undefined | string
    readonly email_status?: undefined | string
    readonly cellphone?: undefined | string
    readonly cellphone_status?: undefined | string
    readonly phone?: undefined | string
    readonly phone_status?: undefined | string
    readonly push_token_android?:
      | undefined
      | ReadonlyArray<{ readonly app_id?: undefined | string; readonly token?: undefined | string }>
    readonly push_token_ios?:
      | undefined
      | ReadonlyArray<{ readonly app_id?: undefined | string; readonly token?: undefined | string }>
    readonly contact_id: string
    readonly consent_date?: undefined | string
    readonly subscription_date?: undefined | string
    readonly subscription_form?: undefined | number
    readonly unsubscription_reason?:
      | undefined
      | ""
      | (string & {})
      | "not_interested"
      | "lack_of_time"
      | "email_address_change"
      | "spam"
      | "other"
    readonly unsubscription_observation?: undefined | string
    readonly change_date?: undefined | string
  }
  readonly email_stats?:
    | undefined
    | {
        readonly sent?: undefined | number
        readonly opens?: undefined | number
        readonly clicks?: undefined | number
        readonly forwards?: undefined | number
        readonly soft_bounces?: undefined | number
        readonly hard_bounces?: undefined | number
        readonly conversions?: undefined | number
        readonly social_actions?: undefined | number
        readonly last_send_date?: undefined | null | string
        readonly last_open_date?: undefined | null | string
        readonly last_click_date?: undefined | null | string
        readonly last_open_country?: undefined | null | string
        readonly last_open_region?: undefined | null | string
        readonly last_open_city?: undefined | null | string
      }
  readonly sms_stats?: undefined | { readonly sent?: undefined | number; readonly delivered?: undefined | number }
  readonly push_stats?:
    | undefined
    | {
        readonly sent?: undefined | number
        readonly clicks?: undefined | number
        readonly delivered?: undefined | number
        readonly not_delivered?: undefined | number
        readonly views?: undefined | number
        readonly last_view_date?: undefined | null | string
      }
  readonly webpush_stats?:
    | undefined
    | {
        readonly sent?: undefined | number
        readonly clicks?: undefined | number
        readonly bounces?: undefined | number
        readonly last_send_date?: undefined | null | string
        readonly last_click_date?: undefined | null | string
        readonly delivered?: undefined | number
        readonly last_delivery_date?: undefined | null | string
        readonly last_bounce_date?: undefined | null | string
      }
  readonly voice_stats?: undefined | { readonly sent?: undefined | number; readonly answered?: undefined | number }
  readonly traffic_stats?:
    | undefined
    | {
        readonly referrer?: undefined | { readonly [key: string]: string }
        readonly utm?: undefined | { readonly [key: string]: string }
        readonly advertising?: undefined | { readonly [key: string]: string }
      }
}

/** `Consent` of `@egoi-ts/core/Contacts`. */
export type Consent =
  | "none"
  | "consent"
  | "any"
  | "contract"
  | "legitimate_interest"
  | "protect_vital_interests"
  | "public_interests"
  | "required_by_law"
  | "withdrawn"

/** `Contact` of `@egoi-ts/core/Contacts`. */
export type Contact = {
  readonly extra: ReadonlyArray<{
    readonly status?: undefined | string
    readonly value?: undefined | string | number | ReadonlyArray<number>
    readonly field_id: number
    readonly format?:
      | undefined
      | "number"
      | (string & {})
      | "options"
      | "email"
      | "date"
      | "cellphone"
      | "phone"
      | "text"
  }>
  readonly tags: ReadonlyArray<number>
  readonly base: {
    readonly status?: undefined | (string & {}) | "active" | "inactive" | "unconfirmed" | "removed"
    readonly email?: undefined | string
    readonly unsubscription_method?:
      | undefined
      | ""
      | (string & {})
      | "manual"
      | "form"
      | "api"
      | "unsubscribe_link"
      | "bounce"
    readonly unsubscription_date?: undefined | string
    readonly subscription_method?: undefined | (string & {}) | "manual" | "form" | "api" | "imported" | "referral"
    readonly consent?: undefined | string
    readonly first_name?: undefined | string
    readonly last_name?: undefined | string
    readonly birth_date?: undefined | string
    readonly language?: undefined | string
    readonly email_status?: undefined | string
    readonly cellphone?: undefined | string
    readonly cellphone_status?: undefined | string
    readonly phone?: undefined | string
    readonly phone_status?: undefined | string
    readonly push_token_android?:
      | undefined
      | ReadonlyArray<{ readonly app_id?: undefined | string; readonly token?: undefined | string }>
    readonly push_token_ios?:
      | undefined
      | ReadonlyArray<{ readonly app_id?: undefined | string; readonly token?: undefined | string }>
    readonly contact_id: string
    readonly consent_date?: undefined | string
    readonly subscription_date?: undefined | string
    readonly subscription_form?: undefined | number
    readonly unsubscription_reason?:
      | undefined
      | ""
      | (string & {})
      | "not_interested"
      | "lack_of_time"
      | "email_address_change"
      | "spam"
      | "other"
    readonly unsubscription_observation?: undefined | string
    readonly change_date?: undefined | string
  }
}

/** `ContactBase` of `@egoi-ts/core/Contacts`. */
export type ContactBase = {
  readonly status?: undefined | (string & {}) | "active" | "inactive" | "unconfirmed" | "removed"
  readonly unsubscription_method?:
    | undefined
    | ""
    | (string & {})
    | "manual"
    | "form"
    | "api"
    | "unsubscribe_link"
    | "bounce"
  readonly unsubscription_date?: undefined | string
  readonly subscription_method?: undefined | (string & {}) | "manual" | "form" | "api" | "imported" | "referral"
  readonly email?: undefined | string
  readonly consent?: undefined | string
  readonly first_name?: undefined | string
  readonly last_name?: undefined | string
  readonly birth_date?: undefined | string
  readonly language?: undefined | string
  readonly email_status?: undefined | string
  readonly cellphone?: undefined | string
  readonly cellphone_status?: undefined | string
  readonly phone?: undefined | string
  readonly phone_status?: undefined | string
  readonly push_token_android?:
    | undefined
    | ReadonlyArray<{ readonly app_id?: undefined | string; readonly token?: undefined | string }>
  readonly push_token_ios?:
    | undefined
    | ReadonlyArray<{ readonly app_id?: undefined | string; readonly token?: undefined | string }>
  readonly contact_id: string
  readonly consent_date?: undefined | string
  readonly subscription_date?: undefined | string
  readonly subscription_form?: undefined | number
  readonly unsubscription_reason?:
    | undefined
    | ""
    | (string & {})
    | "not_interested"
    | "lack_of_time"
    | "email_address_change"
    | "spam"
    | "other"
  readonly unsubscription_observation?: undefined | string
  readonly change_date?: undefined | string
}

/** `ContactBaseInput` of `@egoi-ts/core/Contacts`. */
export type ContactBaseInput = {
  readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
  readonly email?: string
  readonly consent?:
    | "none"
    | "consent"
    | "any"
    | "contract"
    | "legitimate_interest"
    | "protect_vital_interests"
    | "public_interests"
    | "required_by_law"
    | "withdrawn"
  readonly first_name?: string
  readonly last_name?: string
  readonly birth_date?: string
  readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
  readonly email_status?: "active" | "inactive"
  readonly cellphone?: string
  readonly cellphone_status?: "active" | "inactive"
  readonly phone?: string
  readonly phone_status?: "active" | "inactive"
  readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
  readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
}

/** `ContactCollection` of `@egoi-ts/core/Contacts`. */
export type ContactCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly extra: ReadonlyArray<{
      readonly status?: undefined | string
      readonly value?: undefined | string | number | ReadonlyArray<number>
      readonly field_id: number
      readonly format?:
        | undefined
        | "number"
        | (string & {})
        | "options"
        | "email"
        | "date"
        | "cellphone"
        | "phone"
        | "text"
    }>
    readonly tags: ReadonlyArray<number>
    readonly base: {
      readonly status?: undefined | (string & {}) | "active" | "inactive" | "unconfirmed" | "removed"
      readonly email?: undefined | string
      readonly unsubscription_method?:
        | undefined
        | ""
        | (string & {})
        | "manual"
        | "form"
        | "api"
        | "unsubscribe_link"
        | "bounce"
      readonly unsubscription_date?: undefined | string
      readonly subscription_method?: undefined | (string & {}) | "manual" | "form" | "api" | "imported" | "referral"
      readonly consent?: undefined | string
      readonly first_name?: undefined | string
      readonly last_name?: undefined | string
      readonly birth_date?: undefined | string
      readonly language?: undefined | string
      readonly email_status?: undefined | string
      readonly cellphone?: undefined | string
      readonly cellphone_status?: undefined | string
      readonly phone?: undefined | string
      readonly phone_status?: undefined | string
      readonly push_token_android?:
        | undefined
        | ReadonlyArray<{ readonly app_id?: undefined | string; readonly token?: undefined | string }>
      readonly push_token_ios?:
        | undefined
        | ReadonlyArray<{ readonly app_id?: undefined | string; readonly token?: undefined | string }>
      readonly contact_id: string
      readonly consent_date?: undefined | string
      readonly subscription_date?: undefined | string
      readonly subscription_form?: undefined | number
      readonly unsubscription_reason?:
        | undefined
        | ""
        | (string & {})
        | "not_interested"
        | "lack_of_time"
        | "email_address_change"
        | "spam"
        | "other"
      readonly unsubscription_observation?: undefined | string
      readonly change_date?: undefined | string
    }
  }>
}

/** `ContactId` of `@egoi-ts/core/Contacts`. */
export type ContactId = string

/** `ContactInput` of `@egoi-ts/core/Contacts`. */
export type ContactInput = {
  readonly base?: {
    readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
    readonly email?: string
    readonly consent?:
      | "none"
      | "consent"
      | "any"
      | "contract"
      | "legitimate_interest"
      | "protect_vital_interests"
      | "public_interests"
      | "required_by_law"
      | "withdrawn"
    readonly first_name?: string
    readonly last_name?: string
    readonly birth_date?: string
    readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
    readonly email_status?: "active" | "inactive"
    readonly cellphone?: string
    readonly cellphone_status?: "active" | "inactive"
    readonly phone?: string
    readonly phone_status?: "active" | "inactive"
    readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
    readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
  }
  readonly extra?: ReadonlyArray<{
    readonly status?: "active" | "inactive"
    readonly value: string | ReadonlyArray<number>
    readonly field_id: number
  }>
  readonly utm?: {
    readonly utm_source?: string
    readonly utm_medium?: string
    readonly utm_campaign?: string
    readonly utm_content?: string
    readonly utm_term?: string
  }
  readonly referrer?: { readonly referrer?: string }
  readonly advertising?: { readonly gclid?: string; readonly msclkid?: string; readonly fbclid?: string }
}

/** `ContactStatus` of `@egoi-ts/core/Contacts`. */
export type ContactStatus = "active" | "inactive" | "unconfirmed" | "removed"

/** `ExportCallback` of `@egoi-ts/core/Contacts`. */
export type ExportCallback = {
  readonly file: string
  readonly list_id?: undefined | number
  readonly format?: undefined | string
  readonly total_contacts?: undefined | number
}

/** `ExtraFieldInput` of `@egoi-ts/core/Contacts`. */
export type ExtraFieldInput = {
  readonly status?: "active" | "inactive"
  readonly value: string | ReadonlyArray<number>
  readonly field_id: number
}

/** `ExtraFieldValue` of `@egoi-ts/core/Contacts`. */
export type ExtraFieldValue = {
  readonly status?: undefined | string
  readonly value?: undefined | string | number | ReadonlyArray<number>
  readonly field_id: number
  readonly format?: undefined | "number" | (string & {}) | "options" | "email" | "date" | "cellphone" | "phone" | "text"
}

/** `ImportBulkFileRequest` of `@egoi-ts/core/Contacts`. */
export type ImportBulkFileRequest = {
  readonly file: {
    readonly url: string
    readonly field_mapping: ReadonlyArray<{ readonly field_id: string; readonly column_name: string }>
    readonly separator?: string
    readonly delimiter?: string
  }
  readonly callback_url?: string
  readonly notify?: ReadonlyArray<number>
  readonly mode: "add" | "update" | "update_only"
  readonly compare_field: string
  readonly force_empty?: boolean
}

/** `ImportBulkRequest` of `@egoi-ts/core/Contacts`. */
export type ImportBulkRequest = {
  readonly callback_url?: string
  readonly notify?: ReadonlyArray<number>
  readonly mode: "add" | "update" | "update_only"
  readonly compare_field: string
  readonly force_empty?: boolean
  readonly contacts: ReadonlyArray<{
    readonly base?: {
      readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
      readonly email?: string
      readonly consent?:
        | "none"
        | "consent"
        | "any"
        | "contract"
        | "legitimate_interest"
        | "protect_vital_interests"
        | "public_interests"
        | "required_by_law"
        | "withdrawn"
      readonly first_name?: string
      readonly last_name?: string
      readonly birth_date?: string
      readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
      readonly email_status?: "active" | "inactive"
      readonly cellphone?: string
      readonly cellphone_status?: "active" | "inactive"
      readonly phone?: string
      readonly phone_status?: "active" | "inactive"
      readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
    }
    readonly extra?: ReadonlyArray<{
      readonly status?: "active" | "inactive"
      readonly value: string | ReadonlyArray<number>
      readonly field_id: number
    }>
    readonly utm?: {
      readonly utm_source?: string
      readonly utm_medium?: string
      readonly utm_campaign?: string
      readonly utm_content?: string
      readonly utm_term?: string
    }
    readonly referrer?: { readonly referrer?: string }
    readonly advertising?: { readonly gclid?: string; readonly msclkid?: string; readonly fbclid?: string }
  }>
}

/** `ImportCallback` of `@egoi-ts/core/Contacts`. */
export type ImportCallback = {
  readonly file?: undefined | string
  readonly updated: number
  readonly invalid: number
  readonly imported: number
  readonly ignored: number
}

/** `Referrer` of `@egoi-ts/core/Contacts`. */
export type Referrer = { readonly referrer?: string }

/** `StartAutomationResult` of `@egoi-ts/core/Contacts`. */
export type StartAutomationResult = {
  readonly error?: undefined | ReadonlyArray<string> | { readonly [key: string]: ReadonlyArray<string> }
  readonly automation_id?: undefined | number
  readonly action_id?: undefined | number
  readonly success: ReadonlyArray<string>
}

/** `UnsubscribeResult` of `@egoi-ts/core/Contacts`. */
export type UnsubscribeResult = {
  readonly success: ReadonlyArray<string>
  readonly errors: {
    readonly invalid_unsubscription_reason?: undefined | ReadonlyArray<string>
    readonly invalid_unsubscription_method?: undefined | ReadonlyArray<string>
    readonly invalid_data_type?: undefined | ReadonlyArray<string>
    readonly contact_not_in_list?: undefined | ReadonlyArray<string>
    readonly contact_already_removed?: undefined | ReadonlyArray<string>
  }
}

/** `Utm` of `@egoi-ts/core/Contacts`. */
export type Utm = {
  readonly utm_source?: string
  readonly utm_medium?: string
  readonly utm_campaign?: string
  readonly utm_content?: string
  readonly utm_term?: string
}

/** `BulkOrder` of `@egoi-ts/core/Ecommerce`. */
export type BulkOrder = {
  readonly date: string | Date
  readonly items: ReadonlyArray<{
    readonly name: string
    readonly id: string
    readonly category?: string
    readonly price?: number
    readonly quantity?: number
  }>
  readonly contact_id: string
  readonly order_id: string
  readonly order_status?: "created" | "canceled" | "pending" | "completed" | "unknown"
  readonly revenue: number
  readonly store_url: string
}

/** `BulkOrderItem` of `@egoi-ts/core/Ecommerce`. */
export type BulkOrderItem = {
  readonly name: string
  readonly id: string
  readonly category?: string
  readonly price?: number
  readonly quantity?: number
}

/** `BulkOrders` of `@egoi-ts/core/Ecommerce`. */
export type BulkOrders = ReadonlyArray<{
  readonly items: ReadonlyArray<{
    readonly name: string
    readonly id: string
    readonly price?: number
    readonly quantity?: number
    readonly category?: string
  }>
  readonly date: string | Date
  readonly contact_id: string
  readonly order_id: string
  readonly order_status?: "created" | "canceled" | "pending" | "completed" | "unknown"
  readonly revenue: number
  readonly store_url: string
}>

/** `CartInput` of `@egoi-ts/core/Ecommerce`. */
export type CartInput = {
  readonly contact?: {
    readonly base?: {
      readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
      readonly email?: string
      readonly consent?:
        | "none"
        | "consent"
        | "any"
        | "contract"
        | "legitimate_interest"
        | "protect_vital_interests"
        | "public_interests"
        | "required_by_law"
        | "withdrawn"
      readonly first_name?: string
      readonly last_name?: string
      readonly birth_date?: string
      readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
      readonly email_status?: "active" | "inactive"
      readonly cellphone?: string
      readonly cellphone_status?: "active" | "inactive"
      readonly phone?: string
      readonly phone_status?: "active" | "inactive"
      readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      readonly contact_id?: string
    }
    readonly extra?: ReadonlyArray<{
      readonly status?: "active" | "inactive"
      readonly value: string | ReadonlyArray<number>
      readonly field_id: number
    }>
  }
  readonly cart_id?: string
  readonly cart_total?: number
  readonly products?: ReadonlyArray<{
    readonly name?: string
    readonly price?: number
    readonly product_identifier: string
    readonly description?: string
    readonly sku?: string
    readonly upc?: string
    readonly ean?: string
    readonly gtin?: string
    readonly mpn?: string
    readonly link?: string
    readonly image_link?: string
    readonly sale_price?: number
    readonly brand?: string
    readonly categories?: ReadonlyArray<string>
    readonly related_products?: ReadonlyArray<string>
    readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
  }>
}

/** `CartProductInput` of `@egoi-ts/core/Ecommerce`. */
export type CartProductInput = {
  readonly name?: string
  readonly price?: number
  readonly product_identifier: string
  readonly description?: string
  readonly sku?: string
  readonly upc?: string
  readonly ean?: string
  readonly gtin?: string
  readonly mpn?: string
  readonly link?: string
  readonly image_link?: string
  readonly sale_price?: number
  readonly brand?: string
  readonly categories?: ReadonlyArray<string>
  readonly related_products?: ReadonlyArray<string>
  readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
}

/** `Catalog` of `@egoi-ts/core/Ecommerce`. */
export type Catalog = {
  readonly title?: undefined | string
  readonly created?: undefined | string
  readonly updated?: undefined | string
  readonly language?: undefined | string
  readonly catalog_id: number
  readonly currency?: undefined | string
}

/** `CatalogCollection` of `@egoi-ts/core/Ecommerce`. */
export type CatalogCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly title?: undefined | string
    readonly created?: undefined | string
    readonly updated?: undefined | string
    readonly language?: undefined | string
    readonly catalog_id: number
    readonly currency?: undefined | string
  }>
}

/** `CatalogInput` of `@egoi-ts/core/Ecommerce`. */
export type CatalogInput = { readonly title: string; readonly language: string; readonly currency: string }

/** `CustomAttribute` of `@egoi-ts/core/Ecommerce`. */
export type CustomAttribute = { readonly value?: undefined | string; readonly alias?: undefined | string }

/** `CustomAttributeInput` of `@egoi-ts/core/Ecommerce`. */
export type CustomAttributeInput = { readonly value: string; readonly alias: string }

/** `CustomerInput` of `@egoi-ts/core/Ecommerce`. */
export type CustomerInput = {
  readonly base?: {
    readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
    readonly email?: string
    readonly consent?:
      | "none"
      | "consent"
      | "any"
      | "contract"
      | "legitimate_interest"
      | "protect_vital_interests"
      | "public_interests"
      | "required_by_law"
      | "withdrawn"
    readonly first_name?: string
    readonly last_name?: string
    readonly birth_date?: string
    readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
    readonly email_status?: "active" | "inactive"
    readonly cellphone?: string
    readonly cellphone_status?: "active" | "inactive"
    readonly phone?: string
    readonly phone_status?: "active" | "inactive"
    readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
    readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
    readonly contact_id?: string
  }
  readonly extra?: ReadonlyArray<{
    readonly status?: "active" | "inactive"
    readonly value: string | ReadonlyArray<number>
    readonly field_id: number
  }>
}

/** `ImportMode` of `@egoi-ts/core/Ecommerce`. */
export type ImportMode = "add" | "update" | "rewrite"

/** `ImportProductsRequest` of `@egoi-ts/core/Ecommerce`. */
export type ImportProductsRequest = {
  readonly mode?: "add" | "update" | "rewrite"
  readonly products: ReadonlyArray<{
    readonly description?: string
    readonly name: string
    readonly link?: string
    readonly product_identifier: string
    readonly sku?: string
    readonly upc?: string
    readonly ean?: string
    readonly gtin?: string
    readonly mpn?: string
    readonly image_link?: string
    readonly price?: number
    readonly sale_price?: number
    readonly brand?: string
    readonly categories?: ReadonlyArray<string>
    readonly related_products?: ReadonlyArray<string>
    readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
  }>
}

/** `OrderInput` of `@egoi-ts/core/Ecommerce`. */
export type OrderInput = {
  readonly contact?: {
    readonly base?: {
      readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
      readonly email?: string
      readonly consent?:
        | "none"
        | "consent"
        | "any"
        | "contract"
        | "legitimate_interest"
        | "protect_vital_interests"
        | "public_interests"
        | "required_by_law"
        | "withdrawn"
      readonly first_name?: string
      readonly last_name?: string
      readonly birth_date?: string
      readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
      readonly email_status?: "active" | "inactive"
      readonly cellphone?: string
      readonly cellphone_status?: "active" | "inactive"
      readonly phone?: string
      readonly phone_status?: "active" | "inactive"
      readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      readonly contact_id?: string
    }
    readonly extra?: ReadonlyArray<{
      readonly status?: "active" | "inactive"
      readonly value: string | ReadonlyArray<number>
      readonly field_id: number
    }>
  }
  readonly order_id: string
  readonly order_status?: "created" | "canceled" | "pending" | "completed" | "unknown"
  readonly cart_id?: string
  readonly products?: ReadonlyArray<{
    readonly name?: string
    readonly price?: number
    readonly quantity?: number
    readonly product_identifier: string
    readonly description?: string
    readonly sku?: string
    readonly upc?: string
    readonly ean?: string
    readonly gtin?: string
    readonly mpn?: string
    readonly link?: string
    readonly image_link?: string
    readonly sale_price?: number
    readonly brand?: string
    readonly categories?: ReadonlyArray<string>
    readonly related_products?: ReadonlyArray<string>
    readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
  }>
  readonly order_total?: number
  readonly order_date?: string | Date
}

/** `OrderProductInput` of `@egoi-ts/core/Ecommerce`. */
export type OrderProductInput = {
  readonly name?: string
  readonly price?: number
  readonly quantity?: number
  readonly product_identifier: string
  readonly description?: string
  readonly sku?: string
  readonly upc?: string
  readonly ean?: string
  readonly gtin?: string
  readonly mpn?: string
  readonly link?: string
  readonly image_link?: string
  readonly sale_price?: number
  readonly brand?: string
  readonly categories?: ReadonlyArray<string>
  readonly related_products?: ReadonlyArray<string>
  readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
}

/** `OrderStatus` of `@egoi-ts/core/Ecommerce`. */
export type OrderStatus = "created" | "canceled" | "pending" | "completed" | "unknown"

/** `Price` of `@egoi-ts/core/Ecommerce`. */
export type Price = number

/** `Product` of `@egoi-ts/core/Ecommerce`. */
export type Product = {
  readonly name?: undefined | string
  readonly price?: undefined | number
  readonly product_identifier: string
  readonly description?: undefined | string
  readonly sku?: undefined | string
  readonly upc?: undefined | string
  readonly ean?: undefined | string
  readonly gtin?: undefined | string
  readonly mpn?: undefined | string
  readonly link?: undefined | string
  readonly image_link?: undefined | string
  readonly sale_price?: undefined | number
  readonly brand?: undefined | string
  readonly categories?: undefined | ReadonlyArray<string>
  readonly related_products?: undefined | ReadonlyArray<string>
  readonly custom_attributes?:
    | undefined
    | ReadonlyArray<{ readonly value?: undefined | string; readonly alias?: undefined | string }>
  readonly catalog_id?: undefined | number
}

/** `ProductCollection` of `@egoi-ts/core/Ecommerce`. */
export type ProductCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly description?: undefined | string
    readonly name?: undefined | string
    readonly link?: undefined | string
    readonly product_identifier: string
    readonly sku?: undefined | string
    readonly upc?: undefined | string
    readonly ean?: undefined | string
    readonly gtin?: undefined | string
    readonly mpn?: undefined | string
    readonly image_link?: undefined | string
    readonly price?: undefined | number
    readonly sale_price?: undefined | number
    readonly brand?: undefined | string
    readonly categories?: undefined | ReadonlyArray<string>
    readonly related_products?: undefined | ReadonlyArray<string>
    readonly custom_attributes?:
      | undefined
      | ReadonlyArray<{ readonly value?: undefined | string; readonly alias?: undefined | string }>
    readonly catalog_id?: undefined | number
  }>
}

/** `ProductIdentifier` of `@egoi-ts/core/Ecommerce`. */
export type ProductIdentifier = string

/** `ProductInput` of `@egoi-ts/core/Ecommerce`. */
export type ProductInput = {
  readonly name: string
  readonly price?: number
  readonly product_identifier: string
  readonly description?: string
  readonly sku?: string
  readonly upc?: string
  readonly ean?: string
  readonly gtin?: string
  readonly mpn?: string
  readonly link?: string
  readonly image_link?: string
  readonly sale_price?: number
  readonly brand?: string
  readonly categories?: ReadonlyArray<string>
  readonly related_products?: ReadonlyArray<string>
  readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
}

/** `ProductPatch` of `@egoi-ts/core/Ecommerce`. */
export type ProductPatch = {
  readonly name?: string
  readonly price?: number
  readonly description?: string
  readonly sku?: string
  readonly upc?: string
  readonly ean?: string
  readonly gtin?: string
  readonly mpn?: string
  readonly link?: string
  readonly image_link?: string
  readonly sale_price?: number
  readonly brand?: string
  readonly categories?: ReadonlyArray<string>
  readonly related_products?: ReadonlyArray<string>
  readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
}

/** `ProductQuery` of `@egoi-ts/core/Ecommerce`. */
export type ProductQuery = {
  readonly name?: string
  readonly offset?: number
  readonly limit?: number
  readonly price?: number
  readonly product_identifier?: string
  readonly description?: string
  readonly sku?: string
  readonly upc?: string
  readonly ean?: string
  readonly gtin?: string
  readonly mpn?: string
  readonly sale_price?: number
  readonly brand?: string
  readonly custom_attributes?: { readonly [key: string]: string }
}

/** `EmailCampaignCreate` of `@egoi-ts/core/Email`. */
export type EmailCampaignCreate = {
  readonly list_id: number
  readonly internal_name: string
  readonly subject?: string
  readonly content:
    | { readonly type: "html"; readonly plain_text?: string; readonly snippet?: string; readonly body: string }
    | {
        readonly type: "template"
        readonly plain_text?: string
        readonly snippet?: string
        readonly template_id: number
      }
    | {
        readonly type: "web_page"
        readonly url: string
        readonly plain_text?: string
        readonly snippet?: string
        readonly use_page_title?: boolean
      }
    | { readonly file: string; readonly type: "file"; readonly plain_text?: string; readonly snippet?: string }
  readonly sender_id: number
  readonly reply_to?: number
  readonly header_footer?: {
    readonly id?: number
    readonly header_links?: {
      readonly unsubscribe?: boolean
      readonly social_share?: boolean
      readonly forward?: boolean
      readonly view_web?: boolean
      readonly edit?: boolean
      readonly facebook_share?: boolean
      readonly twitter_share?: boolean
    }
    readonly footer_links?: {
      readonly unsubscribe?: boolean
      readonly social_share?: boolean
      readonly forward?: boolean
      readonly view_web?: boolean
      readonly edit?: boolean
      readonly facebook_share?: boolean
      readonly twitter_share?: boolean
    }
  }
}

/** `EmailCampaignPatch` of `@egoi-ts/core/Email`. */
export type EmailCampaignPatch = {
  readonly internal_name?: string
  readonly subject?: string
  readonly content?: { readonly plain_text?: string; readonly snippet?: string; readonly body?: string }
  readonly sender_id?: number
  readonly reply_to?: number
  readonly header_footer?: {
    readonly id?: number
    readonly header_links?: {
      readonly unsubscribe?: boolean
      readonly social_share?: boolean
      readonly forward?: boolean
      readonly view_web?: boolean
      readonly edit?: boolean
      readonly facebook_share?: boolean
      readonly twitter_share?: boolean
    }
    readonly footer_links?: {
      readonly unsubscribe?: boolean
      readonly social_share?: boolean
      readonly forward?: boolean
      readonly view_web?: boolean
      readonly edit?: boolean
      readonly facebook_share?: boolean
      readonly twitter_share?: boolean
    }
  }
}

/** `EmailContent` of `@egoi-ts/core/Email`. */
export type EmailContent =
  | { readonly type: "html"; readonly plain_text?: string; readonly snippet?: string; readonly body: string }
  | { readonly type: "template"; readonly plain_text?: string; readonly snippet?: string; readonly template_id: number }
  | {
      readonly type: "web_page"
      readonly url: string
      readonly plain_text?: string
      readonly snippet?: string
      readonly use_page_title?: boolean
    }
  | { readonly file: string; readonly type: "file"; readonly plain_text?: string; readonly snippet?: string }

/** `EmailSendRequest` of `@egoi-ts/core/Email`. */
export type EmailSendRequest = {
  readonly list_id: number
  readonly notify?: ReadonlyArray<number>
  readonly schedule_date?: string | Date
  readonly segments:
    | { readonly type: "none" }
    | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
    | { readonly type: "contact"; readonly data: string }
  readonly destination_field?: string
  readonly unique_contacts_only?: boolean
  readonly limit_hour?: { readonly hour_start?: string; readonly hour_end?: string }
}

/** `HeaderFooter` of `@egoi-ts/core/Email`. */
export type HeaderFooter = {
  readonly id?: number
  readonly header_links?: {
    readonly unsubscribe?: boolean
    readonly social_share?: boolean
    readonly forward?: boolean
    readonly view_web?: boolean
    readonly edit?: boolean
    readonly facebook_share?: boolean
    readonly twitter_share?: boolean
  }
  readonly footer_links?: {
    readonly unsubscribe?: boolean
    readonly social_share?: boolean
    readonly forward?: boolean
    readonly view_web?: boolean
    readonly edit?: boolean
    readonly facebook_share?: boolean
    readonly twitter_share?: boolean
  }
}

/** `ComplexField` of `@egoi-ts/core/Fields`. */
export type ComplexField = {
  readonly options?:
    | undefined
    | ReadonlyArray<{
        readonly en?: undefined | string
        readonly pt?: undefined | string
        readonly br?: undefined | string
        readonly es?: undefined | string
        readonly de?: undefined | string
        readonly hu?: undefined | string
        readonly fr?: undefined | string
        readonly option_id: number
      }>
  readonly type?: undefined | (string & {}) | "base" | "extra"
  readonly name: string
  readonly field_id: string
  readonly format: "number" | (string & {}) | "options" | "email" | "date" | "cellphone" | "phone" | "text"
  readonly unique?: boolean | undefined
}

/** `ComplexFieldArray` of `@egoi-ts/core/Fields`. */
export type ComplexFieldArray = ReadonlyArray<{
  readonly options?:
    | undefined
    | ReadonlyArray<{
        readonly en?: undefined | string
        readonly pt?: undefined | string
        readonly br?: undefined | string
        readonly es?: undefined | string
        readonly de?: undefined | string
        readonly hu?: undefined | string
        readonly fr?: undefined | string
        readonly option_id: number
      }>
  readonly type?: undefined | (string & {}) | "base" | "extra"
  readonly name: string
  readonly field_id: string
  readonly format: "number" | (string & {}) | "options" | "email" | "date" | "cellphone" | "phone" | "text"
  readonly unique?: boolean | undefined
}>

/** `ExtraFieldFormat` of `@egoi-ts/core/Fields`. */
export type ExtraFieldFormat = "number" | "options" | "email" | "date" | "cellphone" | "phone" | "text"

/** `Field` of `@egoi-ts/core/Fields`. */
export type Field = {
  readonly name: string
  readonly field_id: string
  readonly format: "number" | (string & {}) | "options" | "email" | "date" | "cellphone" | "phone" | "text"
  readonly unique?: boolean | undefined
}

/** `FieldOption` of `@egoi-ts/core/Fields`. */
export type FieldOption = {
  readonly en?: undefined | string
  readonly pt?: undefined | string
  readonly br?: undefined | string
  readonly es?: undefined | string
  readonly de?: undefined | string
  readonly hu?: undefined | string
  readonly fr?: undefined | string
  readonly option_id: number
}

/** `FieldOptionCollection` of `@egoi-ts/core/Fields`. */
export type FieldOptionCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly en?: undefined | string
    readonly pt?: undefined | string
    readonly br?: undefined | string
    readonly es?: undefined | string
    readonly de?: undefined | string
    readonly hu?: undefined | string
    readonly fr?: undefined | string
    readonly option_id: number
  }>
}

/** `FieldOptionRequest` of `@egoi-ts/core/Fields`. */
export type FieldOptionRequest = {
  readonly en?: string
  readonly pt?: string
  readonly br?: string
  readonly es?: string
  readonly de?: string
  readonly hu?: string
  readonly fr?: string
}

/** `ComplexList` of `@egoi-ts/core/Lists`. */
export type ComplexList = {
  readonly status: (string & {}) | "active" | "blocked"
  readonly created?: undefined | string
  readonly list_id: number
  readonly internal_name: string
  readonly updated?: undefined | string
  readonly group_id?: undefined | number
  readonly public_name: string
  readonly default_language?: undefined | string
  readonly available_languages?: undefined | ReadonlyArray<string>
  readonly stats?:
    | undefined
    | {
        readonly total_contacts?: undefined | number
        readonly total_active?: undefined | number
        readonly total_inactive?: undefined | number
        readonly total_removed?: undefined | number
        readonly total_unconfirmed?: undefined | number
        readonly total_waiting_new_confirmation?: undefined | number
      }
}

/** `List` of `@egoi-ts/core/Lists`. */
export type List = {
  readonly status: (string & {}) | "active" | "blocked"
  readonly created?: undefined | string
  readonly list_id: number
  readonly internal_name: string
  readonly updated?: undefined | string
  readonly group_id?: undefined | number
  readonly public_name: string
}

/** `ListCollection` of `@egoi-ts/core/Lists`. */
export type ListCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly status: (string & {}) | "active" | "blocked"
    readonly internal_name: string
    readonly list_id: number
    readonly group_id?: undefined | number
    readonly created?: undefined | string
    readonly updated?: undefined | string
    readonly public_name: string
  }>
}

/** `ListStats` of `@egoi-ts/core/Lists`. */
export type ListStats = {
  readonly total_contacts?: undefined | number
  readonly total_active?: undefined | number
  readonly total_inactive?: undefined | number
  readonly total_removed?: undefined | number
  readonly total_unconfirmed?: undefined | number
  readonly total_waiting_new_confirmation?: undefined | number
}

/** `MyAccount` of `@egoi-ts/core/MyAccount`. */
export type MyAccountDetails = {
  readonly general_info?:
    | undefined
    | {
        readonly name?: undefined | string
        readonly cellphone?: undefined | string
        readonly website?: undefined | string
        readonly client_id?: undefined | string
        readonly company_size?: undefined | number
        readonly business_sector?:
          | undefined
          | { readonly name?: undefined | string; readonly business_sector_id?: undefined | number }
      }
  readonly billing_info?:
    | undefined
    | {
        readonly type?: undefined | string
        readonly city?: undefined | string
        readonly country?: undefined | { readonly country_code?: undefined | string }
        readonly company_legal_name?: undefined | string
        readonly vat_number?: undefined | string | number
        readonly state?: undefined | string
        readonly address1?: undefined | string
        readonly address2?: undefined | string
        readonly zip_code?: undefined | string
        readonly invoice_comments?: undefined | string
      }
  readonly plan_info?: undefined | { readonly type?: undefined | string }
  readonly balance_info?: undefined | { readonly currency?: undefined | string; readonly balance?: undefined | string }
  readonly module_info?: undefined | { readonly te?: undefined | { readonly enabled?: boolean | undefined } }
}

/** `TeResponse` of `@egoi-ts/core/MyAccount`. */
export type TeResponse = { readonly result?: boolean | undefined; readonly response?: undefined | string }

/** `Operation` of `@egoi-ts/core/Operations`. */
export type Operation = {
  readonly status?: undefined | (string & {}) | "queued" | "paused" | "processing" | "executing"
  readonly created?: undefined | string
  readonly type?:
    | undefined
    | (string & {})
    | "push"
    | "email"
    | "sms"
    | "smart_sms"
    | "voice"
    | "attach_tag"
    | "detach_tag"
    | "import_contacts"
    | "update_contacts"
    | "export_contacts"
    | "export_reports"
    | "advanced_report"
    | "webpush"
    | "ads"
    | "social"
    | "segment_generation"
    | "mass_operation"
    | "unify"
    | "import_ecommerce"
  readonly created_by?: undefined | number
  readonly start_date?: undefined | null | string
  readonly operation_id: number
  readonly operation_data?:
    | undefined
    | { readonly campaign_hash?: undefined | string; readonly internal_name?: undefined | string }
}

/** `OperationActionResult` of `@egoi-ts/core/Operations`. */
export type OperationActionResult = {
  readonly error: {
    readonly invalid_operation_action?: undefined | ReadonlyArray<number>
    readonly operation_not_found?: undefined | ReadonlyArray<number>
  }
  readonly success: ReadonlyArray<number>
}

/** `OperationCollection` of `@egoi-ts/core/Operations`. */
export type OperationCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly type?:
      | undefined
      | (string & {})
      | "push"
      | "email"
      | "sms"
      | "smart_sms"
      | "voice"
      | "attach_tag"
      | "detach_tag"
      | "import_contacts"
      | "update_contacts"
      | "export_contacts"
      | "export_reports"
      | "advanced_report"
      | "webpush"
      | "ads"
      | "social"
      | "segment_generation"
      | "mass_operation"
      | "unify"
      | "import_ecommerce"
    readonly status?: undefined | (string & {}) | "queued" | "paused" | "processing" | "executing"
    readonly created_by?: undefined | number
    readonly created?: undefined | string
    readonly start_date?: undefined | null | string
    readonly operation_id: number
    readonly operation_data?:
      | undefined
      | { readonly campaign_hash?: undefined | string; readonly internal_name?: undefined | string }
  }>
}

/** `Pong` of `@egoi-ts/core/Ping`. */
export type Pong = { readonly result: string }

/** `PushApp` of `@egoi-ts/core/Push`. */
export type PushApp = {
  readonly created?: undefined | string
  readonly updated?: undefined | string
  readonly name?: undefined | string
  readonly app_id: string
  readonly description?: undefined | string
  readonly list?: undefined | { readonly internal_name?: undefined | string; readonly id?: undefined | number }
  readonly two_steps_config?: undefined | string
  readonly development?: boolean | undefined
}

/** `PushAppId` of `@egoi-ts/core/Push`. */
export type PushAppId = string

/** `PushAppList` of `@egoi-ts/core/Push`. */
export type PushAppList = ReadonlyArray<{
  readonly created?: undefined | string
  readonly updated?: undefined | string
  readonly name?: undefined | string
  readonly app_id: string
  readonly description?: undefined | string
  readonly list?: undefined | { readonly internal_name?: undefined | string; readonly id?: undefined | number }
  readonly two_steps_config?: undefined | string
  readonly development?: boolean | undefined
}>

/** `PushCampaignCreate` of `@egoi-ts/core/Push`. */
export type PushCampaignCreate = {
  readonly title: string
  readonly app_id: string
  readonly content:
    | { readonly type: "text"; readonly message: string }
    | { readonly type: "template"; readonly template_id: number }
  readonly actions?: {
    readonly title?: string
    readonly type?: "url" | "deeplink"
    readonly link?: string
    readonly cancel_label?: string
  }
  readonly geo_options?: {
    readonly range?: number
    readonly latitude?: number
    readonly longitude?: number
    readonly duration?: number
  }
  readonly notification_options?: { readonly icon?: string }
}

/** `PushCampaignPatch` of `@egoi-ts/core/Push`. */
export type PushCampaignPatch = {
  readonly title?: string
  readonly content?: { readonly message?: string }
  readonly actions?: {
    readonly title?: string
    readonly type?: "url" | "deeplink"
    readonly link?: string
    readonly cancel_label?: string
  }
  readonly geo_options?: {
    readonly range?: number
    readonly latitude?: number
    readonly longitude?: number
    readonly duration?: number
  }
  readonly notification_options?: { readonly icon?: string }
}

/** `PushContent` of `@egoi-ts/core/Push`. */
export type PushContent =
  | { readonly type: "text"; readonly message: string }
  | { readonly type: "template"; readonly template_id: number }

/** `PushEventRequest` of `@egoi-ts/core/Push`. */
export type PushEventRequest = {
  readonly os: string
  readonly contact: string
  readonly message_hash: string
  readonly mailing_id?: number
  readonly event: "canceled" | "open"
  readonly device_id: number
}

/** `PushResponse` of `@egoi-ts/core/Push`. */
export type PushResponse = { readonly success: boolean }

/** `PushSendRequest` of `@egoi-ts/core/Push`. */
export type PushSendRequest = {
  readonly notify?: ReadonlyArray<number>
  readonly schedule_date?: string | Date
  readonly app_id: string
  readonly segments: { readonly type: "none" } | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
}

/** `PushTokenRequest` of `@egoi-ts/core/Push`. */
export type PushTokenRequest = {
  readonly os: string
  readonly token: string
  readonly two_steps_data?: { readonly value: string; readonly field: string }
}

/** `EmailReport` of `@egoi-ts/core/Reports`. */
export type EmailReport = {
  readonly campaign_hash: string
  readonly url?: undefined | ReadonlyArray<{ readonly clicks?: undefined | number; readonly url: string }>
  readonly date?:
    | undefined
    | ReadonlyArray<{
        readonly opens?: undefined | number
        readonly clicks?: undefined | number
        readonly complaints?: undefined | number
        readonly date: string
        readonly sends?: undefined | number
        readonly hard_bounces?: undefined | number
        readonly soft_bounces?: undefined | number
        readonly unsubscriptions?: undefined | number
      }>
  readonly domain?:
    | undefined
    | ReadonlyArray<{
        readonly opens?: undefined | number
        readonly clicks?: undefined | number
        readonly complaints?: undefined | number
        readonly domain: string
        readonly sends?: undefined | number
        readonly hard_bounces?: undefined | number
        readonly soft_bounces?: undefined | number
        readonly unsubscriptions?: undefined | number
      }>
  readonly overall?:
    | undefined
    | {
        readonly opens?: undefined | number
        readonly clicks?: undefined | number
        readonly unique_clicks?: undefined | number
        readonly complaints?: undefined | number
        readonly sends?: undefined | number
        readonly hard_bounces?: undefined | number
        readonly soft_bounces?: undefined | number
        readonly unsubscriptions?: undefined | number
        readonly unique_opens?: undefined | number
      }
  readonly weekday?:
    | undefined
    | ReadonlyArray<{
        readonly opens?: undefined | number
        readonly clicks?: undefined | number
        readonly complaints?: undefined | number
        readonly weekday: string
        readonly sends?: undefined | number
        readonly hard_bounces?: undefined | number
        readonly soft_bounces?: undefined | number
        readonly unsubscriptions?: undefined | number
      }>
  readonly hour?:
    | undefined
    | ReadonlyArray<{
        readonly opens?: undefined | number
        readonly clicks?: undefined | number
        readonly complaints?: undefined | number
        readonly hour: string
        readonly sends?: undefined | number
        readonly hard_bounces?: undefined | number
        readonly soft_bounces?: undefined | number
        readonly unsubscriptions?: undefined | number
      }>
  readonly location?:
    | undefined
    | ReadonlyArray<{
        readonly opens?: undefined | number
        readonly clicks?: undefined | number
        readonly country?: undefined | string
        readonly region?: undefined | string
        readonly complaints?: undefined | number
        readonly location?: undefined | string
        readonly sends?: undefined | number
        readonly hard_bounces?: undefined | number
        readonly soft_bounces?: undefined | number
        readonly unsubscriptions?: undefined | number
      }>
  readonly reader?:
    | undefined
    | ReadonlyArray<{
        readonly opens?: undefined | number
        readonly type?: undefined | string
        readonly reader: string
      }>
  readonly ecommerce?:
    | undefined
    | {
        readonly orders?: undefined | number
        readonly invoice?: undefined | number
        readonly visits?: undefined | number
      }
}

/** `PhoneReport` of `@egoi-ts/core/Reports`. */
export type PhoneReport = {
  readonly campaign_hash: string
  readonly overall?:
    | undefined
    | {
        readonly error?: undefined | number
        readonly invalid?: undefined | number
        readonly pending?: undefined | number
        readonly sends?: undefined | number
        readonly delivered?: undefined | number
        readonly destinations?: undefined | number
      }
  readonly networks?:
    | undefined
    | ReadonlyArray<{
        readonly error?: undefined | number
        readonly invalid?: undefined | number
        readonly pending?: undefined | number
        readonly sends?: undefined | number
        readonly delivered?: undefined | number
        readonly network: string
      }>
}

/** `PushReport` of `@egoi-ts/core/Reports`. */
export type PushReport = {
  readonly campaign_hash: string
  readonly overall?:
    | undefined
    | {
        readonly error?: undefined | number
        readonly opens?: undefined | number
        readonly bounces?: undefined | number
        readonly sends?: undefined | number
        readonly delivered?: undefined | number
        readonly received?: undefined | number
      }
  readonly operating_systems?:
    | undefined
    | ReadonlyArray<{
        readonly error?: undefined | number
        readonly opens?: undefined | number
        readonly bounces?: undefined | number
        readonly sends?: undefined | number
        readonly delivered?: undefined | number
        readonly operating_systems: string
        readonly received?: undefined | number
      }>
}

/** `WebPushReport` of `@egoi-ts/core/Reports`. */
export type WebPushReport = {
  readonly campaign_hash: string
  readonly url?: undefined | ReadonlyArray<{ readonly clicks?: undefined | number; readonly url: string }>
  readonly overall?:
    | undefined
    | {
        readonly opens?: undefined | number
        readonly clicks?: undefined | number
        readonly bounces?: undefined | number
        readonly sends?: undefined | number
      }
  readonly operating_systems?:
    | undefined
    | ReadonlyArray<{
        readonly operating_system: string
        readonly versions?:
          | undefined
          | ReadonlyArray<{
              readonly opens?: undefined | number
              readonly clicks?: undefined | number
              readonly bounces?: undefined | number
              readonly sends?: undefined | number
              readonly version: string
            }>
      }>
  readonly devices?:
    | undefined
    | ReadonlyArray<{
        readonly opens?: undefined | number
        readonly clicks?: undefined | number
        readonly bounces?: undefined | number
        readonly sends?: undefined | number
        readonly device: string
      }>
  readonly browsers?:
    | undefined
    | ReadonlyArray<{
        readonly versions?:
          | undefined
          | ReadonlyArray<{
              readonly opens?: undefined | number
              readonly clicks?: undefined | number
              readonly bounces?: undefined | number
              readonly sends?: undefined | number
              readonly version: string
            }>
        readonly browser: string
      }>
}

/** `Segment` of `@egoi-ts/core/Segments`. */
export type Segment = {
  readonly created?: undefined | string
  readonly type: (string & {}) | "auto" | "saved" | "tag"
  readonly updated?: undefined | string
  readonly name: string
  readonly segment_id: string
}

/** `SegmentCollection` of `@egoi-ts/core/Segments`. */
export type SegmentCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly type: (string & {}) | "auto" | "saved" | "tag"
    readonly name: string
    readonly created?: undefined | string
    readonly updated?: undefined | string
    readonly segment_id: string
  }>
}

/** `SegmentId` of `@egoi-ts/core/Segments`. */
export type SegmentId = string

/** `Base64File` of `@egoi-ts/core/Senders`. */
export type Base64File = string

/** `CellphoneSender` of `@egoi-ts/core/Senders`. */
export type CellphoneSender = {
  readonly status?: undefined | (string & {}) | "active" | "moderation" | "rejected"
  readonly type: (string & {}) | "alpha_numeric" | "numeric"
  readonly cellphone: string
  readonly sender_id: number
}

/** `CellphoneSenderCollection` of `@egoi-ts/core/Senders`. */
export type CellphoneSenderCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly type: (string & {}) | "alpha_numeric" | "numeric"
    readonly status?: undefined | (string & {}) | "active" | "moderation" | "rejected"
    readonly cellphone: string
    readonly sender_id: number
  }>
}

/** `EmailSender` of `@egoi-ts/core/Senders`. */
export type EmailSender = {
  readonly status?: undefined | (string & {}) | "active" | "moderation" | "rejected"
  readonly name: string
  readonly email: string
  readonly sender_id: number
}

/** `EmailSenderCollection` of `@egoi-ts/core/Senders`. */
export type EmailSenderCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly status?: undefined | (string & {}) | "active" | "moderation" | "rejected"
    readonly name: string
    readonly email: string
    readonly sender_id: number
  }>
}

/** `PhoneSender` of `@egoi-ts/core/Senders`. */
export type PhoneSender = {
  readonly status?: undefined | (string & {}) | "active" | "moderation" | "rejected"
  readonly phone: string
  readonly sender_id: number
}

/** `PhoneSenderCollection` of `@egoi-ts/core/Senders`. */
export type PhoneSenderCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly status?: undefined | (string & {}) | "active" | "moderation" | "rejected"
    readonly phone: string
    readonly sender_id: number
  }>
}

/** `SenderStatus` of `@egoi-ts/core/Senders`. */
export type SenderStatus = (string & {}) | "active" | "moderation" | "rejected"

/** `SmartSmsCampaignCreate` of `@egoi-ts/core/SmartSms`. */
export type SmartSmsCampaignCreate = {
  readonly options?: { readonly encoding?: "gsm" | "gsm_extended" | "unicode"; readonly max_messages?: number }
  readonly list_id: number
  readonly internal_name: string
  readonly cname_id?: number
  readonly sender_id?: number
  readonly campaign_content: { readonly message: string }
  readonly page_content:
    | { readonly type: "redirect"; readonly page_url: string; readonly page_internal_name?: string }
    | { readonly type: "html"; readonly page_internal_name?: string; readonly page_html: string }
}

/** `SmartSmsCampaignPatch` of `@egoi-ts/core/SmartSms`. */
export type SmartSmsCampaignPatch = {
  readonly options?: { readonly encoding?: "gsm" | "gsm_extended" | "unicode"; readonly max_messages?: number }
  readonly internal_name?: string
  readonly cname_id?: number
  readonly sender_id?: number
  readonly campaign_content?: { readonly message?: string }
  readonly page_content?: {
    readonly page_url?: string
    readonly page_internal_name?: string
    readonly page_html?: string
  }
}

/** `SmartSmsPageContent` of `@egoi-ts/core/SmartSms`. */
export type SmartSmsPageContent =
  | { readonly type: "redirect"; readonly page_url: string; readonly page_internal_name?: string }
  | { readonly type: "html"; readonly page_internal_name?: string; readonly page_html: string }

/** `CellphoneDestination` of `@egoi-ts/core/Sms`. */
export type CellphoneDestination = string

/** `SmsCampaignCreate` of `@egoi-ts/core/Sms`. */
export type SmsCampaignCreate = {
  readonly options?: { readonly encoding?: "gsm" | "gsm_extended" | "unicode"; readonly max_messages?: number }
  readonly list_id: number
  readonly internal_name: string
  readonly content:
    | { readonly type: "text"; readonly message: string }
    | { readonly type: "template"; readonly template_id: number }
  readonly sender_id?: number
}

/** `SmsCampaignPatch` of `@egoi-ts/core/Sms`. */
export type SmsCampaignPatch = {
  readonly options?: { readonly encoding?: "gsm" | "gsm_extended" | "unicode"; readonly max_messages?: number }
  readonly internal_name?: string
  readonly content?: { readonly message?: string }
  readonly sender_id?: number
}

/** `SmsContent` of `@egoi-ts/core/Sms`. */
export type SmsContent =
  | { readonly type: "text"; readonly message: string }
  | { readonly type: "template"; readonly template_id: number }

/** `SmsOptions` of `@egoi-ts/core/Sms`. */
export type SmsOptions = { readonly encoding?: "gsm" | "gsm_extended" | "unicode"; readonly max_messages?: number }

/** `SmsSendRequest` of `@egoi-ts/core/Sms`. */
export type SmsSendRequest = {
  readonly list_id: number
  readonly notify?: ReadonlyArray<number>
  readonly schedule_date?: string | Date
  readonly segments:
    | { readonly type: "none" }
    | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
    | { readonly type: "contact"; readonly data: string }
  readonly destination_field: string
}

/** `CreateSuppressionListRequest` of `@egoi-ts/core/SuppressionList`. */
export type CreateSuppressionListRequest =
  | { readonly value: ReadonlyArray<string>; readonly type: "email" }
  | { readonly value: ReadonlyArray<string>; readonly type: "email_domain" }
  | { readonly value: ReadonlyArray<string>; readonly type: "email_user" }
  | { readonly value: ReadonlyArray<string>; readonly type: "cellphone" }
  | { readonly value: ReadonlyArray<string>; readonly type: "phone" }

/** `SuppressionEntry` of `@egoi-ts/core/SuppressionList`. */
export type SuppressionEntry = {
  readonly created?: undefined | string
  readonly value: string
  readonly type: (string & {}) | "email" | "cellphone" | "phone" | "email_domain" | "email_user"
  readonly campaign_hash?: undefined | string
  readonly id: number
  readonly method: (string & {}) | "unsubscribe" | "manual" | "bounce" | "other" | "forgotten"
}

/** `SuppressionListCollection` of `@egoi-ts/core/SuppressionList`. */
export type SuppressionListCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly type: (string & {}) | "email" | "cellphone" | "phone" | "email_domain" | "email_user"
    readonly method: (string & {}) | "unsubscribe" | "manual" | "bounce" | "other" | "forgotten"
    readonly campaign_hash?: undefined | string
    readonly id: number
    readonly created?: undefined | string
    readonly value: string
  }>
}

/** `Tag` of `@egoi-ts/core/Tags`. */
export type Tag = { readonly name: string; readonly tag_id: number; readonly color?: undefined | string }

/** `TagChange` of `@egoi-ts/core/Tags`. */
export type TagChange = { readonly name?: string; readonly color?: string }

/** `TagCollection` of `@egoi-ts/core/Tags`. */
export type TagCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{ readonly name: string; readonly tag_id: number; readonly color?: undefined | string }>
}

/** `TagRequest` of `@egoi-ts/core/Tags`. */
export type TagRequest = { readonly name: string; readonly color?: string }

/** `Goal` of `@egoi-ts/core/TrackEngage`. */
export type Goal = {
  readonly name?: undefined | string
  readonly id: number
  readonly domain?: undefined | string
  readonly config?:
    | undefined
    | null
    | {
        readonly type?: undefined | (string & {}) | "manual" | "automatic" | "time"
        readonly multiple_conversion?: boolean | undefined
        readonly rule?: undefined | "title" | (string & {}) | "url" | "download" | "external_url"
        readonly condition?: undefined | (string & {}) | "contains" | "exactly" | "regex"
        readonly pattern?: undefined | string
        readonly case_sensitive?: boolean | undefined
        readonly minutes?: undefined | number
      }
}

/** `GoalCollection` of `@egoi-ts/core/TrackEngage`. */
export type GoalCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly config?:
      | undefined
      | null
      | {
          readonly type?: undefined | (string & {}) | "manual" | "automatic" | "time"
          readonly pattern?: undefined | string
          readonly minutes?: undefined | number
          readonly multiple_conversion?: boolean | undefined
          readonly rule?: undefined | "title" | (string & {}) | "url" | "download" | "external_url"
          readonly condition?: undefined | (string & {}) | "contains" | "exactly" | "regex"
          readonly case_sensitive?: boolean | undefined
        }
    readonly name?: undefined | string
    readonly id: number
    readonly domain?: undefined | string
  }>
}

/** `GoalConfig` of `@egoi-ts/core/TrackEngage`. */
export type GoalConfig = {
  readonly type?: undefined | (string & {}) | "manual" | "automatic" | "time"
  readonly multiple_conversion?: boolean | undefined
  readonly rule?: undefined | "title" | (string & {}) | "url" | "download" | "external_url"
  readonly condition?: undefined | (string & {}) | "contains" | "exactly" | "regex"
  readonly pattern?: undefined | string
  readonly case_sensitive?: boolean | undefined
  readonly minutes?: undefined | number
}

/** `TrackedDomain` of `@egoi-ts/core/TrackEngage`. */
export type TrackedDomain = {
  readonly status?: undefined | (string & {}) | "active" | "inactive"
  readonly list_id?: undefined | string | number
  readonly domain: string
}

/** `TrackedDomainCollection` of `@egoi-ts/core/TrackEngage`. */
export type TrackedDomainCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly status?: undefined | (string & {}) | "active" | "inactive"
    readonly list_id?: undefined | string | number
    readonly domain: string
  }>
}

/** `UpsertParams` of `@egoi-ts/core/Upsert`. */
export type UpsertParams = {
  readonly list_id: number
  readonly fields?: undefined | { readonly [key: string]: string | number | ReadonlyArray<string | number> }
  readonly base?:
    | undefined
    | {
        readonly status?: "active" | "inactive" | "unconfirmed"
        readonly email?: string
        readonly consent?:
          | "none"
          | "consent"
          | "any"
          | "contract"
          | "legitimate_interest"
          | "protect_vital_interests"
          | "public_interests"
          | "required_by_law"
          | "withdrawn"
        readonly first_name?: string
        readonly last_name?: string
        readonly birth_date?: string
        readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
        readonly email_status?: "active" | "inactive"
        readonly cellphone?: string
        readonly cellphone_status?: "active" | "inactive"
        readonly phone?: string
        readonly phone_status?: "active" | "inactive"
        readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
        readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      }
  readonly extra?:
    | undefined
    | ReadonlyArray<{
        readonly status?: "active" | "inactive"
        readonly value: string | ReadonlyArray<number>
        readonly field_id: number
      }>
  readonly key?: undefined | string
  readonly tags?: undefined | ReadonlyArray<string | number>
}

/** `User` of `@egoi-ts/core/Users`. */
export type User = {
  readonly status?: undefined | (string & {}) | "active" | "inactive"
  readonly created?: undefined | string
  readonly updated?: undefined | string
  readonly email?: undefined | string
  readonly first_name?: undefined | string
  readonly last_name?: undefined | string
  readonly phone?: undefined | string
  readonly user_id: number
  readonly username?: undefined | string
  readonly is_admin?: boolean | undefined
  readonly profile_image?: undefined | string
}

/** `UserCollection` of `@egoi-ts/core/Users`. */
export type UserCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly status?: undefined | (string & {}) | "active" | "inactive"
    readonly email?: undefined | string
    readonly created?: undefined | string
    readonly updated?: undefined | string
    readonly first_name?: undefined | string
    readonly last_name?: undefined | string
    readonly phone?: undefined | string
    readonly user_id: number
    readonly username?: undefined | string
    readonly is_admin?: boolean | undefined
    readonly profile_image?: undefined | string
  }>
}

/** `Country` of `@egoi-ts/core/Utilities`. */
export type Country = {
  readonly country: number
  readonly name?: undefined | string
  readonly currency?: undefined | string
  readonly country_code?: undefined | string
  readonly iso_code?: undefined | string
}

/** `CountryCollection` of `@egoi-ts/core/Utilities`. */
export type CountryCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly name?: undefined | string
    readonly country: number
    readonly currency?: undefined | string
    readonly country_code?: undefined | string
    readonly iso_code?: undefined | string
  }>
}

/** `LimitContacts` of `@egoi-ts/core/Voice`. */
export type LimitContacts =
  | { readonly value: number; readonly type: "percent" }
  | { readonly value: number; readonly type: "value" }

/** `VoiceCampaignCreate` of `@egoi-ts/core/Voice`. */
export type VoiceCampaignCreate = {
  readonly list_id: number
  readonly internal_name: string
  readonly group_id?: number
  readonly content:
    | { readonly type: "audio"; readonly audio: string }
    | { readonly type: "template_id"; readonly template_id: string | number }
  readonly sender_id: number
}

/** `VoiceCampaignPatch` of `@egoi-ts/core/Voice`. */
export type VoiceCampaignPatch = {
  readonly internal_name?: string
  readonly group_id?: number
  readonly sender_id?: number
  readonly message?: { readonly audio?: string }
}

/** `VoiceContent` of `@egoi-ts/core/Voice`. */
export type VoiceContent =
  | { readonly type: "audio"; readonly audio: string }
  | { readonly type: "template_id"; readonly template_id: string | number }

/** `VoiceSendRequest` of `@egoi-ts/core/Voice`. */
export type VoiceSendRequest = {
  readonly list_id: number
  readonly notify?: ReadonlyArray<number>
  readonly schedule_date?: string | Date
  readonly segments:
    | { readonly type: "none" }
    | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
    | { readonly type: "contact"; readonly data: string }
  readonly destination_field:
    | "cellphone"
    | "phone"
    | "phone_failsafe_cellphone"
    | "cellphone_failsafe_phone"
    | "cellphone_phone"
  readonly unique_contacts_only?: boolean
  readonly limit_hour?: { readonly hour_start?: string; readonly hour_end?: string }
  readonly limit_contacts?:
    | { readonly value: number; readonly type: "percent" }
    | { readonly value: number; readonly type: "value" }
  readonly limit_speed?: number
}

/** `EventContact` of `@egoi-ts/core/WebhookEvent`. */
export type EventContact = { readonly contact_id: string; readonly [key: string]: unknown }

/** `WebhookEvent` of `@egoi-ts/core/WebhookEvent`. */
export type WebhookEvent =
  | {
      readonly list_id: number
      readonly action: "subscription"
      readonly date: string
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }
  | {
      readonly list_id: number
      readonly action: "edit_subscription"
      readonly date: string
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }
  | {
      readonly list_id: number
      readonly action: "unsubscribe"
      readonly date: string
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }
  | {
      readonly list_id: number
      readonly action: "resubscription"
      readonly date: string
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }
  | {
      readonly list_id: number
      readonly action: "forget_subscription"
      readonly date: string
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }
  | {
      readonly list_id: number
      readonly action: "change_consent"
      readonly date: string
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }

/** `Webhook` of `@egoi-ts/core/Webhooks`. */
export type Webhook = {
  readonly list_id: number
  readonly fields?: undefined | ReadonlyArray<string>
  readonly url: string
  readonly actions: ReadonlyArray<
    | (string & {})
    | "email_send"
    | "sms_send"
    | "voice_send"
    | "unsubscribe"
    | "email_soft_bounce"
    | "email_hard_bounce"
    | "subscription"
    | "resubscription"
    | "facebook_like"
    | "social_share"
    | "double_optin"
    | "email_spam_complaint"
    | "email_field_disable"
    | "cellphone_field_disable"
    | "phone_field_disable"
    | "edit_subscription"
    | "push_send"
    | "push_error"
    | "push_received"
    | "push_open"
    | "push_canceled"
    | "web_push_send"
    | "web_push_delivered"
    | "web_push_open"
    | "web_push_bounce"
    | "web_push_click"
    | "web_push_subscription"
    | "web_push_unsubscription"
    | "forget_subscription"
    | "change_consent"
    | "email_open"
    | "email_click"
    | "push_click"
    | "sms_delivered"
    | "new_order"
    | "cart_update"
    | "goal_conversion"
    | "product_view"
  >
  readonly webhook_id: number
}

/** `WebhookAction` of `@egoi-ts/core/Webhooks`. */
export type WebhookAction =
  | "email_send"
  | "sms_send"
  | "voice_send"
  | "unsubscribe"
  | "email_soft_bounce"
  | "email_hard_bounce"
  | "subscription"
  | "resubscription"
  | "facebook_like"
  | "social_share"
  | "double_optin"
  | "email_spam_complaint"
  | "email_field_disable"
  | "cellphone_field_disable"
  | "phone_field_disable"
  | "edit_subscription"
  | "push_send"
  | "push_error"
  | "push_received"
  | "push_open"
  | "push_canceled"
  | "web_push_send"
  | "web_push_delivered"
  | "web_push_open"
  | "web_push_bounce"
  | "web_push_click"
  | "web_push_subscription"
  | "web_push_unsubscription"
  | "forget_subscription"
  | "change_consent"
  | "email_open"
  | "email_click"
  | "push_click"
  | "sms_delivered"
  | "new_order"
  | "cart_update"
  | "goal_conversion"
  | "product_view"

/** `WebhookCollection` of `@egoi-ts/core/Webhooks`. */
export type WebhookCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly list_id: number
    readonly fields?: undefined | ReadonlyArray<string>
    readonly url: string
    readonly actions: ReadonlyArray<
      | (string & {})
      | "email_send"
      | "sms_send"
      | "voice_send"
      | "unsubscribe"
      | "email_soft_bounce"
      | "email_hard_bounce"
      | "subscription"
      | "resubscription"
      | "facebook_like"
      | "social_share"
      | "double_optin"
      | "email_spam_complaint"
      | "email_field_disable"
      | "cellphone_field_disable"
      | "phone_field_disable"
      | "edit_subscription"
      | "push_send"
      | "push_error"
      | "push_received"
      | "push_open"
      | "push_canceled"
      | "web_push_send"
      | "web_push_delivered"
      | "web_push_open"
      | "web_push_bounce"
      | "web_push_click"
      | "web_push_subscription"
      | "web_push_unsubscription"
      | "forget_subscription"
      | "change_consent"
      | "email_open"
      | "email_click"
      | "push_click"
      | "sms_delivered"
      | "new_order"
      | "cart_update"
      | "goal_conversion"
      | "product_view"
    >
    readonly webhook_id: number
  }>
}

/** `WebhookRequest` of `@egoi-ts/core/Webhooks`. */
export type WebhookRequest = {
  readonly list_id: number
  readonly fields?: ReadonlyArray<string>
  readonly url: string
  readonly actions: ReadonlyArray<
    | "email_send"
    | "sms_send"
    | "voice_send"
    | "unsubscribe"
    | "email_soft_bounce"
    | "email_hard_bounce"
    | "subscription"
    | "resubscription"
    | "facebook_like"
    | "social_share"
    | "double_optin"
    | "email_spam_complaint"
    | "email_field_disable"
    | "cellphone_field_disable"
    | "phone_field_disable"
    | "edit_subscription"
    | "push_send"
    | "push_error"
    | "push_received"
    | "push_open"
    | "push_canceled"
    | "web_push_send"
    | "web_push_delivered"
    | "web_push_open"
    | "web_push_bounce"
    | "web_push_click"
    | "web_push_subscription"
    | "web_push_unsubscription"
    | "forget_subscription"
    | "change_consent"
    | "email_open"
    | "email_click"
    | "push_click"
    | "sms_delivered"
    | "new_order"
    | "cart_update"
    | "goal_conversion"
    | "product_view"
  >
}

/** `WebhookUrl` of `@egoi-ts/core/Webhooks`. */
export type WebhookUrl = string

/** `WebPushCampaignCreate` of `@egoi-ts/core/Webpush`. */
export type WebPushCampaignCreate = {
  readonly internal_name: string
  readonly site_id: number
  readonly content: { readonly title: string; readonly link: string; readonly message: string; readonly icon?: string }
  readonly actions?: ReadonlyArray<{ readonly title: string; readonly link: string }>
}

/** `WebPushCampaignPatch` of `@egoi-ts/core/Webpush`. */
export type WebPushCampaignPatch = {
  readonly internal_name?: string
  readonly content?: {
    readonly title?: string
    readonly link?: string
    readonly message?: string
    readonly icon?: string
  }
  readonly actions?: ReadonlyArray<{ readonly title: string; readonly link: string }>
}

/** `WebPushContent` of `@egoi-ts/core/Webpush`. */
export type WebPushContent = {
  readonly title: string
  readonly link: string
  readonly message: string
  readonly icon?: string
}

/** `WebPushRssCampaignCreate` of `@egoi-ts/core/Webpush`. */
export type WebPushRssCampaignCreate = {
  readonly internal_name: string
  readonly site_id: number
  readonly content: { readonly feed: string }
}

/** `WebPushSendRequest` of `@egoi-ts/core/Webpush`. */
export type WebPushSendRequest = {
  readonly notify?: ReadonlyArray<number>
  readonly schedule_date?: string | Date
  readonly site_id: number
  readonly segments: { readonly type: "none" } | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
}

/** `WebPushSite` of `@egoi-ts/core/Webpush`. */
export type WebPushSite = {
  readonly list_id?: undefined | number
  readonly name?: undefined | string
  readonly site_id: number
  readonly app_code?: undefined | string
  readonly site?: undefined | string
}

/** `WebPushSiteCollection` of `@egoi-ts/core/Webpush`. */
export type WebPushSiteCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly name?: undefined | string
    readonly list_id?: undefined | number
    readonly site_id: number
    readonly app_code?: undefined | string
    readonly site?: undefined | string
  }>
}

/** `WebPushSiteRequest` of `@egoi-ts/core/Webpush`. */
export type WebPushSiteRequest = { readonly list_id: number; readonly name: string; readonly site: string }

/** The parameters of `getAllLists`. */
export type GetAllListsParams = {
  readonly limit?: number
  readonly internal_name?: string
  readonly created_min?: string | Date
  readonly created_max?: string | Date
  readonly updated_min?: string | Date
  readonly updated_max?: string | Date
  readonly offset?: number
  readonly order?: "asc" | "desc"
  readonly order_by?: "created" | "list_id" | "internal_name" | "updated" | "public_name"
  readonly public_name?: string
}

/** What `getAllLists` answers. */
export type GetAllListsAnswer = ListCollection

/** The parameters of `createList`. */
export type CreateListParams = { readonly internal_name: string; readonly public_name?: string }

/** What `createList` answers. */
export type CreateListAnswer = List

/** The parameters of `getList`. */
export type GetListParams = { readonly list_id: number }

/** What `getList` answers. */
export type GetListAnswer = ComplexList

/** The parameters of `updateList`. */
export type UpdateListParams = {
  readonly list_id: number
  readonly internal_name?: string
  readonly group_id?: number
  readonly public_name?: string
}

/** What `updateList` answers. */
export type UpdateListAnswer = List

/** The parameters of `deleteList`. */
export type DeleteListParams = { readonly list_id: number }

/** What `deleteList` answers. */
export type DeleteListAnswer = void

/** The Lists operations. */
export interface ListsMethods {
  /** List every list of the account, a page at a time (`GET /lists`). */
  getAllLists(
    params?: GetAllListsParams,
    options?: RequestOptions
  ): PagePromise<GetAllListsAnswer, GetAllListsAnswer["items"][number]>
  /** Create a list (`POST /lists`). */
  createList(params: CreateListParams, options?: RequestOptions): Promise<CreateListAnswer>
  /** Show a list with its languages and contact counts (`GET /lists/{list_id}`). */
  getList(params: GetListParams, options?: RequestOptions): Promise<GetListAnswer>
  /** Change a list's names or group (`PATCH /lists/{list_id}`). */
  updateList(params: UpdateListParams, options?: RequestOptions): Promise<UpdateListAnswer>
  /** Remove a list (`DELETE /lists/{list_id}`). */
  deleteList(params: DeleteListParams, options?: RequestOptions): Promise<DeleteListAnswer>
}

/** The parameters of `getAllContacts`. */
export type GetAllContactsParams = {
  readonly list_id: number
  readonly limit?: number
  readonly email?: string
  readonly offset?: number
  readonly first_name?: string
  readonly last_name?: string
  readonly birth_date?: string
  readonly language?: "en" | "pt" | "br" | "es" | "de" | "fr"
  readonly email_status?: boolean
  readonly cellphone?: string
  readonly cellphone_status?: boolean
  readonly phone?: string
  readonly phone_status?: boolean
  readonly extra_field_id?: { readonly [key: string]: string }
}

/** What `getAllContacts` answers. */
export type GetAllContactsAnswer = ContactCollection

/** The parameters of `createContact`. */
export type CreateContactParams = {
  readonly list_id: number
  readonly referrer?: { readonly referrer?: string }
  readonly base?: {
    readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
    readonly email?: string
    readonly consent?:
      | "none"
      | "consent"
      | "any"
      | "contract"
      | "legitimate_interest"
      | "protect_vital_interests"
      | "public_interests"
      | "required_by_law"
      | "withdrawn"
    readonly first_name?: string
    readonly last_name?: string
    readonly birth_date?: string
    readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
    readonly email_status?: "active" | "inactive"
    readonly cellphone?: string
    readonly cellphone_status?: "active" | "inactive"
    readonly phone?: string
    readonly phone_status?: "active" | "inactive"
    readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
    readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
  }
  readonly extra?: ReadonlyArray<{
    readonly status?: "active" | "inactive"
    readonly value: string | ReadonlyArray<number>
    readonly field_id: number
  }>
  readonly utm?: {
    readonly utm_source?: string
    readonly utm_medium?: string
    readonly utm_campaign?: string
    readonly utm_content?: string
    readonly utm_term?: string
  }
  readonly advertising?: { readonly gclid?: string; readonly msclkid?: string; readonly fbclid?: string }
}

/** What `createContact` answers. */
export type CreateContactAnswer = { readonly contact_id: string }

/** The parameters of `getContact`. */
export type GetContactParams = { readonly list_id: number; readonly contact_id: string }

/** What `getContact` answers. */
export type GetContactAnswer = ComplexContact

/** The parameters of `patchContact`. */
export type PatchContactParams = {
  readonly list_id: number
  readonly contact_id: string
  readonly base?: {
    readonly status?: "active" | "inactive" | "unconfirmed"
    readonly email?: string
    readonly consent?:
      | "none"
      | "consent"
      | "any"
      | "contract"
      | "legitimate_interest"
      | "protect_vital_interests"
      | "public_interests"
      | "required_by_law"
      | "withdrawn"
    readonly first_name?: string
    readonly last_name?: string
    readonly birth_date?: string
    readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
    readonly email_status?: "active" | "inactive"
    readonly cellphone?: string
    readonly cellphone_status?: "active" | "inactive"
    readonly phone?: string
    readonly phone_status?: "active" | "inactive"
    readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
    readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
  }
  readonly extra?: ReadonlyArray<{
    readonly status?: "active" | "inactive"
    readonly value: string | ReadonlyArray<number>
    readonly field_id: number
  }>
}

/** What `patchContact` answers. */
export type PatchContactAnswer = { readonly contact_id: string }

/** The parameters of `updateContactByField`. */
export type UpdateContactByFieldParams = {
  readonly list_id: number
  readonly base?: {
    readonly status?: "active" | "inactive" | "unconfirmed"
    readonly email?: string
    readonly consent?:
      | "none"
      | "consent"
      | "any"
      | "contract"
      | "legitimate_interest"
      | "protect_vital_interests"
      | "public_interests"
      | "required_by_law"
      | "withdrawn"
    readonly first_name?: string
    readonly last_name?: string
    readonly birth_date?: string
    readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
    readonly email_status?: "active" | "inactive"
    readonly cellphone?: string
    readonly cellphone_status?: "active" | "inactive"
    readonly phone?: string
    readonly phone_status?: "active" | "inactive"
    readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
    readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
  }
  readonly extra?: ReadonlyArray<{
    readonly status?: "active" | "inactive"
    readonly value: string | ReadonlyArray<number>
    readonly field_id: number
  }>
  readonly compare_field: { readonly value: string; readonly field_id: string }
}

/** What `updateContactByField` answers. */
export type UpdateContactByFieldAnswer = { readonly contact_id: string }

/** The parameters of `searchContacts`. */
export type SearchContactsParams = { readonly type?: "email" | "cellphone" | "phone"; readonly contact: string }

/** What `searchContacts` answers. */
export type SearchContactsAnswer = {
  readonly items: ReadonlyArray<{ readonly list_id: number; readonly contact_id: string }>
}

/** The parameters of `getAllContactActivities`. */
export type GetAllContactActivitiesParams = {
  readonly list_id: number
  readonly contact_id: string
  readonly limit?: number
  readonly offset?: number
  readonly action_name?:
    | "conversion"
    | "email_send"
    | "sms_send"
    | "sms_report"
    | "voice_send"
    | "voice_report"
    | "invitation_send"
    | "invitation_open"
    | "unsubscribe"
    | "email_soft_bounce"
    | "email_hard_bounce"
    | "subscription"
    | "resubscription"
    | "unsubscribe_reason"
    | "facebook_like"
    | "social_share"
    | "unsubscribe_manual"
    | "double_optin"
    | "email_spam_complaint"
    | "email_field_disable"
    | "cellphone_field_disable"
    | "phone_field_disable"
    | "unsubscribe_api"
    | "email_field_enable"
    | "cellphone_field_enable"
    | "phone_field_enable"
    | "edit_subscription"
    | "automation_event"
    | "push_send"
    | "push_delivered"
    | "push_error"
    | "push_received"
    | "push_open"
    | "push_canceled"
    | "push_unsubscription"
    | "reply_to_email"
    | "web_push_send"
    | "web_push_delivered"
    | "web_push_open"
    | "web_push_bounce"
    | "web_push_click"
    | "web_push_subscription"
    | "web_push_unsubscription"
    | "forget_subscription"
    | "change_consent"
    | "double_optin_resend"
    | "double_optedit"
    | "email_open"
    | "email_click"
    | "forward"
    | "mms_send"
    | "mms_open"
    | "push_click"
    | "add_push_contact"
    | "remove_push_contact"
    | "voice_menu_event"
    | "voice_redirect"
    | "automation_action"
    | "automation_trigger"
    | "attach_tag"
    | "detach_tag"
    | "smart_sms_send"
    | "smart_sms_open"
    | "smart_sms_click"
    | "smart_sms_report"
  readonly date_min?: string | Date
  readonly date_max?: string | Date
}

/** What `getAllContactActivities` answers. */
export type GetAllContactActivitiesAnswer = ActivityCollection

/** The parameters of `getAllContactsBySegment`. */
export type GetAllContactsBySegmentParams = {
  readonly list_id: number
  readonly segment_id: string
  readonly limit?: number
  readonly offset?: number
  readonly show_removed?: boolean
}

/** What `getAllContactsBySegment` answers. */
export type GetAllContactsBySegmentAnswer = ContactCollection

/** The parameters of `actionImportBulk`. */
export type ActionImportBulkParams =
  | {
      readonly list_id: number
      readonly notify?: ReadonlyArray<number>
      readonly callback_url?: string
      readonly mode: "add" | "update" | "update_only"
      readonly compare_field: string
      readonly contacts: ReadonlyArray<{
        readonly referrer?: { readonly referrer?: string }
        readonly base?: {
          readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
          readonly email?: string
          readonly consent?:
            | "none"
            | "consent"
            | "any"
            | "contract"
            | "legitimate_interest"
            | "protect_vital_interests"
            | "public_interests"
            | "required_by_law"
            | "withdrawn"
          readonly first_name?: string
          readonly last_name?: string
          readonly birth_date?: string
          readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
          readonly email_status?: "active" | "inactive"
          readonly cellphone?: string
          readonly cellphone_status?: "active" | "inactive"
          readonly phone?: string
          readonly phone_status?: "active" | "inactive"
          readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
          readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
        }
        readonly extra?: ReadonlyArray<{
          readonly status?: "active" | "inactive"
          readonly value: string | ReadonlyArray<number>
          readonly field_id: number
        }>
        readonly utm?: {
          readonly utm_source?: string
          readonly utm_medium?: string
          readonly utm_campaign?: string
          readonly utm_content?: string
          readonly utm_term?: string
        }
        readonly advertising?: { readonly gclid?: string; readonly msclkid?: string; readonly fbclid?: string }
      }>
      readonly force_empty?: boolean
    }
  | {
      readonly list_id: number
      readonly file: {
        readonly url: string
        readonly field_mapping: ReadonlyArray<{ readonly field_id: string; readonly column_name: string }>
        readonly separator?: string
        readonly delimiter?: string
      }
      readonly notify?: ReadonlyArray<number>
      readonly callback_url?: string
      readonly mode: "add" | "update" | "update_only"
      readonly compare_field: string
      readonly force_empty?: boolean
    }

/** What `actionImportBulk` answers. */
export type ActionImportBulkAnswer = Accepted

/** The parameters of `actionExportContacts`. */
export type ActionExportContactsParams = {
  readonly list_id: number
  readonly fields?: ReadonlyArray<string>
  readonly callback_url?: string
  readonly format: "csv" | "xml"
  readonly segments?: ReadonlyArray<string>
}

/** What `actionExportContacts` answers. */
export type ActionExportContactsAnswer = Accepted

/** The parameters of `actionForgetContacts`. */
export type ActionForgetContactsParams = { readonly list_id: number; readonly contacts: ReadonlyArray<string> }

/** What `actionForgetContacts` answers. */
export type ActionForgetContactsAnswer = Accepted

/** The parameters of `actionAttachTag`. */
export type ActionAttachTagParams =
  | { readonly list_id: number; readonly tag_id: number; readonly contacts: ReadonlyArray<string> }
  | { readonly list_id: number; readonly tag_id: number; readonly segment_id: string }
  | {
      readonly list_id: number
      readonly field_id: string
      readonly tag_id: number
      readonly contacts: ReadonlyArray<string>
    }

/** What `actionAttachTag` answers. */
export type ActionAttachTagAnswer = Accepted

/** The parameters of `actionDetachTag`. */
export type ActionDetachTagParams =
  | { readonly list_id: number; readonly tag_id: number; readonly contacts: ReadonlyArray<string> }
  | { readonly list_id: number; readonly tag_id: number; readonly segment_id: string }
  | {
      readonly list_id: number
      readonly field_id: string
      readonly tag_id: number
      readonly contacts: ReadonlyArray<string>
    }

/** What `actionDetachTag` answers. */
export type ActionDetachTagAnswer = Accepted

/** The parameters of `actionActivateContacts`. */
export type ActionActivateContactsParams =
  | { readonly list_id: number; readonly type: "all" }
  | { readonly list_id: number; readonly type: "contacts"; readonly contacts: ReadonlyArray<string> }

/** What `actionActivateContacts` answers. */
export type ActionActivateContactsAnswer = Accepted

/** The parameters of `actionDeactivateContacts`. */
export type ActionDeactivateContactsParams =
  | { readonly list_id: number; readonly type: "all" }
  | { readonly list_id: number; readonly type: "contacts"; readonly contacts: ReadonlyArray<string> }

/** What `actionDeactivateContacts` answers. */
export type ActionDeactivateContactsAnswer = Accepted

/** The parameters of `actionUnsubscribeContact`. */
export type ActionUnsubscribeContactParams = {
  readonly list_id: number
  readonly data: ReadonlyArray<{
    readonly unsubscription_method?: "manual" | "form" | "api" | "unsubscribe_link" | "bounce"
    readonly contact_id: string
    readonly unsubscription_reason?: "not_interested" | "lack_of_time" | "email_address_change" | "spam" | "other"
    readonly unsubscription_observation?: string
  }>
}

/** What `actionUnsubscribeContact` answers. */
export type ActionUnsubscribeContactAnswer = UnsubscribeResult

/** The parameters of `actionStartAutomation`. */
export type ActionStartAutomationParams = {
  readonly list_id: number
  readonly automation_id: number
  readonly action_id: number
  readonly contacts: ReadonlyArray<string>
}

/** What `actionStartAutomation` answers. */
export type ActionStartAutomationAnswer = StartAutomationResult

/** The parameters of `actionUpdateContacts`. */
export type ActionUpdateContactsParams =
  | {
      readonly list_id: number
      readonly type: "contacts"
      readonly base?: {
        readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
        readonly email?: string
        readonly consent?:
          | "none"
          | "consent"
          | "any"
          | "contract"
          | "legitimate_interest"
          | "protect_vital_interests"
          | "public_interests"
          | "required_by_law"
          | "withdrawn"
        readonly first_name?: string
        readonly last_name?: string
        readonly birth_date?: string
        readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
        readonly email_status?: "active" | "inactive"
        readonly cellphone?: string
        readonly cellphone_status?: "active" | "inactive"
        readonly phone?: string
        readonly phone_status?: "active" | "inactive"
      }
      readonly extra?: ReadonlyArray<{
        readonly status?: "active" | "inactive"
        readonly value: string | ReadonlyArray<number>
        readonly field_id: number
      }>
      readonly contacts: ReadonlyArray<string>
    }
  | {
      readonly list_id: number
      readonly type: "segment"
      readonly base?: {
        readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
        readonly email?: string
        readonly consent?:
          | "none"
          | "consent"
          | "any"
          | "contract"
          | "legitimate_interest"
          | "protect_vital_interests"
          | "public_interests"
          | "required_by_law"
          | "withdrawn"
        readonly first_name?: string
        readonly last_name?: string
        readonly birth_date?: string
        readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
        readonly email_status?: "active" | "inactive"
        readonly cellphone?: string
        readonly cellphone_status?: "active" | "inactive"
        readonly phone?: string
        readonly phone_status?: "active" | "inactive"
      }
      readonly extra?: ReadonlyArray<{
        readonly status?: "active" | "inactive"
        readonly value: string | ReadonlyArray<number>
        readonly field_id: number
      }>
      readonly segment_id: string
    }
  | {
      readonly list_id: number
      readonly type: "all"
      readonly base?: {
        readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
        readonly email?: string
        readonly consent?:
          | "none"
          | "consent"
          | "any"
          | "contract"
          | "legitimate_interest"
          | "protect_vital_interests"
          | "public_interests"
          | "required_by_law"
          | "withdrawn"
        readonly first_name?: string
        readonly last_name?: string
        readonly birth_date?: string
        readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
        readonly email_status?: "active" | "inactive"
        readonly cellphone?: string
        readonly cellphone_status?: "active" | "inactive"
        readonly phone?: string
        readonly phone_status?: "active" | "inactive"
      }
      readonly extra?: ReadonlyArray<{
        readonly status?: "active" | "inactive"
        readonly value: string | ReadonlyArray<number>
        readonly field_id: number
      }>
    }

/** What `actionUpdateContacts` answers. */
export type ActionUpdateContactsAnswer = Accepted

/** The Contacts operations. */
export interface ContactsMethods {
  /** List the contacts of a list, filtered by base or extra fields (`GET /lists/{list_id}/contacts`). */
  getAllContacts(
    params?: GetAllContactsParams,
    options?: RequestOptions
  ): PagePromise<GetAllContactsAnswer, GetAllContactsAnswer["items"][number]>
  /** Add a contact to a list (`POST /lists/{list_id}/contacts`). */
  createContact(params?: CreateContactParams, options?: RequestOptions): Promise<CreateContactAnswer>
  /** Show a contact with its statistics (`GET /lists/{list_id}/contacts/{contact_id}`). */
  getContact(params: GetContactParams, options?: RequestOptions): Promise<GetContactAnswer>
  /** Change a contact's fields (`PATCH /lists/{list_id}/contacts/{contact_id}`). */
  patchContact(params?: PatchContactParams, options?: RequestOptions): Promise<PatchContactAnswer>
  /** Change the contact a unique field value identifies (`POST /lists/{list_id}/contacts/by-field`). */
  updateContactByField(
    params?: UpdateContactByFieldParams,
    options?: RequestOptions
  ): Promise<UpdateContactByFieldAnswer>
  /** Find a contact by email or number across every list (`GET /contacts/search`). */
  searchContacts(params: SearchContactsParams, options?: RequestOptions): Promise<SearchContactsAnswer>
  /** List what happened to a contact (`GET /lists/{list_id}/contacts/{contact_id}/activities`). */
  getAllContactActivities(
    params: GetAllContactActivitiesParams,
    options?: RequestOptions
  ): PagePromise<GetAllContactActivitiesAnswer, GetAllContactActivitiesAnswer["items"][number]>
  /** List the contacts a segment selects (`GET /lists/{list_id}/contacts/segment/{segment_id}`). */
  getAllContactsBySegment(
    params: GetAllContactsBySegmentParams,
    options?: RequestOptions
  ): PagePromise<GetAllContactsBySegmentAnswer, GetAllContactsBySegmentAnswer["items"][number]>
  /** Import contacts in the background (2 or more; see Bulk.importContacts for any number) (`POST /lists/{list_id}/contacts/actions/import-bulk`). */
  actionImportBulk(params?: ActionImportBulkParams, options?: RequestOptions): Promise<ActionImportBulkAnswer>
  /** Export a list's contacts to a file, announced at callback_url (`POST /lists/{list_id}/contacts/actions/export`). */
  actionExportContacts(
    params: ActionExportContactsParams,
    options?: RequestOptions
  ): Promise<ActionExportContactsAnswer>
  /** Erase contacts and their data (up to 1000; see Bulk.forgetContacts for more) (`POST /lists/{list_id}/contacts/actions/forget`). */
  actionForgetContacts(
    params: ActionForgetContactsParams,
    options?: RequestOptions
  ): Promise<ActionForgetContactsAnswer>
  /** Tag contacts, a segment or contacts by a field's values (`POST /lists/{list_id}/contacts/actions/attach-tag`). */
  actionAttachTag(params: ActionAttachTagParams, options?: RequestOptions): Promise<ActionAttachTagAnswer>
  /** Remove a tag from contacts (`POST /lists/{list_id}/contacts/actions/detach-tag`). */
  actionDetachTag(params: ActionDetachTagParams, options?: RequestOptions): Promise<ActionDetachTagAnswer>
  /** Activate all or some contacts (removed ones excepted) (`POST /lists/{list_id}/contacts/actions/activate`). */
  actionActivateContacts(
    params: ActionActivateContactsParams,
    options?: RequestOptions
  ): Promise<ActionActivateContactsAnswer>
  /** Deactivate all or some contacts (removed ones excepted) (`POST /lists/{list_id}/contacts/actions/deactivate`). */
  actionDeactivateContacts(
    params: ActionDeactivateContactsParams,
    options?: RequestOptions
  ): Promise<ActionDeactivateContactsAnswer>
  /** Unsubscribe contacts, with a method and reason each (`POST /lists/{list_id}/contacts/actions/unsubscribe`). */
  actionUnsubscribeContact(
    params?: ActionUnsubscribeContactParams,
    options?: RequestOptions
  ): Promise<ActionUnsubscribeContactAnswer>
  /** Start an automation for contacts (`POST /lists/{list_id}/contacts/actions/start-automation`). */
  actionStartAutomation(
    params: ActionStartAutomationParams,
    options?: RequestOptions
  ): Promise<ActionStartAutomationAnswer>
  /** Set the same values on many contacts (`POST /lists/{list_id}/contacts/actions/update`). */
  actionUpdateContacts(
    params?: ActionUpdateContactsParams,
    options?: RequestOptions
  ): Promise<ActionUpdateContactsAnswer>
}

/** The parameters of `getAllOperations`. */
export type GetAllOperationsParams = {
  readonly type?:
    | "push"
    | "email"
    | "sms"
    | "smart_sms"
    | "voice"
    | "attach_tag"
    | "detach_tag"
    | "import_contacts"
    | "update_contacts"
    | "export_contacts"
    | "export_reports"
    | "advanced_report"
    | "webpush"
    | "ads"
    | "social"
    | "segment_generation"
    | "mass_operation"
    | "unify"
    | "import_ecommerce"
  readonly limit?: number
  readonly status?: "queued" | "paused" | "processing" | "executing"
  readonly offset?: number
  readonly order?: "asc" | "desc"
  readonly order_by?: "created" | "start_date" | "operation_id"
}

/** What `getAllOperations` answers. */
export type GetAllOperationsAnswer = OperationCollection

/** The parameters of `actionApproveOperation`. */
export type ActionApproveOperationParams = { readonly operations: ReadonlyArray<number> }

/** What `actionApproveOperation` answers. */
export type ActionApproveOperationAnswer = OperationActionResult

/** The parameters of `actionCancelOperation`. */
export type ActionCancelOperationParams = { readonly operations: ReadonlyArray<number> }

/** What `actionCancelOperation` answers. */
export type ActionCancelOperationAnswer = OperationActionResult

/** The parameters of `actionPauseOperation`. */
export type ActionPauseOperationParams = { readonly operations: ReadonlyArray<number> }

/** What `actionPauseOperation` answers. */
export type ActionPauseOperationAnswer = OperationActionResult

/** The parameters of `actionResumeOperation`. */
export type ActionResumeOperationParams = { readonly operations: ReadonlyArray<number> }

/** What `actionResumeOperation` answers. */
export type ActionResumeOperationAnswer = OperationActionResult

/** The Operations operations. */
export interface OperationsMethods {
  /** List the operations queued or running (`GET /operations`). */
  getAllOperations(
    params?: GetAllOperationsParams,
    options?: RequestOptions
  ): PagePromise<GetAllOperationsAnswer, GetAllOperationsAnswer["items"][number]>
  /** Approve operations waiting for approval (`POST /operations/actions/approve`). */
  actionApproveOperation(
    params: ActionApproveOperationParams,
    options?: RequestOptions
  ): Promise<ActionApproveOperationAnswer>
  /** Cancel operations (`POST /operations/actions/cancel`). */
  actionCancelOperation(
    params: ActionCancelOperationParams,
    options?: RequestOptions
  ): Promise<ActionCancelOperationAnswer>
  /** Pause operations (`POST /operations/actions/pause`). */
  actionPauseOperation(
    params: ActionPauseOperationParams,
    options?: RequestOptions
  ): Promise<ActionPauseOperationAnswer>
  /** Resume paused operations (`POST /operations/actions/resume`). */
  actionResumeOperation(
    params: ActionResumeOperationParams,
    options?: RequestOptions
  ): Promise<ActionResumeOperationAnswer>
}

/** The parameters of `getAllTags`. */
export type GetAllTagsParams = {
  readonly limit?: number
  readonly offset?: number
  readonly order?: "asc" | "desc"
  readonly order_by?: "name" | "tag_id" | "color"
}

/** What `getAllTags` answers. */
export type GetAllTagsAnswer = TagCollection

/** The parameters of `createTag`. */
export type CreateTagParams = TagRequest

/** What `createTag` answers. */
export type CreateTagAnswer = Tag

/** The parameters of `updateTag`. */
export type UpdateTagParams = { readonly tag_id: number; readonly name?: string; readonly color?: string }

/** What `updateTag` answers. */
export type UpdateTagAnswer = Tag

/** The parameters of `deleteTag`. */
export type DeleteTagParams = { readonly tag_id: number }

/** What `deleteTag` answers. */
export type DeleteTagAnswer = void

/** The Tags operations. */
export interface TagsMethods {
  /** List every tag of the account, a page at a time (`GET /tags`). */
  getAllTags(
    params?: GetAllTagsParams,
    options?: RequestOptions
  ): PagePromise<GetAllTagsAnswer, GetAllTagsAnswer["items"][number]>
  /** Create a tag (`POST /tags`). */
  createTag(params: CreateTagParams, options?: RequestOptions): Promise<CreateTagAnswer>
  /** Rename or recolor a tag (`PUT /tags/{tag_id}`). */
  updateTag(params: UpdateTagParams, options?: RequestOptions): Promise<UpdateTagAnswer>
  /** Remove a tag (`DELETE /tags/{tag_id}`). */
  deleteTag(params: DeleteTagParams, options?: RequestOptions): Promise<DeleteTagAnswer>
}

/** The parameters of `getAllFields`. */
export type GetAllFieldsParams = { readonly list_id: number; readonly limit?: number; readonly offset?: number }

/** What `getAllFields` answers. */
export type GetAllFieldsAnswer = ComplexFieldArray

/** The parameters of `createExtraField`. */
export type CreateExtraFieldParams = {
  readonly list_id: number
  readonly name: string
  readonly format: "number" | "options" | "email" | "date" | "cellphone" | "phone" | "text"
  readonly unique?: boolean
}

/** What `createExtraField` answers. */
export type CreateExtraFieldAnswer = Field

/** The parameters of `patchExtraField`. */
export type PatchExtraFieldParams = {
  readonly list_id: number
  readonly field_id: number
  readonly name?: string
  readonly unique?: boolean
}

/** What `patchExtraField` answers. */
export type PatchExtraFieldAnswer = Field

/** The parameters of `deleteExtraField`. */
export type DeleteExtraFieldParams = { readonly list_id: number; readonly field_id: number }

/** What `deleteExtraField` answers. */
export type DeleteExtraFieldAnswer = void

/** The parameters of `patchBaseField`. */
export type PatchBaseFieldParams = { readonly list_id: number; readonly field_id: string; readonly unique?: boolean }

/** What `patchBaseField` answers. */
export type PatchBaseFieldAnswer = Field

/** The parameters of `getAllFieldOptions`. */
export type GetAllFieldOptionsParams = { readonly list_id: number; readonly field_id: number }

/** What `getAllFieldOptions` answers. */
export type GetAllFieldOptionsAnswer = FieldOptionCollection

/** The parameters of `createFieldOption`. */
export type CreateFieldOptionParams = {
  readonly list_id: number
  readonly field_id: number
  readonly en?: string
  readonly pt?: string
  readonly br?: string
  readonly es?: string
  readonly de?: string
  readonly hu?: string
  readonly fr?: string
}

/** What `createFieldOption` answers. */
export type CreateFieldOptionAnswer = FieldOption

/** The parameters of `updateFieldOption`. */
export type UpdateFieldOptionParams = {
  readonly list_id: number
  readonly field_id: number
  readonly option_id: number
  readonly en?: string
  readonly pt?: string
  readonly br?: string
  readonly es?: string
  readonly de?: string
  readonly hu?: string
  readonly fr?: string
}

/** What `updateFieldOption` answers. */
export type UpdateFieldOptionAnswer = FieldOption

/** The parameters of `deleteFieldOption`. */
export type DeleteFieldOptionParams = {
  readonly list_id: number
  readonly field_id: number
  readonly option_id: number
}

/** What `deleteFieldOption` answers. */
export type DeleteFieldOptionAnswer = void

/** The Fields operations. */
export interface FieldsMethods {
  /** List the base and extra fields of a list, with the options of each (`GET /lists/{list_id}/fields`). */
  getAllFields(
    params: GetAllFieldsParams,
    options?: RequestOptions
  ): PagePromise<GetAllFieldsAnswer, GetAllFieldsAnswer[number]>
  /** Add an extra field to a list (`POST /lists/{list_id}/fields/extra`). */
  createExtraField(params: CreateExtraFieldParams, options?: RequestOptions): Promise<CreateExtraFieldAnswer>
  /** Rename an extra field or change whether it is unique (`PATCH /lists/{list_id}/fields/extra/{field_id}`). */
  patchExtraField(params: PatchExtraFieldParams, options?: RequestOptions): Promise<PatchExtraFieldAnswer>
  /** Remove an extra field (409 field_in_use while a segment or form uses it) (`DELETE /lists/{list_id}/fields/extra/{field_id}`). */
  deleteExtraField(params: DeleteExtraFieldParams, options?: RequestOptions): Promise<DeleteExtraFieldAnswer>
  /** Change whether a base field is unique (`PATCH /lists/{list_id}/fields/base/{field_id}`). */
  patchBaseField(params: PatchBaseFieldParams, options?: RequestOptions): Promise<PatchBaseFieldAnswer>
  /** List the options of an extra field of format options (`GET /lists/{list_id}/fields/extra/{field_id}/options`). */
  getAllFieldOptions(params: GetAllFieldOptionsParams, options?: RequestOptions): Promise<GetAllFieldOptionsAnswer>
  /** Add an option to an extra field of format options (`POST /lists/{list_id}/fields/extra/{field_id}/options`). */
  createFieldOption(params: CreateFieldOptionParams, options?: RequestOptions): Promise<CreateFieldOptionAnswer>
  /** Change the labels of a field option (`PATCH /lists/{list_id}/fields/extra/{field_id}/options/{option_id}`). */
  updateFieldOption(params: UpdateFieldOptionParams, options?: RequestOptions): Promise<UpdateFieldOptionAnswer>
  /** Remove an option of an extra field (`DELETE /lists/{list_id}/fields/extra/{field_id}/options/{option_id}`). */
  deleteFieldOption(params: DeleteFieldOptionParams, options?: RequestOptions): Promise<DeleteFieldOptionAnswer>
}

/** The parameters of `getAllSegments`. */
export type GetAllSegmentsParams = {
  readonly list_id: number
  readonly type?: "auto" | "saved" | "tag"
  readonly limit?: number
  readonly name?: string
  readonly offset?: number
}

/** What `getAllSegments` answers. */
export type GetAllSegmentsAnswer = SegmentCollection

/** The parameters of `deleteSegment`. */
export type DeleteSegmentParams = { readonly list_id: number; readonly segment_id: string }

/** What `deleteSegment` answers. */
export type DeleteSegmentAnswer = void

/** The Segments operations. */
export interface SegmentsMethods {
  /** List the segments of a list, a page at a time (`GET /lists/{list_id}/segments`). */
  getAllSegments(
    params: GetAllSegmentsParams,
    options?: RequestOptions
  ): PagePromise<GetAllSegmentsAnswer, GetAllSegmentsAnswer["items"][number]>
  /** Remove a saved segment (409 for other types, or one in use) (`DELETE /lists/{list_id}/segments/{segment_id}`). */
  deleteSegment(params: DeleteSegmentParams, options?: RequestOptions): Promise<DeleteSegmentAnswer>
}

/** The parameters of `getAllSuppressionList`. */
export type GetAllSuppressionListParams = {
  readonly type?: "email" | "cellphone" | "phone" | "email_domain" | "email_user"
  readonly limit?: number
  readonly method?: "unsubscribe" | "manual" | "bounce" | "other" | "forgotten"
  readonly campaign_hash?: string
  readonly value?: string
  readonly created_min?: string | Date
  readonly created_max?: string | Date
  readonly offset?: number
  readonly order?: "asc" | "desc"
  readonly order_by?: "created" | "value" | "id"
}

/** What `getAllSuppressionList` answers. */
export type GetAllSuppressionListAnswer = SuppressionListCollection

/** The parameters of `createSuppressionList`. */
export type CreateSuppressionListParams = CreateSuppressionListRequest

/** What `createSuppressionList` answers. */
export type CreateSuppressionListAnswer = Accepted

/** The parameters of `deleteSuppressionList`. */
export type DeleteSuppressionListParams = { readonly suppression_id: number }

/** What `deleteSuppressionList` answers. */
export type DeleteSuppressionListAnswer = void

/** The SuppressionList operations. */
export interface SuppressionListMethods {
  /** List the suppressed values, a page at a time (`GET /suppression-list`). */
  getAllSuppressionList(
    params?: GetAllSuppressionListParams,
    options?: RequestOptions
  ): PagePromise<GetAllSuppressionListAnswer, GetAllSuppressionListAnswer["items"][number]>
  /** Add values of one type to the suppression list (`POST /suppression-list`). */
  createSuppressionList(
    params: CreateSuppressionListParams,
    options?: RequestOptions
  ): Promise<CreateSuppressionListAnswer>
  /** Remove a manual entry (409 unremovable_entry for any other method) (`DELETE /suppression-list/{suppression_id}`). */
  deleteSuppressionList(
    params: DeleteSuppressionListParams,
    options?: RequestOptions
  ): Promise<DeleteSuppressionListAnswer>
}

/** The parameters of `getAllWebhooks`. */
export type GetAllWebhooksParams = { readonly limit?: number; readonly offset?: number }

/** What `getAllWebhooks` answers. */
export type GetAllWebhooksAnswer = WebhookCollection

/** The parameters of `createWebhook`. */
export type CreateWebhookParams = WebhookRequest

/** What `createWebhook` answers. */
export type CreateWebhookAnswer = Webhook

/** The parameters of `deleteWebhook`. */
export type DeleteWebhookParams = { readonly webhook_id: number }

/** What `deleteWebhook` answers. */
export type DeleteWebhookAnswer = void

/** The Webhooks operations. */
export interface WebhooksMethods {
  /** List the webhooks of the account, a page at a time (`GET /webhooks`). */
  getAllWebhooks(
    params?: GetAllWebhooksParams,
    options?: RequestOptions
  ): PagePromise<GetAllWebhooksAnswer, GetAllWebhooksAnswer["items"][number]>
  /** Register a URL to call on the chosen events of a list's contacts (`POST /webhooks`). */
  createWebhook(params: CreateWebhookParams, options?: RequestOptions): Promise<CreateWebhookAnswer>
  /** Remove a webhook (`DELETE /webhooks/{webhook_id}`). */
  deleteWebhook(params: DeleteWebhookParams, options?: RequestOptions): Promise<DeleteWebhookAnswer>
}

/** The parameters of `getMyAccount`. */
export type GetMyAccountParams = {}

/** What `getMyAccount` answers. */
export type GetMyAccountAnswer = MyAccountDetails

/** The parameters of `enableTe`. */
export type EnableTeParams = { readonly list_id?: number; readonly domain: string }

/** What `enableTe` answers. */
export type EnableTeAnswer = TeResponse

/** The parameters of `enableTransactional`. */
export type EnableTransactionalParams = {}

/** What `enableTransactional` answers. */
export type EnableTransactionalAnswer = void

/** The MyAccount operations. */
export interface MyAccountMethods {
  /** Show the account's general, billing, plan, balance and module details (`GET /my-account`). */
  getMyAccount(params?: GetMyAccountParams, options?: RequestOptions): Promise<GetMyAccountAnswer>
  /** Enable Track&Engage for a website (`POST /my-account/actions/enable-te`). */
  enableTe(params: EnableTeParams, options?: RequestOptions): Promise<EnableTeAnswer>
  /** Enable transactional sending (`POST /my-account/actions/enable-transactional`). */
  enableTransactional(params?: EnableTransactionalParams, options?: RequestOptions): Promise<EnableTransactionalAnswer>
}

/** The parameters of `ping`. */
export type PingParams = {}

/** What `ping` answers. */
export type PingAnswer = Accepted

/** The Ping operations. */
export interface PingMethods {
  /** Check that the API is up (`POST /ping`). */
  ping(params?: PingParams, options?: RequestOptions): Promise<PingAnswer>
}

/** The parameters of `getAllCellphoneSenders`. */
export type GetAllCellphoneSendersParams = {
  readonly limit?: number
  readonly status?: "active" | "moderation" | "rejected"
  readonly offset?: number
}

/** What `getAllCellphoneSenders` answers. */
export type GetAllCellphoneSendersAnswer = CellphoneSenderCollection

/** The parameters of `createCellphoneSender`. */
export type CreateCellphoneSenderParams =
  | { readonly type: "alpha_numeric"; readonly file: string; readonly cellphone: string }
  | { readonly type: "numeric"; readonly cellphone: string }

/** What `createCellphoneSender` answers. */
export type CreateCellphoneSenderAnswer = CellphoneSender

/** The parameters of `deleteCellphoneSender`. */
export type DeleteCellphoneSenderParams = { readonly sender_id: number }

/** What `deleteCellphoneSender` answers. */
export type DeleteCellphoneSenderAnswer = void

/** The parameters of `getAllEmailSenders`. */
export type GetAllEmailSendersParams = {
  readonly limit?: number
  readonly status?: "active" | "moderation" | "rejected"
  readonly offset?: number
}

/** What `getAllEmailSenders` answers. */
export type GetAllEmailSendersAnswer = EmailSenderCollection

/** The parameters of `createEmailSender`. */
export type CreateEmailSenderParams = { readonly name: string; readonly email: string }

/** What `createEmailSender` answers. */
export type CreateEmailSenderAnswer = EmailSender

/** The parameters of `putEmailSender`. */
export type PutEmailSenderParams = { readonly sender_id: number; readonly name: string }

/** What `putEmailSender` answers. */
export type PutEmailSenderAnswer = EmailSender

/** The parameters of `deleteEmailSender`. */
export type DeleteEmailSenderParams = { readonly sender_id: number }

/** What `deleteEmailSender` answers. */
export type DeleteEmailSenderAnswer = void

/** The parameters of `getAllPhoneSenders`. */
export type GetAllPhoneSendersParams = {
  readonly limit?: number
  readonly status?: "active" | "moderation" | "rejected"
  readonly offset?: number
}

/** What `getAllPhoneSenders` answers. */
export type GetAllPhoneSendersAnswer = PhoneSenderCollection

/** The parameters of `createPhoneSender`. */
export type CreatePhoneSenderParams = { readonly file: string; readonly phone: string }

/** What `createPhoneSender` answers. */
export type CreatePhoneSenderAnswer = PhoneSender

/** The parameters of `deletePhoneSender`. */
export type DeletePhoneSenderParams = { readonly sender_id: number }

/** What `deletePhoneSender` answers. */
export type DeletePhoneSenderAnswer = void

/** The Senders operations. */
export interface SendersMethods {
  /** List the account's SMS senders, a page at a time (`GET /senders/cellphone`). */
  getAllCellphoneSenders(
    params?: GetAllCellphoneSendersParams,
    options?: RequestOptions
  ): PagePromise<GetAllCellphoneSendersAnswer, GetAllCellphoneSendersAnswer["items"][number]>
  /** Register an SMS sender; it starts in moderation (`POST /senders/cellphone`). */
  createCellphoneSender(
    params: CreateCellphoneSenderParams,
    options?: RequestOptions
  ): Promise<CreateCellphoneSenderAnswer>
  /** Remove an SMS sender (`DELETE /senders/cellphone/{sender_id}`). */
  deleteCellphoneSender(
    params: DeleteCellphoneSenderParams,
    options?: RequestOptions
  ): Promise<DeleteCellphoneSenderAnswer>
  /** List the account's email senders, a page at a time (`GET /senders/email`). */
  getAllEmailSenders(
    params?: GetAllEmailSendersParams,
    options?: RequestOptions
  ): PagePromise<GetAllEmailSendersAnswer, GetAllEmailSendersAnswer["items"][number]>
  /** Register an email sender; it starts in moderation (`POST /senders/email`). */
  createEmailSender(params: CreateEmailSenderParams, options?: RequestOptions): Promise<CreateEmailSenderAnswer>
  /** Rename an email sender (`PUT /senders/email/{sender_id}`). */
  putEmailSender(params: PutEmailSenderParams, options?: RequestOptions): Promise<PutEmailSenderAnswer>
  /** Remove an email sender (`DELETE /senders/email/{sender_id}`). */
  deleteEmailSender(params: DeleteEmailSenderParams, options?: RequestOptions): Promise<DeleteEmailSenderAnswer>
  /** List the account's voice senders, a page at a time (`GET /senders/phone`). */
  getAllPhoneSenders(
    params?: GetAllPhoneSendersParams,
    options?: RequestOptions
  ): PagePromise<GetAllPhoneSendersAnswer, GetAllPhoneSendersAnswer["items"][number]>
  /** Register a voice sender; it starts in moderation (`POST /senders/phone`). */
  createPhoneSender(params: CreatePhoneSenderParams, options?: RequestOptions): Promise<CreatePhoneSenderAnswer>
  /** Remove a voice sender (`DELETE /senders/phone/{sender_id}`). */
  deletePhoneSender(params: DeletePhoneSenderParams, options?: RequestOptions): Promise<DeletePhoneSenderAnswer>
}

/** The parameters of `getAllUsers`. */
export type GetAllUsersParams = {
  readonly limit?: number
  readonly status?: "active" | "inactive"
  readonly created_min?: string | Date
  readonly created_max?: string | Date
  readonly updated_min?: string | Date
  readonly updated_max?: string | Date
  readonly offset?: number
  readonly order?: "asc" | "desc"
  readonly order_by?: "user_id" | "username"
  readonly username?: string
}

/** What `getAllUsers` answers. */
export type GetAllUsersAnswer = UserCollection

/** The parameters of `deleteUser`. */
export type DeleteUserParams = { readonly user_id: number }

/** What `deleteUser` answers. */
export type DeleteUserAnswer = void

/** The Users operations. */
export interface UsersMethods {
  /** List the account's users, a page at a time (`GET /users`). */
  getAllUsers(
    params?: GetAllUsersParams,
    options?: RequestOptions
  ): PagePromise<GetAllUsersAnswer, GetAllUsersAnswer["items"][number]>
  /** Remove a user from the account (`DELETE /users/{user_id}`). */
  deleteUser(params: DeleteUserParams, options?: RequestOptions): Promise<DeleteUserAnswer>
}

/** The parameters of `getAllCountries`. */
export type GetAllCountriesParams = { readonly phone?: string }

/** What `getAllCountries` answers. */
export type GetAllCountriesAnswer = CountryCollection

/** The Utilities operations. */
export interface UtilitiesMethods {
  /** List the countries with their ISO code, currency and dialing code (`GET /utilities/countries`). */
  getAllCountries(params?: GetAllCountriesParams, options?: RequestOptions): Promise<GetAllCountriesAnswer>
}

/** The parameters of `getAllCNames`. */
export type GetAllCNamesParams = {}

/** What `getAllCNames` answers. */
export type GetAllCNamesAnswer = CNameCollection

/** The parameters of `createCName`. */
export type CreateCNameParams = { readonly value?: string }

/** What `createCName` answers. */
export type CreateCNameAnswer = CName

/** The CNames operations. */
export interface CNamesMethods {
  /** List the account's CNAMEs (`GET /cnames`). */
  getAllCNames(params?: GetAllCNamesParams, options?: RequestOptions): Promise<GetAllCNamesAnswer>
  /** Add a CNAME to the account (`POST /cnames`). */
  createCName(params?: CreateCNameParams, options?: RequestOptions): Promise<CreateCNameAnswer>
}

/** The parameters of `getAllCatalogs`. */
export type GetAllCatalogsParams = {}

/** What `getAllCatalogs` answers. */
export type GetAllCatalogsAnswer = CatalogCollection

/** The parameters of `createCatalog`. */
export type CreateCatalogParams = CatalogInput

/** What `createCatalog` answers. */
export type CreateCatalogAnswer = Catalog

/** The parameters of `deleteCatalog`. */
export type DeleteCatalogParams = { readonly catalog_id: number }

/** What `deleteCatalog` answers. */
export type DeleteCatalogAnswer = void

/** The parameters of `getAllProducts`. */
export type GetAllProductsParams = {
  readonly catalog_id: number
  readonly description?: string
  readonly limit?: number
  readonly name?: string
  readonly offset?: number
  readonly product_identifier?: string
  readonly sku?: string
  readonly upc?: string
  readonly ean?: string
  readonly gtin?: string
  readonly mpn?: string
  readonly price?: number
  readonly sale_price?: number
  readonly brand?: string
  readonly custom_attributes?: { readonly [key: string]: string }
}

/** What `getAllProducts` answers. */
export type GetAllProductsAnswer = ProductCollection

/** The parameters of `createProduct`. */
export type CreateProductParams = {
  readonly catalog_id: number
  readonly description?: string
  readonly name: string
  readonly link?: string
  readonly product_identifier: string
  readonly sku?: string
  readonly upc?: string
  readonly ean?: string
  readonly gtin?: string
  readonly mpn?: string
  readonly image_link?: string
  readonly price?: number
  readonly sale_price?: number
  readonly brand?: string
  readonly categories?: ReadonlyArray<string>
  readonly related_products?: ReadonlyArray<string>
  readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
}

/** What `createProduct` answers. */
export type CreateProductAnswer = Product

/** The parameters of `getProduct`. */
export type GetProductParams = { readonly product_identifier: string; readonly catalog_id: number }

/** What `getProduct` answers. */
export type GetProductAnswer = Product

/** The parameters of `updateProduct`. */
export type UpdateProductParams = {
  readonly product_identifier: string
  readonly catalog_id: number
  readonly description?: string
  readonly name?: string
  readonly link?: string
  readonly sku?: string
  readonly upc?: string
  readonly ean?: string
  readonly gtin?: string
  readonly mpn?: string
  readonly image_link?: string
  readonly price?: number
  readonly sale_price?: number
  readonly brand?: string
  readonly categories?: ReadonlyArray<string>
  readonly related_products?: ReadonlyArray<string>
  readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
}

/** What `updateProduct` answers. */
export type UpdateProductAnswer = Product

/** The parameters of `deleteProduct`. */
export type DeleteProductParams = { readonly product_identifier: string; readonly catalog_id: number }

/** What `deleteProduct` answers. */
export type DeleteProductAnswer = void

/** The parameters of `ImportProducts`. */
export type ImportProductsParams = {
  readonly catalog_id: number
  readonly mode?: "add" | "update" | "rewrite"
  readonly products: ReadonlyArray<{
    readonly description?: string
    readonly name: string
    readonly link?: string
    readonly product_identifier: string
    readonly sku?: string
    readonly upc?: string
    readonly ean?: string
    readonly gtin?: string
    readonly mpn?: string
    readonly image_link?: string
    readonly price?: number
    readonly sale_price?: number
    readonly brand?: string
    readonly categories?: ReadonlyArray<string>
    readonly related_products?: ReadonlyArray<string>
    readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
  }>
}

/** What `ImportProducts` answers. */
export type ImportProductsAnswer = Accepted

/** The parameters of `createCart`. */
export type CreateCartParams = {
  readonly domain: string
  readonly contact?: {
    readonly base?: {
      readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
      readonly email?: string
      readonly consent?:
        | "none"
        | "consent"
        | "any"
        | "contract"
        | "legitimate_interest"
        | "protect_vital_interests"
        | "public_interests"
        | "required_by_law"
        | "withdrawn"
      readonly first_name?: string
      readonly last_name?: string
      readonly birth_date?: string
      readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
      readonly email_status?: "active" | "inactive"
      readonly cellphone?: string
      readonly cellphone_status?: "active" | "inactive"
      readonly phone?: string
      readonly phone_status?: "active" | "inactive"
      readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      readonly contact_id?: string
    }
    readonly extra?: ReadonlyArray<{
      readonly status?: "active" | "inactive"
      readonly value: string | ReadonlyArray<number>
      readonly field_id: number
    }>
  }
  readonly products?: ReadonlyArray<{
    readonly description?: string
    readonly name?: string
    readonly link?: string
    readonly product_identifier: string
    readonly sku?: string
    readonly upc?: string
    readonly ean?: string
    readonly gtin?: string
    readonly mpn?: string
    readonly image_link?: string
    readonly price?: number
    readonly sale_price?: number
    readonly brand?: string
    readonly categories?: ReadonlyArray<string>
    readonly related_products?: ReadonlyArray<string>
    readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
  }>
  readonly cart_id?: string
  readonly cart_total?: number
}

/** What `createCart` answers. */
export type CreateCartAnswer = Accepted

/** The parameters of `CreateOrder`. */
export type CreateOrderParams = {
  readonly domain: string
  readonly contact?: {
    readonly base?: {
      readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
      readonly email?: string
      readonly consent?:
        | "none"
        | "consent"
        | "any"
        | "contract"
        | "legitimate_interest"
        | "protect_vital_interests"
        | "public_interests"
        | "required_by_law"
        | "withdrawn"
      readonly first_name?: string
      readonly last_name?: string
      readonly birth_date?: string
      readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
      readonly email_status?: "active" | "inactive"
      readonly cellphone?: string
      readonly cellphone_status?: "active" | "inactive"
      readonly phone?: string
      readonly phone_status?: "active" | "inactive"
      readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      readonly contact_id?: string
    }
    readonly extra?: ReadonlyArray<{
      readonly status?: "active" | "inactive"
      readonly value: string | ReadonlyArray<number>
      readonly field_id: number
    }>
  }
  readonly products?: ReadonlyArray<{
    readonly description?: string
    readonly name?: string
    readonly link?: string
    readonly product_identifier: string
    readonly sku?: string
    readonly upc?: string
    readonly ean?: string
    readonly gtin?: string
    readonly mpn?: string
    readonly image_link?: string
    readonly price?: number
    readonly sale_price?: number
    readonly brand?: string
    readonly categories?: ReadonlyArray<string>
    readonly related_products?: ReadonlyArray<string>
    readonly custom_attributes?: ReadonlyArray<{ readonly value: string; readonly alias: string }>
    readonly quantity?: number
  }>
  readonly cart_id?: string
  readonly order_id: string
  readonly order_total?: number
  readonly order_date?: string | Date
  readonly order_status?: "created" | "canceled" | "pending" | "completed" | "unknown"
}

/** What `CreateOrder` answers. */
export type CreateOrderAnswer = Accepted

/** The parameters of `ImportOrdersBulk`. */
export type ImportOrdersBulkParams = {
  readonly list_id: number
  readonly body: ReadonlyArray<{
    readonly items: ReadonlyArray<{
      readonly name: string
      readonly id: string
      readonly price?: number
      readonly quantity?: number
      readonly category?: string
    }>
    readonly date: string | Date
    readonly contact_id: string
    readonly order_id: string
    readonly order_status?: "created" | "canceled" | "pending" | "completed" | "unknown"
    readonly revenue: number
    readonly store_url: string
  }>
}

/** What `ImportOrdersBulk` answers. */
export type ImportOrdersBulkAnswer = Accepted

/** The Ecommerce operations. */
export interface EcommerceMethods {
  /** List the account's catalogs (`GET /catalogs`). */
  getAllCatalogs(params?: GetAllCatalogsParams, options?: RequestOptions): Promise<GetAllCatalogsAnswer>
  /** Create a catalog of products, in one language and currency (`POST /catalogs`). */
  createCatalog(params: CreateCatalogParams, options?: RequestOptions): Promise<CreateCatalogAnswer>
  /** Remove a catalog and its products (`DELETE /catalogs/{catalog_id}`). */
  deleteCatalog(params: DeleteCatalogParams, options?: RequestOptions): Promise<DeleteCatalogAnswer>
  /** List the products of a catalog, filtered by their fields, a page at a time (`GET /catalogs/{catalog_id}/products`). */
  getAllProducts(
    params?: GetAllProductsParams,
    options?: RequestOptions
  ): PagePromise<GetAllProductsAnswer, GetAllProductsAnswer["items"][number]>
  /** Add a product to a catalog; its identifier must be new there (`POST /catalogs/{catalog_id}/products`). */
  createProduct(params?: CreateProductParams, options?: RequestOptions): Promise<CreateProductAnswer>
  /** Show a product of a catalog (`GET /catalogs/{catalog_id}/products/{product_identifier}`). */
  getProduct(params: GetProductParams, options?: RequestOptions): Promise<GetProductAnswer>
  /** Change fields of a product (`PATCH /catalogs/{catalog_id}/products/{product_identifier}`). */
  updateProduct(params?: UpdateProductParams, options?: RequestOptions): Promise<UpdateProductAnswer>
  /** Remove a product from a catalog (`DELETE /catalogs/{catalog_id}/products/{product_identifier}`). */
  deleteProduct(params: DeleteProductParams, options?: RequestOptions): Promise<DeleteProductAnswer>
  /** Import products into a catalog in the background, by identifier (`POST /catalogs/{catalog_id}/products/actions/import`). */
  ImportProducts(params?: ImportProductsParams, options?: RequestOptions): Promise<ImportProductsAnswer>
  /** Record a customer's cart on a connected site (`POST /{domain}/carts`). */
  createCart(params?: CreateCartParams, options?: RequestOptions): Promise<CreateCartAnswer>
  /** Record a customer's order on a connected site (`POST /{domain}/orders`). */
  CreateOrder(params?: CreateOrderParams, options?: RequestOptions): Promise<CreateOrderAnswer>
  /** Import past orders of a list's contacts in the background (`POST /lists/{list_id}/orders`). */
  ImportOrdersBulk(params?: ImportOrdersBulkParams, options?: RequestOptions): Promise<ImportOrdersBulkAnswer>
}

/** The parameters of `getAllConnectedSites`. */
export type GetAllConnectedSitesParams = {}

/** What `getAllConnectedSites` answers. */
export type GetAllConnectedSitesAnswer = ConnectedSiteCollection

/** The parameters of `createConnectedSites`. */
export type CreateConnectedSitesParams = ConnectedSiteInput

/** What `createConnectedSites` answers. */
export type CreateConnectedSitesAnswer = ConnectedSiteDetail

/** The parameters of `getConnectedSites`. */
export type GetConnectedSitesParams = { readonly domain: string }

/** What `getConnectedSites` answers. */
export type GetConnectedSitesAnswer = ConnectedSiteDetail

/** The parameters of `deleteConnectedSites`. */
export type DeleteConnectedSitesParams = { readonly domain: string }

/** What `deleteConnectedSites` answers. */
export type DeleteConnectedSitesAnswer = void

/** The ConnectedSites operations. */
export interface ConnectedSitesMethods {
  /** List the connected sites of the account (`GET /connectedsites`). */
  getAllConnectedSites(
    params?: GetAllConnectedSitesParams,
    options?: RequestOptions
  ): Promise<GetAllConnectedSitesAnswer>
  /** Connect a site's domain to a list; answers its tracking code (`POST /connectedsites`). */
  createConnectedSites(
    params: CreateConnectedSitesParams,
    options?: RequestOptions
  ): Promise<CreateConnectedSitesAnswer>
  /** Show a connected site with its tracking code and features (`GET /connectedsites/{domain}`). */
  getConnectedSites(params: GetConnectedSitesParams, options?: RequestOptions): Promise<GetConnectedSitesAnswer>
  /** Disconnect a site's domain (`DELETE /connectedsites/{domain}`). */
  deleteConnectedSites(
    params: DeleteConnectedSitesParams,
    options?: RequestOptions
  ): Promise<DeleteConnectedSitesAnswer>
}

/** The parameters of `getAllDomains`. */
export type GetAllDomainsParams = {}

/** What `getAllDomains` answers. */
export type GetAllDomainsAnswer = TrackedDomainCollection

/** The parameters of `getAllGoals`. */
export type GetAllGoalsParams = {}

/** What `getAllGoals` answers. */
export type GetAllGoalsAnswer = GoalCollection

/** The TrackEngage operations. */
export interface TrackEngageMethods {
  /** List the domains Track&Engage follows (`GET /trackengage/domains`). */
  getAllDomains(params?: GetAllDomainsParams, options?: RequestOptions): Promise<GetAllDomainsAnswer>
  /** List the Track&Engage goals of the account's domains (`GET /trackengage/goals`). */
  getAllGoals(params?: GetAllGoalsParams, options?: RequestOptions): Promise<GetAllGoalsAnswer>
}

/** The parameters of `getAllCampaigns`. */
export type GetAllCampaignsParams = CampaignQuery

/** What `getAllCampaigns` answers. */
export type GetAllCampaignsAnswer = CampaignCollection

/** The parameters of `deleteCampaigns`. */
export type DeleteCampaignsParams = CampaignHashPath

/** What `deleteCampaigns` answers. */
export type DeleteCampaignsAnswer = void

/** The Campaigns operations. */
export interface CampaignsMethods {
  /** List the campaigns of every channel, filtered by channel, list, status or dates (`GET /campaigns`). */
  getAllCampaigns(
    params?: GetAllCampaignsParams,
    options?: RequestOptions
  ): PagePromise<GetAllCampaignsAnswer, GetAllCampaignsAnswer["items"][number]>
  /** Remove a campaign of any channel (`DELETE /campaigns/{campaign_hash}`). */
  deleteCampaigns(params: DeleteCampaignsParams, options?: RequestOptions): Promise<DeleteCampaignsAnswer>
}

/** The parameters of `getAllCampaignGroups`. */
export type GetAllCampaignGroupsParams = {
  readonly limit?: number
  readonly name?: string
  readonly group_id?: number
  readonly offset?: number
}

/** What `getAllCampaignGroups` answers. */
export type GetAllCampaignGroupsAnswer = CampaignGroupCollection

/** The parameters of `createCampaignGroup`. */
export type CreateCampaignGroupParams = CampaignGroupRequest

/** What `createCampaignGroup` answers. */
export type CreateCampaignGroupAnswer = { readonly name: string; readonly group_id: number }

/** The parameters of `updateCampaignGroup`. */
export type UpdateCampaignGroupParams = { readonly group_id: number; readonly name: string }

/** What `updateCampaignGroup` answers. */
export type UpdateCampaignGroupAnswer = { readonly name: string; readonly group_id: number }

/** The parameters of `deleteCampaignGroup`. */
export type DeleteCampaignGroupParams = { readonly group_id: number }

/** What `deleteCampaignGroup` answers. */
export type DeleteCampaignGroupAnswer = void

/** The CampaignGroups operations. */
export interface CampaignGroupsMethods {
  /** List the campaign groups, a page at a time (`GET /campaign-groups`). */
  getAllCampaignGroups(
    params?: GetAllCampaignGroupsParams,
    options?: RequestOptions
  ): PagePromise<GetAllCampaignGroupsAnswer, GetAllCampaignGroupsAnswer["items"][number]>
  /** Create a campaign group (`POST /campaign-groups`). */
  createCampaignGroup(params: CreateCampaignGroupParams, options?: RequestOptions): Promise<CreateCampaignGroupAnswer>
  /** Rename a campaign group (`PUT /campaign-groups/{group_id}`). */
  updateCampaignGroup(params: UpdateCampaignGroupParams, options?: RequestOptions): Promise<UpdateCampaignGroupAnswer>
  /** Remove a campaign group (`DELETE /campaign-groups/{group_id}`). */
  deleteCampaignGroup(params: DeleteCampaignGroupParams, options?: RequestOptions): Promise<DeleteCampaignGroupAnswer>
}

/** The parameters of `createEmailCampaign`. */
export type CreateEmailCampaignParams = EmailCampaignCreate

/** What `createEmailCampaign` answers. */
export type CreateEmailCampaignAnswer = CampaignHashPath

/** The parameters of `patchEmailCampaign`. */
export type PatchEmailCampaignParams = {
  readonly campaign_hash: string
  readonly internal_name?: string
  readonly subject?: string
  readonly content?: { readonly body?: string; readonly plain_text?: string; readonly snippet?: string }
  readonly sender_id?: number
  readonly reply_to?: number
  readonly header_footer?: {
    readonly id?: number
    readonly header_links?: {
      readonly unsubscribe?: boolean
      readonly social_share?: boolean
      readonly forward?: boolean
      readonly view_web?: boolean
      readonly edit?: boolean
      readonly facebook_share?: boolean
      readonly twitter_share?: boolean
    }
    readonly footer_links?: {
      readonly unsubscribe?: boolean
      readonly social_share?: boolean
      readonly forward?: boolean
      readonly view_web?: boolean
      readonly edit?: boolean
      readonly facebook_share?: boolean
      readonly twitter_share?: boolean
    }
  }
}

/** What `patchEmailCampaign` answers. */
export type PatchEmailCampaignAnswer = CampaignHashPath

/** The parameters of `actionSendEmail`. */
export type ActionSendEmailParams = {
  readonly campaign_hash: string
  readonly list_id: number
  readonly schedule_date?: string | Date
  readonly notify?: ReadonlyArray<number>
  readonly segments:
    | { readonly type: "none" }
    | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
    | { readonly type: "contact"; readonly data: string }
  readonly destination_field?: string
  readonly unique_contacts_only?: boolean
  readonly limit_hour?: { readonly hour_start?: string; readonly hour_end?: string }
}

/** What `actionSendEmail` answers. */
export type ActionSendEmailAnswer = Accepted

/** The parameters of `createEmailRssCampaign`. */
export type CreateEmailRssCampaignParams = EmailCampaignCreate

/** What `createEmailRssCampaign` answers. */
export type CreateEmailRssCampaignAnswer = CampaignHashPath

/** The parameters of `actionEnableEmailRss`. */
export type ActionEnableEmailRssParams = CampaignHashPath

/** What `actionEnableEmailRss` answers. */
export type ActionEnableEmailRssAnswer = Accepted

/** The Email operations. */
export interface EmailMethods {
  /** Create an email campaign (a draft) for a list (`POST /campaigns/email`). */
  createEmailCampaign(params?: CreateEmailCampaignParams, options?: RequestOptions): Promise<CreateEmailCampaignAnswer>
  /** Change an email campaign (`PATCH /campaigns/email/{campaign_hash}`). */
  patchEmailCampaign(params?: PatchEmailCampaignParams, options?: RequestOptions): Promise<PatchEmailCampaignAnswer>
  /** Send an email campaign to a list, its segments or one contact, now or later (`POST /campaigns/email/{campaign_hash}/actions/send`). */
  actionSendEmail(params?: ActionSendEmailParams, options?: RequestOptions): Promise<ActionSendEmailAnswer>
  /** Create an RSS email campaign, sent as its feed brings new items once enabled (`POST /campaigns/email/rss`). */
  createEmailRssCampaign(
    params?: CreateEmailRssCampaignParams,
    options?: RequestOptions
  ): Promise<CreateEmailRssCampaignAnswer>
  /** Enable an RSS email campaign (`POST /campaigns/email/rss/{campaign_hash}/actions/enable`). */
  actionEnableEmailRss(
    params: ActionEnableEmailRssParams,
    options?: RequestOptions
  ): Promise<ActionEnableEmailRssAnswer>
}

/** The parameters of `createSmsCampaign`. */
export type CreateSmsCampaignParams = SmsCampaignCreate

/** What `createSmsCampaign` answers. */
export type CreateSmsCampaignAnswer = CampaignHashPath

/** The parameters of `patchSmsCampaign`. */
export type PatchSmsCampaignParams = {
  readonly campaign_hash: string
  readonly internal_name?: string
  readonly options?: { readonly encoding?: "gsm" | "gsm_extended" | "unicode"; readonly max_messages?: number }
  readonly content?: { readonly message?: string }
  readonly sender_id?: number
}

/** What `patchSmsCampaign` answers. */
export type PatchSmsCampaignAnswer = CampaignHashPath

/** The parameters of `actionSendSms`. */
export type ActionSendSmsParams = {
  readonly campaign_hash: string
  readonly list_id: number
  readonly schedule_date?: string | Date
  readonly notify?: ReadonlyArray<number>
  readonly segments:
    | { readonly type: "none" }
    | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
    | { readonly type: "contact"; readonly data: string }
  readonly destination_field: string
}

/** What `actionSendSms` answers. */
export type ActionSendSmsAnswer = Accepted

/** The Sms operations. */
export interface SmsMethods {
  /** Create an SMS campaign (a draft) for a list (`POST /campaigns/sms`). */
  createSmsCampaign(params?: CreateSmsCampaignParams, options?: RequestOptions): Promise<CreateSmsCampaignAnswer>
  /** Change an SMS campaign (`PATCH /campaigns/sms/{campaign_hash}`). */
  patchSmsCampaign(params?: PatchSmsCampaignParams, options?: RequestOptions): Promise<PatchSmsCampaignAnswer>
  /** Send an SMS campaign to a list, its segments or one cellphone, now or later (`POST /campaigns/sms/{campaign_hash}/actions/send`). */
  actionSendSms(params?: ActionSendSmsParams, options?: RequestOptions): Promise<ActionSendSmsAnswer>
}

/** The parameters of `createSmartSmsCampaign`. */
export type CreateSmartSmsCampaignParams = SmartSmsCampaignCreate

/** What `createSmartSmsCampaign` answers. */
export type CreateSmartSmsCampaignAnswer = CampaignHashPath

/** The parameters of `patchSmartSmsCampaign`. */
export type PatchSmartSmsCampaignParams = {
  readonly campaign_hash: string
  readonly internal_name?: string
  readonly options?: { readonly encoding?: "gsm" | "gsm_extended" | "unicode"; readonly max_messages?: number }
  readonly cname_id?: number
  readonly sender_id?: number
  readonly campaign_content?: { readonly message?: string }
  readonly page_content?: {
    readonly page_url?: string
    readonly page_internal_name?: string
    readonly page_html?: string
  }
}

/** What `patchSmartSmsCampaign` answers. */
export type PatchSmartSmsCampaignAnswer = CampaignHashPath

/** The parameters of `actionSendSmartSms`. */
export type ActionSendSmartSmsParams = {
  readonly campaign_hash: string
  readonly list_id: number
  readonly schedule_date?: string | Date
  readonly notify?: ReadonlyArray<number>
  readonly segments:
    | { readonly type: "none" }
    | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
    | { readonly type: "contact"; readonly data: string }
  readonly destination_field: string
}

/** What `actionSendSmartSms` answers. */
export type ActionSendSmartSmsAnswer = Accepted

/** The SmartSms operations. */
export interface SmartSmsMethods {
  /** Create a smart SMS campaign (a draft) for a list (`POST /campaigns/smart-sms`). */
  createSmartSmsCampaign(
    params?: CreateSmartSmsCampaignParams,
    options?: RequestOptions
  ): Promise<CreateSmartSmsCampaignAnswer>
  /** Change a smart SMS campaign (`PATCH /campaigns/smart-sms/{campaign_hash}`). */
  patchSmartSmsCampaign(
    params?: PatchSmartSmsCampaignParams,
    options?: RequestOptions
  ): Promise<PatchSmartSmsCampaignAnswer>
  /** Send a smart SMS campaign, now or later (`POST /campaigns/smart-sms/{campaign_hash}/actions/send`). */
  actionSendSmartSms(params?: ActionSendSmartSmsParams, options?: RequestOptions): Promise<ActionSendSmartSmsAnswer>
}

/** The parameters of `createVoiceCampaign`. */
export type CreateVoiceCampaignParams = VoiceCampaignCreate

/** What `createVoiceCampaign` answers. */
export type CreateVoiceCampaignAnswer = CampaignHashPath

/** The parameters of `patchVoiceCampaign`. */
export type PatchVoiceCampaignParams = {
  readonly campaign_hash: string
  readonly message?: { readonly audio?: string }
  readonly internal_name?: string
  readonly group_id?: number
  readonly sender_id?: number
}

/** What `patchVoiceCampaign` answers. */
export type PatchVoiceCampaignAnswer = CampaignHashPath

/** The parameters of `actionSendVoice`. */
export type ActionSendVoiceParams = {
  readonly campaign_hash: string
  readonly list_id: number
  readonly schedule_date?: string | Date
  readonly notify?: ReadonlyArray<number>
  readonly segments:
    | { readonly type: "none" }
    | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
    | { readonly type: "contact"; readonly data: string }
  readonly destination_field:
    | "cellphone"
    | "phone"
    | "phone_failsafe_cellphone"
    | "cellphone_failsafe_phone"
    | "cellphone_phone"
  readonly unique_contacts_only?: boolean
  readonly limit_hour?: { readonly hour_start?: string; readonly hour_end?: string }
  readonly limit_contacts?:
    | { readonly type: "percent"; readonly value: number }
    | { readonly type: "value"; readonly value: number }
  readonly limit_speed?: number
}

/** What `actionSendVoice` answers. */
export type ActionSendVoiceAnswer = Accepted

/** The Voice operations. */
export interface VoiceMethods {
  /** Create a voice campaign (a draft) for a list (`POST /campaigns/voice`). */
  createVoiceCampaign(params?: CreateVoiceCampaignParams, options?: RequestOptions): Promise<CreateVoiceCampaignAnswer>
  /** Change a voice campaign (`PATCH /campaigns/voice/{campaign_hash}`). */
  patchVoiceCampaign(params?: PatchVoiceCampaignParams, options?: RequestOptions): Promise<PatchVoiceCampaignAnswer>
  /** Call a list, its segments or one contact with a voice campaign, now or later (`POST /campaigns/voice/{campaign_hash}/actions/send`). */
  actionSendVoice(params?: ActionSendVoiceParams, options?: RequestOptions): Promise<ActionSendVoiceAnswer>
}

/** The parameters of `getPushApps`. */
export type GetPushAppsParams = { readonly list_id?: number }

/** What `getPushApps` answers. */
export type GetPushAppsAnswer = PushAppList

/** The parameters of `getPushApp`. */
export type GetPushAppParams = { readonly app_id: string }

/** What `getPushApp` answers. */
export type GetPushAppAnswer = PushApp

/** The parameters of `registerPushToken`. */
export type RegisterPushTokenParams = {
  readonly app_id: string
  readonly os: string
  readonly token: string
  readonly two_steps_data?: { readonly value: string; readonly field: string }
}

/** What `registerPushToken` answers. */
export type RegisterPushTokenAnswer = PushResponse

/** The parameters of `registerPushEvent`. */
export type RegisterPushEventParams = {
  readonly app_id: string
  readonly contact: string
  readonly os: string
  readonly message_hash: string
  readonly mailing_id?: number
  readonly event: "canceled" | "open"
  readonly device_id: number
}

/** What `registerPushEvent` answers. */
export type RegisterPushEventAnswer = PushResponse

/** The parameters of `createPushCampaign`. */
export type CreatePushCampaignParams = PushCampaignCreate

/** What `createPushCampaign` answers. */
export type CreatePushCampaignAnswer = CampaignHashPath

/** The parameters of `patchPushCampaign`. */
export type PatchPushCampaignParams = {
  readonly campaign_hash: string
  readonly title?: string
  readonly content?: { readonly message?: string }
  readonly actions?: {
    readonly title?: string
    readonly type?: "url" | "deeplink"
    readonly link?: string
    readonly cancel_label?: string
  }
  readonly geo_options?: {
    readonly range?: number
    readonly latitude?: number
    readonly longitude?: number
    readonly duration?: number
  }
  readonly notification_options?: { readonly icon?: string }
}

/** What `patchPushCampaign` answers. */
export type PatchPushCampaignAnswer = CampaignHashPath

/** The parameters of `actionSendPush`. */
export type ActionSendPushParams = {
  readonly campaign_hash: string
  readonly schedule_date?: string | Date
  readonly notify?: ReadonlyArray<number>
  readonly app_id: string
  readonly segments: { readonly type: "none" } | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
}

/** What `actionSendPush` answers. */
export type ActionSendPushAnswer = Accepted

/** The Push operations. */
export interface PushMethods {
  /** List the account's push apps (`GET /push/apps`). */
  getPushApps(params?: GetPushAppsParams, options?: RequestOptions): Promise<GetPushAppsAnswer>
  /** Show a push app (`GET /push/apps/{app_id}`). */
  getPushApp(params: GetPushAppParams, options?: RequestOptions): Promise<GetPushAppAnswer>
  /** Register a device's Firebase token, for the contact two_steps_data names (`POST /push/apps/{app_id}/token`). */
  registerPushToken(params?: RegisterPushTokenParams, options?: RequestOptions): Promise<RegisterPushTokenAnswer>
  /** Register that a notification was opened or canceled (`POST /push/apps/{app_id}/event`). */
  registerPushEvent(params: RegisterPushEventParams, options?: RequestOptions): Promise<RegisterPushEventAnswer>
  /** Create a push campaign (a draft) for an app (`POST /campaigns/push`). */
  createPushCampaign(params?: CreatePushCampaignParams, options?: RequestOptions): Promise<CreatePushCampaignAnswer>
  /** Change a push campaign (`PATCH /campaigns/push/{campaign_hash}`). */
  patchPushCampaign(params?: PatchPushCampaignParams, options?: RequestOptions): Promise<PatchPushCampaignAnswer>
  /** Send a push campaign to the app's list or its segments, now or later (`POST /campaigns/push/{campaign_hash}/actions/send`). */
  actionSendPush(params?: ActionSendPushParams, options?: RequestOptions): Promise<ActionSendPushAnswer>
}

/** The parameters of `getAllWebPushSites`. */
export type GetAllWebPushSitesParams = {
  readonly limit?: number
  readonly list_id?: number
  readonly offset?: number
  readonly order?: "asc" | "desc"
  readonly order_by?: "created" | "list_id" | "updated"
}

/** What `getAllWebPushSites` answers. */
export type GetAllWebPushSitesAnswer = WebPushSiteCollection

/** The parameters of `createWebpushSite`. */
export type CreateWebpushSiteParams = WebPushSiteRequest

/** What `createWebpushSite` answers. */
export type CreateWebpushSiteAnswer = WebPushSite

/** The parameters of `createWebPushCampaign`. */
export type CreateWebPushCampaignParams = WebPushCampaignCreate

/** What `createWebPushCampaign` answers. */
export type CreateWebPushCampaignAnswer = CampaignHashPath

/** The parameters of `patchWebPushCampaign`. */
export type PatchWebPushCampaignParams = {
  readonly campaign_hash: string
  readonly internal_name?: string
  readonly content?: {
    readonly message?: string
    readonly title?: string
    readonly link?: string
    readonly icon?: string
  }
  readonly actions?: ReadonlyArray<{ readonly title: string; readonly link: string }>
}

/** What `patchWebPushCampaign` answers. */
export type PatchWebPushCampaignAnswer = CampaignHashPath

/** The parameters of `actionSendWebPush`. */
export type ActionSendWebPushParams = {
  readonly campaign_hash: string
  readonly schedule_date?: string | Date
  readonly notify?: ReadonlyArray<number>
  readonly segments: { readonly type: "none" } | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
  readonly site_id: number
}

/** What `actionSendWebPush` answers. */
export type ActionSendWebPushAnswer = Accepted

/** The parameters of `createWebPushRssCampaign`. */
export type CreateWebPushRssCampaignParams = WebPushRssCampaignCreate

/** What `createWebPushRssCampaign` answers. */
export type CreateWebPushRssCampaignAnswer = CampaignHashPath

/** The parameters of `actionEnableWebPushRss`. */
export type ActionEnableWebPushRssParams = CampaignHashPath

/** What `actionEnableWebPushRss` answers. */
export type ActionEnableWebPushRssAnswer = Accepted

/** The Webpush operations. */
export interface WebpushMethods {
  /** List the account's web push sites, a page at a time (`GET /webpush/sites`). */
  getAllWebPushSites(
    params?: GetAllWebPushSitesParams,
    options?: RequestOptions
  ): PagePromise<GetAllWebPushSitesAnswer, GetAllWebPushSitesAnswer["items"][number]>
  /** Create a web push site for a list (`POST /webpush/sites`). */
  createWebpushSite(params: CreateWebpushSiteParams, options?: RequestOptions): Promise<CreateWebpushSiteAnswer>
  /** Create a web push campaign (a draft) for a site (`POST /campaigns/web-push`). */
  createWebPushCampaign(
    params?: CreateWebPushCampaignParams,
    options?: RequestOptions
  ): Promise<CreateWebPushCampaignAnswer>
  /** Change a web push campaign (`PATCH /campaigns/web-push/{campaign_hash}`). */
  patchWebPushCampaign(
    params?: PatchWebPushCampaignParams,
    options?: RequestOptions
  ): Promise<PatchWebPushCampaignAnswer>
  /** Send a web push campaign to the site's subscribers, now or later (`POST /campaigns/web-push/{campaign_hash}/actions/send`). */
  actionSendWebPush(params?: ActionSendWebPushParams, options?: RequestOptions): Promise<ActionSendWebPushAnswer>
  /** Create an RSS web push campaign, pushed as its feed brings new items once enabled (`POST /campaigns/webpush/rss`). */
  createWebPushRssCampaign(
    params?: CreateWebPushRssCampaignParams,
    options?: RequestOptions
  ): Promise<CreateWebPushRssCampaignAnswer>
  /** Enable an RSS web push campaign (`POST /campaigns/webpush/rss/{campaign_hash}/actions/enable`). */
  actionEnableWebPushRss(
    params: ActionEnableWebPushRssParams,
    options?: RequestOptions
  ): Promise<ActionEnableWebPushRssAnswer>
}

/** The parameters of `getEmailReport`. */
export type GetEmailReportParams = {
  readonly campaign_hash: string
  readonly hour?: boolean
  readonly location?: boolean
  readonly date?: boolean
  readonly url?: boolean
  readonly domain?: boolean
  readonly weekday?: boolean
  readonly reader?: boolean
}

/** What `getEmailReport` answers. */
export type GetEmailReportAnswer = EmailReport

/** The parameters of `getSMSReport`. */
export type GetSMSReportParams = { readonly campaign_hash: string; readonly networks?: boolean }

/** What `getSMSReport` answers. */
export type GetSMSReportAnswer = PhoneReport

/** The parameters of `getVoiceReport`. */
export type GetVoiceReportParams = { readonly campaign_hash: string; readonly networks?: boolean }

/** What `getVoiceReport` answers. */
export type GetVoiceReportAnswer = PhoneReport

/** The parameters of `getPushReport`. */
export type GetPushReportParams = { readonly campaign_hash: string; readonly operating_systems?: boolean }

/** What `getPushReport` answers. */
export type GetPushReportAnswer = PushReport

/** The parameters of `getWebPushReport`. */
export type GetWebPushReportParams = {
  readonly campaign_hash: string
  readonly url?: boolean
  readonly operating_systems?: boolean
  readonly devices?: boolean
  readonly browsers?: boolean
}

/** What `getWebPushReport` answers. */
export type GetWebPushReportAnswer = WebPushReport

/** The Reports operations. */
export interface ReportsMethods {
  /** Show what an email campaign's sends led to (`GET /reports/email/{campaign_hash}`). */
  getEmailReport(params: GetEmailReportParams, options?: RequestOptions): Promise<GetEmailReportAnswer>
  /** Show the delivery of an SMS campaign (`GET /reports/sms/{campaign_hash}`). */
  getSMSReport(params: GetSMSReportParams, options?: RequestOptions): Promise<GetSMSReportAnswer>
  /** Show the delivery of a voice campaign (`GET /reports/voice/{campaign_hash}`). */
  getVoiceReport(params: GetVoiceReportParams, options?: RequestOptions): Promise<GetVoiceReportAnswer>
  /** Show the delivery of a push campaign (`GET /reports/push/{campaign_hash}`). */
  getPushReport(params: GetPushReportParams, options?: RequestOptions): Promise<GetPushReportAnswer>
  /** Show the delivery of a web push campaign (`GET /reports/web-push/{campaign_hash}`). */
  getWebPushReport(params: GetWebPushReportParams, options?: RequestOptions): Promise<GetWebPushReportAnswer>
}

/** The parameters of `getAllAdvancedReports`. */
export type GetAllAdvancedReportsParams = {
  readonly title?: string
  readonly limit?: number
  readonly status?: "canceled" | "queued" | "paused" | "running" | "finished" | "stopped" | "error"
  readonly created_min?: string | Date
  readonly created_max?: string | Date
  readonly offset?: number
  readonly order?: "asc" | "desc"
  readonly order_by?: "advanced_report_id" | "title" | "created"
}

/** What `getAllAdvancedReports` answers. */
export type GetAllAdvancedReportsAnswer = AdvancedReportCollection

/** The parameters of `getAllAdvancedReportsModels`. */
export type GetAllAdvancedReportsModelsParams = {
  readonly title?: string
  readonly limit?: number
  readonly offset?: number
  readonly order?: "asc" | "desc"
  readonly order_by?: "title" | "created" | "model_id"
}

/** What `getAllAdvancedReportsModels` answers. */
export type GetAllAdvancedReportsModelsAnswer = AdvancedReportModelCollection

/** The parameters of `generateByModelReport`. */
export type GenerateByModelReportParams = ByModelReportRequest

/** What `generateByModelReport` answers. */
export type GenerateByModelReportAnswer = Accepted

/** The parameters of `generateContactActivityReport`. */
export type GenerateContactActivityReportParams = ContactActivityReportRequest

/** What `generateContactActivityReport` answers. */
export type GenerateContactActivityReportAnswer = Accepted

/** The parameters of `generateEmailBouncesReport`. */
export type GenerateEmailBouncesReportParams = EmailBouncesReportRequest

/** What `generateEmailBouncesReport` answers. */
export type GenerateEmailBouncesReportAnswer = Accepted

/** The parameters of `generateEmailClicksByContactReport`. */
export type GenerateEmailClicksByContactReportParams = EmailClicksByContactReportRequest

/** What `generateEmailClicksByContactReport` answers. */
export type GenerateEmailClicksByContactReportAnswer = Accepted

/** The parameters of `generateEmailClicksByUrlReport`. */
export type GenerateEmailClicksByUrlReportParams = EmailClicksByUrlReportRequest

/** What `generateEmailClicksByUrlReport` answers. */
export type GenerateEmailClicksByUrlReportAnswer = Accepted

/** The parameters of `generateEmailEventsReport`. */
export type GenerateEmailEventsReportParams = EmailEventsReportRequest

/** What `generateEmailEventsReport` answers. */
export type GenerateEmailEventsReportAnswer = Accepted

/** The parameters of `generateEmailUnsubscriptionsReport`. */
export type GenerateEmailUnsubscriptionsReportParams = EmailUnsubscriptionsReportRequest

/** What `generateEmailUnsubscriptionsReport` answers. */
export type GenerateEmailUnsubscriptionsReportAnswer = Accepted

/** The parameters of `generateFormAnswersReport`. */
export type GenerateFormAnswersReportParams = FormAnswersReportRequest

/** What `generateFormAnswersReport` answers. */
export type GenerateFormAnswersReportAnswer = Accepted

/** The parameters of `generateSendsReport`. */
export type GenerateSendsReportParams = SendsReportRequest

/** What `generateSendsReport` answers. */
export type GenerateSendsReportAnswer = Accepted

/** The parameters of `generateSmsBouncesReport`. */
export type GenerateSmsBouncesReportParams = SmsBouncesReportRequest

/** What `generateSmsBouncesReport` answers. */
export type GenerateSmsBouncesReportAnswer = Accepted

/** The parameters of `generateSmsEventsReport`. */
export type GenerateSmsEventsReportParams = SmsEventsReportRequest

/** What `generateSmsEventsReport` answers. */
export type GenerateSmsEventsReportAnswer = Accepted

/** The parameters of `generateSubscriptionsReport`. */
export type GenerateSubscriptionsReportParams = SubscriptionsReportRequest

/** What `generateSubscriptionsReport` answers. */
export type GenerateSubscriptionsReportAnswer = Accepted

/** The parameters of `generateUnsubscriptionsReport`. */
export type GenerateUnsubscriptionsReportParams = UnsubscriptionsReportRequest

/** What `generateUnsubscriptionsReport` answers. */
export type GenerateUnsubscriptionsReportAnswer = Accepted

/** The AdvancedReports operations. */
export interface AdvancedReportsMethods {
  /** List the advanced reports, with their state and file (`GET /reports/advanced`). */
  getAllAdvancedReports(
    params?: GetAllAdvancedReportsParams,
    options?: RequestOptions
  ): PagePromise<GetAllAdvancedReportsAnswer, GetAllAdvancedReportsAnswer["items"][number]>
  /** List the saved report models (`GET /reports/advanced/models`). */
  getAllAdvancedReportsModels(
    params?: GetAllAdvancedReportsModelsParams,
    options?: RequestOptions
  ): PagePromise<GetAllAdvancedReportsModelsAnswer, GetAllAdvancedReportsModelsAnswer["items"][number]>
  /** Generate a report from a saved model (`POST /reports/advanced/model`). */
  generateByModelReport(
    params: GenerateByModelReportParams,
    options?: RequestOptions
  ): Promise<GenerateByModelReportAnswer>
  /** Generate a report of the activity of the contacts of up to three lists (`POST /reports/advanced/contact-activity`). */
  generateContactActivityReport(
    params?: GenerateContactActivityReportParams,
    options?: RequestOptions
  ): Promise<GenerateContactActivityReportAnswer>
  /** Generate a report of the bounces of email campaigns (`POST /reports/advanced/email-bounces`). */
  generateEmailBouncesReport(
    params?: GenerateEmailBouncesReportParams,
    options?: RequestOptions
  ): Promise<GenerateEmailBouncesReportAnswer>
  /** Generate a report of email clicks, by contact (`POST /reports/advanced/email-clicks-by-contact`). */
  generateEmailClicksByContactReport(
    params?: GenerateEmailClicksByContactReportParams,
    options?: RequestOptions
  ): Promise<GenerateEmailClicksByContactReportAnswer>
  /** Generate a report of email clicks, by link (`POST /reports/advanced/email-clicks-by-url`). */
  generateEmailClicksByUrlReport(
    params?: GenerateEmailClicksByUrlReportParams,
    options?: RequestOptions
  ): Promise<GenerateEmailClicksByUrlReportAnswer>
  /** Generate a report of what the recipients of email campaigns did (`POST /reports/advanced/email-events`). */
  generateEmailEventsReport(
    params?: GenerateEmailEventsReportParams,
    options?: RequestOptions
  ): Promise<GenerateEmailEventsReportAnswer>
  /** Generate a report of the unsubscriptions through email campaigns (`POST /reports/advanced/email-unsubscriptions`). */
  generateEmailUnsubscriptionsReport(
    params?: GenerateEmailUnsubscriptionsReportParams,
    options?: RequestOptions
  ): Promise<GenerateEmailUnsubscriptionsReportAnswer>
  /** Generate a report of form answers (`POST /reports/advanced/form-answers`). */
  generateFormAnswersReport(
    params?: GenerateFormAnswersReportParams,
    options?: RequestOptions
  ): Promise<GenerateFormAnswersReportAnswer>
  /** Generate a report of who the campaigns of some lists were sent to (`POST /reports/advanced/sends`). */
  generateSendsReport(params?: GenerateSendsReportParams, options?: RequestOptions): Promise<GenerateSendsReportAnswer>
  /** Generate a report of the SMS messages not delivered (`POST /reports/advanced/sms-bounces`). */
  generateSmsBouncesReport(
    params?: GenerateSmsBouncesReportParams,
    options?: RequestOptions
  ): Promise<GenerateSmsBouncesReportAnswer>
  /** Generate a report of the delivery of SMS campaigns (`POST /reports/advanced/sms-events`). */
  generateSmsEventsReport(
    params?: GenerateSmsEventsReportParams,
    options?: RequestOptions
  ): Promise<GenerateSmsEventsReportAnswer>
  /** Generate a report of the subscriptions to some lists (`POST /reports/advanced/subscriptions`). */
  generateSubscriptionsReport(
    params?: GenerateSubscriptionsReportParams,
    options?: RequestOptions
  ): Promise<GenerateSubscriptionsReportAnswer>
  /** Generate a report of the unsubscriptions from some lists (`POST /reports/advanced/unsubscriptions`). */
  generateUnsubscriptionsReport(
    params?: GenerateUnsubscriptionsReportParams,
    options?: RequestOptions
  ): Promise<GenerateUnsubscriptionsReportAnswer>
}

/** The parameters of `getAllAutomations`. */
export type GetAllAutomationsParams = {
  readonly title?: string
  readonly limit?: number
  readonly status?: "active" | "inactive"
  readonly list_id?: number
  readonly created_by?: number
  readonly automation_id?: number
  readonly offset?: number
  readonly order?: "asc" | "desc"
  readonly order_by?: "title" | "list_id" | "automation_id" | "created_by"
}

/** What `getAllAutomations` answers. */
export type GetAllAutomationsAnswer = AutomationCollection

/** The parameters of `deleteAutomation`. */
export type DeleteAutomationParams = { readonly automation_id: number }

/** What `deleteAutomation` answers. */
export type DeleteAutomationAnswer = void

/** The parameters of `getAllActions`. */
export type GetAllActionsParams = { readonly automation_id: number; readonly limit?: number; readonly offset?: number }

/** What `getAllActions` answers. */
export type GetAllActionsAnswer = AutomationActionCollection

/** The Automations operations. */
export interface AutomationsMethods {
  /** List the automations (`GET /automations`). */
  getAllAutomations(
    params?: GetAllAutomationsParams,
    options?: RequestOptions
  ): PagePromise<GetAllAutomationsAnswer, GetAllAutomationsAnswer["items"][number]>
  /** Remove an automation (`DELETE /automations/{automation_id}`). */
  deleteAutomation(params: DeleteAutomationParams, options?: RequestOptions): Promise<DeleteAutomationAnswer>
  /** List the actions of an automation (`GET /automations/{automation_id}/actions`). */
  getAllActions(
    params: GetAllActionsParams,
    options?: RequestOptions
  ): PagePromise<GetAllActionsAnswer, GetAllActionsAnswer["items"][number]>
}

/** Every group of the API, by name. */
export interface Resources {
  readonly lists: ListsMethods
  readonly contacts: ContactsMethods & ContactsWorkflows
  readonly operations: OperationsMethods & OperationsWorkflows
  readonly tags: TagsMethods
  readonly fields: FieldsMethods
  readonly segments: SegmentsMethods
  readonly suppressionList: SuppressionListMethods
  readonly webhooks: WebhooksMethods & WebhooksWorkflows
  readonly myAccount: MyAccountMethods
  readonly ping: PingMethods
  readonly senders: SendersMethods
  readonly users: UsersMethods
  readonly utilities: UtilitiesMethods
  readonly cnames: CNamesMethods
  readonly ecommerce: EcommerceMethods
  readonly connectedSites: ConnectedSitesMethods
  readonly trackEngage: TrackEngageMethods
  readonly campaigns: CampaignsMethods
  readonly campaignGroups: CampaignGroupsMethods
  readonly email: EmailMethods
  readonly sms: SmsMethods
  readonly smartSms: SmartSmsMethods
  readonly voice: VoiceMethods
  readonly push: PushMethods
  readonly webpush: WebpushMethods
  readonly reports: ReportsMethods
  readonly advancedReports: AdvancedReportsMethods & AdvancedReportsWorkflows
  readonly automations: AutomationsMethods
}
