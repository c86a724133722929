/**
 * The progress line of a long command (an import, an export) as a service: the live one redraws one
 * line of stderr on a terminal, at most five times a second, and stays quiet when stderr is not a
 * terminal; tests take the silent or the recording one.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

export interface Service {
  /** Shows the state of the work, replacing what the line showed before. */
  readonly update: (text: string) => Effect.Effect<void>
  /** Clears the line, once the work is over. */
  readonly done: Effect.Effect<void>
}

export class Progress extends Context.Tag("@egoi-ts/cli/Progress")<Progress, Service>() {}

/** The least time between two redraws: more often only costs the terminal time and flickers. */
export const REDRAW_MILLIS = 200

/** Erases the current line and returns to its start. */
const CLEAR_LINE = "\r\u001b[2K"

/** Where the live line is drawn: stderr, or a stand-in for it. */
export interface Output {
  readonly isTTY?: boolean | undefined
  readonly write: (text: string) => unknown
}

/** A progress line on `output` when it is a terminal; nothing otherwise (piped, redirected, CI logs). */
export const make = (output: Output): Service => {
  if (output.isTTY !== true) return silentService
  let last: number | undefined
  return {
    update: (text) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) =>
        Effect.sync(() => {
          if (last !== undefined && now - last < REDRAW_MILLIS) return
          last = now
          output.write(`${CLEAR_LINE}${text}`)
        })
      ),
    done: Effect.sync(() => {
      if (last !== undefined) output.write(CLEAR_LINE)
    })
  }
}

const silentService: Service = { update: () => Effect.void, done: Effect.void }

/** The progress line on stderr (the process's, or what stands for it). */
export const live = (stderr: Output = process.stderr): Layer.Layer<Progress> => Layer.sync(Progress, () => make(stderr))

/** No progress at all. */
export const silent: Layer.Layer<Progress> = Layer.succeed(Progress, silentService)

/** A progress service that keeps every update (all of them, unthrottled), and whether it was closed. */
export const recording = () => {
  const updates: Array<string> = []
  const state = { done: false }
  const layer = Layer.succeed(Progress, {
    update: (text) =>
      Effect.sync(() => {
        updates.push(text)
      }),
    done: Effect.sync(() => {
      state.done = true
    })
  })
  return { layer, updates, isDone: () => state.done }
}
