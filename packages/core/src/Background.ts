/**
 * Waiting for E-goi's background work (imports, exports, reports). E-goi accepts such a request with a
 * bare 202 and no operation ID; the operation shows in `getAllOperations` while it is queued or
 * running, leaves it when done, and its result is POSTed to the request's `callback_url`. So
 * {@link waitForOperation} notes the operations of the type already queued, starts the work, takes
 * the new ones as its own, and then ends on whichever comes first: the callback (with its report,
 * decoded), or polling that finds them gone (backing off with a `Schedule`). A lost callback costs
 * the report, never the wait.
 *
 * ```ts
 * const received = Deferred.unsafeMake<unknown>(FiberId.none) // completed by your callback endpoint
 * const done = yield* Background.waitForOperation({
 *   type: "import_contacts",
 *   start: egoi.contacts.actionImportBulk({ list_id: 1, mode: "add", compare_field: "email", contacts, callback_url }),
 *   callback: Deferred.await(received),
 *   deadline: "10 minutes"
 * })
 * // done.via: "callback" | "poll"; done.report: the import's counts, when the callback came
 * ```
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Contacts from "./Contacts.js"
import type { EgoiError } from "./EgoiError.js"
import type { EgoiTransport } from "./EgoiTransport.js"
import * as GroupClient from "./GroupClient.js"
import * as Waiting from "./internal/waiting.js"
import * as Operations from "./Operations.js"
import * as Pagination from "./Pagination.js"

/**
 * A kind of background operation (`import_contacts`, `export_contacts`, `export_reports`, ...).
 *
 * @since 0.1.0
 * @category models
 */
export type OperationType = (typeof Operations.OPERATION_TYPES)[number]

/**
 * The report the callback of an operation of a type carries: an import's counts, an export's file;
 * any other type's body as it came.
 *
 * @since 0.1.0
 * @category models
 */
export type ReportOf<T extends OperationType> = T extends "import_contacts"
  ? typeof Contacts.ImportCallback.Type
  : T extends "export_contacts"
    ? typeof Contacts.ExportCallback.Type
    : unknown

const REPORTS: Partial<Record<OperationType, Schema.Schema<any, any>>> = {
  import_contacts: Contacts.ImportCallback,
  export_contacts: Contacts.ExportCallback
}

/**
 * How a wait ended: the value `start` gave, the operations waited for, and whether the callback
 * arrived (`via: "callback"`, with its `report`) or polling found them done (`via: "poll"`; `report`
 * then only if the callback came within the grace period).
 *
 * @since 0.1.0
 * @category models
 */
export interface Completed<A, Report> {
  readonly started: A
  readonly operation_ids: ReadonlyArray<number>
  readonly via: "callback" | "poll"
  readonly report: Report | undefined
}

/**
 * Options of {@link waitForOperation}.
 *
 * @since 0.1.0
 * @category models
 */
export interface WaitOptions<T extends OperationType, A, E, R> {
  /** The kind of operation the work queues. */
  readonly type: T
  /** The request that queues it (an import, an export, a report). Without it, `operation_id` is waited for. */
  readonly start?: Effect.Effect<A, E, R> | undefined
  /** An operation already queued, when there is no `start`. */
  readonly operation_id?: number | undefined
  /** Completes with the body POSTed to the `callback_url` the work was given. */
  readonly callback?: Effect.Effect<unknown> | undefined
  /** When to look at the queue again: {@link defaultPoll} unless given. */
  readonly poll?: Schedule.Schedule<unknown, unknown> | undefined
  /** How long the whole wait may take; no limit unless given. */
  readonly deadline?: Duration.DurationInput | undefined
  /** After polling finds the work done, how long to wait for its callback still: 5 seconds. */
  readonly callbackGrace?: Duration.DurationInput | undefined
}

/**
 * The polling used unless told otherwise: after 1 s, each wait half as long again as the last, at
 * most 30 s.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultPoll: Schedule.Schedule<unknown, unknown> = Waiting.defaultPoll

/**
 * A polling schedule: after `first`, each wait half as long again as the last, at most `longest`
 * ({@link defaultPoll} is `backoff("1 second", "30 seconds")`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const backoff: (
  first: Duration.DurationInput,
  longest: Duration.DurationInput
) => Schedule.Schedule<unknown, unknown> = Waiting.backoff

const operationsClient = GroupClient.make(Operations.OperationsGroup)

/** The IDs of the operations of a type in the queue now. */
const queued = (type: OperationType): Effect.Effect<ReadonlySet<number>, EgoiError, EgoiTransport> =>
  Effect.flatMap(operationsClient, (operations) =>
    Stream.runFold(Pagination.stream(operations.getAllOperations, { type }), new Set<number>(), (ids, operation) =>
      ids.add(operation.operation_id)
    )
  )

/**
 * Starts background work and waits for it to finish, by its callback or by polling, whichever first.
 * Operations of the same type started meanwhile by someone else are waited for too: a wait may end
 * later than needed, never earlier. Fails with `TimeoutError` (scope `deadline`) when the deadline
 * passes; interrupting it stops polling (the work goes on at E-goi).
 *
 * @since 0.1.0
 * @category constructors
 */
export const waitForOperation = <T extends OperationType, A = void, E = never, R = never>(
  options: WaitOptions<T, A, E, R>
): Effect.Effect<Completed<A, ReportOf<T>>, E | EgoiError, R | EgoiTransport> => {
  const schema = REPORTS[options.type]
  const decodeReport = (body: unknown) =>
    schema === undefined ? Effect.succeed(body as ReportOf<T>) : Schema.decodeUnknown(schema)(body)
  const wait = Effect.gen(function* () {
    let started = undefined as A
    let ids: ReadonlyArray<number>
    let running: boolean
    if (options.start !== undefined) {
      const before = yield* queued(options.type)
      started = yield* options.start
      ids = [...(yield* queued(options.type))].filter((id) => !before.has(id))
      running = ids.length > 0
    } else {
      ids = options.operation_id === undefined ? [] : [options.operation_id]
      running = true
    }

    const stillQueued = Effect.map(queued(options.type), (now) => ids.some((id) => now.has(id)))
    // Looks again after each wait of the schedule, until the operations are gone; a schedule that
    // ends stops looking, and the callback or the deadline decides.
    const polled = Effect.gen(function* () {
      const driver = yield* Schedule.driver(options.poll ?? defaultPoll)
      if (options.start === undefined) running = yield* stillQueued
      while (running) {
        yield* Effect.catchAll(driver.next(undefined), () => Effect.never)
        running = yield* stillQueued
      }
    })
    // A callback whose body does not decode is not taken as the end: polling decides then.
    const viaCallback =
      options.callback === undefined
        ? Effect.never
        : Effect.flatMap(options.callback, (body) => Effect.orElse(decodeReport(body), () => Effect.never))
    // Polling may see the work done just before its callback arrives: the callback is given a moment.
    const viaPoll = Effect.zipRight(
      polled,
      options.callback === undefined
        ? Effect.succeed(Option.none<ReportOf<T>>())
        : Effect.timeoutOption(viaCallback, options.callbackGrace ?? Duration.seconds(5))
    )
    const ended = yield* Effect.raceFirst(
      Effect.map(viaCallback, (report) => ({ via: "callback" as const, report: Option.some(report) })),
      Effect.map(viaPoll, (report) => ({ via: "poll" as const, report }))
    )
    return {
      started,
      operation_ids: ids,
      via: ended.via,
      report: Option.getOrUndefined(ended.report)
    } satisfies Completed<A, ReportOf<T>>
  })
  return Waiting.withDeadline(wait, options.deadline, "/operations")
}
