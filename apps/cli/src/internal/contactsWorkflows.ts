/**
 * `egoi contacts import` and `egoi contacts export`: files of any size in and out of a list, as
 * streams, with progress on a terminal and every row accounted for.
 */
import { once } from "node:events"
import { createWriteStream, type WriteStream } from "node:fs"
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { Bulk, Common, Contacts, EgoiClient, EgoiConfig, Pagination } from "@egoi-ts/core"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { connect, type GlobalOptions, toCurl } from "./client.js"
import { CliUsageError } from "./errors.js"
import { csvLine, formatOf, inGroups, type RecordFormat, readRecords, type SourceRecord } from "./records.js"
import { currentTerminal, globalOptions } from "./run.js"

const BASE_FIELDS = [
  "email",
  "first_name",
  "last_name",
  "cellphone",
  "phone",
  "birth_date",
  "language",
  "status",
  "consent",
  "email_status",
  "cellphone_status",
  "phone_status"
] as const

interface ExtraField {
  readonly field_id: number
  readonly name: string
  readonly format: string
  /** For a field of format `options`: option IDs by label (any language, lower case). */
  readonly options?: ReadonlyMap<string, number> | undefined
}

const normalize = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")

/** Where each column of a file goes: a base field, an extra field, or nowhere. */
export interface ColumnMapping {
  readonly base: ReadonlyMap<string, string>
  readonly extra: ReadonlyMap<string, ExtraField>
  readonly ignored: ReadonlyArray<string>
}

/** Maps columns by header name (base fields, then the list's extra fields by name or ID), `--map` first. */
export const mapColumns = (
  columns: ReadonlyArray<string>,
  extraFields: ReadonlyArray<ExtraField>,
  explicit: ReadonlyMap<string, string>
): Either.Either<ColumnMapping, string> => {
  const base = new Map<string, string>()
  const extra = new Map<string, ExtraField>()
  const ignored: Array<string> = []
  const extraByKey = new Map<string, ExtraField>()
  for (const field of extraFields) {
    extraByKey.set(normalize(field.name), field)
    extraByKey.set(String(field.field_id), field)
  }
  for (const column of columns) {
    const target = explicit.get(column)
    const key = normalize(target ?? column)
    if ((BASE_FIELDS as ReadonlyArray<string>).includes(key)) base.set(column, key)
    else if (extraByKey.has(key.replace(/^extra:/, ""))) extra.set(column, extraByKey.get(key.replace(/^extra:/, ""))!)
    else if (target !== undefined) return Either.left(`--map ${column}=${target}: the list has no field ${target}`)
    else ignored.push(column)
  }
  return Either.right({ base, extra, ignored })
}

/** The keys a `--failed` file adds to each record, so it can be fixed and imported again. */
const FAILURE_KEYS = ["line", "error"]

const withoutFailureKeys = (data: Record<string, unknown>): Record<string, unknown> =>
  FAILURE_KEYS.some((key) => key in data)
    ? Object.fromEntries(Object.entries(data).filter(([key]) => !FAILURE_KEYS.includes(key)))
    : data

const decodeContact = Schema.decodeUnknownEither(Contacts.ContactInput, { errors: "all", onExcessProperty: "error" })

