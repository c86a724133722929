/**
 * The Email operations alone: `new Email({ apiKey })`, then `email.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { EmailGroup } from "@egoi-ts/core/Email"
import type { EmailMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"

/** A client of the Email operations: `new Email({ apiKey })`; `close()` releases it. */
export const Email: new (options?: ClientOptions) => ClientBase & EmailMethods = /* @__PURE__ */ groupClient(EmailGroup)

/** A client of the Email operations. */
export type Email = ClientBase & EmailMethods

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
