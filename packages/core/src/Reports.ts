/**
 * Reports: what happened to a sent campaign, per channel: the overall counts, and breakdowns (by
 * date, weekday, hour, location, domain, link and reader for email; by network for SMS and voice; by
 * operating system, device and browser for push and web push), each asked for by a query flag that
 * is true by default.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { CampaignHashPath } from "./Campaigns.js"
import { optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"

const Count = Schema.optional(Schema.Number)

const Breakdown = <Fields extends Schema.Struct.Fields>(identifier: string, fields: Fields) =>
  Schema.optional(Schema.Array(Schema.Struct(fields).annotations({ identifier })))

const EmailCounts = {
  sends: Count,
  opens: Count,
  clicks: Count,
  hard_bounces: Count,
  soft_bounces: Count,
  complaints: Count,
  unsubscriptions: Count
}

/**
 * The report of an email campaign.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailReport = Schema.Struct({
  campaign_hash: Schema.String,
  overall: Schema.optional(
    Schema.Struct({ ...EmailCounts, unique_opens: Count, unique_clicks: Count }).annotations({
      identifier: "EmailReportOverall"
    })
  ),
  date: Breakdown("EmailReportByDate", { date: Schema.String, ...EmailCounts }),
  weekday: Breakdown("EmailReportByWeekday", { weekday: Schema.String, ...EmailCounts }),
  hour: Breakdown("EmailReportByHour", { hour: Schema.String, ...EmailCounts }),
  location: Breakdown("EmailReportByLocation", {
    location: Schema.optional(Schema.String),
    region: Schema.optional(Schema.String),
    country: Schema.optional(Schema.String),
    ...EmailCounts
  }),
  domain: Breakdown("EmailReportByDomain", { domain: Schema.String, ...EmailCounts }),
  url: Breakdown("EmailReportByUrl", { url: Schema.String, clicks: Count }),
  reader: Breakdown("EmailReportByReader", {
    reader: Schema.String,
    type: Schema.optional(Schema.String),
    opens: Count
  }),
  ecommerce: Schema.optional(Schema.Struct({ orders: Count, invoice: Count, visits: Count }))
}).annotations({ identifier: "EmailReport" })

/**
 * @since 0.1.0
 * @category models
 */
export type EmailReport = typeof EmailReport.Type

const PhoneCounts = { sends: Count, delivered: Count, error: Count, invalid: Count, pending: Count }

/**
 * The report of an SMS or voice campaign: the overall counts and, when asked for, the counts by
 * network.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PhoneReport = Schema.Struct({
  campaign_hash: Schema.String,
  overall: Schema.optional(
    Schema.Struct({ destinations: Count, ...PhoneCounts }).annotations({ identifier: "PhoneReportOverall" })
  ),
  networks: Breakdown("PhoneReportByNetwork", { network: Schema.String, ...PhoneCounts })
}).annotations({ identifier: "PhoneReport" })

/**
 * @since 0.1.0
 * @category models
 */
export type PhoneReport = typeof PhoneReport.Type

const PushCounts = { sends: Count, opens: Count, delivered: Count, received: Count, bounces: Count, error: Count }

/**
 * The report of a push campaign.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushReport = Schema.Struct({
  campaign_hash: Schema.String,
  overall: Schema.optional(Schema.Struct(PushCounts).annotations({ identifier: "PushReportOverall" })),
  operating_systems: Breakdown("PushReportByOperatingSystem", {
    operating_systems: Schema.String,
    ...PushCounts
  })
}).annotations({ identifier: "PushReport" })

/**
 * @since 0.1.0
 * @category models
 */
export type PushReport = typeof PushReport.Type

const WebPushCounts = { opens: Count, sends: Count, clicks: Count, bounces: Count }

const Versions = Schema.optional(
  Schema.Array(Schema.Struct({ version: Schema.String, ...WebPushCounts }).annotations({ identifier: "Version" }))
)

/**
 * The report of a web push campaign.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebPushReport = Schema.Struct({
  campaign_hash: Schema.String,
  overall: Schema.optional(Schema.Struct(WebPushCounts).annotations({ identifier: "WebPushReportOverall" })),
  devices: Breakdown("WebPushReportByDevice", { device: Schema.String, ...WebPushCounts }),
  operating_systems: Breakdown("WebPushReportByOperatingSystem", {
    operating_system: Schema.String,
    versions: Versions
  }),
  browsers: Breakdown("WebPushReportByBrowser", { browser: Schema.String, versions: Versions }),
  url: Breakdown("WebPushReportByUrl", { url: Schema.String, clicks: Count })
}).annotations({ identifier: "WebPushReport" })

/**
 * @since 0.1.0
 * @category models
 */
export type WebPushReport = typeof WebPushReport.Type

/** A breakdown flag: true by default; `false` leaves the breakdown out. */
const Flag = (description: string) => optionalParam(Schema.BooleanFromString.annotations({ description }))

const report = <const Name extends string>(name: Name, channel: string) =>
  Endpoint.get(name, `/reports/${channel}/:campaign_hash`)
    .setPath(CampaignHashPath)
    .addError(Wire.NotFound)
    .addError(Wire.UnprocessableEntity)

/**
 * The Reports group: `getEmailReport`, `getSMSReport`, `getVoiceReport`, `getPushReport`,
 * `getWebPushReport`.
 *
 * @since 0.1.0
 * @category api
 */
export const ReportsGroup = Endpoint.authenticatedGroup("reports", "Reports")
  .add(
    report("getEmailReport", "email")
      .setUrlParams(
        Schema.Struct({
          date: Flag("Counts by date (true by default)"),
          weekday: Flag("Counts by weekday (true by default)"),
          hour: Flag("Counts by hour (true by default)"),
          location: Flag("Counts by location (true by default)"),
          domain: Flag("Counts by domain (true by default)"),
          url: Flag("Clicks by link (true by default)"),
          reader: Flag("Opens by email reader (true by default)")
        })
      )
      .addSuccess(EmailReport)
      .annotate(OpenApi.Summary, "Show what an email campaign's sends led to")
  )
  .add(
    report("getSMSReport", "sms")
      .setUrlParams(Schema.Struct({ networks: Flag("Counts by network (true by default)") }))
      .addSuccess(PhoneReport)
      .annotate(OpenApi.Summary, "Show the delivery of an SMS campaign")
  )
  .add(
    report("getVoiceReport", "voice")
      .setUrlParams(Schema.Struct({ networks: Flag("Counts by network (true by default)") }))
      .addSuccess(PhoneReport)
      .annotate(OpenApi.Summary, "Show the delivery of a voice campaign")
  )
  .add(
    report("getPushReport", "push")
      .setUrlParams(Schema.Struct({ operating_systems: Flag("Counts by operating system (true by default)") }))
      .addSuccess(PushReport)
      .annotate(OpenApi.Summary, "Show the delivery of a push campaign")
  )
  .add(
    report("getWebPushReport", "web-push")
      .setUrlParams(
        Schema.Struct({
          devices: Flag("Counts by device (true by default)"),
          operating_systems: Flag("Counts by operating system (true by default)"),
          browsers: Flag("Counts by browser (true by default)"),
          url: Flag("Clicks by link (true by default)")
        })
      )
      .addSuccess(WebPushReport)
      .annotate(OpenApi.Summary, "Show the delivery of a web push campaign")
  )