/** Turns one record into a contact, or says why it cannot be one. */
export const toContact = (
  record: SourceRecord,
  mapping: ColumnMapping
): Either.Either<Contacts.ContactInput, string> => {
  const data = record.data
  const optionError: Array<string> = []
  const candidate: Record<string, unknown> =
    "base" in data || "extra" in data
      ? withoutFailureKeys(data)
      : (() => {
          const base: Record<string, unknown> = {}
          const extra: Array<{ field_id: number; value: unknown }> = []
          for (const [column, raw] of Object.entries(data)) {
            if (raw === undefined || raw === null || raw === "") continue
            const baseField = mapping.base.get(column)
            const extraField = mapping.extra.get(column)
            if (baseField) base[baseField] = String(raw)
            else if (extraField) {
              if (extraField.format !== "options") {
                extra.push({ field_id: extraField.field_id, value: String(raw) })
                continue
              }
              // Option IDs or labels, separated by , ; or |
              const ids: Array<number> = []
              for (const token of String(raw).split(/[,;|]/)) {
                const option = token.trim()
                if (option === "") continue
                const id = /^\d+$/.test(option) ? Number(option) : extraField.options?.get(option.toLowerCase())
                if (id === undefined)
                  optionError.push(`${column}: ${extraField.name} has no option ${JSON.stringify(option)}`)
                else ids.push(id)
              }
              if (ids.length > 0) extra.push({ field_id: extraField.field_id, value: ids })
            }
          }
          return { ...(Object.keys(base).length > 0 ? { base } : {}), ...(extra.length > 0 ? { extra } : {}) }
        })()
  if (optionError.length > 0) return Either.left(optionError.join("; "))
  if (!("base" in candidate) && !("extra" in candidate)) return Either.left("no mapped field has a value")
  return Either.mapLeft(decodeContact(candidate), (error) =>
    ParseResult.ArrayFormatter.formatErrorSync(error)
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ")
  )
}

/** How many records are read, checked and passed on together. */
const RECORD_GROUP = 1000

/** The room `Bulk.importContacts` keeps in each request for the fields around the contacts. */
const ENVELOPE_BYTES = 64 * 1024

/** `--compare-field`: a base field, an extra field's ID, or an extra field's name (sent as its ID). */
const compareFieldOf = (given: string, extraFields: ReadonlyArray<ExtraField>): string => {
  if ((BASE_FIELDS as ReadonlyArray<string>).includes(given) || /^\d+$/.test(given)) return given
  const key = normalize(given.replace(/^extra:/, ""))
  const field = extraFields.find((candidate) => normalize(candidate.name) === key)
  return field ? String(field.field_id) : given
}

/** A row on its way to E-goi. */
interface ImportRow {
  readonly line: number
  readonly contact: Contacts.ContactInput
  readonly data: Record<string, unknown>
}

const writeText = (stream: NodeJS.WritableStream, text: string) =>
  Effect.promise(async () => {
    if (text !== "" && !stream.write(text)) await once(stream, "drain")
  })

const writeLine = (stream: NodeJS.WritableStream, line: string) => writeText(stream, `${line}\n`)

const closeStream = (stream: WriteStream) =>
  Effect.promise(() => new Promise<void>((resolve) => stream.end(() => resolve())))

/** Every extra field of a list. `getAllFields` answers 10 fields unless told otherwise, base fields first: read every page. */
const extraFieldsOf = (listId: number) =>
  Effect.flatMap(EgoiClient.EgoiClient, (client) =>
    Effect.iterate(
      { offset: 0, fields: [] as Array<ExtraField>, done: false },
      {
        while: (state) => !state.done,
        body: (state) =>
          Effect.map(
            client.fields.getAllFields({ list_id: listId, offset: state.offset, limit: Common.MAX_PAGE_SIZE }),
            (page) => ({
              offset: state.offset + page.length,
              done: page.length < Common.MAX_PAGE_SIZE,
              fields: [
                ...state.fields,
                ...page.flatMap((field): Array<ExtraField> => {
                  if (field.type === "base" || !/^\d+$/.test(field.field_id)) return []
                  const options = new Map<string, number>()
                  for (const option of field.options ?? []) {
                    for (const language of ["en", "pt", "br", "es", "de", "hu", "fr"] as const) {
                      const label = option[language]
                      if (label && !options.has(label.toLowerCase())) options.set(label.toLowerCase(), option.option_id)
                    }
                  }
                  return [{ field_id: Number(field.field_id), name: field.name, format: field.format, options }]
                })
              ]
            })
          )
      }
    )
  ).pipe(Effect.map((state) => state.fields))

/** A progress line on stderr, only on a terminal, at most five times a second. */
const progress = () => {
  const enabled = process.stderr.isTTY === true
  let last = 0
  return {
    update: (text: string) => {
      if (!enabled) return
      const now = Date.now()
      if (now - last < 200) return
      last = now
      process.stderr.write(`\r\u001b[2K${text}`)
    },
    done: () => {
      if (enabled) process.stderr.write("\r\u001b[2K")
    }
  }
}

