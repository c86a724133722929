/**
 * The transport policy of @egoi-ts/core, exercised against the mock with injected faults: what a
 * user relies on when E-goi is slow, failing or rate-limiting.
 */
import { it } from "@effect/vitest"
import { EgoiClient, type EgoiConfig, EgoiError } from "@egoi-ts/core"
import { Effect, Exit, Layer, Logger } from "effect"
import { describe, expect } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"

const run = <A, E>(
  program: (egoi: EgoiClient.Service, mock: EgoiMock.EgoiMock) => Effect.Effect<A, E>,
  options: { readonly mock?: EgoiMock.Options; readonly client?: Omit<EgoiConfig.Options, "apiKey" | "baseUrl"> } = {}
) =>
  Effect.gen(function* () {
    const egoi = yield* EgoiClient.EgoiClient
    const mock = yield* EgoiMock.EgoiMockService
    return yield* program(egoi, mock)
  }).pipe(Effect.provide(EgoiMock.layerClient(options.mock, options.client)))

const statuses = (mock: EgoiMock.EgoiMock) => mock.requests().map((request) => request.status)

describe("retries", () => {
  it.live("retries a read answered 503 and succeeds", () =>
    run((egoi, mock) =>
      Effect.gen(function* () {
        mock.faults.sequence("GET /lists", [{ status: 503 }, { status: 503 }])
        const page = yield* egoi.lists.getAllLists()
        expect(page.total_items).toBe(0)
        expect(statuses(mock)).toEqual([503, 503, 200])
      })
    )
  )

  it.live("gives up after maxRetries and reports the last status", () =>
    run(
      (egoi, mock) =>
        Effect.gen(function* () {
          mock.faults.add({ route: "GET /lists", status: 503 })
          const error = yield* Effect.flip(egoi.lists.getAllLists())
          expect(error).toBeInstanceOf(EgoiError.ServiceUnavailable)
          expect(statuses(mock)).toEqual([503, 503])
        }),
      { client: { maxRetries: 1 } }
    )
  )

  it.live("never retries a create answered 500, so nothing is created twice", () =>
    run((egoi, mock) =>
      Effect.gen(function* () {
        mock.faults.add({ route: "POST /lists", status: 500, times: 1 })
        const error = yield* Effect.flip(egoi.lists.createList({ internal_name: "Once" }))
        expect(error._tag).toBe("InternalServerError")
        expect(statuses(mock)).toEqual([500])
      })
    )
  )

  it.live("retries a create answered 429, which had no effect", () =>
    run((egoi, mock) =>
      Effect.gen(function* () {
        mock.faults.add({ route: "POST /tags", status: 429, times: 1, headers: { "x-ratelimit-reset": "0" } })
        const tag = yield* egoi.tags.createTag({ name: "retried" })
        expect(tag.name).toBe("retried")
        expect(statuses(mock)).toEqual([429, 201])
        expect(mock.snapshot().tags).toHaveLength(1)
      })
    )
  )

  it.live("retries a read whose connection dropped, but not a create", () =>
    run((egoi, mock) =>
      Effect.gen(function* () {
        mock.faults.add({ route: "GET /tags", drop: true, times: 1 })
        yield* egoi.tags.getAllTags()
        mock.faults.add({ route: "POST /tags", drop: true, times: 1 })
        const error = yield* Effect.flip(egoi.tags.createTag({ name: "maybe" }))
        expect(error).toBeInstanceOf(EgoiError.TransportError)
        expect(statuses(mock)).toEqual(["dropped", 200, "dropped"])
      })
    )
  )

  it.live("maps a status the operation does not document to UnexpectedStatus", () =>
    run(
      (egoi, mock) =>
        Effect.gen(function* () {
          mock.faults.add({ route: "GET /lists/:list_id", status: 502 })
          const error = yield* Effect.flip(egoi.lists.getList({ list_id: 1 }))
          expect(error).toBeInstanceOf(EgoiError.UnexpectedStatus)
          expect(error).toMatchObject({ status: 502, method: "GET", path: "/lists/1" })
        }),
      { client: { maxRetries: 0 } }
    )
  )
})

