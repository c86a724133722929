/**
 * `egoi contacts export`: every contact of a list, page by page, as CSV (base fields, tags, and the
 * list's extra fields by name, so the file imports back) or NDJSON (the contacts as E-goi gives them).
 *
 * @internal
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { type Contacts, EgoiClient } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { connect, toCurl } from "./client.js"
import { operationNamed } from "./definition.js"
import { type ExtraField, extraFieldsOf } from "./extraFields.js"
import { pagesOf } from "./pages.js"
import * as Progress from "./progress.js"
import { csvLine, fileSink, stdoutSink, type TextSink } from "./records.js"
import { currentTerminal, globalOptions } from "./run.js"

/** The base fields a CSV export has, in this order: the contact's ID, then those an import sets. */
export const EXPORT_BASE = [
  "contact_id",
  "status",
  "first_name",
  "last_name",
  "email",
  "email_status",
  "cellphone",
  "cellphone_status",
  "phone",
  "phone_status",
  "birth_date",
  "language"
] as const

/** Pages fetched at once, after the first: E-goi prepares one while the CLI decodes and writes the other. */
const EXPORT_CONCURRENCY = 2

export type ExportFormat = "csv" | "ndjson"

/** The header of a CSV export. */
export const csvHeader = (extraFields: ReadonlyArray<ExtraField>): string =>
  csvLine([...EXPORT_BASE, "tags", ...extraFields.map((field) => field.name)])

/** One contact as a CSV line: tags and option IDs joined with `;`, as an import reads them back. */
export const csvRow = (contact: Contacts.Contact, extraFields: ReadonlyArray<ExtraField>): string => {
  const base = contact.base as Record<string, unknown>
  const extra = new Map(contact.extra.map((value) => [value.field_id, value.value]))
  return csvLine([
    ...EXPORT_BASE.map((field) => base[field]),
    contact.tags.join(";"),
    ...extraFields.map((field) => {
      const value = extra.get(field.field_id)
      return Array.isArray(value) ? value.join(";") : value
    })
  ])
}

/** Writes every contact of a list to the sink; the number written. */
export const exportContacts = (listId: number, format: ExportFormat, sink: TextSink) =>
  Effect.gen(function* () {
    const client = yield* EgoiClient.EgoiClient
    const progress = yield* Progress.Progress
    const paging = operationNamed("contacts", "getAllContacts")?.paging
    if (paging === undefined) return yield* Effect.dieMessage("getAllContacts is not declared as paged")
    const extraFields = format === "csv" ? yield* extraFieldsOf(listId) : []
    if (format === "csv") yield* sink.write(`${csvHeader(extraFields)}\n`)
    let written = 0
    yield* pagesOf(
      client.contacts.getAllContacts,
      paging,
      { list_id: listId },
      { concurrency: EXPORT_CONCURRENCY }
    ).pipe(
      // A page at a time: its lines are written together, waiting when the output is full.
      Stream.runForEach((contacts) => {
        let text = ""
        for (const contact of contacts) {
          text += format === "ndjson" ? `${JSON.stringify(contact)}\n` : `${csvRow(contact, extraFields)}\n`
        }
        written += contacts.length
        return Effect.zipRight(progress.update(`${written} contacts exported`), sink.write(text))
      }),
      Effect.ensuring(progress.done)
    )
    yield* sink.close
    return written
  })

export const exportCommand = Command.make(
  "export",
  {
    list: Options.integer("list").pipe(Options.withAlias("list-id"), Options.withDescription("ID of the list")),
    format: Options.choice("format", ["csv", "ndjson"]).pipe(Options.withDefault("csv" as const)),
    output: Options.text("output").pipe(
      Options.withDescription("A file to write; stdout when not given"),
      Options.optional
    ),
    global: globalOptions
  },
  ({ list, format, output, global }) =>
    Effect.gen(function* () {
      const terminal = currentTerminal()
      const connection = yield* connect(global)
      if (global.dryRun) {
        // The first request the export would make, printed as curl.
        yield* Effect.flatMap(EgoiClient.EgoiClient, (client) =>
          Effect.either(client.contacts.getAllContacts({ list_id: list, offset: 0, limit: 1000 }))
        ).pipe(Effect.provide(connection.layer))
        const [captured] = connection.captured
        if (captured) terminal.out(toCurl(captured))
        return
      }
      const sink = Option.isSome(output) ? yield* fileSink(output.value) : stdoutSink()
      const written = yield* exportContacts(list, format, sink).pipe(
        Effect.provide(connection.layer),
        Effect.provide(Progress.live)
      )
      terminal.err(`${written} contacts of list ${list} exported${Option.isSome(output) ? ` to ${output.value}` : ""}`)
    })
).pipe(Command.withDescription("Export every contact of a list as CSV or NDJSON, page by page"))
