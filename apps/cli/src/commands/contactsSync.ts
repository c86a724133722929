/**
 * `egoi contacts sync FILE --list ID`: what it takes. The work is in `internal/contactsSync.ts`.
 *
 * @internal
 */
import {
  batchSizeFlag,
  connectionFlags,
  dryRunFlag,
  jsonFlag,
  listFlag,
  mapFlag,
  recordFileArg,
  recordFormatFlag,
  yesFlag
} from "../internal/commonFlags.js"
import { type Command, lazy } from "../internal/spec.js"

export const contactsSync: Command = {
  name: "sync",
  summary: "Make a list match a file: import new and changed contacts, and keep, unsubscribe or forget the missing",
  description:
    "The file's contacts are matched with the list's by --key. --dry-run shows the difference (new, changed, unchanged, missing) and changes nothing. Otherwise new and changed contacts are imported (an upsert by the key) and the list's contacts the file lacks are kept, unsubscribed or forgotten, as --missing says. After a failure, run it again: only what is still different is done, and no contact is duplicated.",
  args: [recordFileArg],
  flags: [
    listFlag,
    {
      name: "key",
      kind: { _tag: "string" },
      defaultValue: "email",
      description: "The unique field that matches the file's contacts with the list's"
    },
    {
      name: "missing",
      kind: { _tag: "choice", values: ["keep", "unsubscribe", "forget"] },
      defaultValue: "keep",
      description: "What to do with the list's contacts the file lacks"
    },
    mapFlag("Map a column to a base field or an extra field (name or ID)"),
    recordFormatFlag,
    batchSizeFlag("Contacts per import request", 2),
    { ...dryRunFlag, description: "Show the difference; change nothing" },
    { ...yesFlag, description: "Forget the missing without asking (egoi asks only when stdin is a terminal)" },
    jsonFlag,
    ...connectionFlags
  ],
  examples: [
    "contacts sync customers.csv --list 1 --dry-run",
    "contacts sync customers.csv --list 1 --missing unsubscribe",
    'contacts sync customers.csv --list 1 --key "Customer ID" --missing forget'
  ],
  run: lazy(() => import("../internal/contactsSync.js"), "runSync")
}
