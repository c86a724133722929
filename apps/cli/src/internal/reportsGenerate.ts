/**
 * `egoi reports <kind>`: an advanced report generated with every column of its kind for a period
 * and some lists (or their campaigns, or forms), waited for by polling (its state on the progress
 * line of a terminal), its CSV file downloaded to `--output`. The file's path goes to stdout, so a
 * script can keep it; what happened goes to stderr.
 *
 * @internal
 */
import * as AdvancedReportFile from "@egoi-ts/core/AdvancedReportFile"
import * as AdvancedReports from "@egoi-ts/core/AdvancedReports"
import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { REPORT_COMMANDS } from "../commands/reportsGenerate.js"
import { connect } from "./client.js"
import { CliUsageError } from "./errors.js"
import type { Io } from "./io.js"
import * as Progress from "./progress.js"
import { fileSink } from "./records.js"
import { runToExitCode } from "./runEffect.js"
import { resolveSettings } from "./settings.js"
import type { Parsed } from "./spec.js"
import { terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A day given alone covers the whole day: from its first second (`from`) to its last (`to`). */
export const periodBound = (value: string, end: boolean): string =>
  DAY.test(value) ? `${value} ${end ? "23:59:59" : "00:00:00"}` : value

/** What a report of a kind asks for: every column of the kind, the base fields given, the lists, campaigns or forms. */
export const requestOf = (
  kind: AdvancedReports.ReportKind,
  options: {
    readonly title: string
    readonly from: string
    readonly to: string
    readonly lists: ReadonlyArray<number>
    readonly fields: ReadonlyArray<string>
    readonly campaigns: ReadonlyArray<string>
    readonly forms: ReadonlyArray<number>
  }
): Record<string, unknown> => {
  const by = REPORT_COMMANDS.find((command) => command.kind === kind)!.by
  const range = { start: periodBound(options.from, false), end: periodBound(options.to, true) }
  if (by === "forms") {
    return { title: options.title, range, forms: options.lists.map((list_id) => ({ list_id, forms: options.forms })) }
  }
  const columns: Record<string, unknown> = { list_base_fields: options.fields }
  for (const [group, names] of Object.entries(AdvancedReports.REPORT_COLUMNS[kind])) {
    columns[group] = Object.fromEntries((names ?? []).map((name) => [name, true]))
  }
  const selection =
    by === "lists"
      ? { lists: options.lists }
      : {
          campaigns: options.lists.map((list_id) =>
            options.campaigns.length > 0
              ? { list_id, type: "specific" as const, data: options.campaigns }
              : { list_id, type: "all" as const }
          )
        }
  const withUnopens = kind === "email-events" || kind === "email-bounces" ? { include_unopens: true } : {}
  return { title: options.title, range, ...selection, columns, options: withUnopens }
}

export const runReport = async (parsed: Parsed, io: Io): Promise<number> => {
  const { flags, path } = parsed
  const terminal = terminalOf(io, { noColor: flags["no-color"] === true })
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, path)
  for (const notice of resolved.settings.notices) terminal.err(notice)
  const kind = path[path.length - 1] as AdvancedReports.ReportKind
  const from = flags.from as string
  const to = flags.to as string
  const output = flags.output as string
  const interval = (flags.interval as number | undefined) ?? 5
  const timeout = flags.timeout as number | undefined
  const request = requestOf(kind, {
    title: (flags.title as string | undefined) ?? `${kind} ${from} to ${to}`,
    from,
    to,
    lists: (flags.list as ReadonlyArray<number> | undefined) ?? [],
    fields: (flags.field as ReadonlyArray<string> | undefined) ?? ["email"],
    campaigns: (flags.campaign as ReadonlyArray<string> | undefined) ?? [],
    forms: (flags.form as ReadonlyArray<number> | undefined) ?? []
  })
  const program = Effect.gen(function* () {
    const connection = yield* connect(resolved.settings, { requiresKey: true, dryRun: false })
    const work = Effect.gen(function* () {
      const progress = yield* Progress.Progress
      yield* progress.update(`Generating the ${kind} report`)
      const report = yield* AdvancedReportFile.generate(kind, request as never, {
        poll: Schedule.exponential(Duration.seconds(interval), 1.5).pipe(
          Schedule.union(Schedule.spaced(Duration.seconds(Math.max(interval, 30))))
        ),
        deadline: timeout === undefined ? undefined : Duration.seconds(timeout),
        onLook: (seen) => progress.update(`Report ${seen.advanced_report_id} is ${seen.status ?? "queued"}`)
      }).pipe(Effect.ensuring(progress.done))
      if (report.status !== "finished") {
        return yield* new CliUsageError({
          detail: `Report ${report.advanced_report_id} ended ${report.status ?? "without a state"}: it has no file`
        })
      }
      const sink = yield* fileSink(output)
      let rows = -1
      yield* AdvancedReportFile.download(report).pipe(
        Stream.decodeText(),
        Stream.runForEach((text) => {
          rows += text.split("\n").length - 1
          return sink.write(text)
        })
      )
      yield* sink.close
      return { report, rows: rows + 1 }
    })
    const { report, rows } = yield* work.pipe(
      Effect.provide(EgoiTransport.layerWith(connection.options)),
      Effect.provide(Progress.live(io.stderr))
    )
    terminal.err(`Report ${report.advanced_report_id} (${kind}): ${rows} rows written to ${output}`)
    if (flags.json === true) {
      terminal.out(
        JSON.stringify(
          { advanced_report_id: report.advanced_report_id, kind, title: report.title, rows, output },
          null,
          2
        )
      )
    } else terminal.out(output)
  })
  return runToExitCode(program, terminal, io)
}
