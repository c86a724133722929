/**
 * The CNames operations alone: `new CNames({ apiKey })`, then `cnames.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { CNamesGroup } from "@egoi-ts/core/CNames"
import { groupClient } from "../internal/client.js"

/** A client of the CNames operations: `new CNames({ apiKey })`; `close()` releases it. */
export const CNames = /* @__PURE__ */ groupClient(CNamesGroup)

/** A client of the CNames operations. */
export type CNames = InstanceType<typeof CNames>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
