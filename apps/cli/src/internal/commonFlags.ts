/**
 * The flags that commands share, declared once: which E-goi to talk to and with which key, and how
 * to print. Each command takes the sets it needs.
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
