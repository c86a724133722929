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
import type { ContactsWorkflows } from "./workflows/contacts.js"
import type { OperationsWorkflows } from "./workflows/operations.js"
import type { WebhooksWorkflows } from "./workflows/webhooks.js"

/** `CName` of `@egoi-ts/core/CNames`. */
export type CName = {
  readonly cname_id: number
  readonly value?: undefined | string
  readonly status?: undefined | "invalid" | (string & {}) | "verified" | "unverified" | "recent" | "private"
}

/** `CNameCollection` of `@egoi-ts/core/CNames`. */
export type CNameCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly status?: undefined | "invalid" | (string & {}) | "verified" | "unverified" | "recent" | "private"
    readonly value?: undefined | string
    readonly cname_id: number
  }>
}

/** `Accepted` of `@egoi-ts/core/Common`. */
export type Accepted = { readonly result: string }

/** `DateParam` of `@egoi-ts/core/Common`. */
export type DateParam = string

/** `DateTime` of `@egoi-ts/core/Common`. */
export type DateTime = string

/** `DateTimeParam` of `@egoi-ts/core/Common`. */
export type DateTimeParam = string | Date

/** `Email` of `@egoi-ts/core/Common`. */
export type Email = string

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

/** `Activity` of `@egoi-ts/core/Contacts`. */
export type Activity = {
  readonly action_name:
    | (string & {})
    | "email_open"
    | "email_click"
    | "forward"
    | "conversion"
    | "email_send"
    | "sms_send"
    | "voice_send"
    | "mms_send"
    | "sms_report"
    | "voice_report"
    | "invitation_send"
    | "invitation_open"
    | "mms_open"
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
    | "double_optin_resend"
    | "email_spam_complaint"
    | "email_field_disable"
    | "cellphone_field_disable"
    | "phone_field_disable"
    | "unsubscribe_api"
    | "email_field_enable"
    | "cellphone_field_enable"
    | "phone_field_enable"
    | "edit_subscription"
    | "double_optedit"
    | "automation_event"
    | "push_send"
    | "push_open"
    | "push_click"
    | "push_received"
    | "push_error"
    | "push_canceled"
    | "reply_to_email"
    | "web_push_send"
    | "web_push_delivered"
    | "web_push_open"
    | "web_push_bounce"
    | "web_push_click"
    | "web_push_subscription"
    | "web_push_unsubscription"
    | "add_push_contact"
    | "remove_push_contact"
    | "forget_subscription"
    | "change_consent"
    | "push_unsubscription"
    | "voice_menu_event"
    | "voice_redirect"
    | "automation_action"
    | "automation_trigger"
    | "push_delivered"
    | "attach_tag"
    | "detach_tag"
    | "smart_sms_send"
    | "smart_sms_open"
    | "smart_sms_click"
    | "smart_sms_report"
  readonly date?: undefined | string
  readonly action_data?:
    | undefined
    | {
        readonly campaign_hash?: undefined | string
        readonly url?: undefined | string
        readonly tag_id?: undefined | number
        readonly automation_id?: undefined | number
      }
}

/** `ActivityCollection` of `@egoi-ts/core/Contacts`. */
export type ActivityCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly date?: undefined | string
    readonly action_name:
      | (string & {})
      | "email_open"
      | "email_click"
      | "forward"
      | "conversion"
      | "email_send"
      | "sms_send"
      | "voice_send"
      | "mms_send"
      | "sms_report"
      | "voice_report"
      | "invitation_send"
      | "invitation_open"
      | "mms_open"
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
      | "double_optin_resend"
      | "email_spam_complaint"
      | "email_field_disable"
      | "cellphone_field_disable"
      | "phone_field_disable"
      | "unsubscribe_api"
      | "email_field_enable"
      | "cellphone_field_enable"
      | "phone_field_enable"
      | "edit_subscription"
      | "double_optedit"
      | "automation_event"
      | "push_send"
      | "push_open"
      | "push_click"
      | "push_received"
      | "push_error"
      | "push_canceled"
      | "reply_to_email"
      | "web_push_send"
      | "web_push_delivered"
      | "web_push_open"
      | "web_push_bounce"
      | "web_push_click"
      | "web_push_subscription"
      | "web_push_unsubscription"
      | "add_push_contact"
      | "remove_push_contact"
      | "forget_subscription"
      | "change_consent"
      | "push_unsubscription"
      | "voice_menu_event"
      | "voice_redirect"
      | "automation_action"
      | "automation_trigger"
      | "push_delivered"
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
          readonly tag_id?: undefined | number
          readonly automation_id?: undefined | number
        }
  }>
}

/** `Advertising` of `@egoi-ts/core/Contacts`. */
export type Advertising = { readonly gclid?: string; readonly msclkid?: string; readonly fbclid?: string }

