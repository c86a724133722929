import { it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import { describe, expect, expectTypeOf } from "vitest"
import * as Bulk from "../src/Bulk.js"
import type * as Contacts from "../src/Contacts.js"
import type * as Ecommerce from "../src/Ecommerce.js"
import * as EgoiError from "../src/EgoiError.js"
import type { EgoiTransport } from "../src/EgoiTransport.js"
import * as EgoiTransportModule from "../src/EgoiTransport.js"
import * as Stub from "./utils/StubFetch.js"

const collect = <A>(items: Iterable<A>, limits: Bulk.BatchLimits<A>) =>
  Effect.map(Stream.runCollect(Bulk.batches(Stream.fromIterable(items), limits)), Chunk.toArray)

/** What one record takes in a request body: its JSON in UTF-8, and the comma after it. */
const bytesOf = (item: unknown) => Buffer.byteLength(JSON.stringify(item), "utf8") + 1

/** The bytes the records of a batch take inside the JSON array of a request body. */
const arrayContentBytes = (items: ReadonlyArray<unknown>) => Buffer.byteLength(JSON.stringify(items), "utf8") - 2

/** Every record once, in input order, each batch starting where the previous one ended. */
const expectAccountedFor = <A>(batches: ReadonlyArray<Bulk.Batch<A>>, input: ReadonlyArray<A>) => {
  expect(batches.flatMap((batch) => batch.items)).toStrictEqual(input)
  let next = 0
  for (const batch of batches) {
    expect(batch.items.length).toBeGreaterThan(0)
    expect(batch.first).toBe(next)
    for (const [i, item] of batch.items.entries()) expect(item).toBe(input[batch.first + i])
    next += batch.items.length
  }
  expect(new Set(batches.map((batch) => batch.index)).size).toBe(batches.length)
}

/** A small deterministic generator, so the "random" inputs are the same on every run. */
const lcg = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

const failure = (detail: string) => new EgoiError.PayloadTooLarge({ status: 413, title: "Payload Too Large", detail })

describe("Bulk.batches", () => {
  it.effect("cuts by maxItems, in order, with the position of each batch's first record", () =>
    Effect.gen(function* () {
      const input = Array.from({ length: 10 }, (_, i) => i)
      const batches = yield* collect(input, { maxItems: 3, maxBytes: 1_000_000 })
      expect(batches.map((batch) => batch.items)).toStrictEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]])
      expect(batches.map((batch) => batch.first)).toStrictEqual([0, 3, 6, 9])
      expect(batches.map((batch) => batch.index)).toStrictEqual([0, 1, 2, 3])
      expectAccountedFor(batches, input)
    })
  )

  it.effect("cuts by the UTF-8 bytes of the records' JSON, not by their length in characters", () =>
    Effect.gen(function* () {
      // "€" is 1 character and 3 bytes: each record is 12 characters of JSON but 30 bytes (31 with its comma),
      // so 3 fit in 100 bytes where counting characters would put 7.
      const input = Array.from({ length: 10 }, (_, i) => `${"€".repeat(9)}${i}`)
      expect(bytesOf(input[0])).toBe(31)
      const batches = yield* collect(input, { maxItems: 1000, maxBytes: 100 })
      expect(batches.map((batch) => batch.items.length)).toStrictEqual([3, 3, 3, 1])
      for (const batch of batches) {
        expect(batch.bytes).toBe(batch.items.reduce((sum: number, item) => sum + bytesOf(item), 0))
        expect(batch.bytes).toBeLessThanOrEqual(100)
        expect(arrayContentBytes(batch.items)).toBeLessThanOrEqual(100)
      }
      expectAccountedFor(batches, input)
    })
  )

  it.effect("counts characters outside the BMP as 4 bytes and escapes as JSON writes them", () =>
    Effect.gen(function* () {
      const input = ["😀😀", 'a"b\\c', "\n", "ação", "日本語"]
      const batches = yield* collect(input, { maxItems: 1000, maxBytes: 1_000_000 })
      expect(batches).toHaveLength(1)
      expect(batches[0]!.bytes).toBe(input.reduce((sum, item) => sum + bytesOf(item), 0))
      expect(bytesOf("😀😀")).toBe(11)
    })
  )

  it.effect("fills each batch as far as the limits allow: the next record would not have fitted", () =>
    Effect.gen(function* () {
      const random = lcg(7)
      const alphabet = ["a", "é", "€", "😀", '"']
      const input = Array.from({ length: 500 }, (_, i) => ({
        id: i,
        name: Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * 5)]).join("")
      }))
      const limits = { maxItems: 17, maxBytes: 900 }
      const batches = yield* collect(input, limits)
      expectAccountedFor(batches, input)
      for (const [i, batch] of batches.entries()) {
        expect(batch.items.length).toBeLessThanOrEqual(limits.maxItems)
        expect(batch.bytes).toBeLessThanOrEqual(limits.maxBytes)
        expect(arrayContentBytes(batch.items)).toBeLessThanOrEqual(limits.maxBytes)
        const following = batches[i + 1]
        if (following) {
          const full = batch.items.length === limits.maxItems
          expect(full || batch.bytes + bytesOf(following.items[0]) > limits.maxBytes).toBe(true)
        }
      }
    })
  )

  it.effect("measures only what goes on the wire when given measure", () =>
    Effect.gen(function* () {
      const input = Array.from({ length: 6 }, (_, i) => ({
        line: i,
        contact: { email: `${i}@example.com` },
        raw: "x".repeat(500)
      }))
      const batches = yield* collect(input, { maxItems: 100, maxBytes: 60, measure: (record) => record.contact })
      // {"email":"0@example.com"} is 25 bytes, 26 with its comma: two fit in 60 bytes, three do not.
      expect(batches.map((batch) => batch.items.length)).toStrictEqual([2, 2, 2])
      expectAccountedFor(batches, input)
    })
  )

  it.effect("moves records into a lone last record's batch so no batch is below minItems", () =>
    Effect.gen(function* () {
      const input = Array.from({ length: 7 }, (_, i) => i)
      const batches = yield* collect(input, { maxItems: 3, minItems: 2, maxBytes: 1_000_000 })
      expect(batches.map((batch) => batch.items)).toStrictEqual([
        [0, 1, 2],
        [3, 4],
        [5, 6]
      ])
      expect(batches.map((batch) => batch.first)).toStrictEqual([0, 3, 5])
      expectAccountedFor(batches, input)
      for (const total of [2, 3, 4, 5, 9, 10, 11, 31]) {
        const many = Array.from({ length: total }, (_, i) => i)
        const cut = yield* collect(many, { maxItems: 3, minItems: 2, maxBytes: 1_000_000 })
        expectAccountedFor(cut, many)
        expect({ total, short: cut.filter((batch) => batch.items.length < 2).length }).toStrictEqual({
          total,
          short: 0
        })
        expect(cut.every((batch) => batch.items.length <= 3)).toBe(true)
      }
    })
  )

  it.effect("rebalances a lone last record cut off by bytes, keeping both batches within maxBytes", () =>
    Effect.gen(function* () {
      // 11 bytes each: 9 fit in 100 bytes, the 10th is alone.
      const input = Array.from({ length: 10 }, (_, i) => `record-${i}`)
      const batches = yield* collect(input, { maxItems: 1000, minItems: 2, maxBytes: 100 })
      expect(batches.map((batch) => batch.items.length)).toStrictEqual([8, 2])
      expect(batches[1]!.first).toBe(8)
      for (const batch of batches) {
        expect(batch.bytes).toBe(batch.items.reduce((sum: number, item) => sum + bytesOf(item), 0))
        expect(batch.bytes).toBeLessThanOrEqual(100)
      }
      expectAccountedFor(batches, input)
    })
  )

  it.effect("leaves a lone last record alone when moving another record to it would break a limit", () =>
    Effect.gen(function* () {
      // The 95-character record cannot share a batch of 110 bytes with either neighbour.
      const input = ["a".repeat(10), "b".repeat(95), "c".repeat(10)]
      const batches = yield* collect(input, { maxItems: 10, minItems: 2, maxBytes: 110 })
      expectAccountedFor(batches, input)
      expect(batches.map((batch) => batch.items.length)).toStrictEqual([1, 1, 1])
      for (const batch of batches) expect(batch.bytes).toBeLessThanOrEqual(110)
      // A previous batch of minItems records keeps them rather than fall below minItems itself.
      const pairs = yield* collect([1, 2, 3], { maxItems: 2, minItems: 2, maxBytes: 1000 })
      expect(pairs.map((batch) => batch.items)).toStrictEqual([[1, 2], [3]])
    })
  )

  it.effect("gives a record larger than maxBytes a batch of its own rather than dropping it", () =>
    Effect.gen(function* () {
      const huge = "h".repeat(500)
      const input = ["a", "b", huge, "c", "d"]
      const batches = yield* collect(input, { maxItems: 100, maxBytes: 100 })
      expect(batches.map((batch) => batch.items)).toStrictEqual([["a", "b"], [huge], ["c", "d"]])
      expect(batches[1]!.bytes).toBe(bytesOf(huge))
      expectAccountedFor(batches, input)
      const alone = yield* collect([huge], { maxItems: 100, minItems: 2, maxBytes: 100 })
      expect(alone.map((batch) => batch.items)).toStrictEqual([[huge]])
    })
  )

  it.effect("gives nothing for no records, and one batch for records that fit", () =>
    Effect.gen(function* () {
      expect(yield* collect([], { maxItems: 10, minItems: 2, maxBytes: 100 })).toStrictEqual([])
      expect(yield* collect(["x", "y"], { maxItems: 10, minItems: 2, maxBytes: 100 })).toStrictEqual([
        { index: 0, first: 0, items: ["x", "y"], bytes: 8 }
      ])
    })
  )

  it.effect("pulls records lazily: a batch is out before the rest of the input is read", () =>
    Effect.gen(function* () {
      let pulled = 0
      const input = Stream.fromIterable({
        *[Symbol.iterator]() {
          for (let i = 0; i < 1_000_000; i++) {
            pulled++
            yield i
          }
        }
      })
      const first = yield* Stream.runHead(Bulk.batches(input, { maxItems: 100, maxBytes: 1_000_000 }))
      expect(first._tag === "Some" && first.value.items).toHaveLength(100)
      expect(pulled).toBeLessThan(10_000)
    })
  )
})

