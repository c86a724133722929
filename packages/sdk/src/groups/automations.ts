/**
 * The Automations operations alone: `new Automations({ apiKey })`, then `automations.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { AutomationsGroup } from "@egoi-ts/core/Automations"
import type { AutomationsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Automations operations: `new Automations({ apiKey })`; `close()` releases it. */
export const Automations: new (options?: ClientOptions) => ClientBase & AutomationsMethods =
  /* @__PURE__ */ groupClient(AutomationsGroup)

/** A client of the Automations operations. */
export type Automations = ClientBase & AutomationsMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