/** `ChangedContactBaseInput` of `@egoi-ts/core/Contacts`. */
export type ChangedContactBaseInput = {
  readonly status?: "active" | "inactive" | "unconfirmed"
  readonly consent?:
    | "consent"
    | "any"
    | "contract"
    | "legitimate_interest"
    | "none"
    | "protect_vital_interests"
    | "public_interests"
    | "required_by_law"
    | "withdrawn"
  readonly first_name?: string
  readonly last_name?: string
  readonly birth_date?: string
  readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
  readonly email?: string
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
      | "date"
      | "email"
      | "cellphone"
      | "phone"
      | "text"
      | "options"
  }>
  readonly tags: ReadonlyArray<number>
  readonly base: {
    readonly status?: undefined | (string & {}) | "active" | "inactive" | "unconfirmed" | "removed"
    readonly consent?: undefined | string
    readonly first_name?: undefined | string
    readonly last_name?: undefined | string
    readonly birth_date?: undefined | string
    readonly language?: undefined | string
    readonly email?: undefined | string
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
    readonly subscription_method?: undefined | (string & {}) | "manual" | "form" | "imported" | "referral" | "api"
    readonly subscription_date?: undefined | string
    readonly subscription_form?: undefined | number
    readonly unsubscription_method?:
      | undefined
      | ""
      | (string & {})
      | "manual"
      | "form"
      | "api"
      | "unsubscribe_link"
      | "bounce"
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
    readonly unsubscription_date?: undefined | string
    readonly change_date?: undefined | string
  }
  readonly email_stats?:
    | undefined
    | {
        readonly sent?: undefined | number
        readonly opens?: undefined | number
        readonly clicks?: undefined | number
        readonly soft_bounces?: undefined | number
        readonly hard_bounces?: undefined | number
        readonly forwards?: undefined | number
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
        readonly last_send_date?: undefined | null | string
        readonly last_click_date?: undefined | null | string
        readonly delivered?: undefined | number
        readonly bounces?: undefined | number
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
  | "consent"
  | "any"
  | "contract"
  | "legitimate_interest"
  | "none"
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
      | "date"
      | "email"
      | "cellphone"
      | "phone"
      | "text"
      | "options"
  }>
  readonly tags: ReadonlyArray<number>
  readonly base: {
    readonly status?: undefined | (string & {}) | "active" | "inactive" | "unconfirmed" | "removed"
    readonly consent?: undefined | string
    readonly first_name?: undefined | string
    readonly last_name?: undefined | string
    readonly birth_date?: undefined | string
    readonly language?: undefined | string
    readonly email?: undefined | string
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
    readonly subscription_method?: undefined | (string & {}) | "manual" | "form" | "imported" | "referral" | "api"
    readonly subscription_date?: undefined | string
    readonly subscription_form?: undefined | number
    readonly unsubscription_method?:
      | undefined
      | ""
      | (string & {})
      | "manual"
      | "form"
      | "api"
      | "unsubscribe_link"
      | "bounce"
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
    readonly unsubscription_date?: undefined | string
    readonly change_date?: undefined | string
  }
}

/** `ContactBase` of `@egoi-ts/core/Contacts`. */
export type ContactBase = {
  readonly status?: undefined | (string & {}) | "active" | "inactive" | "unconfirmed" | "removed"
  readonly consent?: undefined | string
  readonly first_name?: undefined | string
  readonly last_name?: undefined | string
  readonly birth_date?: undefined | string
  readonly language?: undefined | string
  readonly email?: undefined | string
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
  readonly subscription_method?: undefined | (string & {}) | "manual" | "form" | "imported" | "referral" | "api"
  readonly subscription_date?: undefined | string
  readonly subscription_form?: undefined | number
  readonly unsubscription_method?:
    | undefined
    | ""
    | (string & {})
    | "manual"
    | "form"
    | "api"
    | "unsubscribe_link"
    | "bounce"
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
  readonly unsubscription_date?: undefined | string
  readonly change_date?: undefined | string
}

