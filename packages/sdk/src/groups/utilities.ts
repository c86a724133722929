/**
 * The Utilities operations alone: `new Utilities({ apiKey })`, then `utilities.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { UtilitiesGroup } from "@egoi-ts/core/Utilities"
import type { UtilitiesMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Utilities operations: `new Utilities({ apiKey })`; `close()` releases it. */
export const Utilities: new (options?: ClientOptions) => ClientBase & UtilitiesMethods =
  /* @__PURE__ */ groupClient(UtilitiesGroup)

/** A client of the Utilities operations. */
export type Utilities = ClientBase & UtilitiesMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
