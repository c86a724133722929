/**
 * The Ping operations alone: `new Ping({ apiKey })`, then `ping.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { PingGroup } from "@egoi-ts/core/Ping"
import type { PingMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Ping operations: `new Ping({ apiKey })`; `close()` releases it. */
export const Ping: new (options?: ClientOptions) => ClientBase & PingMethods = /* @__PURE__ */ groupClient(PingGroup)

/** A client of the Ping operations. */
export type Ping = ClientBase & PingMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
