/**
 * The Segments operations alone: `new Segments({ apiKey })`, then `segments.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { SegmentsGroup } from "@egoi-ts/core/Segments"
import type { SegmentsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Segments operations: `new Segments({ apiKey })`; `close()` releases it. */
export const Segments: new (options?: ClientOptions) => ClientBase & SegmentsMethods =
  /* @__PURE__ */ groupClient(SegmentsGroup)

/** A client of the Segments operations. */
export type Segments = ClientBase & SegmentsMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
