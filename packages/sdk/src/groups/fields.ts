/**
 * The Fields operations alone: `new Fields({ apiKey })`, then `fields.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { FieldsGroup } from "@egoi-ts/core/Fields"
import { groupClient } from "../internal/client.js"

/** A client of the Fields operations: `new Fields({ apiKey })`; `close()` releases it. */
export const Fields = /* @__PURE__ */ groupClient(FieldsGroup)

/** A client of the Fields operations. */
export type Fields = InstanceType<typeof Fields>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
