/**
 * The CNames operations alone: `new CNames({ apiKey })`, then `cnames.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { CNamesGroup } from "@egoi-ts/core/CNames"
import type { CNamesMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the CNames operations: `new CNames({ apiKey })`; `close()` releases it. */
export const CNames: new (options?: ClientOptions) => ClientBase & CNamesMethods =
  /* @__PURE__ */ groupClient(CNamesGroup)

/** A client of the CNames operations. */
export type CNames = ClientBase & CNamesMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
