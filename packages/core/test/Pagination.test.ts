import { it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { describe, expect, expectTypeOf } from "vitest"
import type { ContactsGroup } from "../src/Contacts.js"
import type * as GroupClient from "../src/GroupClient.js"
import * as Pagination from "../src/Pagination.js"
import type * as Tags from "../src/Tags.js"
import type { TagsGroup } from "../src/Tags.js"

interface Params {
  readonly offset?: number | undefined
  readonly limit?: number | undefined
  readonly order_by?: string | undefined
}

/** A paginated operation over `0 .. count - 1` that records the parameters of every page call. */
const fakeOperation = (count: number, options: { readonly totalItems?: boolean } = {}) => {
  const calls: Array<Params> = []
  const operation = (params: Params) =>
    Effect.sync(() => {
      calls.push(params)
      const offset = params.offset ?? 0
      const limit = params.limit ?? 10
      const items = Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, i) => offset + i)
      return options.totalItems === false ? { items } : { total_items: count, items }
    })
  return { operation, calls }
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)

const collect = <A, E>(stream: Stream.Stream<A, E>) => Effect.map(Stream.runCollect(stream), Chunk.toArray)

describe("stream", () => {
  it.effect("yields all 2,500 items in order, in 3 pages of at most 1000", () =>
    Effect.gen(function* () {
      const fake = fakeOperation(2500)
      const items = yield* collect(Pagination.stream(fake.operation))
      expect(items).toStrictEqual(range(0, 2500))
      expect(fake.calls).toStrictEqual([
        { offset: 0, limit: 1000 },
        { offset: 1000, limit: 1000 },
        { offset: 2000, limit: 1000 }
      ])
    })
  )

  it.effect("asks for one page only when the first 10 items are taken", () =>
    Effect.gen(function* () {
      const fake = fakeOperation(2500)
      const items = yield* collect(Pagination.stream(fake.operation).pipe(Stream.take(10)))
      expect(items).toStrictEqual(range(0, 10))
      expect(fake.calls).toHaveLength(1)
    })
  )

  it.effect("asks for the second page only when its items are needed", () =>
    Effect.gen(function* () {
      const fake = fakeOperation(2500)
      yield* collect(Pagination.stream(fake.operation).pipe(Stream.take(1000)))
      expect(fake.calls).toHaveLength(1)
      const items = yield* collect(Pagination.stream(fake.operation).pipe(Stream.take(1001)))
      expect(items.at(-1)).toBe(1000)
      expect(fake.calls).toHaveLength(3)
    })
  )

  it.effect("stops at total_items without asking for an empty page", () =>
    Effect.gen(function* () {
      const fake = fakeOperation(2000)
      const items = yield* collect(Pagination.stream(fake.operation))
      expect(items).toHaveLength(2000)
      expect(fake.calls.map((call) => call.offset)).toStrictEqual([0, 1000])
    })
  )

  it.effect("stops at a short page when total_items is absent", () =>
    Effect.gen(function* () {
      const fake = fakeOperation(2500, { totalItems: false })
      const items = yield* collect(Pagination.stream(fake.operation))
      expect(items).toStrictEqual(range(0, 2500))
      expect(fake.calls.map((call) => call.offset)).toStrictEqual([0, 1000, 2000])
    })
  )

  it.effect("stops at an empty page when total_items is absent and the last page was full", () =>
    Effect.gen(function* () {
      const fake = fakeOperation(2000, { totalItems: false })
      expect(yield* collect(Pagination.stream(fake.operation))).toHaveLength(2000)
      expect(fake.calls.map((call) => call.offset)).toStrictEqual([0, 1000, 2000])
    })
  )

  it.effect("yields nothing for an empty collection, after one call", () =>
    Effect.gen(function* () {
      const fake = fakeOperation(0)
      expect(yield* collect(Pagination.stream(fake.operation))).toStrictEqual([])
      expect(fake.calls).toHaveLength(1)
    })
  )

  it.effect("starts at offset, uses limit as the page size, and passes the other parameters on", () =>
    Effect.gen(function* () {
      const fake = fakeOperation(2500)
      const items = yield* collect(Pagination.stream(fake.operation, { offset: 2250, limit: 100, order_by: "list_id" }))
      expect(items).toStrictEqual(range(2250, 2500))
      expect(fake.calls).toStrictEqual([
        { offset: 2250, limit: 100, order_by: "list_id" },
        { offset: 2350, limit: 100, order_by: "list_id" },
        { offset: 2450, limit: 100, order_by: "list_id" }
      ])
    })
  )

  it.effect("fails with the error of the page that failed, after yielding the earlier pages", () =>
    Effect.gen(function* () {
      let calls = 0
      const operation = (params: Params) =>
        Effect.suspend(() => {
          calls++
          return params.offset === 0
            ? Effect.succeed({ total_items: 2000, items: range(0, 1000) })
            : Effect.fail("page 2 failed" as const)
        })
      const seen: Array<number> = []
      const error = yield* Effect.flip(
        Stream.runForEach(Pagination.stream(operation), (item) => Effect.sync(() => seen.push(item)))
      )
      expect(error).toBe("page 2 failed")
      expect(seen).toHaveLength(1000)
      expect(calls).toBe(2)
    })
  )
})

describe("Pagination.stream's parameters", () => {
  it("are those of the operation, literals and required fields included", () => {
    const typed = (
      tags: GroupClient.GroupClient<typeof TagsGroup>,
      contacts: GroupClient.GroupClient<typeof ContactsGroup>
    ) => {
      const byName = Pagination.stream(tags.getAllTags, { order_by: "name" })
      expectTypeOf<Stream.Stream.Success<typeof byName>>().toEqualTypeOf<Tags.Tag>()
      // @ts-expect-error: tags are not ordered by their creation
      Pagination.stream(tags.getAllTags, { order_by: "created" })
      Pagination.stream(contacts.getAllContacts, { list_id: 1, limit: 500 })
      // @ts-expect-error: a list ID is a number
      Pagination.stream(contacts.getAllContacts, { list_id: "1" })
    }
    expect(typed).toBeTypeOf("function")
  })
})
