/**
 * The MyAccount operations alone: `new MyAccount({ apiKey })`, then `myAccount.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { MyAccountGroup } from "@egoi-ts/core/MyAccount"
import { groupClient } from "../internal/client.js"

/** A client of the MyAccount operations: `new MyAccount({ apiKey })`; `close()` releases it. */
export const MyAccount = /* @__PURE__ */ groupClient(MyAccountGroup)

/** A client of the MyAccount operations. */
export type MyAccount = InstanceType<typeof MyAccount>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
