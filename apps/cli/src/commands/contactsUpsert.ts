/**
 * `egoi contacts upsert --list ID --email ...`: what it takes. The work is in `internal/contactsUpsert.ts`.
 *
 * @internal
 */
import { connectionFlags, jsonFlag, listFlag } from "../internal/commonFlags.js"
import { type Command, lazy } from "../internal/spec.js"

export const contactsUpsert: Command = {
  name: "upsert",
  summary: "Create a contact or update the one a unique field finds, attach tags, and say which",
  description:
    "The contact is found by --key (email by default; cellphone, phone, or a unique extra field's name or ID). Extra fields are given by name, options by label (--field Plan=Gold); tags by name or ID, a tag the account lacks being created. If another writer creates the contact meanwhile, that contact is updated. Prints created, updated or unchanged with the contact's ID.",
  flags: [
    listFlag,
    {
      name: "key",
      kind: { _tag: "string" },
      defaultValue: "email",
      description: "The unique field that finds the contact: email, cellphone, phone, or an extra field"
    },
    { name: "email", kind: { _tag: "string" }, description: "Email address" },
    { name: "cellphone", kind: { _tag: "string" }, description: "Cellphone, as <dialing code>-<number>" },
    { name: "phone", kind: { _tag: "string" }, description: "Phone, as <dialing code>-<number>" },
    { name: "first-name", kind: { _tag: "string" }, description: "First name" },
    { name: "last-name", kind: { _tag: "string" }, description: "Last name" },
    { name: "birth-date", kind: { _tag: "string" }, description: "Birth date, YYYY-MM-DD" },
    { name: "language", kind: { _tag: "choice", values: ["pt", "en", "es", "br", "fr", "de"] } },
    {
      name: "status",
      kind: { _tag: "choice", values: ["active", "inactive", "unconfirmed"] },
      description: "The contact's status"
    },
    {
      name: "field",
      kind: { _tag: "keyValue" },
      placeholder: "NAME=VALUE",
      description: "An extra field by name or ID; an options field takes labels, several joined with ;"
    },
    {
      name: "tag",
      kind: { _tag: "string" },
      repeatable: true,
      placeholder: "TAG",
      description: "A tag to attach, by name or ID"
    },
    jsonFlag,
    ...connectionFlags
  ],
  examples: [
    "contacts upsert --list 1 --email ana@example.com --first-name Ana",
    "contacts upsert --list 1 --email ana@example.com --field Plan=Gold --tag vip",
    'contacts upsert --list 1 --key "Customer ID" --field "Customer ID=C-42" --email ana@example.com'
  ],
  run: lazy(() => import("../internal/contactsUpsert.js"), "runUpsert")
}
