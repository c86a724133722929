/**
 * What every wait for E-goi's background work shares: the polling schedule used unless told
 * otherwise, and the deadline that ends a whole wait with `TimeoutError` (scope `deadline`).
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import { TimeoutError } from "../EgoiError.js"

/** After `first`, each wait half as long again as the last, at most `longest`. */
export const backoff = (
  first: Duration.DurationInput,
  longest: Duration.DurationInput
): Schedule.Schedule<unknown, unknown> =>
  Schedule.exponential(first, 1.5).pipe(Schedule.union(Schedule.spaced(longest)))

/** After 1 s, each wait half as long again as the last, at most 30 s. */
export const defaultPoll = backoff(Duration.seconds(1), Duration.seconds(30))

/**
 * Ends `wait` at `deadline`, if any, with a `TimeoutError` naming the route the wait looks at; the
 * outcome is unknown, since the work goes on at E-goi.
 */
export const withDeadline = <A, E, R>(
  wait: Effect.Effect<A, E, R>,
  deadline: Duration.DurationInput | undefined,
  path: string
): Effect.Effect<A, E | TimeoutError, R> => {
  if (deadline === undefined) return wait
  const limit = Duration.decode(deadline)
  return Effect.timeoutFail(wait, {
    duration: limit,
    onTimeout: () =>
      new TimeoutError({
        method: "GET",
        path,
        timeoutMillis: Duration.toMillis(limit),
        scope: "deadline",
        outcome: "unknown"
      })
  })
}