describe("Bulk.run", () => {
  const batchesOf = (count: number) =>
    Bulk.batches(Stream.range(0, count * 2 - 1), { maxItems: 2, maxBytes: 1_000_000 })

  it.live("gives the outcomes in input order even when later batches finish first", () =>
    Effect.gen(function* () {
      const finished: Array<number> = []
      const outcomes = yield* Stream.runCollect(
        Bulk.run(
          batchesOf(6),
          (batch) =>
            Effect.sleep(`${(6 - batch.index) * 5} millis`).pipe(
              Effect.tap(() => Effect.sync(() => finished.push(batch.index))),
              Effect.as({ result: "success", index: batch.index })
            ),
          { concurrency: 6 }
        )
      )
      expect(finished).not.toStrictEqual([0, 1, 2, 3, 4, 5])
      expect(Chunk.toArray(outcomes).map((outcome) => outcome.batch.index)).toStrictEqual([0, 1, 2, 3, 4, 5])
      for (const outcome of outcomes) {
        expect(outcome.result).toStrictEqual(Either.right({ result: "success", index: outcome.batch.index }))
      }
    })
  )

  it.live("runs at most `concurrency` sends at once, and does use that many", () =>
    Effect.gen(function* () {
      for (const concurrency of [1, 3]) {
        let running = 0
        let most = 0
        const outcomes = yield* Stream.runCollect(
          Bulk.run(
            batchesOf(10),
            () =>
              Effect.acquireUseRelease(
                Effect.sync(() => {
                  running++
                  most = Math.max(most, running)
                }),
                () => Effect.sleep("5 millis"),
                () => Effect.sync(() => running--)
              ),
            { concurrency }
          )
        )
        expect(outcomes.length).toBe(10)
        expect({ concurrency, most }).toStrictEqual({ concurrency, most: concurrency })
      }
    })
  )

  it.live("sends 2 at a time when not told", () =>
    Effect.gen(function* () {
      let running = 0
      let most = 0
      yield* Stream.runDrain(
        Bulk.run(batchesOf(6), () =>
          Effect.acquireUseRelease(
            Effect.sync(() => {
              running++
              most = Math.max(most, running)
            }),
            () => Effect.sleep("5 millis"),
            () => Effect.sync(() => running--)
          )
        )
      )
      expect(most).toBe(2)
    })
  )

  it.effect("reports a failed batch with its error and carries on with the others", () =>
    Effect.gen(function* () {
      const sent: Array<number> = []
      const outcomes = Chunk.toArray(
        yield* Stream.runCollect(
          Bulk.run(batchesOf(6), (batch) =>
            Effect.suspend(() => {
              sent.push(batch.index)
              return batch.index === 1 || batch.index === 4
                ? Effect.fail(failure(`batch ${batch.index}`))
                : Effect.succeed({ result: "success" })
            })
          )
        )
      )
      expect(sent.sort()).toStrictEqual([0, 1, 2, 3, 4, 5])
      expect(outcomes.map((outcome) => Either.isRight(outcome.result))).toStrictEqual([
        true,
        false,
        true,
        true,
        false,
        true
      ])
      const failed = outcomes[4]!
      expect(failed.batch.items).toStrictEqual([8, 9])
      expect(Either.isLeft(failed.result) && failed.result.left).toMatchObject({
        _tag: "PayloadTooLarge",
        detail: "batch 4"
      })
    })
  )
})

