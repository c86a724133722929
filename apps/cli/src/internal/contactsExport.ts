/**
 * `egoi contacts export`: every contact of a list, page by page, as CSV (base fields, tags, and the
 * list's extra fields by name, so the file imports back) or NDJSON (the contacts as E-goi gives them).
 *
 * @internal
 */
import type * as Contacts from "@egoi-ts/core/Contacts"
import * as EgoiClient from "@egoi-ts/core/EgoiClient"
import * as ExtraFields from "@egoi-ts/core/ExtraFields"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { operationNamed } from "./catalog.js"
import { connect, toCurl } from "./client.js"
import { catalog } from "./definition.js"
import type { Io } from "./io.js"
import { pagesOf } from "./pages.js"
import * as Progress from "./progress.js"
import { csvLine, fileSink, stdoutSink, type TextSink } from "./records.js"
import { runToExitCode } from "./runEffect.js"
import { resolveSettings } from "./settings.js"
import type { Parsed } from "./spec.js"
import { terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

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
export const csvHeader = (extraFields: ReadonlyArray<ExtraFields.ExtraField>): string =>
  csvLine([...EXPORT_BASE, "tags", ...extraFields.map((field) => field.name)])

/** One contact as a CSV line: tags joined with `;`, and options by label joined with `;`, as an import reads them back. */
export const csvRow = (contact: Contacts.Contact, extraFields: ReadonlyArray<ExtraFields.ExtraField>): string => {
  const base = contact.base as Record<string, unknown>
  const extra = new Map(contact.extra.map((value) => [value.field_id, value.value]))
  return csvLine([
    ...EXPORT_BASE.map((field) => base[field]),
    contact.tags.join(";"),
    ...extraFields.map((field) => {
      const value = extra.get(field.field_id)
      return Array.isArray(value) ? value.map((id: number) => field.labels.get(id) ?? String(id)).join(";") : value
    })
  ])
}

/** Writes every contact of a list to the sink; the number written. */
export const exportContacts = (listId: number, format: ExportFormat, sink: TextSink) =>
  Effect.gen(function* () {
    const client = yield* EgoiClient.EgoiClient
    const progress = yield* Progress.Progress
    const paging = operationNamed(catalog(), "contacts", "getAllContacts")?.paging
    if (paging === undefined) return yield* Effect.dieMessage("getAllContacts is not declared as paged")
    const extraFields = format === "csv" ? yield* ExtraFields.list(listId) : []
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

export const runExport = async (parsed: Parsed, io: Io): Promise<number> => {
  const { flags, path } = parsed
  const terminal = terminalOf(io, { noColor: flags["no-color"] === true })
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, path)
  for (const notice of resolved.settings.notices) terminal.err(notice)
  const list = flags.list as number
  const format = (flags.format as ExportFormat | undefined) ?? "csv"
  const output = flags.output as string | undefined
  const dryRun = flags["dry-run"] === true
  const program = Effect.gen(function* () {
    const connection = yield* connect(resolved.settings, { requiresKey: true, dryRun })
    const layer = EgoiClient.layerWith(connection.options)
    if (dryRun) {
      // The first request the export would make, printed as curl.
      yield* Effect.flatMap(EgoiClient.EgoiClient, (client) =>
        Effect.either(client.contacts.getAllContacts({ list_id: list, offset: 0, limit: 1000 }))
      ).pipe(Effect.provide(layer))
      const [captured] = connection.captured
      if (captured) terminal.out(toCurl(captured))
      return
    }
    // A list that does not exist is a 404 (exit 3) before any file is written.
    yield* Effect.flatMap(EgoiClient.EgoiClient, (client) => client.lists.getList({ list_id: list })).pipe(
      Effect.provide(layer)
    )
    const sink = output !== undefined ? yield* fileSink(output) : stdoutSink(io.stdout)
    const written = yield* exportContacts(list, format, sink).pipe(
      Effect.provide(layer),
      Effect.provide(Progress.live(io.stderr))
    )
    terminal.err(`${written} contacts of list ${list} exported${output !== undefined ? ` to ${output}` : ""}`)
  })
  return runToExitCode(program, terminal, io)
}
