/**
 * Advanced reports through the Promise SDK, on `egoi.advancedReports` and on `new AdvancedReports()`:
 * generate a report and wait until it is done (by polling with backoff, or by its callback, whichever
 * first, within a deadline and an abort signal), then stream its file.
 */
import * as AdvancedReportFile from "@egoi-ts/core/AdvancedReportFile"
import * as Background from "@egoi-ts/core/Background"
import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
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
import { runOn, transportOf } from "../internal/runtime.js"
import { toSdkError } from "../internal/toSdkError.js"

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

const waitOptions = (options: WaitForReportOptions): AdvancedReportFile.WaitOptions => {
  const first = Duration.millis(options.pollIntervalMs ?? 1000)
  const longest = Duration.millis(options.maxPollIntervalMs ?? 30_000)
  const callback = options.callback
  return {
    poll: Background.backoff(first, longest),
    deadline: options.deadline === undefined ? undefined : Duration.millis(options.deadline),
    callback: callback === undefined ? undefined : Effect.promise(() => Promise.resolve(callback))
  }
}

/** The advanced report workflows of a client. */
export const advancedReportsWorkflows = (client: object): AdvancedReportsWorkflows => ({
  generate: (source, request, options = {}) =>
    runOn(
      client,
      (transport) =>
        Effect.provideService(
          AdvancedReportFile.generate(source, request as never, waitOptions(options)),
          EgoiTransport.EgoiTransport,
          transport
        ) as Effect.Effect<AdvancedReport, unknown>,
      options.signal
    ),
  waitFor: (advanced_report_id, options = {}) =>
    runOn(
      client,
      (transport) =>
        Effect.provideService(
          AdvancedReportFile.waitFor(advanced_report_id, waitOptions(options)),
          EgoiTransport.EgoiTransport,
          transport
        ) as Effect.Effect<AdvancedReport, unknown>,
      options.signal
    ),
  download: (report) =>
    Stream.toReadableStream(
      AdvancedReportFile.download(report as never).pipe(
        Stream.provideService(EgoiTransport.EgoiTransport, transportOf(client)),
        Stream.mapError(toSdkError)
      )
    )
})
