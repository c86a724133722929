/**
 * Advanced Reports: files E-goi builds in the background from an account's history (the sends of
 * the campaigns, their events, bounces and clicks, subscriptions and unsubscriptions, the activity of
 * each contact, form answers), for a period and for some lists or campaigns, with the columns asked
 * for. A `generate*` call is accepted (202) with no ID; the report then shows in
 * `getAllAdvancedReports` with its `status` (`queued`, `running`, then `finished` with a `file` to
 * download), and its `callback_url`, if given, receives `{ file }`.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { CampaignHash, Notify } from "./Campaigns.js"
import {
  Accepted,
  Choice,
  Collection,
  DateTime,
  DateTimeParam,
  HttpUrl,
  Id,
  OpenEnum,
  optionalParam,
  PageParams,
  UniqueArray
} from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * The states of an advanced report.
 *
 * @since 0.1.0
 * @category constants
 */
export const ADVANCED_REPORT_STATUSES = [
  "queued",
  "running",
  "finished",
  "stopped",
  "canceled",
  "paused",
  "error"
] as const

/**
 * An advanced report as `getAllAdvancedReports` lists it: `file` is where to download it once
 * `finished`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdvancedReport = Schema.Struct({
  advanced_report_id: Id,
  title: Schema.optional(Schema.String),
  hash: Schema.optional(Schema.String),
  file: Schema.optional(Schema.NullOr(Schema.String)),
  status: Schema.optional(OpenEnum(...ADVANCED_REPORT_STATUSES)),
  created: Schema.optional(DateTime)
}).annotations({ identifier: "AdvancedReport" })

/**
 * @since 0.1.0
 * @category models
 */
export type AdvancedReport = typeof AdvancedReport.Type

/**
 * A page of advanced reports.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdvancedReportCollection = Collection(AdvancedReport, "AdvancedReportsCollection")

/**
 * A saved report model: a report configured in E-goi's app, generated again with
 * `generateByModelReport`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdvancedReportModel = Schema.Struct({
  model_id: Id,
  title: Schema.optional(Schema.String),
  created: Schema.optional(DateTime)
}).annotations({ identifier: "AdvancedReportModels" })

/**
 * @since 0.1.0
 * @category models
 */
export type AdvancedReportModel = typeof AdvancedReportModel.Type

/**
 * A page of report models.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdvancedReportModelCollection = Collection(AdvancedReportModel, "AdvancedReportsModelsCollection")

/**
 * What a report's `callback_url` receives when the report is done: where its file is.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReportCallback = Schema.Struct({ file: Schema.String }).annotations({
  identifier: "ExportReportWebhookData"
})

/**
 * @since 0.1.0
 * @category models
 */
export type ReportCallback = typeof ReportCallback.Type

/**
 * The period a report covers: `start` and `end`, each E-goi's `YYYY-MM-DD hh:mm:ss` (UTC), a `Date`
 * or an RFC 3339 string.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Range = Schema.Struct({
  start: DateTimeParam.annotations({ description: "The first moment the report covers" }),
  end: DateTimeParam.annotations({ description: "The last moment the report covers" })
}).annotations({ identifier: "AdvancedReportRange", description: "Time range of the report" })

const Title = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty title" })).annotations({
  description: "Advanced report title"
})

const Lists = (max?: number) =>
  UniqueArray(Id, { min: 1, ...(max === undefined ? {} : { max }) }).annotations({
    description: max === undefined ? "IDs of the lists" : `IDs of the lists (${max} at most)`
  })

/**
 * The campaigns a report covers, per list: every campaign (`all`), the last one (`last`), some
 * campaigns by hash (`specific`), or the campaigns of some campaign groups (`group`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReportCampaigns = Schema.Union(
  Schema.Struct({ list_id: Id, type: Schema.Literal("all") }).annotations({ identifier: "ReportCampaignsAll" }),
  Schema.Struct({ list_id: Id, type: Schema.Literal("last") }).annotations({ identifier: "ReportCampaignsLast" }),
  Schema.Struct({
    list_id: Id,
    type: Schema.Literal("specific"),
    data: UniqueArray(CampaignHash, { min: 1 }).annotations({ description: "Hashes of the campaigns" })
  }).annotations({ identifier: "ReportCampaignsSpecific" }),
  Schema.Struct({
    list_id: Id,
    type: Schema.Literal("group"),
    data: UniqueArray(Id, { min: 1 }).annotations({ description: "IDs of the campaign groups" })
  }).annotations({ identifier: "ReportCampaignsGroup" })
).annotations({ identifier: "AdvancedReportCampaignsObject" })

/**
 * @since 0.1.0
 * @category models
 */
