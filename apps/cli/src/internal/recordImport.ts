/**
 * What every file import of the CLI shares (`egoi contacts import`, `egoi ecommerce import-products`,
 * `egoi ecommerce import-orders`): a CSV, JSON or NDJSON file read as a stream, each record checked
 * before anything is sent, the valid ones sent by a bulk helper of core, every row accounted for in
 * the counts, `--failed` keeping the failed rows (in the input's format, with their line and error)
 * to fix and retry, `--dry-run` checking the file and counting the requests without sending, and the
 * command around it (settings, connection, summary, exit code).
 *
 * @internal
 */
import { existsSync } from "node:fs"
import * as Bulk from "@egoi-ts/core/Bulk"
import * as EgoiClient from "@egoi-ts/core/EgoiClient"
import * as EgoiConfig from "@egoi-ts/core/EgoiConfig"
import type * as EgoiError from "@egoi-ts/core/EgoiError"
import type * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import { connect } from "./client.js"
import { CliUsageError, type FileError, RowsNotImported } from "./errors.js"
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

/** A checked row on its way to E-goi: its line, what it sends, and the record as read. */
export interface Row<Item> {
  readonly line: number
  readonly item: Item
  readonly data: Record<string, unknown>
}

/** How the records of one kind are checked and sent. */
export interface RecordHandling<Item> {
  /** One record checked: what to send, or why it cannot be sent. Fails to stop the whole import. */
  readonly check: (record: SourceRecord) => Effect.Effect<Either.Either<Item, string>, CliUsageError>
  /** Sends the rows with a bulk helper of core, each request's outcome in order. */
  readonly send: <E>(
    rows: Stream.Stream<Row<Item>, E>
  ) => Stream.Stream<Bulk.Outcome<Row<Item>>, E, EgoiTransport.EgoiTransport>
}

/** How to import one kind of record. */
export interface RecordImport<Item, E, R> {
  readonly file: string
  readonly format: RecordFormat
  /** Where to write the failed rows, if anywhere. */
  readonly failed: string | undefined
  /** Check every row and count the requests; send nothing. */
  readonly dryRun: boolean
  readonly batchSize: number
  /** The fewest records a request takes (2 for contacts), for the requests a dry run counts. */
  readonly minItems?: number | undefined
  /** What checking and sending need (a list's fields, say), looked up once the `--failed` file is open. */
  readonly handling: Effect.Effect<RecordHandling<Item>, E, R>
}

/** The counts every import summary reports: each row of the file is accepted or failed. */
export interface ImportCounts {
  readonly rows: number
  readonly accepted: number
  readonly failed: number
  /** Rows that were not valid records, never sent. */
  readonly invalid: number
  /** Rows of requests E-goi refused. */
  readonly rejected: number
  /** Rows of requests that got no answer after they were sent: they may have been imported. */
  readonly unknown: number
  readonly requests: number
  readonly dry_run: boolean
  /** How many rows failed for each reason. */
  readonly reasons: Record<string, number>
}

/** The counts, and the first error E-goi answered for a request, if it refused any. */
export interface ImportOutcome {
  readonly counts: ImportCounts
  readonly rejection: EgoiError.EgoiError | undefined
}

/** How many records are read, checked and passed on together. */
const RECORD_GROUP = 1000

/**
 * Imports a file, or with `dryRun` only checks it, reporting progress to `Progress`. The `--failed`
 * file is opened first, so a path that cannot be written stops the import before any call, and it
 * is complete (a JSON array closed) even when the import stops on an error.
 */
