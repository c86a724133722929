/**
 * Campaigns: every campaign of the account, whatever its channel, and the pieces the channel groups
 * (Email, Sms, Smart Sms, Voice, Push, Webpush) share: the campaign hash, the send segments, the
 * hour window and the schedule of a send.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import {
  Choice,
  Collection,
  DateTime,
  DateTimeParam,
  Email,
  Id,
  IdParam,
  Limit,
  Offset,
  OpenEnum,
  Order,
  optionalParam,
  UniqueArray
} from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { expected } from "./internal/messages.js"
import { Paging } from "./Paging.js"

/**
 * The pattern of a campaign hash.
 *
 * @since 0.1.0
 * @category constants
 */
export const CAMPAIGN_HASH_PATTERN = /^[a-zA-Z0-9_-]+$/

/**
 * A campaign hash, the ID E-goi gives every campaign: letters, digits, `_` and `-`. E-goi's pattern
 * allows an empty hash, which names no campaign, so at least one character is required.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CampaignHash = Schema.String.pipe(
  Schema.pattern(CAMPAIGN_HASH_PATTERN, { message: expected("a campaign hash of letters, digits, _ and -") })
).annotations({ identifier: "CampaignHash", description: "Hash of the campaign" })

/**
 * The path of the routes on one campaign: `{ campaign_hash }`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CampaignHashPath = Schema.Struct({ campaign_hash: CampaignHash })

/**
 * What creating or changing a campaign answers: its hash.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HashcodeCampaign = Schema.Struct({ campaign_hash: Schema.String }).annotations({
  identifier: "HashcodeCampaign"
})

/**
 * @since 0.1.0
 * @category models
 */
export type HashcodeCampaign = typeof HashcodeCampaign.Type

/**
 * The channels a campaign is sent on.
 *
 * @since 0.1.0
 * @category constants
 */
export const CAMPAIGN_CHANNELS = ["email", "push", "sms", "smart_sms", "voice", "web_push"] as const

/**
 * The states of a campaign: `draft` until sent; `queued` when scheduled; `sending`; `sent`.
 *
 * @since 0.1.0
 * @category constants
 */
export const CAMPAIGN_STATUSES = ["draft", "canceled", "queued", "paused", "sending", "sent"] as const

/**
 * A campaign as `getAllCampaigns` returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Campaign = Schema.Struct({
  id: Schema.optional(Schema.Int),
  campaign_hash: Schema.String,
  status: Schema.optional(OpenEnum(...CAMPAIGN_STATUSES)),
  thumbnail: Schema.optional(Schema.String),
  channel: Schema.optional(OpenEnum(...CAMPAIGN_CHANNELS)),
  internal_name: Schema.optional(Schema.String),
  list_id: Schema.optional(Schema.Int),
  title: Schema.optional(Schema.String),
  created_by: Schema.optional(Schema.Int),
  group_id: Schema.optional(Schema.NullOr(Schema.Int)),
  created: Schema.optional(DateTime),
  updated: Schema.optional(DateTime),
  start_date: Schema.optional(Schema.NullOr(DateTime)),
  end_date: Schema.optional(Schema.NullOr(DateTime)),
  schedule_date: Schema.optional(
    Schema.Struct({ enabled: Schema.optional(Schema.Boolean), date: Schema.optional(Schema.NullOr(DateTime)) })
  ),
  processed_messages: Schema.optional(Schema.Int),
  automation_id: Schema.optional(Schema.NullOr(Schema.Int))
}).annotations({ identifier: "Campaign" })

/**
 * @since 0.1.0
 * @category models
 */
export type Campaign = typeof Campaign.Type

/**
 * A page of campaigns.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CampaignCollection = Collection(Campaign, "CampaignsCollection")

/**
 * A send to the whole list.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SendNone = Schema.Struct({
  type: Schema.Literal("none").annotations({ description: "Send to the whole list" })
}).annotations({ identifier: "SendNone" })

/**
 * A send to the contacts of one or more segments of the list (saved, tag or automatic segments).
 *
 * @since 0.1.0
 * @category schemas
 */
export const SendSegment = Schema.Struct({
  type: Schema.Literal("segment").annotations({ description: "Send to the contacts of segments" }),
  data: UniqueArray(Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a segment ID" })), {
    min: 1
  }).annotations({ description: "IDs of the segments" })
}).annotations({ identifier: "SendSegment" })

/**
 * A send to the one contact of the list with this email address.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SendEmailContact = Schema.Struct({
  type: Schema.Literal("contact").annotations({ description: "Send to one contact" }),
  data: Email.annotations({ description: "The contact's email address" })
}).annotations({ identifier: "SendEmailContact" })

/**
 * E-goi's pattern for the number of a contact a send is addressed to: country code, a dash, the number.
 *
 * @since 0.1.0
 * @category constants
 */
export const SEND_NUMBER_PATTERN = /^[1-9]{1,4}-[0-9]{3,14}$/

