/**
 * The ConnectedSites operations alone: `new ConnectedSites({ apiKey })`, then `connectedSites.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { ConnectedSitesGroup } from "@egoi-ts/core/ConnectedSites"
import type { ConnectedSitesMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the ConnectedSites operations: `new ConnectedSites({ apiKey })`; `close()` releases it. */
export const ConnectedSites: new (options?: ClientOptions) => ClientBase & ConnectedSitesMethods =
  /* @__PURE__ */ groupClient(ConnectedSitesGroup)

/** A client of the ConnectedSites operations. */
export type ConnectedSites = ClientBase & ConnectedSitesMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