describe("rate limits", () => {
  it.live("waits for the reset a 429 gives, then succeeds", () =>
    run((egoi, mock) =>
      Effect.gen(function* () {
        mock.faults.add({ route: "GET /tags", status: 429, times: 1, headers: { "x-ratelimit-reset": "1" } })
        const started = Date.now()
        yield* egoi.tags.getAllTags()
        expect(Date.now() - started).toBeGreaterThanOrEqual(950)
        expect(statuses(mock)).toEqual([429, 200])
      })
    )
  )

  it.live("holds the next request until the window resets when none remain", () =>
    run(
      (egoi, mock) =>
        Effect.gen(function* () {
          yield* egoi.ping.ping()
          expect((yield* egoi.rateLimit).remaining).toBe(0)
          const started = Date.now()
          yield* egoi.ping.ping()
          expect(Date.now() - started).toBeGreaterThanOrEqual(900)
          expect(statuses(mock)).toEqual([200, 200])
        }),
      { mock: { rateLimit: { limit: 1, windowSeconds: 1 } } }
    )
  )

  it.live("refuses locally, unsent, once the account's hourly quota is spent", () =>
    run(
      (egoi, mock) =>
        Effect.gen(function* () {
          yield* egoi.myAccount.getMyAccount()
          const error = yield* Effect.flip(egoi.myAccount.getMyAccount())
          expect(error).toBeInstanceOf(EgoiError.AccountQuotaExceeded)
          expect((error as EgoiError.AccountQuotaExceeded).rateLimit?.accountRemaining).toBe(0)
          expect(error.message).toContain("nothing was sent")
          expect(statuses(mock)).toEqual([200])
        }),
      { mock: { accountLimit: { limit: 1, windowSeconds: 3600 } } }
    )
  )

  it.live("exposes the last rate-limit headers", () =>
    run(
      (egoi) =>
        Effect.gen(function* () {
          yield* egoi.ping.ping()
          const state = yield* egoi.rateLimit
          expect(state).toMatchObject({ limit: 50, remaining: 49, accountLimit: 100_000 })
          expect(state.resetAt).toBeGreaterThan(Date.now())
        }),
      { mock: { rateLimit: { limit: 50, windowSeconds: 60 } } }
    )
  )

  it.live("spaces requests with the client-side limiter shared by all calls", () =>
    run(
      (egoi) =>
        Effect.gen(function* () {
          const started = Date.now()
          yield* Effect.all([egoi.ping.ping(), egoi.ping.ping(), egoi.ping.ping()], { concurrency: "unbounded" })
          expect(Date.now() - started).toBeGreaterThanOrEqual(400)
        }),
      { client: { rateLimit: { limit: 2, interval: "1 second" } } }
    )
  )
})

describe("limits and timeouts", () => {
  it.live("refuses a body over 20 MB with the 413 error and sends nothing", () =>
    run((egoi, mock) =>
      Effect.gen(function* () {
        const error = yield* Effect.flip(egoi.lists.createList({ internal_name: "x".repeat(20_000_001) }))
        expect(error).toBeInstanceOf(EgoiError.PayloadTooLarge)
        expect(error.message).toMatch(/nothing was sent/)
        expect(mock.requests()).toHaveLength(0)
      })
    )
  )

  it.live("fails a slow read at the configured timeout", () =>
    run(
      (egoi, mock) =>
        Effect.gen(function* () {
          mock.faults.add({ route: "GET /my-account", latency: 3_000 })
          const started = Date.now()
          const error = yield* Effect.flip(egoi.myAccount.getMyAccount())
          expect(error).toBeInstanceOf(EgoiError.TimeoutError)
          expect(error).toMatchObject({ timeoutMillis: 200, method: "GET", path: "/my-account" })
          expect(Date.now() - started).toBeLessThan(2_000)
        }),
      { client: { readTimeout: "200 millis", maxRetries: 0 } }
    )
  )

  it.live("takes a per-call timeout and retry count", () =>
    run((egoi, mock) =>
      Effect.gen(function* () {
        mock.faults.add({ route: "GET /tags", latency: 1_000, times: 1 })
        const page = yield* egoi.tags.getAllTags({}, { timeout: "100 millis", maxRetries: 1 })
        expect(page.items).toEqual([])
        expect(mock.requests()).toHaveLength(2)
      })
    )
  )
})

