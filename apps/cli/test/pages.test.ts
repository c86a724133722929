import { describe, expect, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { pagesOf } from "../src/internal/pages.js"

interface Params {
  readonly list_id: number
  readonly offset?: number | undefined
  readonly limit?: number | undefined
}

/** An operation over `count` numbered items that records the offsets asked for. */
const operationOver = (count: number, answer: "page" | "page without total" | "array") => {
  const offsets: Array<number> = []
  const operation = (params: Params) =>
    Effect.sync(() => {
      offsets.push(params.offset!)
      const items = Array.from(
        { length: Math.max(0, Math.min(params.limit!, count - params.offset!)) },
        (_, i) => params.offset! + i
      )
      return answer === "array" ? items : answer === "page" ? { total_items: count, items } : { items }
    })
  return { operation, offsets }
}

const collect = <A, E>(stream: Stream.Stream<ReadonlyArray<A>, E>) =>
  Effect.map(Stream.runCollect(stream), (pages) => Chunk.toReadonlyArray(pages))

describe("pagesOf", () => {
  it.effect("asks for the pages up to the total of the first one, and gives them in order", () =>
    Effect.gen(function* () {
      const { operation, offsets } = operationOver(2500, "page")
      const pages = yield* collect(pagesOf(operation, "page", { list_id: 1 }, { concurrency: 2 }))
      expect(pages.map((page) => [page[0], page.length])).toEqual([
        [0, 1000],
        [1000, 1000],
        [2000, 500]
      ])
      expect(offsets.sort((a, b) => a - b)).toEqual([0, 1000, 2000])
    })
  )

  it.live("fetches the pages after the first ahead, concurrently, keeping their order", () =>
    Effect.gen(function* () {
      // The second page answers only once the third has been asked for: read one by one, this would never end.
      const thirdAsked = yield* Deferred.make<void>()
      const { operation } = operationOver(3000, "page")
      const ahead = (params: Params) =>
        params.offset === 2000
          ? Effect.zipRight(Deferred.succeed(thirdAsked, undefined), operation(params))
          : params.offset === 1000
            ? Effect.zipRight(Deferred.await(thirdAsked), operation(params))
            : operation(params)
      const pages = yield* collect(pagesOf(ahead, "page", { list_id: 1 }, { concurrency: 2 })).pipe(
        Effect.timeoutFail({ duration: "10 seconds", onTimeout: () => new Error("the pages were not fetched ahead") })
      )
      expect(pages.map((page) => page[0])).toEqual([0, 1000, 2000])
    })
  )

  it.effect("reads a bare array, or a page without its total, one page after the other until a short one", () =>
    Effect.gen(function* () {
      for (const answer of ["array", "page without total"] as const) {
        const { operation, offsets } = operationOver(2000, answer)
        const pages = yield* collect(
          pagesOf(
            operation,
            answer === "array" ? "array" : "page",
            { list_id: 1 },
            {
              concurrency: 2
            }
          )
        )
        expect(pages.map((page) => page.length)).toEqual([1000, 1000])
        // Without a total, only an empty page says the last full one was the last.
        expect(offsets).toEqual([0, 1000, 2000])
      }
    })
  )

  it.effect("stops at a first page shorter than a full one", () =>
    Effect.gen(function* () {
      const { operation, offsets } = operationOver(3, "page")
      expect(yield* collect(pagesOf(operation, "page", { list_id: 1 }, { concurrency: 2 }))).toEqual([[0, 1, 2]])
      expect(offsets).toEqual([0])
    })
  )
})
