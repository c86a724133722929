/**
 * The Voice operations alone: `new Voice({ apiKey })`, then `voice.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { VoiceGroup } from "@egoi-ts/core/Voice"
import type { VoiceMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Voice operations: `new Voice({ apiKey })`; `close()` releases it. */
export const Voice: new (options?: ClientOptions) => ClientBase & VoiceMethods = /* @__PURE__ */ groupClient(VoiceGroup)

/** A client of the Voice operations. */
export type Voice = ClientBase & VoiceMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