const importCommand = Command.make(
  "import",
  {
    file: Args.file({ name: "file", exists: "yes" }).pipe(Args.withDescription("A CSV, JSON (array) or NDJSON file")),
    list: Options.integer("list").pipe(Options.withAlias("list-id"), Options.withDescription("ID of the list")),
    compareField: Options.text("compare-field").pipe(
      Options.withDefault("email"),
      Options.withDescription("The unique field that identifies a contact")
    ),
    mode: Options.choice("mode", ["add", "update", "update_only"]).pipe(Options.withDefault("add" as const)),
    map: Options.keyValueMap("map").pipe(
      Options.withDescription("column=field, to map a column to a base field or an extra field (name or ID)"),
      Options.optional
    ),
    format: Options.choice("format", ["csv", "json", "ndjson"]).pipe(Options.optional),
    failed: Options.text("failed").pipe(
      Options.withDescription("Write the rows that failed, with why, to this file"),
      Options.optional
    ),
    batchSize: Options.integer("batch-size").pipe(Options.withDefault(10_000)),
    concurrency: Options.integer("concurrency").pipe(Options.withDefault(2)),
    global: globalOptions
  },
  (options) => runImport(options)
).pipe(Command.withDescription("Import contacts from a CSV, JSON or NDJSON file, streaming, every row accounted for"))

interface ImportOptions {
  readonly file: string
  readonly list: number
  readonly compareField: string
  readonly mode: "add" | "update" | "update_only"
  readonly map: Option.Option<HashMap.HashMap<string, string>>
  readonly format: Option.Option<RecordFormat>
  readonly failed: Option.Option<string>
  readonly batchSize: number
  readonly concurrency: number
  readonly global: GlobalOptions
}

