/**
 * `egoi contacts import`: a CSV, JSON or NDJSON file of any size into a list, as a stream. Each row
 * is checked before it is sent; the valid ones go with `actionImportBulk` in requests under E-goi's
 * limits; the summary accounts for every row, and `--failed` keeps the failed ones to fix and retry.
 *
 * @internal
 */
import { existsSync } from "node:fs"
import * as Bulk from "@egoi-ts/core/Bulk"
import type * as Contacts from "@egoi-ts/core/Contacts"
import * as EgoiClient from "@egoi-ts/core/EgoiClient"
import * as EgoiConfig from "@egoi-ts/core/EgoiConfig"
import type * as EgoiError from "@egoi-ts/core/EgoiError"
import * as ExtraFields from "@egoi-ts/core/ExtraFields"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import { connect } from "./client.js"
import {
  type ColumnMapping,
  compareFieldOf,
  emptyMapping,
  extendMapping,
  isContactRecord,
  toContact
} from "./columns.js"
import { CliUsageError, RowsNotImported } from "./errors.js"
import type { Io } from "./io.js"
import * as Progress from "./progress.js"
import {
  fileSink,
  formatOf,
  inGroups,
  type RecordFormat,
  type RecordWriter,
  readRecords,
  recordWriter,
  type SourceRecord
} from "./records.js"
import { runToExitCode } from "./runEffect.js"
import { resolveSettings } from "./settings.js"
import type { Parsed } from "./spec.js"
import { type Terminal, terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

/** What `egoi contacts import` is asked to do. */
export interface ImportOptions {
  readonly file: string
  readonly list: number
  readonly format: RecordFormat
  readonly compareField: string
  readonly mode: "add" | "update" | "update_only"
  /** `--map column=field`. */
  readonly map: ReadonlyMap<string, string>
  /** Where to write the failed rows, if anywhere. */
  readonly failed: string | undefined
  readonly batchSize: number
  readonly concurrency: number
  /** Check every row and count the requests; send nothing. */
  readonly dryRun: boolean
}

/** The summary the command prints: every row of the file is accepted or failed. */
export interface ImportSummary {
  readonly file: string
  readonly list_id: number
  readonly rows: number
  readonly accepted: number
  readonly failed: number
  /** Rows that were not valid contacts, never sent. */
  readonly invalid: number
  /** Rows of requests E-goi refused. */
  readonly rejected: number
  /**
   * Rows of requests that got no answer after they were sent: they may have been imported. They are
   * written to the `--failed` file with the rest; importing them again is safe, an import upserts.
   */
  readonly unknown: number
  readonly requests: number
  readonly dry_run: boolean
  /** How many rows failed for each reason. */
  readonly reasons: Record<string, number>
}

/** The summary, and the first error E-goi answered for a request, if it refused any. */
export interface ImportReport {
  readonly summary: ImportSummary
  readonly rejection: EgoiError.EgoiError | undefined
}

/** How many records are read, checked and passed on together. */
const RECORD_GROUP = 1000

/** A row on its way to E-goi. */
interface ImportRow {
  readonly line: number
  readonly contact: Contacts.ContactInput
  readonly data: Record<string, unknown>
}

/**
 * Imports a file, or with `dryRun` only checks it. Notices (columns that are not imported) go to the
 * terminal's stderr as soon as they are known; the progress line to `Progress`.
 */
export const importFile = (options: ImportOptions, terminal: Terminal) =>
  Effect.gen(function* () {
    const progress = yield* Progress.Progress
    // The --failed file is opened first: a path that cannot be written stops the import before any call.
    const failedWriter: RecordWriter | undefined = options.failed
      ? recordWriter(yield* fileSink(options.failed), options.format)
      : undefined
    const extraFields = options.dryRun ? [] : yield* ExtraFields.list(options.list)
    const counts = { read: 0, invalid: 0, accepted: 0, rejected: 0, unknown: 0, requests: 0 }
    const reasons = new Map<string, number>()
    let rejection: EgoiError.EgoiError | undefined
    let mapping: ColumnMapping = emptyMapping

    // A failed row is written in the input's format with its line and error, so the file can be fixed and imported again.
    const fail = (
      record: { readonly line: number; readonly data: Record<string, unknown> },
      reason: string,
      outcome: "failed" | "unknown" = "failed"
    ) => {
      if (outcome === "failed") reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
      return failedWriter ? failedWriter.write({ ...record.data, line: record.line, error: reason }) : Effect.void
    }

    /** One record to a row to send, or none when it is invalid (then it is reported and written to --failed). */
    const toRow = (record: SourceRecord) =>
      Effect.gen(function* () {
        counts.read++
        if (!isContactRecord(record.data)) {
          const extended = extendMapping(mapping, Object.keys(record.data), extraFields, options.map)
          if (Either.isLeft(extended)) return yield* new CliUsageError({ detail: extended.left })
          mapping = extended.right.mapping
          if (extended.right.notImported.length > 0) {
            terminal.err(
              `Columns not imported (no field of that name; use --map): ${extended.right.notImported.join(", ")}`
            )
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
      inGroups(readRecords(options.file, options.format), RECORD_GROUP),
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

    const send = options.dryRun
      ? // The batches Bulk.importContacts would send, counted.
        Bulk.batches(rows, {
          maxItems: options.batchSize,
          minItems: 2,
          maxBytes: EgoiConfig.MAX_BODY_BYTES - Bulk.ENVELOPE_BYTES,
          measure: (row) => row.contact
        }).pipe(
          Stream.runForEach(() =>
            Effect.sync(() => {
              counts.requests++
            })
          )
        )
      : Bulk.importContacts(rows, {
          list_id: options.list,
          mode: options.mode,
          compare_field: compareFieldOf(options.compareField, extraFields),
          batchSize: options.batchSize,
          concurrency: options.concurrency,
          contactOf: (row: ImportRow) => row.contact
        }).pipe(
          Stream.runForEach(({ batch, result }) =>
            Effect.gen(function* () {
              counts.requests++
              if (Either.isRight(result)) counts.accepted += batch.items.length
              else {
                rejection ??= result.left
                const outcome = Bulk.isUnknownOutcome(result.left) ? "unknown" : "failed"
                if (outcome === "unknown") counts.unknown += batch.items.length
                else counts.rejected += batch.items.length
                for (const row of batch.items) yield* fail(row, result.left.message, outcome)
              }
              yield* progress.update(
                `${counts.read} rows read · ${counts.accepted} accepted · ${counts.invalid + counts.rejected} failed${counts.unknown > 0 ? ` · ${counts.unknown} unknown` : ""}`
              )
            })
          )
        )
    // The --failed file is complete (a JSON array closed) even when the import stops on an error.
    const closeFailed = failedWriter?.close ?? Effect.void
    yield* send.pipe(
      Effect.ensuring(progress.done),
      Effect.tapErrorCause(() => Effect.ignore(closeFailed))
    )
    yield* closeFailed

    const summary: ImportSummary = {
      file: options.file,
      list_id: options.list,
      rows: counts.read,
      accepted: counts.accepted,
      failed: counts.invalid + counts.rejected,
      invalid: counts.invalid,
      rejected: counts.rejected,
      unknown: counts.unknown,
      requests: counts.requests,
      dry_run: options.dryRun,
      reasons: Object.fromEntries(reasons)
    }
    return { summary, rejection } satisfies ImportReport
  })

/** The summary for a person: what was imported (or would be) and why rows failed. */
export const describeImport = (summary: ImportSummary, failedFile: string | undefined): ReadonlyArray<string> => {
  const lines = [
    summary.dry_run
      ? `Dry run: ${summary.rows} rows read, ${summary.rows - summary.invalid} valid contacts in ${summary.requests} requests; nothing was sent.`
      : `${summary.accepted} of ${summary.rows} contacts accepted for import into list ${summary.list_id} in ${summary.requests} requests (E-goi adds them in the background).`
  ]
  if (summary.unknown > 0) {
    lines.push(
      `${summary.unknown} rows were sent without an answer: they may have been imported; importing them again is safe.`
    )
  }
  if (summary.failed > 0) {
    lines.push(`${summary.failed} rows failed:`)
    for (const [reason, count] of Object.entries(summary.reasons)) lines.push(`  ${count} × ${reason}`)
  }
  if (failedFile !== undefined && summary.failed + summary.unknown > 0) {
    lines.push(`The failed rows are in ${failedFile}, ready to fix and retry.`)
  }
  return lines
}

export const runImport = async (parsed: Parsed, io: Io): Promise<number> => {
  const { flags, path } = parsed
  const terminal = terminalOf(io, { noColor: flags["no-color"] === true })
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, path)
  for (const notice of resolved.settings.notices) terminal.err(notice)
  const file = parsed.args[0]!
  if (!existsSync(file)) return reportUsage(terminal, `no file ${file}`, path)
  const failed = flags.failed as string | undefined
  const dryRun = flags["dry-run"] === true
  const program = Effect.gen(function* () {
    // A dry run reads and checks the file only: it needs no key and sends nothing.
    const connection = yield* connect(resolved.settings, { requiresKey: !dryRun, dryRun })
    const { summary, rejection } = yield* importFile(
      {
        file,
        list: flags.list as number,
        format: formatOf(file, flags.format as RecordFormat | undefined),
        compareField: (flags["compare-field"] as string | undefined) ?? "email",
        mode: (flags.mode as ImportOptions["mode"] | undefined) ?? "add",
        map: new Map(Object.entries((flags.map as Record<string, string> | undefined) ?? {})),
        failed,
        batchSize: (flags["batch-size"] as number | undefined) ?? 10_000,
        concurrency: (flags.concurrency as number | undefined) ?? 2,
        dryRun
      },
      terminal
    ).pipe(Effect.provide(EgoiClient.layerWith(connection.options)), Effect.provide(Progress.live(io.stderr)))
    if (flags.json === true || !terminal.isTTY) terminal.out(JSON.stringify(summary, null, 2))
    else for (const line of describeImport(summary, failed)) terminal.out(line)
    if (summary.failed + summary.unknown > 0) {
      return yield* new RowsNotImported({ failed: summary.failed + summary.unknown, rows: summary.rows, rejection })
    }
  })
  return runToExitCode(program, terminal, io)
}
