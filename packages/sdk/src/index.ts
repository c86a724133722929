/**
 * The Promise SDK for the E-goi Marketing API v3.
 *
 * @packageDocumentation
 */

export type { BulkOptions, BulkProgress, BulkReport, ContactInput, ImportContactsOptions, Records } from "./Bulk.js"
export {
  type ClientOptions,
  Egoi,
  type Method,
  type RateLimitState,
  type RequestOptions,
  type Resource,
  type Resources
} from "./Egoi.js"
export * from "./errors.js"
export { PagePromise } from "./PagePromise.js"
