import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as TestClock from "effect/TestClock"
import * as Progress from "../src/internal/progress.js"

const CLEAR = "\r\u001b[2K"

const output = (isTTY: boolean) => {
  const written: Array<string> = []
  return { written, output: { isTTY, write: (text: string) => written.push(text) } }
}

describe("Progress.make", () => {
  it.effect("redraws the line on a terminal at most every 200 ms, on the test clock, and clears it when done", () =>
    Effect.gen(function* () {
      const { written, output: stderr } = output(true)
      const progress = Progress.make(stderr)
      yield* progress.update("1 row")
      yield* progress.update("2 rows")
      yield* TestClock.adjust(`${Progress.REDRAW_MILLIS - 1} millis`)
      yield* progress.update("3 rows")
      yield* TestClock.adjust("1 millis")
      yield* progress.update("4 rows")
      yield* progress.done
      expect(written).toEqual([`${CLEAR}1 row`, `${CLEAR}4 rows`, CLEAR])
    })
  )

  it.effect("writes nothing when the output is not a terminal", () =>
    Effect.gen(function* () {
      const { written, output: stderr } = output(false)
      const progress = Progress.make(stderr)
      yield* progress.update("1 row")
      yield* progress.done
      expect(written).toEqual([])
    })
  )

  it.effect("leaves a terminal alone when nothing was drawn", () =>
    Effect.gen(function* () {
      const { written, output: stderr } = output(true)
      yield* Progress.make(stderr).done
      expect(written).toEqual([])
    })
  )
})

describe("Progress.recording", () => {
  it.effect("keeps every update, and whether the line was closed", () => {
    const recording = Progress.recording()
    return Effect.gen(function* () {
      const progress = yield* Progress.Progress
      yield* progress.update("a")
      yield* progress.update("b")
      expect(recording.isDone()).toBe(false)
      yield* progress.done
      expect(recording.updates).toEqual(["a", "b"])
      expect(recording.isDone()).toBe(true)
    }).pipe(Effect.provide(recording.layer))
  })
})