export type ReportCampaigns = typeof ReportCampaigns.Type

const Campaigns = Schema.Array(ReportCampaigns).pipe(Schema.minItems(1)).annotations({
  description: "Campaigns of the report"
})

/** A set of optional column flags: a column is in the report when its flag is `true`. */
const Flags = <const Names extends ReadonlyArray<string>>(identifier: string, names: Names) =>
  Schema.Struct(
    Object.fromEntries(names.map((name) => [name, optionalParam(Schema.Boolean)])) as {
      readonly [K in Names[number]]: ReturnType<typeof optionalParam<typeof Schema.Boolean>>
    }
  ).annotations({ identifier })

/**
 * The contact activities a contact activity report can include, one column each.
 *
 * @since 0.1.0
 * @category constants
 */
export const CONTACT_ACTIVITIES = [
  "opens",
  "clicks",
  "recommends",
  "conversion",
  "email_send",
  "sms_send",
  "sms_report",
  "voice_send",
  "voice_report",
  "invitation_send",
  "invitation_open",
  "unsubscribe",
  "email_soft_bounce",
  "email_hard_bounce",
  "subscription",
  "resubscription",
  "unsubscribe_reason",
  "facebook_like",
  "social_share",
  "unsubscribe_manual",
  "double_optin",
  "email_spam_complaint",
  "email_field_disable",
  "cellphone_field_disable",
  "phone_field_disable",
  "unsubscribe_api",
  "email_field_enable",
  "cellphone_field_enable",
  "phone_field_enable",
  "edit_subscription",
  "automation_event",
  "push_send",
  "push_delivered",
  "push_error",
  "push_received",
  "push_open",
  "push_canceled",
  "push_unsubscription",
  "reply_to_email",
  "web_push_send",
  "web_push_delivered",
  "web_push_open",
  "web_push_bounce",
  "web_push_click",
  "web_push_subscription",
  "web_push_unsubscription",
  "forget_subscription",
  "change_consent",
  "double_optin_resend",
  "double_optedit"
] as const

const ListExtraFields = Schema.Array(
  Schema.Struct({
    list_id: Id,
    fields: Schema.Array(Schema.String).annotations({ description: "IDs of the extra fields" })
  }).annotations({ identifier: "AdvancedReportListExtraFields" })
)

/** The contact columns every report's `columns` takes: base fields by name, extra fields by list. */
const contactColumns = {
  list_base_fields: optionalParam(
    Schema.Array(Schema.String).annotations({ description: "Base fields of the contacts (email, first_name, ...)" })
  ),
  list_extra_fields: optionalParam(ListExtraFields)
}

const CAMPAIGN_BASICS = ["internal_name", "campaign_hash", "send_date", "group", "channel", "type", "sender"] as const
const EMAIL_PLACES = ["url", "city", "country", "region", "program", "os"] as const

const Options = <const Fields extends Schema.Struct.Fields = {}>(identifier: string, fields?: Fields) =>
  Schema.Struct({ notify: optionalParam(Notify), ...(fields as Fields) }).annotations({ identifier })

const Grouping = optionalParam(Choice("by_contact", "by_campaign").annotations({ description: "How rows are grouped" }))

const IncludeUnopens = Schema.Boolean.annotations({
  description: "True to include campaigns not opened, false otherwise"
})

const common = { title: Title, range: Range, callback_url: optionalParam(HttpUrl) }

