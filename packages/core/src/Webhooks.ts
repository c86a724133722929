/**
 * Web Hooks: URLs E-goi calls when something happens to the contacts of a list (a subscription,
 * an unsubscription, an email opened, ...).
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Choice, Collection, HttpUrl, Id, IdParam, Limit, Offset, OpenEnum, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * The events a webhook can be called for.
 *
 * @since 0.1.0
 * @category constants
 */
export const WEBHOOK_ACTIONS = [
  "forget_subscription",
  "change_consent",
  "web_push_bounce",
  "web_push_click",
  "web_push_delivered",
  "web_push_open",
  "web_push_send",
  "web_push_subscription",
  "web_push_unsubscription",
  "email_send",
  "email_open",
  "email_click",
  "email_soft_bounce",
  "email_hard_bounce",
  "sms_send",
  "sms_delivered",
  "voice_send",
  "unsubscribe",
  "subscription",
  "edit_subscription",
  "resubscription",
  "facebook_like",
  "social_share",
  "double_optin",
  "email_spam_complaint",
  "email_field_disable",
  "cellphone_field_disable",
  "phone_field_disable",
  "push_send",
  "push_open",
  "push_click",
  "push_received",
  "push_error",
  "push_canceled",
  "new_order",
  "cart_update",
  "goal_conversion",
  "product_view"
] as const

/**
 * An event a webhook is called for, as a request gives it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebhookAction = Choice(...WEBHOOK_ACTIONS).annotations({
  description: "Action that triggers the webhook"
})

/**
 * @since 0.1.0
 * @category models
 */
export type WebhookAction = typeof WebhookAction.Type

/**
 * A webhook as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Webhook = Schema.Struct({
  webhook_id: Id,
  list_id: Id,
  url: Schema.String,
  actions: Schema.Array(OpenEnum(...WEBHOOK_ACTIONS)),
  fields: Schema.optional(Schema.Array(Schema.String))
}).annotations({ identifier: "Webhook" })

/**
 * @since 0.1.0
 * @category models
 */
export type Webhook = typeof Webhook.Type

/**
 * A page of webhooks.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebhookCollection = Collection(Webhook, "WebhookCollection")

/**
 * The URL a webhook calls: an absolute `http` or `https` URL, the only protocols E-goi supports.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebhookUrl = HttpUrl.annotations({ description: "URL to call, http or https only", format: "uri" })

/**
 * The body of `createWebhook`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebhookRequest = Schema.Struct({
  list_id: Id.annotations({ description: "ID of the list whose contacts the webhook follows" }),
  url: WebhookUrl,
  actions: Schema.Array(WebhookAction).pipe(
    Schema.minItems(1, { message: () => "Expected at least one action" }),
    Schema.annotations({ description: "Actions that trigger the webhook" })
  ),
  fields: optionalParam(
    Schema.Array(
      Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a field ID, got an empty string" }))
    ).annotations({ description: "IDs of the contact fields the webhook sends (as getAllFields names them)" })
  )
}).annotations({ identifier: "WebhookRequest" })

/**
 * The Web Hooks group: `getAllWebhooks`, `createWebhook`, `deleteWebhook`.
 *
 * @since 0.1.0
 * @category api
 */
export const WebhooksGroup = Endpoint.authenticatedGroup("webhooks", "Web Hooks")
  .add(
    Endpoint.get("getAllWebhooks", "/webhooks")
      .annotate(Paging, "page")
      .setUrlParams(Schema.Struct({ offset: optionalParam(Offset), limit: optionalParam(Limit) }))
      .addSuccess(WebhookCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the webhooks of the account, a page at a time")
  )
  .add(
    Endpoint.post("createWebhook", "/webhooks")
      .setPayload(WebhookRequest)
      .addSuccess(Webhook)
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Register a URL to call on the chosen events of a list's contacts")
  )
  .add(
    Endpoint.del("deleteWebhook", "/webhooks/:webhook_id")
      .setPath(Schema.Struct({ webhook_id: IdParam.annotations({ description: "ID of the webhook" }) }))
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .annotate(OpenApi.Summary, "Remove a webhook")
  )
