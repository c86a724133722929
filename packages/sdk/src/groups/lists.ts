/**
 * The Lists operations alone: `new Lists({ apiKey })`, then `lists.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { ListsGroup } from "@egoi-ts/core/Lists"
import { groupClient } from "../internal/client.js"

/** A client of the Lists operations: `new Lists({ apiKey })`; `close()` releases it. */
export const Lists = /* @__PURE__ */ groupClient(ListsGroup)

/** A client of the Lists operations. */
export type Lists = InstanceType<typeof Lists>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
