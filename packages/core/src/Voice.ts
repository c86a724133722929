/**
 * Voice: voice campaigns (an audio or a template, read to the contact by a phone sender) and sending
 * them, with a limit on how many contacts, in which hours and how fast.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { CampaignHashPath, ContactSendSegment, HashcodeCampaign, LimitHour, SendFields } from "./Campaigns.js"
import { Accepted, Choice, Id, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { expected } from "./internal/messages.js"

const NonEmptyString = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty string" }))

/**
 * The content of a voice campaign: an `audio` file, or a template (`template_id`). E-goi's reference
 * gives the template ID both as a number and as a string; both are taken.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VoiceContent = Schema.Union(
  Schema.Struct({
    type: Schema.Literal("audio"),
    audio: NonEmptyString.annotations({ description: "The audio of the message" })
  }).annotations({ identifier: "ContentVoiceAudio" }),
  Schema.Struct({
    type: Schema.Literal("template_id"),
    template_id: Schema.Union(Id, Schema.String.pipe(Schema.pattern(/^[1-9][0-9]*$/))).annotations({
      message: expected("a template ID, as a number or a string of digits"),
      description: "ID of the template"
    })
  }).annotations({ identifier: "ContentVoiceTemplate" })
).annotations({ identifier: "ContentVoice" })

/**
 * The body of `createVoiceCampaign`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VoiceCampaignCreate = Schema.Struct({
  internal_name: NonEmptyString.annotations({ description: "Internal name of the campaign" }),
  list_id: Id.annotations({ description: "ID of the list the campaign is for" }),
  group_id: optionalParam(Id.annotations({ description: "ID of the campaign group" })),
  content: VoiceContent,
  sender_id: Id.annotations({ description: "ID of a phone sender of the account" })
}).annotations({ identifier: "VoiceCampaign" })

/**
 * The body of `patchVoiceCampaign`: what changes.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VoiceCampaignPatch = Schema.Struct({
  internal_name: optionalParam(NonEmptyString.annotations({ description: "Internal name of the campaign" })),
  group_id: optionalParam(Id.annotations({ description: "ID of the campaign group" })),
  message: optionalParam(Schema.Struct({ audio: optionalParam(NonEmptyString) })),
  sender_id: optionalParam(Id.annotations({ description: "ID of a phone sender of the account" }))
}).annotations({ identifier: "VoicePatchCampaign" })

/**
 * The fields of the contacts a voice message calls, and their fallbacks.
 *
 * @since 0.1.0
 * @category constants
 */
export const VOICE_DESTINATIONS = [
  "phone",
  "cellphone",
  "phone_failsafe_cellphone",
  "cellphone_failsafe_phone",
  "cellphone_phone"
] as const

/**
 * A limit on how many contacts a send reaches: a `percent` of them (10 to 100) or a number (10 or more).
 *
 * @since 0.1.0
 * @category schemas
 */
export const LimitContacts = Schema.Union(
  Schema.Struct({
    type: Schema.Literal("percent"),
    value: Schema.Int.pipe(Schema.between(10, 100)).annotations({
      message: expected("an integer from 10 to 100"),
      description: "Percent of the contacts"
    })
  }),
  Schema.Struct({
    type: Schema.Literal("value"),
    value: Schema.Int.pipe(Schema.greaterThanOrEqualTo(10)).annotations({
      message: expected("an integer >= 10"),
      description: "Number of contacts"
    })
  })
).annotations({ identifier: "OLimitContactsActionSend" })

/**
 * The body of `actionSendVoice`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VoiceSendRequest = Schema.Struct({
  ...SendFields,
  destination_field: Choice(...VOICE_DESTINATIONS).annotations({ description: "The number(s) to call" }),
  unique_contacts_only: optionalParam(
    Schema.Boolean.annotations({ description: "Call each number once (false by default)" })
  ),
  segments: ContactSendSegment,
  limit_contacts: optionalParam(LimitContacts),
  limit_hour: optionalParam(LimitHour),
  limit_speed: optionalParam(
    Schema.Int.pipe(Schema.between(1, 10)).annotations({
      message: expected("an integer from 1 to 10"),
      description: "Sending speed, 1 to 10"
    })
  )
}).annotations({ identifier: "CampaignVoiceSendRequest" })

/**
 * The Voice group: `createVoiceCampaign`, `patchVoiceCampaign`, `actionSendVoice`.
 *
 * @since 0.1.0
 * @category api
 */
export const VoiceGroup = Endpoint.authenticatedGroup("voice", "Voice")
  .add(
    Endpoint.post("createVoiceCampaign", "/campaigns/voice")
      .setPayload(VoiceCampaignCreate)
      .addSuccess(HashcodeCampaign, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Create a voice campaign (a draft) for a list")
  )
  .add(
    Endpoint.patch("patchVoiceCampaign", "/campaigns/voice/:campaign_hash")
      .setPath(CampaignHashPath)
      .setPayload(VoiceCampaignPatch)
      .addSuccess(HashcodeCampaign)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Change a voice campaign")
  )
  .add(
    Endpoint.post("actionSendVoice", "/campaigns/voice/:campaign_hash/actions/send")
      .setPath(CampaignHashPath)
      .setPayload(VoiceSendRequest)
      .addSuccess(Accepted)
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Call a list, its segments or one contact with a voice campaign, now or later")
  )
