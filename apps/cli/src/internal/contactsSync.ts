/**
 * `egoi contacts sync`: the file's contacts read as `import` reads them (columns to fields, every row
 * checked), the difference with the list taken and applied by core's `Sync`, and a summary that
 * accounts for every row.
 *
 * @internal
 */
import { existsSync } from "node:fs"
import type * as Bulk from "@egoi-ts/core/Bulk"
import type * as Contacts from "@egoi-ts/core/Contacts"
import * as EgoiClient from "@egoi-ts/core/EgoiClient"
import * as ExtraFields from "@egoi-ts/core/ExtraFields"
import * as Sync from "@egoi-ts/core/Sync"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { connect } from "./client.js"
import { type ColumnMapping, emptyMapping, extendMapping, isContactRecord, toContact } from "./columns.js"
import { goAhead } from "./confirm.js"
import { CliUsageError, RowsNotImported } from "./errors.js"
import { ExitCode } from "./exitCode.js"
import type { Io } from "./io.js"
import { formatOf, type RecordFormat, readRecords } from "./records.js"
import { runToExitCode } from "./runEffect.js"
import { resolveSettings } from "./settings.js"
import type { Parsed } from "./spec.js"
import { terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

/** Every row of the file as a contact, or the reason it is not one, with its line. */
const readContacts = (file: string, format: RecordFormat, listId: number, map: ReadonlyMap<string, string>) =>
  Effect.gen(function* () {
    const extraFields = yield* ExtraFields.list(listId)
    const contacts: Array<Contacts.ContactInput> = []
    const lines: Array<number> = []
    const invalid: Array<{ line: number; reason: string }> = []
    let mapping: ColumnMapping = emptyMapping
    yield* Effect.tryPromise({
      try: async () => {
        for await (const record of readRecords(file, format)) {
          if (!isContactRecord(record.data)) {
            const extended = extendMapping(mapping, Object.keys(record.data), extraFields, map)
            if (Either.isLeft(extended)) throw new CliUsageError({ detail: extended.left })
            mapping = extended.right.mapping
          }
          const contact = toContact(record, mapping)
          if (Either.isLeft(contact)) invalid.push({ line: record.line, reason: contact.left })
          else {
            contacts.push(contact.right)
            lines.push(record.line)
          }
        }
      },
      catch: (error) =>
        error instanceof CliUsageError
          ? error
          : new CliUsageError({ detail: `${file}: ${error instanceof Error ? error.message : String(error)}` })
    })
    return { contacts, lines, invalid }
  })

export const runSync = async (parsed: Parsed, io: Io): Promise<number> => {
  const { flags, path } = parsed
  const terminal = terminalOf(io, { noColor: flags["no-color"] === true })
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, path)
  for (const notice of resolved.settings.notices) terminal.err(notice)
  const file = parsed.args[0]!
  if (!existsSync(file)) return reportUsage(terminal, `no file ${file}`, path)
  const listId = flags.list as number
  const key = (flags.key as string | undefined) ?? "email"
  const missing = (flags.missing as Sync.MissingAction | undefined) ?? "keep"
  const dryRun = flags["dry-run"] === true
  const json = flags.json === true || !terminal.isTTY

  let cancelled = false
  const work = Effect.gen(function* () {
    const map = new Map(Object.entries((flags.map as Record<string, string> | undefined) ?? {}))
    const read = yield* readContacts(file, formatOf(file, flags.format as RecordFormat | undefined), listId, map)
    const plan = yield* Sync.plan(read.contacts, { list_id: listId, key })
    const invalid = [
      ...read.invalid,
      ...plan.invalid.map((at) => ({ line: read.lines[at]!, reason: `no ${key}` })),
      ...plan.repeated.map((at) => ({ line: read.lines[at]!, reason: `${key} repeated from an earlier row` }))
    ].sort((a, b) => a.line - b.line)
    const summary = {
      file,
      list_id: listId,
      key,
      new: plan.create.length,
      changed: plan.update.length,
      unchanged: plan.unchanged,
      missing: plan.missing.length,
      missing_action: missing,
      invalid: invalid.length,
      dry_run: dryRun
    }
    if (dryRun) {
      if (json)
        terminal.out(JSON.stringify({ ...summary, invalid_rows: invalid, missing_contacts: plan.missing }, null, 2))
      else {
        terminal.out(
          `${summary.new} new, ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.missing} missing (would be: ${missing}), ${summary.invalid} invalid rows`
        )
        for (const row of invalid) terminal.out(`  line ${row.line}: ${row.reason}`)
        for (const contact of plan.missing) terminal.out(`  missing: ${contact.key} (${contact.contact_id})`)
        terminal.err("Dry run: nothing was changed.")
      }
      return
    }
    if (missing === "forget" && plan.missing.length > 0) {
      const question = `Forget ${plan.missing.length} contacts of list ${listId} that ${file} lacks? It cannot be undone.`
      if (!(yield* Effect.promise(() => goAhead(io, flags, question)))) {
        terminal.err("Cancelled: nothing was changed.")
        cancelled = true
        return
      }
    }
    const applied = yield* Sync.apply(plan, {
      list_id: listId,
      missing,
      batchSize: (flags["batch-size"] as number | undefined) ?? 10_000
    })
    const failedRows = <A>(report: Bulk.Report<A> | undefined) =>
      [...(report?.failed ?? []), ...(report?.unknown ?? [])].reduce((sum, failure) => sum + failure.items.length, 0)
    const result = {
      ...summary,
      imported: applied.imported.accepted,
      import_failed: failedRows(applied.imported),
      removed: applied.missing?.accepted ?? 0,
      remove_failed: applied.missing === undefined ? 0 : failedRows(applied.missing)
    }
    if (json) terminal.out(JSON.stringify(result, null, 2))
    else {
      terminal.out(
        `${result.imported} contacts imported (${summary.new} new, ${summary.changed} changed), ${summary.unchanged} unchanged; ${result.removed} missing contacts ${missing === "forget" ? "forgotten" : missing === "unsubscribe" ? "unsubscribed" : "kept"}`
      )
      if (invalid.length > 0) terminal.out(`${invalid.length} invalid rows were not sent (--dry-run lists them)`)
    }
    const failed = result.import_failed + result.remove_failed
    if (failed > 0) {
      const first = applied.imported.failed[0]?.error ?? applied.missing?.failed[0]?.error
      terminal.err(`${failed} changes were not applied: run the same command again to resume.`)
      return yield* new RowsNotImported({ failed, rows: read.contacts.length + read.invalid.length, rejection: first })
    }
  })
  const program = Effect.flatMap(connect(resolved.settings, { requiresKey: true, dryRun: false }), (connection) =>
    Effect.provide(work, EgoiClient.layerWith(connection.options))
  )
  const code = await runToExitCode(program, terminal, io)
  return cancelled ? ExitCode.error : code
}
