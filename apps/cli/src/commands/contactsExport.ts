/**
 * `egoi contacts export --list ID`: what it takes. The work is in `internal/contactsExport.ts`.
 *
 * @internal
 */
import { connectionFlags, dryRunFlag, listFlag } from "../internal/commonFlags.js"
import { type Command, lazy } from "../internal/spec.js"

export const contactsExport: Command = {
  name: "export",
  summary: "Export every contact of a list as CSV or NDJSON, page by page",
  description:
    "CSV has the base fields, the tags and the list's extra fields by name, so the file imports back; NDJSON has each contact as E-goi gives it.",
  flags: [
    listFlag,
    { name: "format", kind: { _tag: "choice", values: ["csv", "ndjson"] }, defaultValue: "csv" },
    {
      name: "output",
      kind: { _tag: "string" },
      placeholder: "FILE",
      completesFiles: true,
      description: "A file to write; stdout when not given"
    },
    { ...dryRunFlag, description: "Print the first request as curl and send nothing" },
    ...connectionFlags
  ],
  examples: [
    "contacts export --list 1 --format csv --output people.csv",
    "contacts export --list 1 --format ndjson | head"
  ],
  run: lazy(() => import("../internal/contactsExport.js"), "runExport")
}
