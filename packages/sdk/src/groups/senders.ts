/**
 * The Senders operations alone: `new Senders({ apiKey })`, then `senders.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { SendersGroup } from "@egoi-ts/core/Senders"
import type { SendersMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Senders operations: `new Senders({ apiKey })`; `close()` releases it. */
export const Senders: new (options?: ClientOptions) => ClientBase & SendersMethods =
  /* @__PURE__ */ groupClient(SendersGroup)

/** A client of the Senders operations. */
export type Senders = ClientBase & SendersMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