export const importRecords = <Item, E, R>(
  options: RecordImport<Item, E, R>
): Effect.Effect<ImportOutcome, CliUsageError | FileError | E, Progress.Progress | EgoiTransport.EgoiTransport | R> =>
  Effect.gen(function* () {
    const progress = yield* Progress.Progress
    const failedWriter: RecordWriter | undefined = options.failed
      ? recordWriter(yield* fileSink(options.failed), options.format)
      : undefined
    const handling = yield* options.handling
    const counts = { read: 0, invalid: 0, accepted: 0, rejected: 0, unknown: 0, requests: 0 }
    const reasons = new Map<string, number>()
    let rejection: EgoiError.EgoiError | undefined

    const fail = (
      record: { readonly line: number; readonly data: Record<string, unknown> },
      reason: string,
      outcome: "failed" | "unknown" = "failed"
    ) => {
      if (outcome === "failed") reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
      return failedWriter ? failedWriter.write({ ...record.data, line: record.line, error: reason }) : Effect.void
    }

    // Records travel in groups of RECORD_GROUP, so the stream's per-element work is paid once per group.
    const rows = Stream.fromAsyncIterable(
      inGroups(readRecords(options.file, options.format), RECORD_GROUP),
      (error) =>
        new CliUsageError({ detail: `${options.file}: ${error instanceof Error ? error.message : String(error)}` })
    ).pipe(
      Stream.mapEffect((records) =>
        Effect.gen(function* () {
          const valid: Array<Row<Item>> = []
          for (const record of records) {
            counts.read++
            const checked = yield* handling.check(record)
            if (Either.isLeft(checked)) {
              counts.invalid++
              yield* fail(record, checked.left)
            } else {
              valid.push({ line: record.line, item: checked.right, data: record.data })
            }
          }
          return valid
        })
      ),
      Stream.flattenIterables
    )

    const send = options.dryRun
      ? // The requests the bulk helper would send, counted.
        Bulk.batches(rows, {
          maxItems: options.batchSize,
          minItems: options.minItems,
          maxBytes: EgoiConfig.MAX_BODY_BYTES - Bulk.ENVELOPE_BYTES,
          measure: (row) => row.item
        }).pipe(
          Stream.runForEach(() =>
            Effect.sync(() => {
              counts.requests++
            })
          )
        )
      : handling.send(rows).pipe(
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
    const closeFailed = failedWriter?.close ?? Effect.void
    yield* send.pipe(
      Effect.ensuring(progress.done),
      Effect.tapErrorCause(() => Effect.ignore(closeFailed))
    )
    yield* closeFailed

    return {
      counts: {
        rows: counts.read,
        accepted: counts.accepted,
        failed: counts.invalid + counts.rejected,
        invalid: counts.invalid,
        rejected: counts.rejected,
        unknown: counts.unknown,
        requests: counts.requests,
        dry_run: options.dryRun,
        reasons: Object.fromEntries(reasons)
      },
      rejection
    } satisfies ImportOutcome
  })

/** How a summary names what was imported and where. */
export interface Wording {
  /** What the valid rows are, in the plural: `contacts`, `products`. */
  readonly noun: string
  /** Where they go: `list 1`, `catalog 3`. */
  readonly into: string
  /** Whether rows sent without an answer can be sent again without doing the work twice. */
  readonly retrySafe: boolean
}

/** The summary for a person: what was imported (or would be) and why rows failed. */
export const describeCounts = (
  counts: ImportCounts,
  failedFile: string | undefined,
  wording: Wording
): ReadonlyArray<string> => {
  const lines = [
    counts.dry_run
      ? `Dry run: ${counts.rows} rows read, ${counts.rows - counts.invalid} valid ${wording.noun} in ${counts.requests} requests; nothing was sent.`
      : `${counts.accepted} of ${counts.rows} ${wording.noun} accepted for import into ${wording.into} in ${counts.requests} requests (E-goi adds them in the background).`
  ]
  if (counts.unknown > 0) {
    lines.push(
      wording.retrySafe
        ? `${counts.unknown} rows were sent without an answer: they may have been imported; importing them again is safe.`
        : `${counts.unknown} rows were sent without an answer: they may have been imported; check before importing them again.`
    )
  }
  if (counts.failed > 0) {
    lines.push(`${counts.failed} rows failed:`)
    for (const [reason, count] of Object.entries(counts.reasons)) lines.push(`  ${count} × ${reason}`)
  }
  if (failedFile !== undefined && counts.failed + counts.unknown > 0) {
    lines.push(`The failed rows are in ${failedFile}, ready to fix and retry.`)
  }
  return lines
}

/** What an import command does once its file and flags are known. */
export interface ImportCommand<Summary extends ImportCounts> {
  readonly file: string
  readonly format: RecordFormat
  readonly failed: string | undefined
  readonly dryRun: boolean
  /** The import, given the terminal for its notices. */
  readonly run: (
    terminal: Terminal
  ) => Effect.Effect<
    { readonly summary: Summary; readonly rejection: EgoiError.EgoiError | undefined },
    unknown,
    Progress.Progress | EgoiTransport.EgoiTransport | EgoiClient.EgoiClient
  >
  readonly describe: (summary: Summary) => ReadonlyArray<string>
}

/**
 * Runs an import command: its settings and connection (a dry run needs no key and sends nothing),
 * its summary (for a person on a terminal, JSON when piped or with `--json`) and its exit code.
 */
export const runImportCommand = async <Summary extends ImportCounts>(
  parsed: Parsed,
  io: Io,
  command: (file: string, format: RecordFormat) => ImportCommand<Summary>
): Promise<number> => {
  const { flags, path } = parsed
  const terminal = terminalOf(io, { noColor: flags["no-color"] === true })
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, path)
  for (const notice of resolved.settings.notices) terminal.err(notice)
  const file = parsed.args[0]!
  if (!existsSync(file)) return reportUsage(terminal, `no file ${file}`, path)
  const plan = command(file, formatOf(file, flags.format as RecordFormat | undefined))
  const program = Effect.gen(function* () {
    const connection = yield* connect(resolved.settings, { requiresKey: !plan.dryRun, dryRun: plan.dryRun })
    const { summary, rejection } = yield* plan
      .run(terminal)
      .pipe(Effect.provide(EgoiClient.layerWith(connection.options)), Effect.provide(Progress.live(io.stderr)))
    if (flags.json === true || !terminal.isTTY) terminal.out(JSON.stringify(summary, null, 2))
    else for (const line of plan.describe(summary)) terminal.out(line)
    if (summary.failed + summary.unknown > 0) {
      return yield* new RowsNotImported({ failed: summary.failed + summary.unknown, rows: summary.rows, rejection })
    }
  })
  return runToExitCode(program, terminal, io)
}