/** `ContactBaseInput` of `@egoi-ts/core/Contacts`. */
export type ContactBaseInput = {
  readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
  readonly consent?:
    | "consent"
    | "any"
    | "contract"
    | "legitimate_interest"
    | "none"
    | "protect_vital_interests"
    | "public_interests"
    | "required_by_law"
    | "withdrawn"
  readonly first_name?: string
  readonly last_name?: string
  readonly birth_date?: string
  readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
  readonly email?: string
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
        | "date"
        | "email"
        | "cellphone"
        | "phone"
        | "text"
        | "options"
    }>
    readonly tags: ReadonlyArray<number>
    readonly base: {
      readonly status?: undefined | (string & {}) | "active" | "inactive" | "unconfirmed" | "removed"
      readonly consent?: undefined | string
      readonly first_name?: undefined | string
      readonly last_name?: undefined | string
      readonly birth_date?: undefined | string
      readonly language?: undefined | string
      readonly email?: undefined | string
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
      readonly subscription_method?: undefined | (string & {}) | "manual" | "form" | "imported" | "referral" | "api"
      readonly subscription_date?: undefined | string
      readonly subscription_form?: undefined | number
      readonly unsubscription_method?:
        | undefined
        | ""
        | (string & {})
        | "manual"
        | "form"
        | "api"
        | "unsubscribe_link"
        | "bounce"
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
      readonly unsubscription_date?: undefined | string
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
    readonly consent?:
      | "consent"
      | "any"
      | "contract"
      | "legitimate_interest"
      | "none"
      | "protect_vital_interests"
      | "public_interests"
      | "required_by_law"
      | "withdrawn"
    readonly first_name?: string
    readonly last_name?: string
    readonly birth_date?: string
    readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
    readonly email?: string
    readonly email_status?: "active" | "inactive"
    readonly cellphone?: string
    readonly cellphone_status?: "active" | "inactive"
    readonly phone?: string
    readonly phone_status?: "active" | "inactive"
    readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
    readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
  }
  readonly extra?: ReadonlyArray<{
    readonly value: string | ReadonlyArray<number>
    readonly status?: "active" | "inactive"
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
  readonly list_id?: undefined | number
  readonly format?: undefined | string
  readonly total_contacts?: undefined | number
  readonly file: string
}

/** `ExtraFieldInput` of `@egoi-ts/core/Contacts`. */
export type ExtraFieldInput = {
  readonly value: string | ReadonlyArray<number>
  readonly status?: "active" | "inactive"
  readonly field_id: number
}

/** `ExtraFieldValue` of `@egoi-ts/core/Contacts`. */
export type ExtraFieldValue = {
  readonly value?: undefined | string | number | ReadonlyArray<number>
  readonly status?: undefined | string
  readonly field_id: number
  readonly format?: undefined | "number" | (string & {}) | "date" | "email" | "cellphone" | "phone" | "text" | "options"
}

/** `ImportBulkFileRequest` of `@egoi-ts/core/Contacts`. */
export type ImportBulkFileRequest = {
  readonly file: {
    readonly url: string
    readonly field_mapping: ReadonlyArray<{ readonly field_id: string; readonly column_name: string }>
    readonly separator?: string
    readonly delimiter?: string
  }
  readonly mode: "add" | "update" | "update_only"
  readonly compare_field: string
  readonly force_empty?: boolean
  readonly notify?: ReadonlyArray<number>
  readonly callback_url?: string
}

