/**
 * `egoi contacts import FILE --list ID`: what it takes. The work is in `internal/contactsImport.ts`.
 *
 * @internal
 */
import {
  batchSizeFlag,
  concurrencyFlag,
  connectionFlags,
  dryRunFlag,
  failedFlag,
  jsonFlag,
  listFlag,
  mapFlag,
  recordFileArg,
  recordFormatFlag
} from "../internal/commonFlags.js"
import { type Command, lazy } from "../internal/spec.js"

export const contactsImport: Command = {
  name: "import",
  summary: "Import contacts from a CSV, JSON or NDJSON file, streaming, every row accounted for",
  description:
    "Each column is a base field (email, first_name, cellphone, ...) or, by name or ID, one of the list's extra fields; --map decides for a column. Every row is checked before it is sent; the summary accounts for each, and --failed keeps the failed ones to fix and retry.",
  args: [recordFileArg],
  flags: [
    listFlag,
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
    mapFlag("Map a column to a base field or an extra field (name or ID)"),
    recordFormatFlag,
    failedFlag,
    batchSizeFlag("Contacts per request", 2),
    concurrencyFlag,
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
