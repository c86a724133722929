/**
 * The Contacts operations alone: `new Contacts({ apiKey })`, then `contacts.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { ContactsGroup } from "@egoi-ts/core/Contacts"
import { groupClient } from "../internal/client.js"

/** A client of the Contacts operations: `new Contacts({ apiKey })`; `close()` releases it. */
export const Contacts = /* @__PURE__ */ groupClient(ContactsGroup)

/** A client of the Contacts operations. */
export type Contacts = InstanceType<typeof Contacts>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