/** `ImportBulkRequest` of `@egoi-ts/core/Contacts`. */
export type ImportBulkRequest = {
  readonly mode: "add" | "update" | "update_only"
  readonly compare_field: string
  readonly force_empty?: boolean
  readonly notify?: ReadonlyArray<number>
  readonly callback_url?: string
  readonly contacts: ReadonlyArray<{
    readonly base?: {
      readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
      readonly consent?:
        | "consent"
        | "any"
        | "contract"
        | "legitimate_interest"
        | "none"
        | "protect_vital_interests"
        | "public_interests"
        | "required_by_law"
        | "withdrawn"
      readonly first_name?: string
      readonly last_name?: string
      readonly birth_date?: string
      readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
      readonly email?: string
      readonly email_status?: "active" | "inactive"
      readonly cellphone?: string
      readonly cellphone_status?: "active" | "inactive"
      readonly phone?: string
      readonly phone_status?: "active" | "inactive"
      readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
      readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
    }
    readonly extra?: ReadonlyArray<{
      readonly value: string | ReadonlyArray<number>
      readonly status?: "active" | "inactive"
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
  readonly invalid: number
  readonly imported: number
  readonly file?: undefined | string
  readonly updated: number
  readonly ignored: number
}

/** `Referrer` of `@egoi-ts/core/Contacts`. */
export type Referrer = { readonly referrer?: string }

/** `StartAutomationResult` of `@egoi-ts/core/Contacts`. */
export type StartAutomationResult = {
  readonly automation_id?: undefined | number
  readonly action_id?: undefined | number
  readonly success: ReadonlyArray<string>
  readonly error?: undefined | ReadonlyArray<string> | { readonly [key: string]: ReadonlyArray<string> }
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

/** `ComplexField` of `@egoi-ts/core/Fields`. */
export type ComplexField = {
  readonly field_id: string
  readonly format: "number" | (string & {}) | "date" | "email" | "cellphone" | "phone" | "text" | "options"
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
  readonly name: string
  readonly unique?: boolean | undefined
  readonly type?: undefined | (string & {}) | "base" | "extra"
}

/** `ComplexFieldArray` of `@egoi-ts/core/Fields`. */
export type ComplexFieldArray = ReadonlyArray<{
  readonly field_id: string
  readonly format: "number" | (string & {}) | "date" | "email" | "cellphone" | "phone" | "text" | "options"
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
  readonly name: string
  readonly unique?: boolean | undefined
  readonly type?: undefined | (string & {}) | "base" | "extra"
}>

/** `ExtraFieldFormat` of `@egoi-ts/core/Fields`. */
export type ExtraFieldFormat = "number" | "date" | "email" | "cellphone" | "phone" | "text" | "options"

/** `Field` of `@egoi-ts/core/Fields`. */
export type Field = {
  readonly field_id: string
  readonly format: "number" | (string & {}) | "date" | "email" | "cellphone" | "phone" | "text" | "options"
  readonly name: string
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
  readonly list_id: number
  readonly updated?: undefined | string
  readonly internal_name: string
  readonly public_name: string
  readonly group_id?: undefined | number
  readonly created?: undefined | string
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
  readonly list_id: number
  readonly updated?: undefined | string
  readonly internal_name: string
  readonly public_name: string
  readonly group_id?: undefined | number
  readonly created?: undefined | string
}

/** `ListCollection` of `@egoi-ts/core/Lists`. */
export type ListCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly status: (string & {}) | "active" | "blocked"
    readonly list_id: number
    readonly updated?: undefined | string
    readonly internal_name: string
    readonly created?: undefined | string
    readonly public_name: string
    readonly group_id?: undefined | number
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
        readonly cellphone?: undefined | string
        readonly name?: undefined | string
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
        readonly company_legal_name?: undefined | string
        readonly vat_number?: undefined | string | number
        readonly country?: undefined | { readonly country_code?: undefined | string }
        readonly city?: undefined | string
        readonly state?: undefined | string
        readonly address1?: undefined | string
        readonly address2?: undefined | string
        readonly zip_code?: undefined | string
        readonly invoice_comments?: undefined | string
      }
  readonly plan_info?: undefined | { readonly type?: undefined | string }
  readonly balance_info?: undefined | { readonly balance?: undefined | string; readonly currency?: undefined | string }
  readonly module_info?: undefined | { readonly te?: undefined | { readonly enabled?: boolean | undefined } }
}

/** `TeResponse` of `@egoi-ts/core/MyAccount`. */
export type TeResponse = { readonly result?: boolean | undefined; readonly response?: undefined | string }

/** `Operation` of `@egoi-ts/core/Operations`. */
export type Operation = {
  readonly status?: undefined | (string & {}) | "queued" | "processing" | "executing" | "paused"
  readonly type?:
    | undefined
    | (string & {})
    | "attach_tag"
    | "detach_tag"
    | "email"
    | "push"
    | "import_contacts"
    | "update_contacts"
    | "export_contacts"
    | "export_reports"
    | "advanced_report"
    | "sms"
    | "smart_sms"
    | "voice"
    | "webpush"
    | "ads"
    | "social"
    | "segment_generation"
    | "mass_operation"
    | "unify"
    | "import_ecommerce"
  readonly created?: undefined | string
  readonly operation_id: number
  readonly operation_data?:
    | undefined
    | { readonly campaign_hash?: undefined | string; readonly internal_name?: undefined | string }
  readonly created_by?: undefined | number
  readonly start_date?: undefined | null | string
}

/** `OperationActionResult` of `@egoi-ts/core/Operations`. */
export type OperationActionResult = {
  readonly success: ReadonlyArray<number>
  readonly error: {
    readonly invalid_operation_action?: undefined | ReadonlyArray<number>
    readonly operation_not_found?: undefined | ReadonlyArray<number>
  }
}

/** `OperationCollection` of `@egoi-ts/core/Operations`. */
export type OperationCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly status?: undefined | (string & {}) | "queued" | "processing" | "executing" | "paused"
    readonly type?:
      | undefined
      | (string & {})
      | "attach_tag"
      | "detach_tag"
      | "email"
      | "push"
      | "import_contacts"
      | "update_contacts"
      | "export_contacts"
      | "export_reports"
      | "advanced_report"
      | "sms"
      | "smart_sms"
      | "voice"
      | "webpush"
      | "ads"
      | "social"
      | "segment_generation"
      | "mass_operation"
      | "unify"
      | "import_ecommerce"
    readonly operation_id: number
    readonly operation_data?:
      | undefined
      | { readonly campaign_hash?: undefined | string; readonly internal_name?: undefined | string }
    readonly created_by?: undefined | number
    readonly created?: undefined | string
    readonly start_date?: undefined | null | string
  }>
}

/** `Pong` of `@egoi-ts/core/Ping`. */
export type Pong = { readonly result: string }

