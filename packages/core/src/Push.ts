/**
 * Push: the account's mobile push apps, the Firebase tokens and notification events their devices
 * register, and push campaigns sent to the contacts of an app's list.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { CampaignHashPath, HashcodeCampaign, Notify, ScheduleDate, SendNone, SendSegment } from "./Campaigns.js"
import { Accepted, Choice, Id, IdParam, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { expected } from "./internal/messages.js"

const NonEmptyString = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty string" }))

/**
 * The ID of a push app: letters, digits, `_` and `-`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushAppId = Schema.String.pipe(
  Schema.pattern(/^[a-zA-Z0-9_-]+$/, { message: expected("a push app ID of letters, digits, _ and -") })
).annotations({ identifier: "PushAppId", description: "ID of the push app" })

/**
 * A push app as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushApp = Schema.Struct({
  app_id: Schema.String,
  list: Schema.optional(
    Schema.Struct({ id: Schema.optional(Schema.Int), internal_name: Schema.optional(Schema.String) })
  ),
  name: Schema.optional(Schema.String),
  description: Schema.optional(Schema.String),
  two_steps_config: Schema.optional(Schema.String),
  development: Schema.optional(Schema.Boolean),
  created: Schema.optional(Schema.String),
  updated: Schema.optional(Schema.String)
}).annotations({ identifier: "AppStructure" })

/**
 * @since 0.1.0
 * @category models
 */
export type PushApp = typeof PushApp.Type

/**
 * The account's push apps, as `getPushApps` answers them: a bare array.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushAppList = Schema.Array(PushApp).annotations({ identifier: "PushAppList" })

/**
 * What registering a token or an event answers.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushResponse = Schema.Struct({ success: Schema.Boolean }).annotations({ identifier: "PushResponse" })

/**
 * The body of `registerPushToken`: the device's OS and Firebase token, and optionally the value of a
 * field of the app's list that names the contact (`two_steps_data`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushTokenRequest = Schema.Struct({
  os: NonEmptyString.annotations({ description: "The OS of the device (android, ios)" }),
  token: NonEmptyString.annotations({ description: "The Firebase token" }),
  two_steps_data: optionalParam(
    Schema.Struct({
      field: NonEmptyString.annotations({ description: "The field of the list that names the contact" }),
      value: NonEmptyString.annotations({ description: "The contact's value of that field" })
    })
  )
}).annotations({ identifier: "PushToken" })

/**
 * The body of `registerPushEvent`: a notification opened or canceled on a device.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushEventRequest = Schema.Struct({
  os: NonEmptyString.annotations({ description: "The OS of the device" }),
  contact: NonEmptyString.annotations({ description: "The contact's ID" }),
  message_hash: NonEmptyString.annotations({ description: "The hash of the campaign the notification is of" }),
  mailing_id: optionalParam(Schema.Int.annotations({ description: "The ID of the campaign's send" })),
  event: Choice("open", "canceled").annotations({ description: "What happened to the notification" }),
  device_id: Schema.Int.annotations({ description: "E-goi's ID of the device" })
}).annotations({ identifier: "PushEvent" })

/**
 * The content of a push campaign: a `text` message, or a `template` of the account.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushContent = Schema.Union(
  Schema.Struct({ type: Schema.Literal("text"), message: NonEmptyString.annotations({ description: "The message" }) }),
  Schema.Struct({
    type: Schema.Literal("template"),
    template_id: Id.annotations({ description: "ID of the template" })
  })
).annotations({ identifier: "CampaignPushContent" })

const Coordinate = (description: string) =>
  optionalParam(
    Schema.Int.pipe(Schema.between(-180, 180)).annotations({
      message: expected("an integer from -180 to 180"),
      description
    })
  )

const NonNegative = (description: string) =>
  optionalParam(
    Schema.Int.pipe(Schema.greaterThanOrEqualTo(0)).annotations({ message: expected("an integer >= 0"), description })
  )

const PushExtras = {
  actions: optionalParam(
    Schema.Struct({
      type: optionalParam(Choice("url", "deeplink").annotations({ description: "What the action opens" })),
      title: optionalParam(Schema.String.annotations({ description: "Action title" })),
      link: optionalParam(Schema.String.annotations({ description: "A URL or a deep link" })),
      cancel_label: optionalParam(Schema.String.annotations({ description: "Text of the cancel button" }))
    })
  ),
  geo_options: optionalParam(
    Schema.Struct({
      latitude: Coordinate("Latitude"),
      longitude: Coordinate("Longitude"),
      range: NonNegative("Range"),
      duration: NonNegative("Duration")
    })
  ),
  notification_options: optionalParam(
    Schema.Struct({ icon: optionalParam(Schema.String.annotations({ description: "URL of the icon" })) })
  )
}

/**
 * The body of `createPushCampaign`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushCampaignCreate = Schema.Struct({
  app_id: PushAppId,
  title: NonEmptyString.annotations({ description: "Title of the notification" }),
  content: PushContent,
  ...PushExtras
}).annotations({ identifier: "PushCampaignPostRequest" })

/**
 * The body of `patchPushCampaign`: what changes.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushCampaignPatch = Schema.Struct({
  title: optionalParam(NonEmptyString.annotations({ description: "Title of the notification" })),
  content: optionalParam(Schema.Struct({ message: optionalParam(NonEmptyString) })),
  ...PushExtras
}).annotations({ identifier: "PushCampaignPatchRequest" })

/**
 * The body of `actionSendPush`: the app, and who of its list receives the notification.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PushSendRequest = Schema.Struct({
  app_id: PushAppId,
  segments: Schema.Union(SendNone, SendSegment),
  notify: optionalParam(Notify),
  schedule_date: ScheduleDate
}).annotations({ identifier: "CampaignPushSendRequest" })

const AppIdPath = Schema.Struct({ app_id: PushAppId })

/**
 * The Push group: `getPushApps`, `getPushApp`, `registerPushToken`, `registerPushEvent`,
 * `createPushCampaign`, `patchPushCampaign`, `actionSendPush`.
 *
 * @since 0.1.0
 * @category api
 */
