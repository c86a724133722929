/**
 * The Tags operations alone: `new Tags({ apiKey })`, then `tags.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { TagsGroup } from "@egoi-ts/core/Tags"
import { groupClient } from "../internal/client.js"

/** A client of the Tags operations: `new Tags({ apiKey })`; `close()` releases it. */
export const Tags = /* @__PURE__ */ groupClient(TagsGroup)

/** A client of the Tags operations. */
export type Tags = InstanceType<typeof Tags>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