/** `Segment` of `@egoi-ts/core/Segments`. */
export type Segment = {
  readonly updated?: undefined | string
  readonly name: string
  readonly type: (string & {}) | "auto" | "saved" | "tag"
  readonly created?: undefined | string
  readonly segment_id: string
}

/** `SegmentCollection` of `@egoi-ts/core/Segments`. */
export type SegmentCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly type: (string & {}) | "auto" | "saved" | "tag"
    readonly name: string
    readonly updated?: undefined | string
    readonly segment_id: string
    readonly created?: undefined | string
  }>
}

/** `SegmentId` of `@egoi-ts/core/Segments`. */
export type SegmentId = string

/** `Base64File` of `@egoi-ts/core/Senders`. */
export type Base64File = string

/** `CellphoneSender` of `@egoi-ts/core/Senders`. */
export type CellphoneSender = {
  readonly status?: undefined | (string & {}) | "active" | "moderation" | "rejected"
  readonly cellphone: string
  readonly type: (string & {}) | "alpha_numeric" | "numeric"
  readonly sender_id: number
}

/** `CellphoneSenderCollection` of `@egoi-ts/core/Senders`. */
export type CellphoneSenderCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly status?: undefined | (string & {}) | "active" | "moderation" | "rejected"
    readonly type: (string & {}) | "alpha_numeric" | "numeric"
    readonly cellphone: string
    readonly sender_id: number
  }>
}

/** `EmailSender` of `@egoi-ts/core/Senders`. */
export type EmailSender = {
  readonly status?: undefined | (string & {}) | "active" | "moderation" | "rejected"
  readonly email: string
  readonly name: string
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

/** `CreateSuppressionListRequest` of `@egoi-ts/core/SuppressionList`. */
export type CreateSuppressionListRequest =
  | { readonly value: ReadonlyArray<string>; readonly type: "email" }
  | { readonly value: ReadonlyArray<string>; readonly type: "email_domain" }
  | { readonly value: ReadonlyArray<string>; readonly type: "email_user" }
  | { readonly value: ReadonlyArray<string>; readonly type: "cellphone" }
  | { readonly value: ReadonlyArray<string>; readonly type: "phone" }

/** `SuppressionEntry` of `@egoi-ts/core/SuppressionList`. */
export type SuppressionEntry = {
  readonly value: string
  readonly campaign_hash?: undefined | string
  readonly type: (string & {}) | "email" | "cellphone" | "phone" | "email_domain" | "email_user"
  readonly created?: undefined | string
  readonly id: number
  readonly method: (string & {}) | "unsubscribe" | "manual" | "bounce" | "other" | "forgotten"
}

/** `SuppressionListCollection` of `@egoi-ts/core/SuppressionList`. */
export type SuppressionListCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly type: (string & {}) | "email" | "cellphone" | "phone" | "email_domain" | "email_user"
    readonly method: (string & {}) | "unsubscribe" | "manual" | "bounce" | "other" | "forgotten"
    readonly value: string
    readonly campaign_hash?: undefined | string
    readonly created?: undefined | string
    readonly id: number
  }>
}

/** `Tag` of `@egoi-ts/core/Tags`. */
export type Tag = { readonly tag_id: number; readonly name: string; readonly color?: undefined | string }

/** `TagChange` of `@egoi-ts/core/Tags`. */
export type TagChange = { readonly name?: string; readonly color?: string }

/** `TagCollection` of `@egoi-ts/core/Tags`. */
export type TagCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{ readonly name: string; readonly tag_id: number; readonly color?: undefined | string }>
}

/** `TagRequest` of `@egoi-ts/core/Tags`. */
export type TagRequest = { readonly name: string; readonly color?: string }

/** `UpsertParams` of `@egoi-ts/core/Upsert`. */
export type UpsertParams = {
  readonly base?:
    | undefined
    | {
        readonly status?: "active" | "inactive" | "unconfirmed"
        readonly consent?:
          | "consent"
          | "any"
          | "contract"
          | "legitimate_interest"
          | "none"
          | "protect_vital_interests"
          | "public_interests"
          | "required_by_law"
          | "withdrawn"
        readonly first_name?: string
        readonly last_name?: string
        readonly birth_date?: string
        readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
        readonly email?: string
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
        readonly value: string | ReadonlyArray<number>
        readonly status?: "active" | "inactive"
        readonly field_id: number
      }>
  readonly list_id: number
  readonly fields?: undefined | { readonly [key: string]: string | number | ReadonlyArray<string | number> }
  readonly key?: undefined | string
  readonly tags?: undefined | ReadonlyArray<string | number>
}

