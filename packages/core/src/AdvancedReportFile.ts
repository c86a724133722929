/**
 * Generating an advanced report and getting its file, as one step: E-goi answers a `generate*` call
 * with a bare 202 and no ID, so {@link generate} notes the reports already listed, starts the
 * report, takes the new one as its own, and waits until it is no longer queued, running or paused,
 * by polling `getAllAdvancedReports` with backoff (a `Schedule`) or, when given, by the report's
 * callback, whichever first. {@link download} streams the finished report's file.
 *
 * ```ts
 * const report = yield* AdvancedReportFile.generate("sends", {
 *   title: "May sends",
 *   range: { start: "2024-05-01 00:00:00", end: "2024-05-31 23:59:59" },
 *   lists: [1],
 *   columns: { list_base_fields: ["email"] },
 *   options: {}
 * }, { deadline: "10 minutes" })
 * const csv = yield* Stream.mkString(Stream.decodeText(AdvancedReportFile.download(report)))
 * ```
 *
 * @since 0.1.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as Data from "effect/Data"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import type * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as AdvancedReports from "./AdvancedReports.js"
import { type EgoiError, TransportError, UnexpectedStatus } from "./EgoiError.js"
import { EgoiTransport } from "./EgoiTransport.js"
import * as GroupClient from "./GroupClient.js"
import * as Waiting from "./internal/waiting.js"
import * as Pagination from "./Pagination.js"

/**
 * What a report can be generated from: a kind of report, or `model` (a saved model, by `model_id`).
 *
 * @since 0.1.0
 * @category models
 */
export type Source = AdvancedReports.ReportKind | "model"

/**
 * The request of each {@link Source}, as the client takes it.
 *
 * @since 0.1.0
 * @category models
 */
export type RequestOf<S extends Source> = S extends AdvancedReports.ReportKind
  ? Schema.Schema.Type<(typeof AdvancedReports.REPORT_KINDS)[S]["request"]>
  : typeof AdvancedReports.ByModelReportRequest.Type

/**
 * Options of {@link generate} and {@link waitFor}.
 *
 * @since 0.1.0
 * @category models
 */
export interface WaitOptions {
  /** When to look at the report again: {@link defaultPoll} unless given. */
  readonly poll?: Schedule.Schedule<unknown, unknown> | undefined
  /** How long the whole wait may take; no limit unless given. `TimeoutError` (scope `deadline`) after it. */
  readonly deadline?: Duration.DurationInput | undefined
  /** Completes with the body POSTed to the report's `callback_url`: the wait then ends without polling further. */
  readonly callback?: Effect.Effect<unknown> | undefined
  /** Told the report as each look finds it (to show its state while waiting). */
  readonly onLook?: ((report: AdvancedReports.AdvancedReport) => Effect.Effect<void>) | undefined
}

/**
 * The polling used unless told otherwise: after 1 s, each wait half as long again as the last, at
 * most 30 s.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultPoll: Schedule.Schedule<unknown, unknown> = Waiting.defaultPoll

/** The states a report is still on its way from. */
const PENDING: ReadonlySet<string> = new Set(["queued", "running", "paused"])

/**
 * Whether a report is done, well or not: `finished` (with its file), or `error`, `canceled`,
 * `stopped`.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isDone = (report: AdvancedReports.AdvancedReport): boolean => !PENDING.has(report.status ?? "queued")

/**
 * A report has no file to download: it ended without one (`error`, `canceled`, `stopped`) or has not
 * finished yet.
 *
 * @since 0.1.0
 * @category errors
 */
export class ReportUnavailable extends Data.TaggedError("ReportUnavailable")<{
  readonly advanced_report_id: number
  readonly status: string
}> {
  override get message(): string {
    return `Advanced report ${this.advanced_report_id} has no file: it is ${this.status}`
  }
}

const reportsClient = GroupClient.make(AdvancedReports.AdvancedReportsGroup)

/** Every report listed now (with this title, when given). */
const listed = (title: string | undefined) =>
  Effect.flatMap(reportsClient, (reports) =>
    Stream.runCollect(
      Pagination.stream(
        reports.getAllAdvancedReports,
        title === undefined ? {} : { title, order_by: "advanced_report_id" }
      )
    )
  ).pipe(Effect.map((chunk) => [...chunk]))

/** Ends `wait` at the deadline, if any. */
const bounded = <A, E, R>(wait: Effect.Effect<A, E, R>, deadline: Duration.DurationInput | undefined) =>
  Waiting.withDeadline(wait, deadline, "/reports/advanced")

