/**
 * The Users operations alone: `new Users({ apiKey })`, then `users.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { UsersGroup } from "@egoi-ts/core/Users"
import type { UsersMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Users operations: `new Users({ apiKey })`; `close()` releases it. */
export const Users: new (options?: ClientOptions) => ClientBase & UsersMethods = /* @__PURE__ */ groupClient(UsersGroup)

/** A client of the Users operations. */
export type Users = ClientBase & UsersMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
