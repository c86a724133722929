/**
 * The AdvancedReports operations alone: `new AdvancedReports({ apiKey })`, then `advancedReports.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { AdvancedReportsGroup } from "@egoi-ts/core/AdvancedReports"
import type { AdvancedReportsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"
import { type AdvancedReportsWorkflows, advancedReportsWorkflows } from "../workflows/advanced-reports.js"

/** A client of the AdvancedReports operations and workflows: `new AdvancedReports({ apiKey })`; `close()` releases it. */
export const AdvancedReports: new (
  options?: ClientOptions
) => ClientBase & AdvancedReportsMethods & AdvancedReportsWorkflows = /* @__PURE__ */ groupClient(
  AdvancedReportsGroup,
  advancedReportsWorkflows
)

/** A client of the AdvancedReports operations. */
export type AdvancedReports = ClientBase & AdvancedReportsMethods & AdvancedReportsWorkflows

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
export type * from "../workflows/advanced-reports.js"
