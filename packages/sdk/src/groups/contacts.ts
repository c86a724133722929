/**
 * The Contacts operations alone: `new Contacts({ apiKey })`, then `contacts.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { ContactsGroup } from "@egoi-ts/core/Contacts"
import type { ContactsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"
import { type ContactsWorkflows, contactsWorkflows } from "../workflows/contacts.js"

/** A client of the Contacts operations and workflows: `new Contacts({ apiKey })`; `close()` releases it. */
export const Contacts: new (options?: ClientOptions) => ClientBase & ContactsMethods & ContactsWorkflows =
  /* @__PURE__ */ groupClient(ContactsGroup, contactsWorkflows)

/** A client of the Contacts operations. */
export type Contacts = ClientBase & ContactsMethods & ContactsWorkflows

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
export type * from "../workflows/contacts.js"
