/**
 * `egoi reports <kind> --from DATE --to DATE --output FILE`: an advanced report of a kind generated,
 * waited for and downloaded, one command per kind through the same code. What they take; the work is
 * in `internal/reportsGenerate.ts`.
 *
 * @internal
 */
import type { ReportKind } from "@egoi-ts/core/AdvancedReports"
import { connectionFlags, jsonFlag } from "../internal/commonFlags.js"
import { type Command, type Flag, lazy } from "../internal/spec.js"

/** Each kind with what it covers and what it selects by: lists, the campaigns of lists, or forms. */
export const REPORT_COMMANDS = [
  { kind: "sends", by: "lists", summary: "Who each campaign sent to the lists went to" },
  { kind: "email-events", by: "campaigns", summary: "What each recipient of the email campaigns did" },
  { kind: "email-bounces", by: "campaigns", summary: "The email messages that bounced" },
  { kind: "email-clicks-by-contact", by: "campaigns", summary: "The links each recipient clicked" },
  { kind: "email-clicks-by-url", by: "campaigns", summary: "The clicks of each link of the email campaigns" },
  { kind: "email-unsubscriptions", by: "campaigns", summary: "Who unsubscribed through the email campaigns" },
  { kind: "sms-events", by: "campaigns", summary: "The delivery of each message of the SMS campaigns" },
  { kind: "sms-bounces", by: "campaigns", summary: "The SMS messages not delivered" },
  { kind: "subscriptions", by: "lists", summary: "Who subscribed to the lists" },
  { kind: "unsubscriptions", by: "lists", summary: "Who unsubscribed from the lists" },
  { kind: "contact-activity", by: "lists", summary: "Everything the contacts of up to three lists did" },
  { kind: "form-answers", by: "forms", summary: "The answers to forms of a list" }
] as const satisfies ReadonlyArray<{
  readonly kind: ReportKind
  readonly by: "lists" | "campaigns" | "forms"
  readonly summary: string
}>

const commonFlags: ReadonlyArray<Flag> = [
  {
    name: "from",
    kind: { _tag: "string" },
    required: true,
    placeholder: "DATE",
    description: "The first day (YYYY-MM-DD) or moment (YYYY-MM-DD hh:mm:ss in UTC, or RFC 3339) the report covers"
  },
  {
    name: "to",
    kind: { _tag: "string" },
    required: true,
    placeholder: "DATE",
    description: "The last day or moment the report covers (a day is covered to its end)"
  },
  {
    name: "list",
    aliases: ["list-id"],
    kind: { _tag: "integer" },
    repeatable: true,
    required: true,
    bounds: { minimum: 1 },
    description: "ID of a list the report covers (repeat for several)"
  },
  {
    name: "output",
    kind: { _tag: "string" },
    required: true,
    placeholder: "FILE",
    completesFiles: true,
    description: "Where to write the report's CSV file"
  },
  {
    name: "title",
    kind: { _tag: "string" },
    description: "The report's title in E-goi; one made of its kind and period otherwise"
  },
  {
    name: "field",
    kind: { _tag: "string" },
    repeatable: true,
    placeholder: "NAME",
    description: "A base field of the contacts to add as a column (repeat for several); email when not given"
  },
  {
    name: "interval",
    kind: { _tag: "integer" },
    defaultValue: "5",
    bounds: { minimum: 1 },
    description: "Seconds between checks of the report, at first (then less often, at most every 30 s)"
  },
  {
    name: "timeout",
    kind: { _tag: "integer" },
    bounds: { minimum: 1 },
    description: "Seconds to wait for the report at most; no limit when not given"
  },
  jsonFlag,
  ...connectionFlags
]

const campaignFlag: Flag = {
  name: "campaign",
  kind: { _tag: "string" },
  repeatable: true,
  placeholder: "HASH",
  description: "Only this campaign of the lists (repeat for several); every campaign sent in the period otherwise"
}

const formFlag: Flag = {
  name: "form",
  kind: { _tag: "integer" },
  repeatable: true,
  required: true,
  bounds: { minimum: 1 },
  description: "ID of a form of the lists (repeat for several)"
}

const run = lazy(() => import("../internal/reportsGenerate.js"), "runReport")

/** The command of each kind: `egoi reports sends`, `egoi reports email-events`, ... */
export const reportCommands: ReadonlyArray<Command> = REPORT_COMMANDS.map(({ kind, by, summary }) => ({
  name: kind,
  summary: `${summary}: an advanced report, generated, waited for and downloaded as CSV`,
  description:
    "Generates the report with every column of its kind, waits until E-goi has built it (showing its state on a terminal), downloads its file to --output and prints where it is.",
  flags: [...commonFlags, ...(by === "campaigns" ? [campaignFlag] : by === "forms" ? [formFlag] : [])],
  examples: [`reports ${kind} --from 2024-05-01 --to 2024-05-31 --list 1 --output ${kind}.csv`],
  run
}))
