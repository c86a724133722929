/**
 * The Promise SDK for the E-goi Marketing API v3.
 *
 * @packageDocumentation
 */

export type {
  AdvancedReportWorkflows,
  ReportRequests,
  ReportSource,
  WaitForReportOptions
} from "./AdvancedReportFiles.js"
export type * from "./api.js"
export type {
  BulkFailure,
  BulkOptions,
  BulkProgress,
  BulkReport,
  ImportContactsOptions,
  Records
} from "./Bulk.js"
export { type AsyncDisposableClient, ClientBase } from "./ClientBase.js"
export { Egoi } from "./Egoi.js"
export * from "./errors.js"
export * from "./groups.js"
export type { ClientOptions, Drift, RateLimitState, RawRequest, RequestOptions } from "./options.js"
export { PagePromise } from "./PagePromise.js"
