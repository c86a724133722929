/**
 * Sms: SMS campaigns (a text or a template, a cellphone sender, the encoding and how many messages
 * a long text may take) and sending them to a list, its segments or one cellphone.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { CampaignHashPath, HashcodeCampaign, SendFields, SmsSendSegment } from "./Campaigns.js"
import { Accepted, Choice, Id, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { expected } from "./internal/messages.js"

const NonEmptyString = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty string" }))

/**
 * The most messages one SMS may be split into.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_MESSAGES = 7

/**
 * How an SMS is encoded, and how many messages a long one may take (1 to 7).
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmsOptions = Schema.Struct({
  encoding: optionalParam(Choice("gsm", "gsm_extended", "unicode").annotations({ description: "Encoding" })),
  max_messages: optionalParam(
    Schema.Int.pipe(Schema.between(1, MAX_MESSAGES)).annotations({
      message: expected(`an integer from 1 to ${MAX_MESSAGES}`),
      description: "Most messages a long text is split into (1 to 7)"
    })
  )
}).annotations({ identifier: "CampaignSmsOptions" })

/**
 * The content of an SMS campaign: a `text` message, or a `template` of the account.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmsContent = Schema.Union(
  Schema.Struct({
    type: Schema.Literal("text"),
    message: NonEmptyString.annotations({ description: "The message" })
  }).annotations({ identifier: "CampaignSmsContentText" }),
  Schema.Struct({
    type: Schema.Literal("template"),
    template_id: Id.annotations({ description: "ID of the template" })
  }).annotations({ identifier: "CampaignSmsContentTemplate" })
).annotations({ identifier: "CampaignSmsContent" })

/**
 * The pattern of an SMS send's `destination_field`: `cellphone`, or the ID of an extra field of
 * format cellphone.
 *
 * @since 0.1.0
 * @category constants
 */
export const CELLPHONE_DESTINATION_PATTERN = /^(cellphone|[1-9][0-9]*)$/

/**
 * The `destination_field` of an SMS or smart SMS send.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CellphoneDestination = Schema.String.pipe(
  Schema.pattern(CELLPHONE_DESTINATION_PATTERN, {
    message: expected("cellphone or the ID of an extra cellphone field")
  })
).annotations({ description: "The field holding the number: cellphone or an extra field's ID" })

/**
 * The body of `actionSendSms` and `actionSendSmartSms`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmsSendRequest = Schema.Struct({
  ...SendFields,
  destination_field: CellphoneDestination,
  segments: SmsSendSegment
}).annotations({ identifier: "CampaignSmsSendRequest" })

/**
 * The body of `createSmsCampaign`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmsCampaignCreate = Schema.Struct({
  list_id: Id.annotations({ description: "ID of the list the campaign is for" }),
  internal_name: NonEmptyString.annotations({ description: "Internal name of the campaign" }),
  content: SmsContent,
  sender_id: optionalParam(Id.annotations({ description: "ID of a cellphone sender of the account" })),
  options: optionalParam(SmsOptions)
}).annotations({ identifier: "SmsCampaign" })

/**
 * The body of `patchSmsCampaign`: what changes.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmsCampaignPatch = Schema.Struct({
  internal_name: optionalParam(NonEmptyString.annotations({ description: "Internal name of the campaign" })),
  content: optionalParam(Schema.Struct({ message: optionalParam(NonEmptyString) })),
  sender_id: optionalParam(Id.annotations({ description: "ID of a cellphone sender of the account" })),
  options: optionalParam(SmsOptions)
}).annotations({ identifier: "SmsCampaignPatchRequest" })

/**
 * The Sms group: `createSmsCampaign`, `patchSmsCampaign`, `actionSendSms`.
 *
 * @since 0.1.0
 * @category api
 */
export const SmsGroup = Endpoint.authenticatedGroup("sms", "Sms")
  .add(
    Endpoint.post("createSmsCampaign", "/campaigns/sms")
      .setPayload(SmsCampaignCreate)
      .addSuccess(HashcodeCampaign, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Create an SMS campaign (a draft) for a list")
  )
  .add(
    Endpoint.patch("patchSmsCampaign", "/campaigns/sms/:campaign_hash")
      .setPath(CampaignHashPath)
      .setPayload(SmsCampaignPatch)
      .addSuccess(HashcodeCampaign)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Change an SMS campaign")
  )
  .add(
    Endpoint.post("actionSendSms", "/campaigns/sms/:campaign_hash/actions/send")
      .setPath(CampaignHashPath)
      .setPayload(SmsSendRequest)
      .addSuccess(Accepted, { status: 202 })
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Send an SMS campaign to a list, its segments or one cellphone, now or later")
  )