/**
 * The body of `generateContactActivityReport`: the activities of the contacts of up to three lists.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContactActivityReportRequest = Schema.Struct({
  ...common,
  lists: Lists(3),
  columns: Schema.Struct({
    ...contactColumns,
    contact_activities: optionalParam(Flags("ContactActivityActivitiesFields", CONTACT_ACTIVITIES))
  }).annotations({ identifier: "AdvancedReportContactActivityColumns" }),
  options: Options("AdvancedReportContactActivityOptions")
}).annotations({ identifier: "GenerateContactActivityReport" })

/**
 * The body of `generateEmailBouncesReport`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailBouncesReportRequest = Schema.Struct({
  ...common,
  campaigns: Campaigns,
  columns: Schema.Struct({
    ...contactColumns,
    list_stats_fields: optionalParam(
      Flags("EmailBouncesListStatsFields", ["bounce_date", "bounce_type", "bounce_detail"])
    ),
    campaign_fields: optionalParam(Flags("EmailBouncesCampaignFields", CAMPAIGN_BASICS))
  }).annotations({ identifier: "AdvancedReportEmailBouncesColumns" }),
  options: Options("AdvancedReportEmailBouncesOptions", { include_unopens: IncludeUnopens, grouping: Grouping })
}).annotations({ identifier: "GenerateEmailBouncesReport" })

/**
 * The body of `generateEmailClicksByContactReport`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailClicksByContactReportRequest = Schema.Struct({
  ...common,
  campaigns: Campaigns,
  columns: Schema.Struct({
    ...contactColumns,
    list_stats_fields: optionalParam(Flags("EmailClicksByContactListStatsFields", ["clicks"])),
    campaign_fields: optionalParam(
      Flags("EmailClicksByContactCampaignFields", [...CAMPAIGN_BASICS, ...EMAIL_PLACES] as const)
    )
  }).annotations({ identifier: "AdvancedReportEmailClicksByContactColumns" }),
  options: Options("AdvancedReportEmailClicksByContactOptions")
}).annotations({ identifier: "GenerateEmailClicksByContactReport" })

/**
 * The body of `generateEmailClicksByUrlReport`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailClicksByUrlReportRequest = Schema.Struct({
  ...common,
  campaigns: Campaigns,
  columns: Schema.Struct({
    ...contactColumns,
    list_stats_fields: optionalParam(
      Flags("EmailClicksByUrlListStatsFields", ["clicks", "unique_clicks", "click_rate_per_url"])
    ),
    campaign_fields: optionalParam(
      Flags("EmailClicksByUrlCampaignFields", [
        "internal_name",
        "campaign_hash",
        "send_date",
        "group",
        "channel",
        "type",
        ...EMAIL_PLACES
      ] as const)
    )
  }).annotations({ identifier: "AdvancedReportEmailClicksByUrlColumns" }),
  options: Options("AdvancedReportEmailClicksByUrlOptions")
}).annotations({ identifier: "GenerateEmailClicksByUrlReport" })

/**
 * The body of `generateEmailEventsReport`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailEventsReportRequest = Schema.Struct({
  ...common,
  campaigns: Campaigns,
  columns: Schema.Struct({
    ...contactColumns,
    list_stats_fields: optionalParam(
      Flags("EmailEventsListStatsFields", [
        "opens",
        "clicks",
        "complaints",
        "unsubscribes",
        "bounces",
        "forwards",
        "forwards_conversion",
        "fb_likes",
        "fb_shares",
        "tw_shares",
        "social_shares"
      ])
    ),
    campaign_fields: optionalParam(Flags("EmailEventsCampaignFields", [...CAMPAIGN_BASICS, ...EMAIL_PLACES] as const))
  }).annotations({ identifier: "AdvancedReportEmailEventsColumns" }),
  options: Options("AdvancedReportEmailEventsOptions", { include_unopens: IncludeUnopens })
}).annotations({ identifier: "GenerateEmailEventsReport" })

/**
 * The body of `generateEmailUnsubscriptionsReport`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailUnsubscriptionsReportRequest = Schema.Struct({
  ...common,
  campaigns: Campaigns,
  columns: Schema.Struct({
    ...contactColumns,
    list_stats_fields: optionalParam(
      Flags("EmailUnsubscriptionsListStatsFields", [
        "unsubscription_method",
        "unsubscription_motive",
        "unsubscription_date"
      ])
    ),
    campaign_fields: optionalParam(Flags("EmailUnsubscriptionsCampaignFields", CAMPAIGN_BASICS))
  }).annotations({ identifier: "AdvancedReportEmailUnsubscriptionsColumns" }),
  options: Options("AdvancedReportEmailUnsubscriptionsOptions")
}).annotations({ identifier: "GenerateEmailUnsubscriptionsReport" })

/**
 * The body of `generateFormAnswersReport`: the answers to some forms of some lists.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FormAnswersReportRequest = Schema.Struct({
  ...common,
  forms: Schema.Array(
    Schema.Struct({
      list_id: Id,
      forms: UniqueArray(Id, { min: 1 }).annotations({ description: "IDs of the forms" })
    }).annotations({ identifier: "AdvancedReportForms" })
  ).pipe(Schema.minItems(1))
}).annotations({ identifier: "GenerateFormAnswersReport" })

/**
 * The body of `generateSendsReport`: who each campaign sent to lists was sent to.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SendsReportRequest = Schema.Struct({
  ...common,
  lists: Lists(),
  columns: Schema.Struct({
    ...contactColumns,
    campaign_fields: optionalParam(Flags("SendsCampaignFields", CAMPAIGN_BASICS))
  }).annotations({ identifier: "AdvancedReportSendsColumns" }),
  options: Options("AdvancedReportSendsOptions")
}).annotations({ identifier: "GenerateSendsReport" })

const smsColumns = (kind: "Bounces" | "Events") =>
  Schema.Struct({
    ...contactColumns,
    list_stats_fields: optionalParam(Flags(`Sms${kind}ListStatsFields`, ["delivery_answer", "delivery_date"])),
    campaign_fields: optionalParam(Flags(`Sms${kind}CampaignFields`, CAMPAIGN_BASICS))
  }).annotations({ identifier: `AdvancedReportSms${kind}Columns` })

/**
 * The body of `generateSmsBouncesReport`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmsBouncesReportRequest = Schema.Struct({
  ...common,
  campaigns: Campaigns,
  columns: smsColumns("Bounces"),
  options: Options("AdvancedReportSmsBouncesOptions", { grouping: Grouping })
}).annotations({ identifier: "GenerateSmsBouncesReport" })

/**
 * The body of `generateSmsEventsReport`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmsEventsReportRequest = Schema.Struct({
  ...common,
  campaigns: Campaigns,
  columns: smsColumns("Events"),
  options: Options("AdvancedReportSmsEventsOptions")
}).annotations({ identifier: "GenerateSmsEventsReport" })

/**
 * The body of `generateSubscriptionsReport`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubscriptionsReportRequest = Schema.Struct({
  ...common,
  lists: Lists(),
  columns: Schema.Struct({
    ...contactColumns,
    list_stats_fields: optionalParam(Flags("SubscriptionsListStatsFields", ["subscription_method", "subscription_src"]))
  }).annotations({ identifier: "AdvancedReportSubscriptionsColumns" }),
  options: Options("AdvancedReportSubscriptionsOptions")
}).annotations({ identifier: "GenerateSubscriptionsReport" })

/**
 * The body of `generateUnsubscriptionsReport`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnsubscriptionsReportRequest = Schema.Struct({
  ...common,
  lists: Lists(),
  columns: Schema.Struct({
    ...contactColumns,
    list_stats_fields: optionalParam(
      Flags("UnsubscriptionsListStatsFields", ["unsubscription_method", "unsubscription_src", "unsubscription_date"])
    )
  }).annotations({ identifier: "AdvancedReportUnsubscriptionsColumns" }),
  options: Options("AdvancedReportUnsubscriptionsOptions")
}).annotations({ identifier: "GenerateUnsubscriptionsReport" })

/**
 * The body of `generateByModelReport`: the model to generate a report from.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ByModelReportRequest = Schema.Struct({
  model_id: Id.annotations({ description: "ID of the report model" })
}).annotations({ identifier: "GenerateByModelReport" })

/**
 * Each kind of report, by the last part of its route (`/reports/advanced/<kind>`), with its operation
 * and its body.
 *
 * @since 0.1.0
 * @category constants
 */
