/**
 * The Tags operations alone: `new Tags({ apiKey })`, then `tags.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { TagsGroup } from "@egoi-ts/core/Tags"
import type { TagsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Tags operations: `new Tags({ apiKey })`; `close()` releases it. */
export const Tags: new (options?: ClientOptions) => ClientBase & TagsMethods = /* @__PURE__ */ groupClient(TagsGroup)

/** A client of the Tags operations. */
export type Tags = ClientBase & TagsMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
