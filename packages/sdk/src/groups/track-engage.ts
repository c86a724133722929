/**
 * The TrackEngage operations alone: `new TrackEngage({ apiKey })`, then `trackEngage.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { TrackEngageGroup } from "@egoi-ts/core/TrackEngage"
import type { TrackEngageMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the TrackEngage operations: `new TrackEngage({ apiKey })`; `close()` releases it. */
export const TrackEngage: new (options?: ClientOptions) => ClientBase & TrackEngageMethods =
  /* @__PURE__ */ groupClient(TrackEngageGroup)

/** A client of the TrackEngage operations. */
export type TrackEngage = ClientBase & TrackEngageMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
