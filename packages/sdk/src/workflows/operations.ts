/**
 * The operations workflow of the Promise SDK, on `egoi.operations` and on `new Operations()`: wait for
 * background work (imports, exports, reports) by its callback or by polling, whichever first.
 */
import type * as Background from "@egoi-ts/core/Background"
import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type { ExportCallback, ImportCallback } from "../api.js"
import { lazyModule, runOn } from "../internal/runtime.js"

/** A kind of background operation, as `getAllOperations` names it. */
export type OperationType =
  | "import_contacts"
  | "update_contacts"
  | "export_contacts"
  | "export_reports"
  | "advanced_report"
  | "email"
  | "sms"
  | "smart_sms"
  | "voice"
  | "push"
  | "webpush"
  | "ads"
  | "social"
  | "segment_generation"
  | "mass_operation"
  | "unify"
  | "import_ecommerce"
  | "attach_tag"
  | "detach_tag"

// The SDK's list is written out; this stops compiling if core's changes.
const typesFollowCore: [OperationType, Background.OperationType] extends [Background.OperationType, OperationType]
  ? true
  : never = true
void typesFollowCore

/** The report an operation's callback carries: an import's counts, an export's file; anything else as it came. */
export type OperationReport<T extends OperationType> = T extends "import_contacts"
  ? ImportCallback
  : T extends "export_contacts"
    ? ExportCallback
    : unknown

/** What `waitForOperation` takes. */
export interface WaitForOperationOptions<T extends OperationType, A> {
  /** The kind of operation the work queues. */
  readonly type: T
  /** Starts the work (an import, an export, a report); its operation is told apart from those already queued. */
  readonly start?: (() => PromiseLike<A>) | undefined
  /** An operation already queued, when there is no `start`. */
  readonly operation_id?: number | undefined
  /** Resolves with the body POSTed to the work's `callback_url`, as your endpoint received it. */
  readonly callback?: PromiseLike<unknown> | undefined
  /** The first wait between looks at the queue, in ms: 1000; each next one is half as long again. */
  readonly pollIntervalMs?: number | undefined
  /** The longest wait between looks, in ms: 30,000. */
  readonly maxPollIntervalMs?: number | undefined
  /** After polling finds the work done, how long to wait for its callback still, in ms: 5000. */
  readonly callbackGraceMs?: number | undefined
  /** The longest the whole wait may take, in ms; `EgoiTimeoutError` (scope `deadline`) after it. */
  readonly deadline?: number | undefined
  /** Stops waiting (the work goes on at E-goi): `EgoiAbortError`. */
  readonly signal?: AbortSignal | undefined
}

/** How the wait ended. */
export interface OperationCompleted<A, Report> {
  /** What `start` resolved with. */
  readonly started: A
  /** The operations waited for (none when the work was done before it could be seen queued). */
  readonly operation_ids: ReadonlyArray<number>
  /** `callback`: the callback arrived; `poll`: the queue showed the work done (the callback was lost or late). */
  readonly via: "callback" | "poll"
  /** The callback's report, decoded; `undefined` when it did not come. */
  readonly report: Report | undefined
}

/** The operations workflow. */
export interface OperationsWorkflows {
  /**
   * Starts background work and waits until it is done: by its `callback_url` POST, or by polling the
   * queue with backoff, whichever first; a deadline and an abort signal bound the wait.
   *
   * @core Background.waitForOperation
   */
  waitForOperation<T extends OperationType, A = void>(
    options: WaitForOperationOptions<T, A>
  ): Promise<OperationCompleted<A, OperationReport<T>>>
}

// Loaded by the first wait: it brings the operations and contacts definitions.
const backgroundModule = lazyModule(() => import("@egoi-ts/core/Background"))

/** The workflows of an operations client. */
export const operationsWorkflows = (client: object): OperationsWorkflows => ({
  waitForOperation: <T extends OperationType, A = void>(options: WaitForOperationOptions<T, A>) => {
    const first = Duration.millis(options.pollIntervalMs ?? 1000)
    const longest = Duration.millis(options.maxPollIntervalMs ?? 30_000)
    const start = options.start
    const callback = options.callback
    return runOn(
      client,
      (transport) =>
        Effect.flatMap(backgroundModule, (core) =>
          Effect.provideService(
            core.waitForOperation({
              type: options.type,
              start:
                start === undefined ? undefined : Effect.tryPromise({ try: () => start(), catch: (error) => error }),
              operation_id: options.operation_id,
              callback: callback === undefined ? undefined : Effect.promise(() => Promise.resolve(callback)),
              poll: core.backoff(first, longest),
              callbackGrace: Duration.millis(options.callbackGraceMs ?? 5000),
              deadline: options.deadline === undefined ? undefined : Duration.millis(options.deadline)
            }),
            EgoiTransport.EgoiTransport,
            transport
          )
        ) as Effect.Effect<OperationCompleted<A, OperationReport<T>>, unknown>,
      options.signal
    )
  }
})
