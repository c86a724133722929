/**
 * Advanced reports through the Promise SDK, on `egoi.advancedReports` and on `new AdvancedReports()`:
 * generate a report and wait until it is done (by polling with backoff, or by its callback, whichever
 * first, within a deadline and an abort signal), then stream its file.
 */
import type * as AdvancedReportFile from "@egoi-ts/core/AdvancedReportFile"
import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type {
  AdvancedReport,
  ByModelReportRequest,
  ContactActivityReportRequest,
  EmailBouncesReportRequest,
  EmailClicksByContactReportRequest,
  EmailClicksByUrlReportRequest,
  EmailEventsReportRequest,
  EmailUnsubscriptionsReportRequest,
  FormAnswersReportRequest,
  SendsReportRequest,
  SmsBouncesReportRequest,
  SmsEventsReportRequest,
  SubscriptionsReportRequest,
  UnsubscriptionsReportRequest
} from "../api.js"
import { lazyModule, runOn, transportOf } from "../internal/runtime.js"

/** The request of each kind of report, by the last part of its route; `model` generates from a saved model. */
export interface ReportRequests {
  readonly "contact-activity": ContactActivityReportRequest
  readonly "email-bounces": EmailBouncesReportRequest
  readonly "email-clicks-by-contact": EmailClicksByContactReportRequest
  readonly "email-clicks-by-url": EmailClicksByUrlReportRequest
  readonly "email-events": EmailEventsReportRequest
  readonly "email-unsubscriptions": EmailUnsubscriptionsReportRequest
  readonly "form-answers": FormAnswersReportRequest
  readonly sends: SendsReportRequest
  readonly "sms-bounces": SmsBouncesReportRequest
  readonly "sms-events": SmsEventsReportRequest
  readonly subscriptions: SubscriptionsReportRequest
  readonly unsubscriptions: UnsubscriptionsReportRequest
  readonly model: ByModelReportRequest
}

/** What a report can be generated from: a kind of report, or `model`. */
export type ReportSource = keyof ReportRequests

// The SDK's list is written out; this stops compiling if core's kinds change.
const sourcesFollowCore: [ReportSource, AdvancedReportFile.Source] extends [AdvancedReportFile.Source, ReportSource]
  ? true
  : never = true
void sourcesFollowCore

/** How to wait for a report. */
export interface WaitForReportOptions {
  /** The first wait between looks at the report, in ms: 1000; each next one is half as long again. */
  readonly pollIntervalMs?: number | undefined
  /** The longest wait between looks, in ms: 30,000. */
  readonly maxPollIntervalMs?: number | undefined
  /** The longest the whole wait may take, in ms; `EgoiTimeoutError` (scope `deadline`) after it. */
  readonly deadline?: number | undefined
  /** Resolves with the body POSTed to the report's `callback_url`, as your endpoint received it: the wait ends then. */
  readonly callback?: PromiseLike<unknown> | undefined
  /** Stops waiting (the report goes on at E-goi): `EgoiAbortError`. */
  readonly signal?: AbortSignal | undefined
}

/** The advanced report workflows. */
export interface AdvancedReportsWorkflows {
  /**
   * Generates a report and waits until it is done: resolves with the report as it ended, `finished`
   * with its `file`, or `error`, `canceled`, `stopped`.
   *
   * ```ts
   * const report = await egoi.advancedReports.generate("sends", request, { deadline: 600_000 })
   * ```
   *
   * @core AdvancedReportFile.generate
   */
  generate<S extends ReportSource>(
    source: S,
    request: ReportRequests[S],
    options?: WaitForReportOptions
  ): Promise<AdvancedReport>
  /**
   * Waits for a report already asked for until it is done, and resolves with it as it ended.
   *
   * @core AdvancedReportFile.waitFor
   */
  waitFor(advanced_report_id: number, options?: WaitForReportOptions): Promise<AdvancedReport>
  /**
   * The file of a finished report, as a stream of bytes (fetched without the API key, wherever it is).
   * The stream errors with an `EgoiError` when the report has no file or the download fails.
   *
   * @core AdvancedReportFile.download
   */
  download(report: AdvancedReport): ReadableStream<Uint8Array>
}

// Loaded by the first workflow that runs: they bring the advanced reports, operations and contacts definitions.
const coreModules = lazyModule(() =>
  Promise.all([import("@egoi-ts/core/AdvancedReportFile"), import("@egoi-ts/core/Background")])
)
const downloadModule = lazyModule(() => import("../internal/reportDownload.js"))

/** Runs a core workflow of reports on a client. */
const runReports = <A>(
  client: object,
  workflow: (
    reportFile: typeof AdvancedReportFile,
    waitOptions: (options: WaitForReportOptions) => AdvancedReportFile.WaitOptions
  ) => Effect.Effect<unknown, unknown, EgoiTransport.EgoiTransport>,
  signal: AbortSignal | undefined
): Promise<A> =>
  runOn(
    client,
    (transport) =>
      Effect.flatMap(coreModules, ([reportFile, background]) =>
        Effect.provideService(
          workflow(reportFile, (options) => {
            const first = Duration.millis(options.pollIntervalMs ?? 1000)
            const longest = Duration.millis(options.maxPollIntervalMs ?? 30_000)
            const callback = options.callback
            return {
              poll: background.backoff(first, longest),
              deadline: options.deadline === undefined ? undefined : Duration.millis(options.deadline),
              callback: callback === undefined ? undefined : Effect.promise(() => Promise.resolve(callback))
            }
          }),
          EgoiTransport.EgoiTransport,
          transport
        )
      ) as Effect.Effect<A, unknown>,
    signal
  )

/** The advanced report workflows of a client. */
export const advancedReportsWorkflows = (client: object): AdvancedReportsWorkflows => ({
  generate: (source, request, options = {}) =>
    runReports(
      client,
      (reportFile, waitOptions) => reportFile.generate(source, request as never, waitOptions(options)),
      options.signal
    ),
  waitFor: (advanced_report_id, options = {}) =>
    runReports(
      client,
      (reportFile, waitOptions) => reportFile.waitFor(advanced_report_id, waitOptions(options)),
      options.signal
    ),
  download: (report) => {
    // A closed client throws here, as the stream is asked for, not once it is read.
    const transport = transportOf(client)
    // The file's stream is made once its modules are loaded; this one hands its chunks and its error on.
    let file: ReadableStreamDefaultReader<Uint8Array> | undefined
    let cancelled = false
    return new ReadableStream<Uint8Array>({
      start: () =>
        Effect.runPromise(downloadModule).then((module) => {
          // Cancelled while loading: the download never starts.
          if (!cancelled) file = module.download(report, transport).getReader()
        }),
      pull: (controller) =>
        file!.read().then(({ done, value }) => (done ? controller.close() : controller.enqueue(value))),
      cancel: (reason) => {
        cancelled = true
        return file?.cancel(reason)
      }
    })
  }
})
