import { it } from "@effect/vitest"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import { describe, expect } from "vitest"
import * as AdvancedReportFile from "../src/AdvancedReportFile.js"
import * as EgoiError from "../src/EgoiError.js"
import * as EgoiTransport from "../src/EgoiTransport.js"
import * as Stub from "./utils/StubFetch.js"

const KEY = "report-file-key"
const BASE_URL = "https://egoi.example.test"

const SENDS = {
  title: "May sends",
  range: { start: "2024-05-01 00:00:00", end: "2024-05-31 23:59:59" },
  lists: [1],
  columns: {},
  options: {}
}

const report = (status: string, file: string | null = null) => ({
  advanced_report_id: 5,
  title: "May sends",
  hash: "abc",
  file,
  status,
  created: "2024-05-01 10:00:00"
})

/**
 * E-goi as a stub: the reports listed go from none (before the report is asked for) through the
 * given states, one per look; the file is served at /files/5.csv.
 */
const egoi = (states: ReadonlyArray<string>) => {
  let looks = 0
  return Stub.make((request) => {
    if (request.url.pathname === "/reports/advanced") {
      const state = looks === 0 ? undefined : states[Math.min(looks - 1, states.length - 1)]
      looks++
      const items = state === undefined ? [] : [report(state, state === "finished" ? "/files/5.csv" : null)]
      return { body: { total_items: items.length, items } }
    }
    if (request.url.pathname === "/reports/advanced/sends") return { status: 202, body: { result: "success" } }
    if (request.url.pathname === "/files/5.csv") {
      return new Response("contact_id,email\na000000001,ana@example.com", { headers: { "content-type": "text/csv" } })
    }
    return { status: 404, body: { title: "Not Found", status: 404, detail: "none" } }
  })
}

const provide = (fetch: typeof globalThis.fetch) =>
  Effect.provide(EgoiTransport.layerWith({ apiKey: KEY, baseUrl: BASE_URL, rateLimit: false, maxRetries: 0, fetch }))

/** Moves the test clock a second at a time, letting the stub's answers arrive in between, until the fiber ends. */
const runToEnd = <A, E>(fiber: Fiber.RuntimeFiber<A, E>) =>
  Effect.gen(function* () {
    for (let step = 0; step < 600; step++) {
      const exit = yield* Fiber.poll(fiber)
      if (exit._tag === "Some") return exit.value
      yield* Effect.promise(() => new Promise((resolve) => setImmediate(resolve)))
      yield* TestClock.adjust("1 second")
    }
    return yield* Fiber.await(fiber)
  })

describe("generate", () => {
  it.effect("asks for the report, takes the new one as its own and polls until it is finished", () => {
    const stub = egoi(["queued", "running", "finished"])
    return Effect.gen(function* () {
      const fiber = yield* Effect.fork(AdvancedReportFile.generate("sends", SENDS))
      const exit = yield* runToEnd(fiber)
      expect(exit).toStrictEqual(Exit.succeed(report("finished", "/files/5.csv")))
      const posted = stub.sent.filter((request) => request.method === "POST")
      expect(posted.map((request) => request.url.pathname)).toEqual(["/reports/advanced/sends"])
      // The new report is looked for under its title.
      expect(stub.sent[0]!.url.searchParams.get("title")).toBe("May sends")
      expect(stub.sent.filter((request) => request.url.pathname === "/reports/advanced").length).toBe(4)
    }).pipe(provide(stub.fetch))
  })

  it.effect("answers a report that ended badly as it ended; downloading it fails with ReportUnavailable", () => {
    const stub = egoi(["queued", "error"])
    return Effect.gen(function* () {
      const fiber = yield* Effect.fork(AdvancedReportFile.generate("sends", SENDS))
      const ended = yield* Effect.flatten(runToEnd(fiber))
      expect(ended.status).toBe("error")
      const failure = yield* Effect.flip(Stream.runDrain(AdvancedReportFile.download(ended)))
      expect(failure).toBeInstanceOf(AdvancedReportFile.ReportUnavailable)
      expect(failure.message).toBe("Advanced report 5 has no file: it is error")
    }).pipe(provide(stub.fetch))
  })

  it.effect("fails with TimeoutError (scope deadline) when the report is not done in time", () => {
    const stub = egoi(["queued"])
    return Effect.gen(function* () {
      const fiber = yield* Effect.fork(AdvancedReportFile.generate("sends", SENDS, { deadline: "20 seconds" }))
      const exit = yield* runToEnd(fiber)
      expect(exit).toStrictEqual(
        Exit.fail(
          new EgoiError.TimeoutError({
            method: "GET",
            path: "/reports/advanced",
            timeoutMillis: 20_000,
            scope: "deadline",
            outcome: "unknown"
          })
        )
      )
    }).pipe(provide(stub.fetch))
  })

  it.effect("ends at the callback without waiting for the next poll", () => {
    // The first look finds nothing listed yet; the next, the report finished.
    const stub = egoi(["finished"])
    return Effect.gen(function* () {
      const callback = yield* Deferred.make<unknown>()
      const poll = AdvancedReportFile.defaultPoll
      const fiber = yield* Effect.fork(AdvancedReportFile.waitFor(5, { callback: Deferred.await(callback), poll }))
      // After the first look the schedule waits a second, which the test clock never lets pass.
      while (stub.sent.length < 1) yield* Effect.promise(() => new Promise((resolve) => setImmediate(resolve)))
      yield* Deferred.succeed(callback, { file: "/files/5.csv" })
      for (let i = 0; i < 50 && (yield* Fiber.poll(fiber))._tag === "None"; i++) {
        yield* Effect.promise(() => new Promise((resolve) => setImmediate(resolve)))
      }
      expect(yield* Fiber.join(fiber)).toStrictEqual(report("finished", "/files/5.csv"))
    }).pipe(provide(stub.fetch))
  })
})

describe("download", () => {
  it.effect("streams the file from its address on the base URL, without the API key", () => {
    const stub = egoi(["finished"])
    return Effect.gen(function* () {
      const text = yield* Stream.mkString(
        Stream.decodeText(AdvancedReportFile.download(report("finished", "/files/5.csv")))
      )
      expect(text).toBe("contact_id,email\na000000001,ana@example.com")
      const fetched = stub.sent.find((request) => request.url.pathname === "/files/5.csv")!
      expect(fetched.url.origin).toBe(BASE_URL)
      expect(JSON.stringify(fetched.headers).toLowerCase()).not.toContain(KEY)
      expect(Object.keys(fetched.headers).map((name) => name.toLowerCase())).not.toContain("apikey")
    }).pipe(provide(stub.fetch))
  })

  it.effect("fails with UnexpectedStatus when the file is gone", () => {
    const stub = egoi(["finished"])
    return Effect.gen(function* () {
      const failure = yield* Effect.flip(
        Stream.runDrain(AdvancedReportFile.download(report("finished", "/files/6.csv")))
      )
      expect(failure).toBeInstanceOf(EgoiError.UnexpectedStatus)
      expect(failure).toMatchObject({ status: 404, path: "/files/6.csv" })
    }).pipe(provide(stub.fetch))
  })
})