/**
 * A send to the one contact of the list with this cellphone number.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SendContactCellphone = Schema.Struct({
  type: Schema.Literal("contact").annotations({ description: "Send to one contact" }),
  data: Schema.String.pipe(
    Schema.pattern(SEND_NUMBER_PATTERN, {
      message: expected("a number as <country code>-<number>, e.g. 351-910000000")
    })
  ).annotations({ description: "The contact's cellphone, as 351-910000000" })
}).annotations({ identifier: "SendContactCellphone" })

/**
 * A send to one contact of the list, named by its number (or its contact ID).
 *
 * @since 0.1.0
 * @category schemas
 */
export const SendContact = Schema.Struct({
  type: Schema.Literal("contact").annotations({ description: "Send to one contact" }),
  data: Schema.String.pipe(Schema.minLength(1, { message: () => "Expected the contact to send to" })).annotations({
    description: "The contact's number"
  })
}).annotations({ identifier: "SendContact" })

/**
 * Who an email is sent to: the whole list, segments, or one contact by email address.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailSendSegment = Schema.Union(SendNone, SendSegment, SendEmailContact).annotations({
  identifier: "EmailSendSegment"
})

/**
 * Who an SMS or smart SMS is sent to: the whole list, segments, or one contact by cellphone.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmsSendSegment = Schema.Union(SendNone, SendSegment, SendContactCellphone).annotations({
  identifier: "SmsSegmentsActionSend"
})

/**
 * Who a voice message, push or web push is sent to: the whole list, segments, or one contact.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContactSendSegment = Schema.Union(SendNone, SendSegment, SendContact).annotations({
  identifier: "OSegmentsActionSend"
})

/**
 * The pattern of an hour of the day, `H:mm` or `HH:mm` (00:00 to 23:59).
 *
 * @since 0.1.0
 * @category constants
 */
export const HOUR_PATTERN = /^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$/

const Hour = Schema.String.pipe(Schema.pattern(HOUR_PATTERN, { message: expected("an hour as hh:mm, 00:00 to 23:59") }))

/**
 * The hours of the day a send may deliver in.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LimitHour = Schema.Struct({
  hour_start: optionalParam(Hour.annotations({ description: "Hour to start sending, hh:mm" })),
  hour_end: optionalParam(Hour.annotations({ description: "Hour to stop sending, hh:mm" }))
}).annotations({ identifier: "LimitHour", description: "Hour limit to send the campaign" })

/**
 * The users told when a send finishes.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Notify = UniqueArray(Id).annotations({ description: "IDs of the users to notify" })

/**
 * When a send starts: omitted to send now, or a date and time to schedule it (E-goi's
 * `YYYY-MM-DD hh:mm:ss` in UTC, a `Date` or an RFC 3339 string).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScheduleDate = optionalParam(DateTimeParam.annotations({ description: "When to send the campaign" }))

/**
 * The fields every send action takes: the list, the users to notify and the schedule.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SendFields = {
  list_id: Id.annotations({ description: "ID of the list the campaign is sent to" }),
  notify: optionalParam(Notify),
  schedule_date: ScheduleDate
} as const

const DateFilter = (description: string) => optionalParam(DateTimeParam.annotations({ description }))

/**
 * The query of `getAllCampaigns`: a page, an order and a filter per documented field.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CampaignQuery = Schema.Struct({
  channel: optionalParam(Choice(...CAMPAIGN_CHANNELS).annotations({ description: "Channel of the campaign" })),
  campaign_hash: optionalParam(CampaignHash),
  list_id: optionalParam(IdParam.annotations({ description: "ID of the list of the campaign" })),
  status: optionalParam(Choice(...CAMPAIGN_STATUSES).annotations({ description: "Status of the campaign" })),
  internal_name: optionalParam(Schema.String.annotations({ description: "Internal name of the campaign" })),
  created_by: optionalParam(IdParam.annotations({ description: "ID of the user who created the campaign" })),
  group_id: optionalParam(IdParam.annotations({ description: "ID of the campaign group" })),
  created_min: DateFilter("Created from"),
  created_max: DateFilter("Created until"),
  updated_min: DateFilter("Updated from"),
  updated_max: DateFilter("Updated until"),
  start_date_min: DateFilter("Started from"),
  start_date_max: DateFilter("Started until"),
  end_date_min: DateFilter("Ended from"),
  end_date_max: DateFilter("Ended until"),
  schedule_date_min: DateFilter("Scheduled from"),
  schedule_date_max: DateFilter("Scheduled until"),
  offset: optionalParam(Offset),
  limit: optionalParam(Limit.annotations({ description: "Number of items to return (1 to 1000, 100 by default)" })),
  order: optionalParam(Order),
  order_by: optionalParam(
    Choice("list_id", "internal_name", "created_by", "group_id", "created").annotations({
      description: "Attribute to order campaigns by (created by default)"
    })
  )
})

/**
 * The Campaigns group: `getAllCampaigns`, `deleteCampaigns`.
 *
 * @since 0.1.0
 * @category api
 */
export const CampaignsGroup = Endpoint.authenticatedGroup("campaigns", "Campaigns")
  .add(
    Endpoint.get("getAllCampaigns", "/campaigns")
      .annotate(Paging, "page")
      .setUrlParams(CampaignQuery)
      .addSuccess(CampaignCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the campaigns of every channel, filtered by channel, list, status or dates")
  )
  .add(
    Endpoint.del("deleteCampaigns", "/campaigns/:campaign_hash")
      .setPath(CampaignHashPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove a campaign of any channel")
  )