const runImport = (options: ImportOptions) =>
  Effect.gen(function* () {
    const terminal = currentTerminal()
    const format = formatOf(options.file, Option.getOrUndefined(options.format))
    const connection = yield* connect(options.global)
    const explicit = new Map(Option.match(options.map, { onNone: () => [], onSome: (map) => HashMap.toEntries(map) }))
    const extraFields = options.global.dryRun
      ? []
      : yield* extraFieldsOf(options.list).pipe(Effect.provide(connection.layer))
    const failedFile = Option.map(options.failed, (path) => createWriteStream(path))
    const counts = { read: 0, invalid: 0, accepted: 0, rejected: 0, requests: 0 }
    const reasons = new Map<string, number>()
    let mapping: ColumnMapping = { base: new Map(), extra: new Map(), ignored: [] }
    const seen = new Set<string>()
    let failedHeader: ReadonlyArray<string> | undefined
    const bar = progress()

    // The failed rows, in the input's format with their line and error: a CSV with two more columns,
    // a JSON array, or NDJSON; each record keeps its own fields, so the file can be fixed and imported again.
    let failedCount = 0
    const fail = (record: { readonly line: number; readonly data: Record<string, unknown> }, reason: string) =>
      Effect.gen(function* () {
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
        if (Option.isNone(failedFile)) return
        const first = failedCount++ === 0
        if (format === "csv") {
          if (!failedHeader) {
            failedHeader = Object.keys(record.data)
            yield* writeLine(failedFile.value, csvLine([...failedHeader, "line", "error"]))
          }
          yield* writeLine(
            failedFile.value,
            csvLine([...failedHeader.map((column) => record.data[column]), record.line, reason])
          )
        } else {
          const text = JSON.stringify({ ...record.data, line: record.line, error: reason })
          yield* writeLine(failedFile.value, format === "json" ? `${first ? "[" : ","}${text}` : text)
        }
      })
    const closeFailed = Effect.gen(function* () {
      if (Option.isNone(failedFile)) return
      if (format === "json") yield* writeLine(failedFile.value, failedCount === 0 ? "[]" : "]")
      yield* closeStream(failedFile.value)
    })

    /** One record to a row to send, or none when it is invalid (then it is reported and written to --failed). */
    const toRow = (record: SourceRecord) =>
      Effect.gen(function* () {
        counts.read++
        // CSV rows share the header; JSON records may each bring keys the earlier ones lacked.
        const unseen = Object.keys(record.data).filter((column) => !seen.has(column))
        if (unseen.length > 0 && !("base" in record.data || "extra" in record.data)) {
          for (const column of unseen) seen.add(column)
          const mapped = mapColumns(unseen, extraFields, explicit)
          if (Either.isLeft(mapped)) return yield* new CliUsageError({ detail: mapped.left })
          mapping = {
            base: new Map([...mapping.base, ...mapped.right.base]),
            extra: new Map([...mapping.extra, ...mapped.right.extra]),
            ignored: [...mapping.ignored, ...mapped.right.ignored]
          }
          const ignored = mapped.right.ignored.filter((column) => !FAILURE_KEYS.includes(column))
          if (ignored.length > 0) {
            terminal.err(`Columns not imported (no field of that name; use --map): ${ignored.join(", ")}`)
          }
        }
        const contact = toContact(record, mapping)
        if (Either.isLeft(contact)) {
          counts.invalid++
          yield* fail(record, contact.left)
          return undefined
        }
        return { line: record.line, contact: contact.right, data: record.data } satisfies ImportRow
      })

    // Records travel in groups of RECORD_GROUP, so the stream's per-element work is paid once per group.
    const rows = Stream.fromAsyncIterable(
      inGroups(readRecords(options.file, format), RECORD_GROUP),
      (error) =>
        new CliUsageError({ detail: `${options.file}: ${error instanceof Error ? error.message : String(error)}` })
    ).pipe(
      Stream.mapEffect((records) =>
        Effect.gen(function* () {
          const valid: Array<ImportRow> = []
          for (const record of records) {
            const row = yield* toRow(record)
            if (row) valid.push(row)
          }
          return valid
        })
      ),
      Stream.flattenIterables
    )

    const importOptions = {
      list_id: options.list,
      mode: options.mode,
      compare_field: compareFieldOf(options.compareField, extraFields),
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      contactOf: (row: ImportRow) => row.contact
    }

    const send = options.global.dryRun
      ? // The batches Bulk.importContacts would send, counted.
        Bulk.batches(rows, {
          maxItems: options.batchSize,
          minItems: 2,
          maxBytes: EgoiConfig.MAX_BODY_BYTES - ENVELOPE_BYTES,
          measure: (row) => row.contact
        }).pipe(
          Stream.runForEach(() =>
            Effect.sync(() => {
              counts.requests++
            })
          )
        )
      : Bulk.importContacts(rows, importOptions).pipe(
          Stream.runForEach(({ batch, result }) =>
            Effect.gen(function* () {
              counts.requests++
              if (Either.isRight(result)) counts.accepted += batch.items.length
              else {
                counts.rejected += batch.items.length
                for (const row of batch.items) yield* fail(row, result.left.message)
              }
              bar.update(
                `${counts.read} rows read · ${counts.accepted} accepted · ${counts.invalid + counts.rejected} failed`
              )
            })
          ),
          Effect.provide(connection.layer)
        )
    // The --failed file is complete (a JSON array closed) even when the import stops on an error.
    yield* send.pipe(Effect.ensuring(Effect.zipRight(Effect.sync(bar.done), closeFailed)))

    const summary = {
      file: options.file,
      list_id: options.list,
      rows: counts.read,
      accepted: counts.accepted,
      failed: counts.invalid + counts.rejected,
      invalid: counts.invalid,
      rejected: counts.rejected,
      requests: counts.requests,
      dry_run: options.global.dryRun,
      reasons: Object.fromEntries(reasons)
    }
    if (options.global.json || !terminal.isTTY) terminal.out(JSON.stringify(summary, null, 2))
    else {
      terminal.out(
        options.global.dryRun
          ? `Dry run: ${counts.read} rows read, ${counts.read - counts.invalid} valid contacts in ${counts.requests} requests; nothing was sent.`
          : `${counts.accepted} of ${counts.read} contacts accepted for import into list ${options.list} in ${counts.requests} requests (E-goi adds them in the background).`
      )
      if (summary.failed > 0) {
        terminal.out(`${summary.failed} rows failed:`)
        for (const [reason, count] of reasons) terminal.out(`  ${count} × ${reason}`)
        if (Option.isSome(options.failed))
          terminal.out(`The failed rows are in ${options.failed.value}, ready to fix and retry.`)
      }
    }
    if (summary.failed > 0)
      return yield* new CliUsageError({ detail: `${summary.failed} of ${counts.read} rows were not imported` })
  })

