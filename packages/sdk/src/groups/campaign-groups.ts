/**
 * The CampaignGroups operations alone: `new CampaignGroups({ apiKey })`, then `campaignGroups.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { CampaignGroupsGroup } from "@egoi-ts/core/CampaignGroups"
import type { CampaignGroupsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the CampaignGroups operations: `new CampaignGroups({ apiKey })`; `close()` releases it. */
export const CampaignGroups: new (options?: ClientOptions) => ClientBase & CampaignGroupsMethods =
  /* @__PURE__ */ groupClient(CampaignGroupsGroup)

/** A client of the CampaignGroups operations. */
export type CampaignGroups = ClientBase & CampaignGroupsMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
