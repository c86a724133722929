/**
 * The Ecommerce operations alone: `new Ecommerce({ apiKey })`, then `ecommerce.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { EcommerceGroup } from "@egoi-ts/core/Ecommerce"
import type { EcommerceMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Ecommerce operations: `new Ecommerce({ apiKey })`; `close()` releases it. */
export const Ecommerce: new (options?: ClientOptions) => ClientBase & EcommerceMethods =
  /* @__PURE__ */ groupClient(EcommerceGroup)

/** A client of the Ecommerce operations. */
export type Ecommerce = ClientBase & EcommerceMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