describe("Bulk.report", () => {
  it.effect("sums the accepted records and lists each failed batch with its records and error", () =>
    Effect.gen(function* () {
      const input = Array.from({ length: 11 }, (_, i) => `r${i}`)
      const report = yield* Bulk.report(
        Bulk.run(Bulk.batches(Stream.fromIterable(input), { maxItems: 3, maxBytes: 1_000_000 }), (batch) =>
          batch.index === 1 || batch.index === 3 ? Effect.fail(failure(`batch ${batch.index}`)) : Effect.void
        )
      )
      expect(report.batches).toBe(4)
      expect(report.accepted).toBe(3 + 3)
      expect(report.failed.map(({ first, items }) => ({ first, items }))).toStrictEqual([
        { first: 3, items: ["r3", "r4", "r5"] },
        { first: 9, items: ["r9", "r10"] }
      ])
      expect(report.failed.map((failed) => failed.error)).toStrictEqual([failure("batch 1"), failure("batch 3")])
      const failedCount = report.failed.reduce((sum, failed) => sum + failed.items.length, 0)
      expect(report.accepted + failedCount).toBe(input.length)
    })
  )

  it.effect("is empty for no records", () =>
    Effect.gen(function* () {
      const report = yield* Bulk.report(
        Bulk.run(Bulk.batches(Stream.empty, { maxItems: 3, maxBytes: 100 }), () => Effect.void)
      )
      expect(report).toStrictEqual({ batches: 0, accepted: 0, failed: [], unknown: [] })
    })
  )
})

