/**
 * The MyAccount operations alone: `new MyAccount({ apiKey })`, then `myAccount.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { MyAccountGroup } from "@egoi-ts/core/MyAccount"
import type { MyAccountMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the MyAccount operations: `new MyAccount({ apiKey })`; `close()` releases it. */
export const MyAccount: new (options?: ClientOptions) => ClientBase & MyAccountMethods =
  /* @__PURE__ */ groupClient(MyAccountGroup)

/** A client of the MyAccount operations. */
export type MyAccount = ClientBase & MyAccountMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
