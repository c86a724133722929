/**
 * The Segments operations alone: `new Segments({ apiKey })`, then `segments.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { SegmentsGroup } from "@egoi-ts/core/Segments"
import { groupClient } from "../internal/client.js"

/** A client of the Segments operations: `new Segments({ apiKey })`; `close()` releases it. */
export const Segments = /* @__PURE__ */ groupClient(SegmentsGroup)

/** A client of the Segments operations. */
export type Segments = InstanceType<typeof Segments>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