describe("the bulk operations' requirements", () => {
  it("need only the transport, and fail only with their own errors, for records given as an array", () => {
    const contacts = [{ base: { email: "ana@example.com" } }]
    const imported = Bulk.importContacts(contacts, { list_id: 1, mode: "add", compare_field: "email" })
    const forgotten = Bulk.forgetContacts(["0000000001"], { list_id: 1 })
    const tagged = Bulk.tagContacts(["0000000001"], { list_id: 1, tag_id: 1 })
    expectTypeOf(imported).toEqualTypeOf<Stream.Stream<Bulk.Outcome<Contacts.ContactInput>, never, EgoiTransport>>()
    expectTypeOf(forgotten).toEqualTypeOf<Stream.Stream<Bulk.Outcome<string>, never, EgoiTransport>>()
    expectTypeOf(tagged).toEqualTypeOf<Stream.Stream<Bulk.Outcome<string>, never, EgoiTransport>>()
    const products = Bulk.importProducts([{ product_identifier: "p1", name: "Shirt" }], { catalog_id: 1 })
    expectTypeOf(products).toEqualTypeOf<Stream.Stream<Bulk.Outcome<Ecommerce.ProductInput>, never, EgoiTransport>>()
    const orders = Bulk.importOrders([] as Array<Ecommerce.BulkOrder>, { list_id: 1 })
    expectTypeOf(orders).toEqualTypeOf<Stream.Stream<Bulk.Outcome<Ecommerce.BulkOrder>, never, EgoiTransport>>()
  })
})

/** Runs a bulk job over a stub `fetch`, never retrying, and sums it up. */
const reportOver = <A>(
  stub: { readonly fetch: typeof globalThis.fetch },
  job: Stream.Stream<Bulk.Outcome<A>, never, EgoiTransport>
) =>
  Bulk.report(job).pipe(
    Effect.provide(
      EgoiTransportModule.layerWith({ apiKey: "bulk-key", rateLimit: false, maxRetries: 0, fetch: stub.fetch })
    )
  )

const product = (i: number): Ecommerce.ProductInput => ({ product_identifier: `p${i}`, name: `Product ${i}`, price: i })

const order = (i: number): Ecommerce.BulkOrder => ({
  order_id: `o${i}`,
  contact_id: `customer${i}@example.com`,
  revenue: i,
  store_url: "https://shop.example.com",
  date: "2024-05-01 10:00:00",
  items: [{ id: `p${i}`, name: `Product ${i}`, quantity: 1 }]
})