export const REPORT_KINDS = {
  "contact-activity": { operation: "generateContactActivityReport", request: ContactActivityReportRequest },
  "email-bounces": { operation: "generateEmailBouncesReport", request: EmailBouncesReportRequest },
  "email-clicks-by-contact": {
    operation: "generateEmailClicksByContactReport",
    request: EmailClicksByContactReportRequest
  },
  "email-clicks-by-url": { operation: "generateEmailClicksByUrlReport", request: EmailClicksByUrlReportRequest },
  "email-events": { operation: "generateEmailEventsReport", request: EmailEventsReportRequest },
  "email-unsubscriptions": {
    operation: "generateEmailUnsubscriptionsReport",
    request: EmailUnsubscriptionsReportRequest
  },
  "form-answers": { operation: "generateFormAnswersReport", request: FormAnswersReportRequest },
  sends: { operation: "generateSendsReport", request: SendsReportRequest },
  "sms-bounces": { operation: "generateSmsBouncesReport", request: SmsBouncesReportRequest },
  "sms-events": { operation: "generateSmsEventsReport", request: SmsEventsReportRequest },
  subscriptions: { operation: "generateSubscriptionsReport", request: SubscriptionsReportRequest },
  unsubscriptions: { operation: "generateUnsubscriptionsReport", request: UnsubscriptionsReportRequest }
} as const

/**
 * The column flags each kind of report takes, by the `columns` object they go in: every column a
 * report of the kind can have (a flag set to `true` puts it in).
 *
 * @since 0.1.0
 * @category constants
 */
