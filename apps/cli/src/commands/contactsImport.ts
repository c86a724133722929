/**
 * `egoi contacts import FILE --list ID`: what it takes. The work is in `internal/contactsImport.ts`.
 *
 * @internal
 */
import { connectionFlags, dryRunFlag, jsonFlag } from "../internal/commonFlags.js"
import { type Command, lazy } from "../internal/spec.js"

export const contactsImport: Command = {
  name: "import",
  summary: "Import contacts from a CSV, JSON or NDJSON file, streaming, every row accounted for",
  description:
    "Each column is a base field (email, first_name, cellphone, ...) or, by name or ID, one of the list's extra fields; --map decides for a column. Every row is checked before it is sent; the summary accounts for each, and --failed keeps the failed ones to fix and retry.",
  args: [{ name: "file", required: true, description: "A CSV, JSON (array) or NDJSON file", completesFiles: true }],
  flags: [
    {
      name: "list",
      aliases: ["list-id"],
      kind: { _tag: "integer" },
      required: true,
      description: "ID of the list",
      bounds: { minimum: 1 }
    },
    {
      name: "compare-field",
      kind: { _tag: "string" },
      defaultValue: "email",
      description: "The unique field that identifies a contact"
    },
    {
      name: "mode",
      kind: { _tag: "choice", values: ["add", "update", "update_only"] },
      defaultValue: "add",
      description: "add: new contacts only; update: add and replace; update_only: replace existing ones"
    },
    {
      name: "map",
      kind: { _tag: "keyValue" },
      placeholder: "COLUMN=FIELD",
      description: "Map a column to a base field or an extra field (name or ID)"
    },
    {
      name: "format",
      kind: { _tag: "choice", values: ["csv", "json", "ndjson"] },
      description: "The file's format; from its extension when not given"
    },
    {
      name: "failed",
      kind: { _tag: "string" },
      placeholder: "FILE",
      completesFiles: true,
      description: "Write the rows that failed, with why, to this file"
    },
    {
      name: "batch-size",
      kind: { _tag: "integer" },
      defaultValue: "10000",
      bounds: { minimum: 2 },
      description: "Contacts per request"
    },
    {
      name: "concurrency",
      kind: { _tag: "integer" },
      defaultValue: "2",
      bounds: { minimum: 1 },
      description: "Requests at once"
    },
    { ...dryRunFlag, description: "Check every row and count the requests; send nothing" },
    jsonFlag,
    ...connectionFlags
  ],
  examples: [
    "contacts import people.csv --list 1",
    "contacts import people.csv --list 1 --mode update --failed failed.csv",
    'contacts import people.csv --list 1 --map "E-mail=email" --map "Plan=3"'
  ],
  run: lazy(() => import("../internal/contactsImport.js"), "runImport")
}
