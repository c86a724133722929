/**
 * The Users operations alone: `new Users({ apiKey })`, then `users.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { UsersGroup } from "@egoi-ts/core/Users"
import { groupClient } from "../internal/client.js"

/** A client of the Users operations: `new Users({ apiKey })`; `close()` releases it. */
export const Users = /* @__PURE__ */ groupClient(UsersGroup)

/** A client of the Users operations. */
export type Users = InstanceType<typeof Users>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