/** `User` of `@egoi-ts/core/Users`. */
export type User = {
  readonly status?: undefined | (string & {}) | "active" | "inactive"
  readonly first_name?: undefined | string
  readonly last_name?: undefined | string
  readonly email?: undefined | string
  readonly phone?: undefined | string
  readonly updated?: undefined | string
  readonly created?: undefined | string
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
    readonly first_name?: undefined | string
    readonly last_name?: undefined | string
    readonly email?: undefined | string
    readonly phone?: undefined | string
    readonly updated?: undefined | string
    readonly created?: undefined | string
    readonly user_id: number
    readonly username?: undefined | string
    readonly is_admin?: boolean | undefined
    readonly profile_image?: undefined | string
  }>
}

/** `Country` of `@egoi-ts/core/Utilities`. */
export type Country = {
  readonly name?: undefined | string
  readonly country: number
  readonly country_code?: undefined | string
  readonly currency?: undefined | string
  readonly iso_code?: undefined | string
}

/** `CountryCollection` of `@egoi-ts/core/Utilities`. */
export type CountryCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly name?: undefined | string
    readonly country: number
    readonly country_code?: undefined | string
    readonly currency?: undefined | string
    readonly iso_code?: undefined | string
  }>
}

/** `EventContact` of `@egoi-ts/core/WebhookEvent`. */
export type EventContact = { readonly contact_id: string; readonly [key: string]: unknown }

/** `WebhookEvent` of `@egoi-ts/core/WebhookEvent`. */
export type WebhookEvent =
  | {
      readonly date: string
      readonly list_id: number
      readonly action: "subscription"
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }
  | {
      readonly date: string
      readonly list_id: number
      readonly action: "edit_subscription"
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }
  | {
      readonly date: string
      readonly list_id: number
      readonly action: "unsubscribe"
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }
  | {
      readonly date: string
      readonly list_id: number
      readonly action: "resubscription"
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }
  | {
      readonly date: string
      readonly list_id: number
      readonly action: "forget_subscription"
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }
  | {
      readonly date: string
      readonly list_id: number
      readonly action: "change_consent"
      readonly contact: { readonly contact_id: string; readonly [key: string]: unknown }
    }

/** `Webhook` of `@egoi-ts/core/Webhooks`. */
export type Webhook = {
  readonly url: string
  readonly list_id: number
  readonly fields?: undefined | ReadonlyArray<string>
  readonly webhook_id: number
  readonly actions: ReadonlyArray<
    | (string & {})
    | "email_open"
    | "email_click"
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
    | "push_open"
    | "push_click"
    | "push_received"
    | "push_error"
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
    | "sms_delivered"
    | "new_order"
    | "cart_update"
    | "goal_conversion"
    | "product_view"
  >
}

/** `WebhookAction` of `@egoi-ts/core/Webhooks`. */
export type WebhookAction =
  | "email_open"
  | "email_click"
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
  | "push_open"
  | "push_click"
  | "push_received"
  | "push_error"
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
  | "sms_delivered"
  | "new_order"
  | "cart_update"
  | "goal_conversion"
  | "product_view"

/** `WebhookCollection` of `@egoi-ts/core/Webhooks`. */
export type WebhookCollection = {
  readonly total_items?: undefined | number
  readonly items: ReadonlyArray<{
    readonly fields?: undefined | ReadonlyArray<string>
    readonly url: string
    readonly list_id: number
    readonly webhook_id: number
    readonly actions: ReadonlyArray<
      | (string & {})
      | "email_open"
      | "email_click"
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
      | "push_open"
      | "push_click"
      | "push_received"
      | "push_error"
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
      | "sms_delivered"
      | "new_order"
      | "cart_update"
      | "goal_conversion"
      | "product_view"
    >
  }>
}

/** `WebhookRequest` of `@egoi-ts/core/Webhooks`. */
export type WebhookRequest = {
  readonly url: string
  readonly list_id: number
  readonly fields?: ReadonlyArray<string>
  readonly actions: ReadonlyArray<
    | "email_open"
    | "email_click"
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
    | "push_open"
    | "push_click"
    | "push_received"
    | "push_error"
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
    | "sms_delivered"
    | "new_order"
    | "cart_update"
    | "goal_conversion"
    | "product_view"
  >
}

/** `WebhookUrl` of `@egoi-ts/core/Webhooks`. */
export type WebhookUrl = string