export const PushGroup = Endpoint.keyedGroup("push", "Push")
  .addError(Wire.ServiceUnavailable)
  .add(
    Endpoint.get("getPushApps", "/push/apps")
      .setUrlParams(
        Schema.Struct({ list_id: optionalParam(IdParam.annotations({ description: "Only this list's apps" })) })
      )
      .addSuccess(PushAppList)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the account's push apps")
  )
  .add(
    Endpoint.get("getPushApp", "/push/apps/:app_id")
      .setPath(AppIdPath)
      .addSuccess(PushApp)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Show a push app")
  )
  .add(
    Endpoint.post("registerPushToken", "/push/apps/:app_id/token")
      .setPath(AppIdPath)
      .setPayload(PushTokenRequest)
      .addSuccess(PushResponse, { status: 202 })
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Register a device's Firebase token, for the contact two_steps_data names")
  )
  .add(
    Endpoint.post("registerPushEvent", "/push/apps/:app_id/event")
      .setPath(AppIdPath)
      .setPayload(PushEventRequest)
      .addSuccess(PushResponse, { status: 202 })
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Register that a notification was opened or canceled")
  )
  .add(
    Endpoint.post("createPushCampaign", "/campaigns/push")
      .setPayload(PushCampaignCreate)
      .addSuccess(HashcodeCampaign, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Forbidden)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .addError(Wire.TooManyRequests)
      .annotate(OpenApi.Summary, "Create a push campaign (a draft) for an app")
  )
  .add(
    Endpoint.patch("patchPushCampaign", "/campaigns/push/:campaign_hash")
      .setPath(CampaignHashPath)
      .setPayload(PushCampaignPatch)
      .addSuccess(HashcodeCampaign)
      .addError(Wire.BadRequest)
      .addError(Wire.Forbidden)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .addError(Wire.TooManyRequests)
      .annotate(OpenApi.Summary, "Change a push campaign")
  )
  .add(
    Endpoint.post("actionSendPush", "/campaigns/push/:campaign_hash/actions/send")
      .setPath(CampaignHashPath)
      .setPayload(PushSendRequest)
      .addSuccess(Accepted, { status: 202 })
      .addError(Wire.BadRequest)
      .addError(Wire.Forbidden)
      .addError(Wire.UnprocessableEntity)
      .addError(Wire.TooManyRequests)
      .annotate(OpenApi.Summary, "Send a push campaign to the app's list or its segments, now or later")
  )
