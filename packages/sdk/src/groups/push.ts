/**
 * The Push operations alone: `new Push({ apiKey })`, then `push.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { PushGroup } from "@egoi-ts/core/Push"
import type { PushMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Push operations: `new Push({ apiKey })`; `close()` releases it. */
export const Push: new (options?: ClientOptions) => ClientBase & PushMethods = /* @__PURE__ */ groupClient(PushGroup)

/** A client of the Push operations. */
export type Push = ClientBase & PushMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
