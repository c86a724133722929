/**
 * The SuppressionList operations alone: `new SuppressionList({ apiKey })`, then `suppressionList.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { SuppressionListGroup } from "@egoi-ts/core/SuppressionList"
import type { SuppressionListMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the SuppressionList operations: `new SuppressionList({ apiKey })`; `close()` releases it. */
export const SuppressionList: new (options?: ClientOptions) => ClientBase & SuppressionListMethods =
  /* @__PURE__ */ groupClient(SuppressionListGroup)

/** A client of the SuppressionList operations. */
export type SuppressionList = ClientBase & SuppressionListMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