describe("Bulk.importProducts", () => {
  it.effect("splits products by count into ImportProducts requests of the catalog, with the mode", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 202, body: { result: "success" } }))
      const products = Array.from({ length: 25 }, (_, i) => product(i))
      const report = yield* reportOver(
        stub,
        Bulk.importProducts(products, { catalog_id: 4, mode: "add", batchSize: 10 })
      )
      expect(report).toStrictEqual({ batches: 3, accepted: 25, failed: [], unknown: [] })
      expect(stub.sent.map((request) => request.url.pathname)).toStrictEqual(
        Array(3).fill("/catalogs/4/products/actions/import")
      )
      const bodies = stub.sent.map((request) => JSON.parse(request.body!))
      expect(bodies.map((body) => body.mode)).toStrictEqual(["add", "add", "add"])
      expect(bodies.flatMap((body) => body.products)).toStrictEqual(products)
    })
  )

  it.effect("splits by bytes under maxBytes, every product in exactly one request", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 202, body: { result: "success" } }))
      const products = Array.from({ length: 40 }, (_, i) => ({ ...product(i), description: "x".repeat(1_000) }))
      const report = yield* reportOver(stub, Bulk.importProducts(products, { catalog_id: 1, maxBytes: 5_000 }))
      expect(report.accepted).toBe(40)
      for (const request of stub.sent)
        expect(arrayContentBytes(JSON.parse(request.body!).products)).toBeLessThanOrEqual(5_000)
      expect(stub.sent.flatMap((request) => JSON.parse(request.body!).products)).toStrictEqual(products)
    })
  )

  it.effect("reports a refused request with its records (and a record with a bad field before anything is sent)", () =>
    Effect.gen(function* () {
      let calls = 0
      const stub = Stub.make(() =>
        ++calls === 2
          ? { status: 422, body: { title: "Unprocessable Entity", status: 422, detail: "Catalog 1 is full" } }
          : { status: 202, body: { result: "success" } }
      )
      const products = Array.from({ length: 6 }, (_, i) => product(i))
      products[5] = { product_identifier: "bad id", name: "Bad" }
      const report = yield* reportOver(
        stub,
        Bulk.importProducts(products, { catalog_id: 1, batchSize: 2, concurrency: 1 })
      )
      expect(report.accepted).toBe(2)
      expect(report.failed.map((failure) => [failure.first, failure.items, failure.error._tag])).toStrictEqual([
        [2, products.slice(2, 4), "UnprocessableEntity"],
        [4, products.slice(4, 6), "RequestValidationError"]
      ])
      expect(String((report.failed[1]!.error as { message: string }).message)).toContain(
        "products.1.product_identifier"
      )
      // The batch with the bad product was refused before sending.
      expect(stub.sent).toHaveLength(2)
    })
  )

  it.effect("takes records of any type with productOf, reporting the records themselves", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 202, body: { result: "success" } }))
      const rows = [
        { line: 2, product: product(1) },
        { line: 3, product: product(2) }
      ]
      const outcomes = yield* Stream.runCollect(
        Bulk.importProducts(rows, { catalog_id: 1, productOf: (row) => row.product })
      ).pipe(Effect.provide(EgoiTransportModule.layerWith({ apiKey: "k", rateLimit: false, fetch: stub.fetch })))
      expect(Chunk.toArray(outcomes).map((outcome) => outcome.batch.items)).toStrictEqual([rows])
      expect(JSON.parse(stub.sent[0]!.body!).products).toStrictEqual([product(1), product(2)])
    })
  )
})

describe("Bulk.importOrders", () => {
  it.effect("sends the orders as the array body of ImportOrdersBulk, split by count", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 202, body: { result: "success" } }))
      const orders = Array.from({ length: 5 }, (_, i) => order(i))
      const report = yield* reportOver(stub, Bulk.importOrders(orders, { list_id: 3, batchSize: 2 }))
      expect(report).toStrictEqual({ batches: 3, accepted: 5, failed: [], unknown: [] })
      expect(stub.sent.map((request) => request.url.pathname)).toStrictEqual(Array(3).fill("/lists/3/orders"))
      expect(stub.sent.map((request) => JSON.parse(request.body!).length)).toStrictEqual([2, 2, 1])
    })
  )

  it.effect("does not send an order import again when its answer is lost, and says its outcome is unknown", () =>
    Effect.gen(function* () {
      const stub = Stub.script(["drop"], { status: 202, body: { result: "success" } })
      const orders = Array.from({ length: 4 }, (_, i) => order(i))
      const report = yield* Bulk.report(Bulk.importOrders(orders, { list_id: 1, batchSize: 2, concurrency: 1 })).pipe(
        Effect.provide(EgoiTransportModule.layerWith({ apiKey: "k", rateLimit: false, fetch: stub.fetch }))
      )
      expect(stub.sent).toHaveLength(2)
      expect(report.accepted).toBe(2)
      expect(report.unknown.map((failure) => failure.items)).toStrictEqual([orders.slice(0, 2)])
    })
  )
})