const EXPORT_BASE = [
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

/** Pages fetched at once by `export`, after the first. */
const EXPORT_CONCURRENCY = 2

/**
 * Every contact of a list, page by page, in order. The first page gives the total; the other pages
 * are then fetched two at a time, so E-goi prepares one while the CLI decodes and writes the other.
 * Without a total, the pages come one after the other until a short one.
 */
const pagesOf = (listId: number) =>
  Stream.unwrap(
    Effect.gen(function* () {
      const client = yield* EgoiClient.EgoiClient
      const limit = Common.MAX_PAGE_SIZE
      const first = yield* client.contacts.getAllContacts({ list_id: listId, offset: 0, limit })
      const rest =
        first.items.length < limit
          ? Stream.empty
          : first.total_items === undefined
            ? Pagination.stream(client.contacts.getAllContacts, { list_id: listId, offset: limit, limit }).pipe(
                Stream.chunks,
                Stream.map((chunk) => Chunk.toReadonlyArray(chunk))
              )
            : Stream.iterate(limit, (offset) => offset + limit).pipe(
                Stream.takeWhile((offset) => offset < first.total_items!),
                Stream.mapEffect(
                  (offset) =>
                    Effect.map(
                      client.contacts.getAllContacts({ list_id: listId, offset, limit }),
                      (page) => page.items
                    ),
                  { concurrency: EXPORT_CONCURRENCY }
                )
              )
      return Stream.concat(Stream.make(first.items), rest)
    })
  )

const exportCommand = Command.make(
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
        yield* Effect.flatMap(EgoiClient.EgoiClient, (client) =>
          Effect.either(client.contacts.getAllContacts({ list_id: list, offset: 0, limit: 1000 }))
        ).pipe(Effect.provide(connection.layer))
        const [captured] = connection.captured
        if (captured) terminal.out(toCurl(captured))
        return
      }
      const extraFields = yield* extraFieldsOf(list).pipe(Effect.provide(connection.layer))
      const sink = Option.match(output, { onNone: () => undefined, onSome: (path) => createWriteStream(path) })
      if (format === "csv")
        yield* writeLine(
          sink ?? process.stdout,
          csvLine([...EXPORT_BASE, "tags", ...extraFields.map((field) => field.name)])
        )
      const bar = progress()
      let written = 0
      yield* pagesOf(list).pipe(
        // A page at a time: its lines are written together, waiting when the output is full.
        Stream.runForEach((contacts) => {
          let text = ""
          for (const contact of contacts) {
            if (format === "ndjson") {
              text += `${JSON.stringify(contact)}\n`
              continue
            }
            const base = contact.base as Record<string, unknown>
            const extra = new Map(contact.extra.map((value) => [value.field_id, value.value]))
            text += `${csvLine([
              ...EXPORT_BASE.map((field) => base[field]),
              contact.tags.join(";"),
              ...extraFields.map((field) => {
                const value = extra.get(field.field_id)
                return Array.isArray(value) ? value.join(";") : value
              })
            ])}\n`
          }
          written += contacts.length
          bar.update(`${written} contacts exported`)
          return writeText(sink ?? process.stdout, text)
        }),
        Effect.provide(connection.layer)
      )
      bar.done()
      if (sink) yield* closeStream(sink)
      terminal.err(`${written} contacts of list ${list} exported${Option.isSome(output) ? ` to ${output.value}` : ""}`)
    })
).pipe(Command.withDescription("Export every contact of a list as CSV or NDJSON, page by page"))

/** The workflow commands added to the derived `contacts` group. */
export const contactsWorkflows = [importCommand, exportCommand] as const
