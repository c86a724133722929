/**
 * The Lists operations alone: `new Lists({ apiKey })`, then `lists.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { ListsGroup } from "@egoi-ts/core/Lists"
import type { ListsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Lists operations: `new Lists({ apiKey })`; `close()` releases it. */
export const Lists: new (options?: ClientOptions) => ClientBase & ListsMethods = /* @__PURE__ */ groupClient(ListsGroup)

/** A client of the Lists operations. */
export type Lists = ClientBase & ListsMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
