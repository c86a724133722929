/**
 * The webhooks workflow of the Promise SDK, on `egoi.webhooks` and on `new Webhooks()`: a receiver of
 * E-goi's webhook posts (also `createWebhookReceiver`, which needs no client).
 */
import { createWebhookReceiver, type WebhookReceiver, type WebhookReceiverOptions } from "../WebhookReceiver.js"

export type {
  FetchResponse,
  NodeRequestLike,
  NodeResponseLike,
  RequestLike,
  WebhookEventInfo,
  WebhookReceiver,
  WebhookReceiverOptions
} from "../WebhookReceiver.js"

/** The webhooks workflow. */
export interface WebhooksWorkflows {
  /**
   * Receives webhook posts: checks the secret token of the registered URL, validates each post as a
   * typed event, answers at once, hands new events to `onEvent` and recognizes deliveries made again.
   *
   * @core WebhookEvent.receiver
   */
  receiver(options: WebhookReceiverOptions): WebhookReceiver
}

/** The workflows of a webhooks client. */
export const webhooksWorkflows = (_client: object): WebhooksWorkflows => ({ receiver: createWebhookReceiver })
