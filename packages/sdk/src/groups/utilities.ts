/**
 * The Utilities operations alone: `new Utilities({ apiKey })`, then `utilities.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { UtilitiesGroup } from "@egoi-ts/core/Utilities"
import { groupClient } from "../internal/client.js"

/** A client of the Utilities operations: `new Utilities({ apiKey })`; `close()` releases it. */
export const Utilities = /* @__PURE__ */ groupClient(UtilitiesGroup)

/** A client of the Utilities operations. */
export type Utilities = InstanceType<typeof Utilities>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
