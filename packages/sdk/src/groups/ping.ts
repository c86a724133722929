/**
 * The Ping operations alone: `new Ping({ apiKey })`, then `ping.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { PingGroup } from "@egoi-ts/core/Ping"
import { groupClient } from "../internal/client.js"

/** A client of the Ping operations: `new Ping({ apiKey })`; `close()` releases it. */
export const Ping = /* @__PURE__ */ groupClient(PingGroup)

/** A client of the Ping operations. */
export type Ping = InstanceType<typeof Ping>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