export const REPORT_COLUMNS: {
  readonly [Kind in keyof typeof REPORT_KINDS]: Readonly<
    Partial<Record<"list_stats_fields" | "campaign_fields" | "contact_activities", ReadonlyArray<string>>>
  >
} = Object.fromEntries(
  Object.entries(REPORT_KINDS).map(([kind, { request }]) => {
    const columns = (request.fields as Record<string, unknown>).columns as
      | { readonly fields: Record<string, { readonly from?: unknown }> }
      | undefined
    const flags: Record<string, ReadonlyArray<string>> = {}
    for (const [name, field] of Object.entries(columns?.fields ?? {})) {
      const names = (field as { readonly from?: { readonly fields?: object } }).from?.fields
      if (name !== "list_extra_fields" && names !== undefined) flags[name] = Object.keys(names)
    }
    return [kind, flags]
  })
) as never

/**
 * A kind of report (`sends`, `email-events`, ...).
 *
 * @since 0.1.0
 * @category models
 */
export type ReportKind = keyof typeof REPORT_KINDS

const generate = <const Name extends string, Payload extends Schema.Schema.AnyNoContext>(
  name: Name,
  kind: string,
  payload: Payload
) =>
  Endpoint.post(name, `/reports/advanced/${kind}` as `/${string}`)
    .setPayload(payload)
    .addSuccess(Accepted, { status: 202 })
    .addError(Wire.BadRequest)
    .addError(Wire.UnprocessableEntity)

/**
 * The Advanced Reports group: the reports and models listed, and a `generate*` operation per kind.
 *
 * @since 0.1.0
 * @category api
 */
export const AdvancedReportsGroup = Endpoint.authenticatedGroup("advancedReports", "Advanced Reports")
  .add(
    Endpoint.get("getAllAdvancedReports", "/reports/advanced")
      .annotate(Paging, "page")
      .setUrlParams(
        Schema.Struct({
          ...PageParams,
          status: optionalParam(Choice(...ADVANCED_REPORT_STATUSES)),
          title: optionalParam(Schema.String.annotations({ description: "Only reports with this title" })),
          created_min: optionalParam(DateTimeParam.annotations({ description: "Created at or after" })),
          created_max: optionalParam(DateTimeParam.annotations({ description: "Created at or before" })),
          order_by: optionalParam(Choice("advanced_report_id", "title", "created"))
        })
      )
      .addSuccess(AdvancedReportCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the advanced reports, with their state and file")
  )
  .add(
    Endpoint.get("getAllAdvancedReportsModels", "/reports/advanced/models")
      .annotate(Paging, "page")
      .setUrlParams(
        Schema.Struct({
          ...PageParams,
          title: optionalParam(Schema.String.annotations({ description: "Only models with this title" })),
          order_by: optionalParam(Choice("model_id", "title", "created"))
        })
      )
      .addSuccess(AdvancedReportModelCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the saved report models")
  )
  .add(
    generate("generateByModelReport", "model", ByModelReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report from a saved model"
    )
  )
  .add(
    generate("generateContactActivityReport", "contact-activity", ContactActivityReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of the activity of the contacts of up to three lists"
    )
  )
  .add(
    generate("generateEmailBouncesReport", "email-bounces", EmailBouncesReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of the bounces of email campaigns"
    )
  )
  .add(
    generate(
      "generateEmailClicksByContactReport",
      "email-clicks-by-contact",
      EmailClicksByContactReportRequest
    ).annotate(OpenApi.Summary, "Generate a report of email clicks, by contact")
  )
  .add(
    generate("generateEmailClicksByUrlReport", "email-clicks-by-url", EmailClicksByUrlReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of email clicks, by link"
    )
  )
  .add(
    generate("generateEmailEventsReport", "email-events", EmailEventsReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of what the recipients of email campaigns did"
    )
  )
  .add(
    generate("generateEmailUnsubscriptionsReport", "email-unsubscriptions", EmailUnsubscriptionsReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of the unsubscriptions through email campaigns"
    )
  )
  .add(
    generate("generateFormAnswersReport", "form-answers", FormAnswersReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of form answers"
    )
  )
  .add(
    generate("generateSendsReport", "sends", SendsReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of who the campaigns of some lists were sent to"
    )
  )
  .add(
    generate("generateSmsBouncesReport", "sms-bounces", SmsBouncesReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of the SMS messages not delivered"
    )
  )
  .add(
    generate("generateSmsEventsReport", "sms-events", SmsEventsReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of the delivery of SMS campaigns"
    )
  )
  .add(
    generate("generateSubscriptionsReport", "subscriptions", SubscriptionsReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of the subscriptions to some lists"
    )
  )
  .add(
    generate("generateUnsubscriptionsReport", "unsubscriptions", UnsubscriptionsReportRequest).annotate(
      OpenApi.Summary,
      "Generate a report of the unsubscriptions from some lists"
    )
  )
