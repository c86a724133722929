/**
 * The flags that commands share, declared once: which E-goi to talk to and with which key, how to
 * print, and what the workflows over a list or a file take. Each command takes the ones it needs.
 *
 * @internal
 */
import type { Flag } from "./spec.js"

const SECTION = "COMMON FLAGS"

/** Which E-goi, with which key: `--api-key`, `--base-url`, `--profile`, `--mock`. */
export const connectionFlags: ReadonlyArray<Flag> = [
  {
    name: "profile",
    kind: { _tag: "string" },
    placeholder: "NAME",
    description: "Use the key and base URL of this profile (egoi config); EGOI_PROFILE or default otherwise",
    section: SECTION
  },
  {
    name: "api-key",
    kind: { _tag: "string" },
    placeholder: "KEY",
    description: "The API key, over EGOI_API_KEY and profiles (prefer those: flags stay in shell history)",
    section: SECTION
  },
  {
    name: "base-url",
    kind: { _tag: "string" },
    placeholder: "URL",
    description: "The API's base URL; EGOI_BASE_URL, the profile's or https://api.egoiapp.com otherwise",
    section: SECTION
  },
  {
    name: "mock",
    kind: { _tag: "boolean" },
    description: "Talk to an embedded mock with demo data instead of E-goi",
    section: SECTION
  }
]

/** `--dry-run`: the request as curl, nothing sent. */
export const dryRunFlag: Flag = {
  name: "dry-run",
  kind: { _tag: "boolean" },
  description: "Print the request as a curl command (key left out) and send nothing",
  section: SECTION
}

/** `--yes`: no question before a command that deletes. */
export const yesFlag: Flag = {
  name: "yes",
  short: "y",
  kind: { _tag: "boolean" },
  description: "Delete without asking (egoi asks only when stdin is a terminal)",
  section: SECTION
}

/** `--json`: JSON also on a terminal. */
export const jsonFlag: Flag = {
  name: "json",
  kind: { _tag: "boolean" },
  description: "Print JSON, also on a terminal (it is JSON whenever stdout is not one)",
  section: SECTION
}

/** `--all`: every page of a collection. */
export const allFlag: Flag = {
  name: "all",
  kind: { _tag: "boolean" },
  description: "Fetch every page: one table, or one JSON object a line (NDJSON) with --json or piped",
  section: SECTION
}

/** `--list ID`: the list a workflow works on (`--list-id` too, as the derived commands name it). */
export const listFlag: Flag = {
  name: "list",
  aliases: ["list-id"],
  kind: { _tag: "integer" },
  required: true,
  description: "ID of the list",
  bounds: { minimum: 1 }
}

/** The file a file workflow reads (`contacts import`, `contacts sync`, `ecommerce import-*`). */
export const recordFileArg = {
  name: "file",
  required: true,
  description: "A CSV, JSON (array) or NDJSON file",
  completesFiles: true
} as const

/** `--map COLUMN=FIELD`, saying what a column can be mapped to. */
export const mapFlag = (description: string): Flag => ({
  name: "map",
  kind: { _tag: "keyValue" },
  placeholder: "COLUMN=FIELD",
  description
})

/** `--format`, for a file whose extension does not say. */
export const recordFormatFlag: Flag = {
  name: "format",
  kind: { _tag: "choice", values: ["csv", "json", "ndjson"] },
  description: "The file's format; from its extension when not given"
}

/** `--failed FILE`: where a file import keeps the rows that failed, to fix and import again. */
export const failedFlag: Flag = {
  name: "failed",
  kind: { _tag: "string" },
  placeholder: "FILE",
  completesFiles: true,
  description: "Write the rows that failed, with why, to this file"
}

/** `--batch-size N`: records per request, at least `minimum`. */
export const batchSizeFlag = (description: string, minimum: number): Flag => ({
  name: "batch-size",
  kind: { _tag: "integer" },
  defaultValue: "10000",
  bounds: { minimum },
  description
})

/** `--concurrency N`: requests at once. */
export const concurrencyFlag: Flag = {
  name: "concurrency",
  kind: { _tag: "integer" },
  defaultValue: "2",
  bounds: { minimum: 1 },
  description: "Requests at once"
}
