/**
 * The SmartSms operations alone: `new SmartSms({ apiKey })`, then `smartSms.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { SmartSmsGroup } from "@egoi-ts/core/SmartSms"
import type { SmartSmsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the SmartSms operations: `new SmartSms({ apiKey })`; `close()` releases it. */
export const SmartSms: new (options?: ClientOptions) => ClientBase & SmartSmsMethods =
  /* @__PURE__ */ groupClient(SmartSmsGroup)

/** A client of the SmartSms operations. */
export type SmartSms = ClientBase & SmartSmsMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
