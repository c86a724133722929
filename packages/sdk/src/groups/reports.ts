/**
 * The Reports operations alone: `new Reports({ apiKey })`, then `reports.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { ReportsGroup } from "@egoi-ts/core/Reports"
import type { ReportsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Reports operations: `new Reports({ apiKey })`; `close()` releases it. */
export const Reports: new (options?: ClientOptions) => ClientBase & ReportsMethods =
  /* @__PURE__ */ groupClient(ReportsGroup)

/** A client of the Reports operations. */
export type Reports = ClientBase & ReportsMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