/** The parameters of `getAllLists`. */
export type GetAllListsParams = {
  readonly limit?: number
  readonly offset?: number
  readonly internal_name?: string
  readonly order_by?: "list_id" | "updated" | "internal_name" | "public_name" | "created"
  readonly order?: "asc" | "desc"
  readonly public_name?: string
  readonly created_min?: string | Date
  readonly created_max?: string | Date
  readonly updated_min?: string | Date
  readonly updated_max?: string | Date
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
  readonly public_name?: string
  readonly group_id?: number
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
  readonly first_name?: string
  readonly last_name?: string
  readonly birth_date?: string
  readonly language?: "en" | "pt" | "br" | "es" | "de" | "fr"
  readonly email?: string
  readonly email_status?: boolean
  readonly cellphone?: string
  readonly cellphone_status?: boolean
  readonly phone?: string
  readonly phone_status?: boolean
  readonly offset?: number
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
    readonly consent?:
      | "consent"
      | "any"
      | "contract"
      | "legitimate_interest"
      | "none"
      | "protect_vital_interests"
      | "public_interests"
      | "required_by_law"
      | "withdrawn"
    readonly first_name?: string
    readonly last_name?: string
    readonly birth_date?: string
    readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
    readonly email?: string
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
export type GetContactParams = { readonly contact_id: string; readonly list_id: number }

/** What `getContact` answers. */
export type GetContactAnswer = ComplexContact

/** The parameters of `patchContact`. */
export type PatchContactParams = {
  readonly contact_id: string
  readonly list_id: number
  readonly base?: {
    readonly status?: "active" | "inactive" | "unconfirmed"
    readonly consent?:
      | "consent"
      | "any"
      | "contract"
      | "legitimate_interest"
      | "none"
      | "protect_vital_interests"
      | "public_interests"
      | "required_by_law"
      | "withdrawn"
    readonly first_name?: string
    readonly last_name?: string
    readonly birth_date?: string
    readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
    readonly email?: string
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
    readonly consent?:
      | "consent"
      | "any"
      | "contract"
      | "legitimate_interest"
      | "none"
      | "protect_vital_interests"
      | "public_interests"
      | "required_by_law"
      | "withdrawn"
    readonly first_name?: string
    readonly last_name?: string
    readonly birth_date?: string
    readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
    readonly email?: string
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
  readonly items: ReadonlyArray<{ readonly contact_id: string; readonly list_id: number }>
}

/** The parameters of `getAllContactActivities`. */
export type GetAllContactActivitiesParams = {
  readonly contact_id: string
  readonly list_id: number
  readonly limit?: number
  readonly action_name?:
    | "email_open"
    | "email_click"
    | "forward"
    | "conversion"
    | "email_send"
    | "sms_send"
    | "voice_send"
    | "mms_send"
    | "sms_report"
    | "voice_report"
    | "invitation_send"
    | "invitation_open"
    | "mms_open"
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
    | "double_optin_resend"
    | "email_spam_complaint"
    | "email_field_disable"
    | "cellphone_field_disable"
    | "phone_field_disable"
    | "unsubscribe_api"
    | "email_field_enable"
    | "cellphone_field_enable"
    | "phone_field_enable"
    | "edit_subscription"
    | "double_optedit"
    | "automation_event"
    | "push_send"
    | "push_open"
    | "push_click"
    | "push_received"
    | "push_error"
    | "push_canceled"
    | "reply_to_email"
    | "web_push_send"
    | "web_push_delivered"
    | "web_push_open"
    | "web_push_bounce"
    | "web_push_click"
    | "web_push_subscription"
    | "web_push_unsubscription"
    | "add_push_contact"
    | "remove_push_contact"
    | "forget_subscription"
    | "change_consent"
    | "push_unsubscription"
    | "voice_menu_event"
    | "voice_redirect"
    | "automation_action"
    | "automation_trigger"
    | "push_delivered"
    | "attach_tag"
    | "detach_tag"
    | "smart_sms_send"
    | "smart_sms_open"
    | "smart_sms_click"
    | "smart_sms_report"
  readonly offset?: number
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
      readonly mode: "add" | "update" | "update_only"
      readonly compare_field: string
      readonly contacts: ReadonlyArray<{
        readonly referrer?: { readonly referrer?: string }
        readonly base?: {
          readonly status?: "active" | "inactive" | "unconfirmed" | "removed"
          readonly consent?:
            | "consent"
            | "any"
            | "contract"
            | "legitimate_interest"
            | "none"
            | "protect_vital_interests"
            | "public_interests"
            | "required_by_law"
            | "withdrawn"
          readonly first_name?: string
          readonly last_name?: string
          readonly birth_date?: string
          readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
          readonly email?: string
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
      readonly notify?: ReadonlyArray<number>
      readonly callback_url?: string
    }
  | {
      readonly list_id: number
      readonly mode: "add" | "update" | "update_only"
      readonly compare_field: string
      readonly force_empty?: boolean
      readonly notify?: ReadonlyArray<number>
      readonly callback_url?: string
      readonly file: {
        readonly url: string
        readonly field_mapping: ReadonlyArray<{ readonly field_id: string; readonly column_name: string }>
        readonly separator?: string
        readonly delimiter?: string
      }
    }

/** What `actionImportBulk` answers. */
export type ActionImportBulkAnswer = Accepted

/** The parameters of `actionExportContacts`. */
export type ActionExportContactsParams = {
  readonly list_id: number
  readonly fields?: ReadonlyArray<string>
  readonly format: "csv" | "xml"
  readonly callback_url?: string
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
    readonly contact_id: string
    readonly unsubscription_method?: "manual" | "form" | "api" | "unsubscribe_link" | "bounce"
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
  readonly contacts: ReadonlyArray<string>
  readonly action_id: number
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
        readonly consent?:
          | "consent"
          | "any"
          | "contract"
          | "legitimate_interest"
          | "none"
          | "protect_vital_interests"
          | "public_interests"
          | "required_by_law"
          | "withdrawn"
        readonly first_name?: string
        readonly last_name?: string
        readonly birth_date?: string
        readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
        readonly email?: string
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
        readonly consent?:
          | "consent"
          | "any"
          | "contract"
          | "legitimate_interest"
          | "none"
          | "protect_vital_interests"
          | "public_interests"
          | "required_by_law"
          | "withdrawn"
        readonly first_name?: string
        readonly last_name?: string
        readonly birth_date?: string
        readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
        readonly email?: string
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
        readonly consent?:
          | "consent"
          | "any"
          | "contract"
          | "legitimate_interest"
          | "none"
          | "protect_vital_interests"
          | "public_interests"
          | "required_by_law"
          | "withdrawn"
        readonly first_name?: string
        readonly last_name?: string
        readonly birth_date?: string
        readonly language?: "en" | "pt" | "br" | "es" | "de" | "hu" | "fr"
        readonly email?: string
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
  readonly limit?: number
  readonly status?: "queued" | "processing" | "executing" | "paused"
  readonly type?:
    | "attach_tag"
    | "detach_tag"
    | "email"
    | "push"
    | "import_contacts"
    | "update_contacts"
    | "export_contacts"
    | "export_reports"
    | "advanced_report"
    | "sms"
    | "smart_sms"
    | "voice"
    | "webpush"
    | "ads"
    | "social"
    | "segment_generation"
    | "mass_operation"
    | "unify"
    | "import_ecommerce"
  readonly offset?: number
  readonly order_by?: "created" | "operation_id" | "start_date"
  readonly order?: "asc" | "desc"
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
  readonly order_by?: "tag_id" | "name" | "color"
  readonly order?: "asc" | "desc"
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
  readonly format: "number" | "date" | "email" | "cellphone" | "phone" | "text" | "options"
  readonly unique?: boolean
}

/** What `createExtraField` answers. */
export type CreateExtraFieldAnswer = Field

/** The parameters of `patchExtraField`. */
export type PatchExtraFieldParams = {
  readonly field_id: number
  readonly list_id: number
  readonly name?: string
  readonly unique?: boolean
}

/** What `patchExtraField` answers. */
export type PatchExtraFieldAnswer = Field

/** The parameters of `deleteExtraField`. */
export type DeleteExtraFieldParams = { readonly field_id: number; readonly list_id: number }

/** What `deleteExtraField` answers. */
export type DeleteExtraFieldAnswer = void

/** The parameters of `patchBaseField`. */
export type PatchBaseFieldParams = { readonly field_id: string; readonly list_id: number; readonly unique?: boolean }

/** What `patchBaseField` answers. */
export type PatchBaseFieldAnswer = Field

/** The parameters of `getAllFieldOptions`. */
export type GetAllFieldOptionsParams = { readonly field_id: number; readonly list_id: number }

/** What `getAllFieldOptions` answers. */
export type GetAllFieldOptionsAnswer = FieldOptionCollection

/** The parameters of `createFieldOption`. */
export type CreateFieldOptionParams = {
  readonly field_id: number
  readonly list_id: number
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
  readonly field_id: number
  readonly list_id: number
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
  readonly field_id: number
  readonly list_id: number
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
  readonly limit?: number
  readonly type?: "auto" | "saved" | "tag"
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
  readonly limit?: number
  readonly type?: "email" | "cellphone" | "phone" | "email_domain" | "email_user"
  readonly method?: "unsubscribe" | "manual" | "bounce" | "other" | "forgotten"
  readonly value?: string
  readonly campaign_hash?: string
  readonly offset?: number
  readonly order_by?: "value" | "created" | "id"
  readonly order?: "asc" | "desc"
  readonly created_min?: string | Date
  readonly created_max?: string | Date
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
  | { readonly type: "alpha_numeric"; readonly cellphone: string; readonly file: string }
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
export type CreatePhoneSenderParams = { readonly phone: string; readonly file: string }

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
  readonly offset?: number
  readonly order_by?: "user_id" | "username"
  readonly order?: "asc" | "desc"
  readonly created_min?: string | Date
  readonly created_max?: string | Date
  readonly updated_min?: string | Date
  readonly updated_max?: string | Date
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
}
