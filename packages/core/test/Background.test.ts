import { it } from "@effect/vitest"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Schedule from "effect/Schedule"
import * as TestClock from "effect/TestClock"
import { describe, expect } from "vitest"
import * as Background from "../src/Background.js"
import * as Contacts from "../src/Contacts.js"
import * as EgoiClient from "../src/EgoiClient.js"
import * as GroupClient from "../src/GroupClient.js"
import * as Stub from "./utils/StubFetch.js"

/** A queue that holds operation 7 for `pollsRunning` looks after the work starts, then is empty. */
const queueStub = (pollsRunning: number) => {
  let looks = 0
  const stub = Stub.make((request) => {
    if (request.method === "POST") return { status: 202, body: { result: "success" } }
    looks++
    // The first look is before the work starts; from the second the operation is queued.
    const running = looks >= 2 && looks < 2 + pollsRunning
    return {
      body: {
        total_items: running ? 1 : 0,
        items: running ? [{ operation_id: 7, type: "import_contacts", status: "processing" }] : []
      }
    }
  })
  return { ...stub, looks: () => looks }
}

const layerOf = (stub: { fetch: typeof fetch }) =>
  EgoiClient.layerWith({ apiKey: "k", rateLimit: false, maxRetries: 0, fetch: stub.fetch })

const importStart = Effect.flatMap(GroupClient.make(Contacts.ContactsGroup), (contacts) =>
  contacts.actionImportBulk({
    list_id: 1,
    mode: "add",
    compare_field: "email",
    contacts: [{ base: { email: "a@example.com" } }, { base: { email: "b@example.com" } }],
    callback_url: "https://example.com/egoi-callback"
  })
)

describe("waitForOperation", () => {
  it.effect("with a callback lost, polling finds the work done, and backs off between looks", () => {
    const stub = queueStub(3)
    return Effect.gen(function* () {
      const fiber = yield* Effect.fork(
        Background.waitForOperation({
          type: "import_contacts",
          start: importStart,
          callback: Effect.never,
          poll: Schedule.exponential("1 second", 2),
          callbackGrace: "5 seconds"
        })
      )
      // Looks at 0 s (before), 0 s (after), then 1 s, 2 s and 4 s later; then 5 s of grace for the callback.
      for (const [advance, looks] of [
        [0, 2],
        [1000, 3],
        [2000, 4],
        [4000, 5]
      ] as const) {
        yield* TestClock.adjust(advance)
        yield* Effect.yieldNow().pipe(Effect.repeatN(20))
        expect(stub.looks()).toBe(looks)
      }
      yield* TestClock.adjust("5 seconds")
      const done = yield* Fiber.join(fiber)
      expect(done).toEqual({ started: { result: "success" }, operation_ids: [7], via: "poll", report: undefined })
    }).pipe(Effect.provide(layerOf(stub)))
  })

  it.effect("a callback that arrives ends the wait with its report, decoded", () => {
    const stub = queueStub(1000)
    return Effect.gen(function* () {
      const received = yield* Deferred.make<unknown>()
      const fiber = yield* Effect.fork(
        Background.waitForOperation({ type: "import_contacts", start: importStart, callback: Deferred.await(received) })
      )
      yield* Effect.yieldNow().pipe(Effect.repeatN(20))
      yield* Deferred.succeed(received, { imported: 2, updated: 0, ignored: 0, invalid: 0 })
      const done = yield* Fiber.join(fiber)
      expect(done.via).toBe("callback")
      expect(done.report).toEqual({ imported: 2, updated: 0, ignored: 0, invalid: 0 })
    }).pipe(Effect.provide(layerOf(stub)))
  })

  it.effect("fails with TimeoutError at the deadline while the work is still queued", () => {
    const stub = queueStub(1000)
    return Effect.gen(function* () {
      const fiber = yield* Effect.fork(
        Effect.flip(Background.waitForOperation({ type: "import_contacts", start: importStart, deadline: "1 minute" }))
      )
      yield* Effect.yieldNow().pipe(Effect.repeatN(20))
      yield* TestClock.adjust("61 seconds")
      const error = yield* Fiber.join(fiber)
      expect(error).toMatchObject({ _tag: "TimeoutError", scope: "deadline", timeoutMillis: 60_000 })
    }).pipe(Effect.provide(layerOf(stub)))
  })
})
