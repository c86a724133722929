/**
 * The Promise SDK for the E-goi Marketing API v3.
 *
 * @packageDocumentation
 */

export type {
  BulkFailure,
  BulkOptions,
  BulkProgress,
  BulkReport,
  ContactInput,
  ImportContactsOptions,
  Records
} from "./Bulk.js"
export { Egoi, type Resources } from "./Egoi.js"
export * from "./errors.js"
export type {
  ClientBase,
  ClientOptions,
  Drift,
  GroupMethods,
  Method,
  RateLimitState,
  RawRequest,
  RequestOptions,
  Resource
} from "./internal/client.js"
export { PagePromise } from "./PagePromise.js"
