/**
 * `egoi contacts import`: a CSV, JSON or NDJSON file of any size into a list, as a stream. Each row
 * is checked before it is sent; the valid ones go with `actionImportBulk` in requests under E-goi's
 * limits; the summary accounts for every row, and `--failed` keeps the failed ones to fix and retry.
 * The reading, counting and reporting are `recordImport.ts`'s, shared with the other imports.
 *
 * @internal
 */
import * as Bulk from "@egoi-ts/core/Bulk"
import type * as Contacts from "@egoi-ts/core/Contacts"
import type * as EgoiError from "@egoi-ts/core/EgoiError"
import * as ExtraFields from "@egoi-ts/core/ExtraFields"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import {
  type ColumnMapping,
  compareFieldOf,
  emptyMapping,
  extendMapping,
  isContactRecord,
  toContact
} from "./columns.js"
import { CliUsageError } from "./errors.js"
import type { Io } from "./io.js"
import {
  describeCounts,
  type ImportCounts,
  importRecords,
  type RecordHandling,
  runImportCommand
} from "./recordImport.js"
import type { RecordFormat } from "./records.js"
import type { Parsed } from "./spec.js"
import type { Terminal } from "./terminal.js"

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

/**
 * The summary the command prints: every row of the file is accepted or failed. Rows sent without an
 * answer (`unknown`) are written to the `--failed` file with the rest; importing them again is safe,
 * an import upserts.
 */
export interface ImportSummary extends ImportCounts {
  readonly file: string
  readonly list_id: number
}

/** The summary, and the first error E-goi answered for a request, if it refused any. */
export interface ImportReport {
  readonly summary: ImportSummary
  readonly rejection: EgoiError.EgoiError | undefined
}

/**
 * Imports a file, or with `dryRun` only checks it. Notices (columns that are not imported) go to the
 * terminal's stderr as soon as they are known; the progress line to `Progress`.
 */
export const importFile = (options: ImportOptions, terminal: Terminal) =>
  Effect.gen(function* () {
    const { counts, rejection } = yield* importRecords({
      file: options.file,
      format: options.format,
      failed: options.failed,
      dryRun: options.dryRun,
      batchSize: options.batchSize,
      minItems: 2,
      handling: Effect.map(
        options.dryRun ? Effect.succeed([]) : ExtraFields.list(options.list),
        (extraFields): RecordHandling<Contacts.ContactInput> => {
          let mapping: ColumnMapping = emptyMapping
          return {
            // One record to the contact to send, or why it is not one (then it is reported and written to --failed).
            check: (record) =>
              Effect.gen(function* () {
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
                return toContact(record, mapping)
              }),
            send: (rows) =>
              Bulk.importContacts(rows, {
                list_id: options.list,
                mode: options.mode,
                compare_field: compareFieldOf(options.compareField, extraFields),
                batchSize: options.batchSize,
                concurrency: options.concurrency,
                contactOf: (row) => row.item
              })
          }
        }
      )
    })
    const summary: ImportSummary = { file: options.file, list_id: options.list, ...counts }
    return { summary, rejection } satisfies ImportReport
  })

/** The summary for a person: what was imported (or would be) and why rows failed. */
export const describeImport = (summary: ImportSummary, failedFile: string | undefined): ReadonlyArray<string> =>
  describeCounts(summary, failedFile, { noun: "contacts", into: `list ${summary.list_id}`, retrySafe: true })

export const runImport = (parsed: Parsed, io: Io): Promise<number> =>
  runImportCommand(parsed, io, (file, format) => {
    const { flags } = parsed
    const failed = flags.failed as string | undefined
    const dryRun = flags["dry-run"] === true
    return {
      file,
      format,
      failed,
      dryRun,
      run: (terminal) =>
        importFile(
          {
            file,
            list: flags.list as number,
            format,
            compareField: (flags["compare-field"] as string | undefined) ?? "email",
            mode: (flags.mode as ImportOptions["mode"] | undefined) ?? "add",
            map: new Map(Object.entries((flags.map as Record<string, string> | undefined) ?? {})),
            failed,
            batchSize: (flags["batch-size"] as number | undefined) ?? 10_000,
            concurrency: (flags.concurrency as number | undefined) ?? 2,
            dryRun
          },
          terminal
        ),
      describe: (summary) => describeImport(summary, failed)
    }
  })
