/**
 * The Webpush operations alone: `new Webpush({ apiKey })`, then `webpush.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { WebpushGroup } from "@egoi-ts/core/Webpush"
import type { WebpushMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Webpush operations: `new Webpush({ apiKey })`; `close()` releases it. */
export const Webpush: new (options?: ClientOptions) => ClientBase & WebpushMethods =
  /* @__PURE__ */ groupClient(WebpushGroup)

/** A client of the Webpush operations. */
export type Webpush = ClientBase & WebpushMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