describe("validation", () => {
  it.live("refuses invalid parameters before sending, naming each field", () =>
    run((egoi, mock) =>
      Effect.gen(function* () {
        const byId = yield* Effect.flip(egoi.lists.getList({ list_id: 0 }))
        expect(byId).toBeInstanceOf(EgoiError.RequestValidationError)
        expect((byId as EgoiError.RequestValidationError).issues).toEqual([
          { path: "list_id", message: "Expected an integer >= 1, got 0" }
        ])
        const page = (yield* Effect.flip(
          egoi.lists.getAllLists({ limit: 5000, order_by: "size" as "list_id" })
        )) as EgoiError.RequestValidationError
        expect(page.issues.map((issue) => issue.path)).toEqual(["limit", "order_by"])
        expect(page.message).toMatch(/^Invalid parameters for getAllLists: limit: /)
        const unknown = (yield* Effect.flip(
          egoi.tags.createTag({ name: "x", colour: "#fff" } as never)
        )) as EgoiError.RequestValidationError
        expect(unknown.issues).toEqual([{ path: "colour", message: "is not a parameter of createTag" }])
        expect(mock.requests()).toHaveLength(0)
      })
    )
  )
})

describe("secrecy", () => {
  it.live("never shows the API key in errors, logs or the request log", () => {
    const secret = "k3y-that-must-never-leak-0123456789"
    const logs: Array<string> = []
    const logger = Logger.make(({ message }) => logs.push(JSON.stringify(message)))
    return Effect.gen(function* () {
      const mock = yield* EgoiMock.EgoiMockService
      const egoi = yield* EgoiClient.EgoiClient
      mock.faults.add({ route: "GET /lists", drop: true })
      const calls: Array<Effect.Effect<unknown, unknown>> = [
        egoi.lists.getList({ list_id: 12345 }),
        egoi.lists.getAllLists(),
        egoi.lists.getList({ list_id: -1 }),
        egoi.lists.createList({ internal_name: "y".repeat(20_000_001) })
      ]
      const outcomes = yield* Effect.all(
        calls.map((call) => Effect.exit(Effect.tapErrorCause(call, Effect.logError))),
        { concurrency: 1 }
      )
      const failures = outcomes.filter(Exit.isFailure)
      expect(failures).toHaveLength(4)
      const shown = [
        ...failures.map((exit) => `${String(exit.cause)} ${JSON.stringify(exit.cause)}`),
        ...logs,
        JSON.stringify(mock.requests())
      ].join("\n")
      expect(shown).not.toContain(secret)
      expect(mock.requests()[0]?.headers.apikey).toBe("[redacted]")
    }).pipe(
      Effect.provide(
        Layer.unwrapEffect(
          Effect.map(EgoiMock.EgoiMockService, (mock) =>
            EgoiClient.layerWith({
              apiKey: secret,
              baseUrl: EgoiMock.IN_PROCESS_URL,
              maxRetries: 1,
              rateLimit: false,
              fetch: mock.fetch
            })
          )
        ).pipe(Layer.provideMerge(EgoiMock.layer({ apiKeys: [secret] })))
      ),
      Effect.provide(Logger.replace(Logger.defaultLogger, logger))
    )
  })
})
