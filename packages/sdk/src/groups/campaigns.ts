/**
 * The Campaigns operations alone: `new Campaigns({ apiKey })`, then `campaigns.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { CampaignsGroup } from "@egoi-ts/core/Campaigns"
import type { CampaignsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Campaigns operations: `new Campaigns({ apiKey })`; `close()` releases it. */
export const Campaigns: new (options?: ClientOptions) => ClientBase & CampaignsMethods =
  /* @__PURE__ */ groupClient(CampaignsGroup)

/** A client of the Campaigns operations. */
export type Campaigns = ClientBase & CampaignsMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