/** Looks at the queue on each recurrence of the schedule until `found` gives a value. */
const pollUntil = <A>(
  look: Effect.Effect<Option.Option<A>, EgoiError, EgoiTransport>,
  poll: Schedule.Schedule<unknown, unknown>
) =>
  Effect.gen(function* () {
    const driver = yield* Schedule.driver(poll)
    for (;;) {
      const found = yield* look
      if (Option.isSome(found)) return found.value
      // A schedule that ends stops looking: the callback or the deadline decides.
      yield* Effect.catchAll(driver.next(undefined), () => Effect.never)
    }
  })

/**
 * Waits for a report already asked for until it is done ({@link isDone}), and answers it as it
 * ended: `finished` with its `file`, or `error`, `canceled`, `stopped`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const waitFor = (
  advanced_report_id: number,
  options: WaitOptions = {}
): Effect.Effect<AdvancedReports.AdvancedReport, EgoiError, EgoiTransport> => {
  const find = Effect.flatMap(listed(undefined), (reports) => {
    const found = Option.fromNullable(reports.find((report) => report.advanced_report_id === advanced_report_id))
    const onLook = options.onLook
    return Option.isSome(found) && onLook !== undefined ? Effect.as(onLook(found.value), found) : Effect.succeed(found)
  })
  const done = pollUntil(Effect.map(find, Option.filter(isDone)), options.poll ?? defaultPoll)
  // The callback says the file is ready; one look at the list gives the report as it ended.
  const called =
    options.callback === undefined
      ? Effect.never
      : Effect.zipRight(
          options.callback,
          pollUntil(Effect.map(find, Option.filter(isDone)), options.poll ?? defaultPoll)
        )
  return bounded(Effect.raceFirst(done, called), options.deadline)
}

/**
 * Generates a report of a kind (or from a saved model) and waits for it: the report as it ended
 * (see {@link waitFor}). Reports generated meanwhile by someone else with the same title are told
 * apart by their IDs: the first new one is taken.
 *
 * @since 0.1.0
 * @category constructors
 */
export const generate = <S extends Source>(
  source: S,
  request: RequestOf<S>,
  options: WaitOptions = {}
): Effect.Effect<AdvancedReports.AdvancedReport, EgoiError, EgoiTransport> =>
  bounded(
    Effect.gen(function* () {
      const reports = yield* reportsClient
      const title = source === "model" ? undefined : (request as { readonly title: string }).title
      const before = new Set((yield* listed(title)).map((report) => report.advanced_report_id))
      const operation =
        source === "model"
          ? "generateByModelReport"
          : AdvancedReports.REPORT_KINDS[source as AdvancedReports.ReportKind].operation
      yield* (reports[operation] as (request: unknown) => Effect.Effect<unknown, EgoiError>)(request)
      const poll = options.poll ?? defaultPoll
      const created = yield* pollUntil(
        Effect.map(listed(title), (now) =>
          Option.fromNullable(
            now
              .filter((report) => !before.has(report.advanced_report_id))
              .sort((a, b) => a.advanced_report_id - b.advanced_report_id)[0]
          )
        ),
        poll
      )
      return isDone(created) ? created : yield* waitFor(created.advanced_report_id, { ...options, deadline: undefined })
    }),
    options.deadline
  )

/**
 * The file of a finished report, as a stream of bytes. The file's address is resolved against the
 * client's base URL; it is fetched without the API key, wherever it is. A report without a file
 * fails with {@link ReportUnavailable}.
 *
 * @since 0.1.0
 * @category constructors
 */
export const download = (
  report: AdvancedReports.AdvancedReport
): Stream.Stream<Uint8Array, ReportUnavailable | EgoiError, EgoiTransport> =>
  Stream.unwrapScoped(
    Effect.gen(function* () {
      if (report.status !== "finished" || !report.file) {
        return yield* new ReportUnavailable({
          advanced_report_id: report.advanced_report_id,
          status: report.status ?? "queued"
        })
      }
      const { config } = yield* EgoiTransport
      const url = new URL(report.file, config.baseUrl)
      const path = url.pathname
      const failed = (detail: string) => new TransportError({ method: "GET", path, detail, outcome: "not-sent" })
      const response = yield* HttpClient.get(url).pipe(
        Effect.provide(FetchHttpClient.layer),
        Effect.provideService(FetchHttpClient.Fetch, config.fetch),
        Effect.mapError((error) => failed(error.message))
      )
      if (response.status < 200 || response.status >= 300) {
        return yield* new UnexpectedStatus({
          method: "GET",
          path,
          status: response.status,
          title: `HTTP ${response.status}`,
          detail: "The report's file could not be downloaded"
        })
      }
      // A fetch that answers text only (no body stream, as a minimal one may) gives the file at once.
      const whole = Stream.fromEffect(Effect.map(response.text, (text) => new TextEncoder().encode(text)))
      return response.stream.pipe(
        Stream.catchAll((error) =>
          error._tag === "ResponseError" && error.reason === "EmptyBody" ? whole : Stream.fail(error)
        ),
        Stream.mapError((error) => failed(error.message))
      )
    })
  )
