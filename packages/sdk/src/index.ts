/**
 * The Promise SDK for the E-goi Marketing API v3.
 *
 * @packageDocumentation
 */

export type * from "./api.js"
export type {
  BulkFailure,
  BulkOptions,
  BulkProgress,
  BulkReport,
  ImportContactsOptions,
  ImportOrdersOptions,
  ImportProductsOptions,
  Records
} from "./Bulk.js"
export { type AsyncDisposableClient, ClientBase } from "./ClientBase.js"
export { Egoi } from "./Egoi.js"
export * from "./errors.js"
export * from "./groups.js"
export type { ClientOptions, Drift, RateLimitState, RawRequest, RequestOptions } from "./options.js"
export { PagePromise } from "./PagePromise.js"
export {
  createWebhookReceiver,
  type FetchResponse,
  type NodeRequestLike,
  type NodeResponseLike,
  type RequestLike,
  type WebhookEventInfo,
  type WebhookReceiver,
  type WebhookReceiverOptions
} from "./WebhookReceiver.js"
export type * from "./workflows.js"
