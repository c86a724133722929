/**
 * The Fields operations alone: `new Fields({ apiKey })`, then `fields.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { FieldsGroup } from "@egoi-ts/core/Fields"
import type { FieldsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Fields operations: `new Fields({ apiKey })`; `close()` releases it. */
export const Fields: new (options?: ClientOptions) => ClientBase & FieldsMethods =
  /* @__PURE__ */ groupClient(FieldsGroup)

/** A client of the Fields operations. */
export type Fields = ClientBase & FieldsMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
