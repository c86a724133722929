/**
 * The Sms operations alone: `new Sms({ apiKey })`, then `sms.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { SmsGroup } from "@egoi-ts/core/Sms"
import type { SmsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Sms operations: `new Sms({ apiKey })`; `close()` releases it. */
export const Sms: new (options?: ClientOptions) => ClientBase & SmsMethods = /* @__PURE__ */ groupClient(SmsGroup)

/** A client of the Sms operations. */
export type Sms = ClientBase & SmsMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
