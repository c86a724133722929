/**
 * The Senders operations alone: `new Senders({ apiKey })`, then `senders.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { SendersGroup } from "@egoi-ts/core/Senders"
import { groupClient } from "../internal/client.js"

/** A client of the Senders operations: `new Senders({ apiKey })`; `close()` releases it. */
export const Senders = /* @__PURE__ */ groupClient(SendersGroup)

/** A client of the Senders operations. */
export type Senders = InstanceType<typeof Senders>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
