/**
 * The transport policy every call goes through: retries, rate limits, timeouts and deadlines, what
 * became of a request that got no answer, redirects, and the secrecy of the key. Behaviour a user
 * relies on when E-goi is slow, failing, rate-limiting, or a network in between misbehaves.
 */
import { inspect } from "node:util"
import { reachableStrings } from "@egoi-ts/vitest-config/secrets"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { describe, expect, it } from "vitest"
import * as EgoiClient from "../src/EgoiClient.js"
import type * as EgoiConfig from "../src/EgoiConfig.js"
import * as EgoiError from "../src/EgoiError.js"
import * as LocalServer from "./utils/LocalServer.js"
import * as Stub from "./utils/StubFetch.js"

const KEY = "transport-test-key-7f3c9a1e5b"
const BASE_URL = "https://api.egoiapp.com"

const TAG = { tag_id: 3, name: "vip", color: "#FF0000" }
const PAGE = { total_items: 0, items: [] }

type Options = Partial<EgoiConfig.Options>

const clientLayer = (options: Options) =>
  EgoiClient.layerWith({ apiKey: KEY, baseUrl: BASE_URL, rateLimit: false, ...options })

/** Runs a program with a client; resolves with its value. */
const run = <A, E>(options: Options, program: (egoi: EgoiClient.Service) => Effect.Effect<A, E>) =>
  Effect.runPromise(Effect.flatMap(EgoiClient.EgoiClient, program).pipe(Effect.provide(clientLayer(options))))

/** Runs a program with a client; resolves with the error it failed with. */
const failure = <A, E>(options: Options, program: (egoi: EgoiClient.Service) => Effect.Effect<A, E>) =>
  Effect.runPromise(
    Effect.flatMap(EgoiClient.EgoiClient, (egoi) => Effect.flip(program(egoi))).pipe(
      Effect.provide(clientLayer(options))
    )
  ) as Promise<unknown>

const statuses = (stub: { sent: Array<Stub.SentRequest> }) => stub.sent.map((request) => request.method)

describe("retries", () => {
  it("retries a read answered 503, then answers it", async () => {
    const stub = Stub.script([{ status: 503 }, { status: 503 }], { body: PAGE })
    const page = await run({ fetch: stub.fetch }, (egoi) => egoi.lists.getAllLists())
    expect(page.total_items).toBe(0)
    expect(stub.sent).toHaveLength(3)
  })

  it("gives up after maxRetries with the last status", async () => {
    const stub = Stub.make(() => ({ status: 503 }))
    const error = await failure({ fetch: stub.fetch, maxRetries: 1 }, (egoi) => egoi.lists.getAllLists())
    expect(error).toBeInstanceOf(EgoiError.ServiceUnavailable)
    expect(stub.sent).toHaveLength(2)
  })

  it("never retries a create answered 500, so nothing is created twice", async () => {
    const stub = Stub.script([{ status: 500 }], { status: 201, body: TAG })
    const error = await failure({ fetch: stub.fetch }, (egoi) => egoi.tags.createTag({ name: "vip" }))
    expect(error).toBeInstanceOf(EgoiError.InternalServerError)
    expect(stub.sent).toHaveLength(1)
  })

  it("retries a create answered 429, which E-goi turned away unprocessed", async () => {
    const stub = Stub.script([{ status: 429, headers: { "x-ratelimit-reset": "0" } }], { status: 201, body: TAG })
    const tag = await run({ fetch: stub.fetch }, (egoi) => egoi.tags.createTag({ name: "vip" }))
    expect(tag).toStrictEqual(TAG)
    expect(statuses(stub)).toStrictEqual(["POST", "POST"])
  })

  it("retries a read whose connection dropped, but not a create, whose outcome is then unknown", async () => {
    const stub = Stub.script(["drop"], { body: PAGE })
    await run({ fetch: stub.fetch }, (egoi) => egoi.tags.getAllTags())
    expect(stub.sent).toHaveLength(2)

    const create = Stub.script(["drop"], { status: 201, body: TAG })
    const error = await failure({ fetch: create.fetch }, (egoi) => egoi.tags.createTag({ name: "maybe" }))
    expect(error).toBeInstanceOf(EgoiError.TransportError)
    expect(error).toMatchObject({ outcome: "unknown", method: "POST", path: "/tags" })
    expect((error as Error).message).toContain("may have been carried out")
    expect(create.sent).toHaveLength(1)
  })

  it("retries a create whose connection was refused: it provably was not sent", async () => {
    const stub = Stub.script(["refuse"], { status: 201, body: TAG })
    const tag = await run({ fetch: stub.fetch }, (egoi) => egoi.tags.createTag({ name: "vip" }))
    expect(tag.tag_id).toBe(3)
    expect(stub.sent).toHaveLength(2)

    const refused = Stub.make(() => "refuse")
    const error = await failure({ fetch: refused.fetch, maxRetries: 0 }, (egoi) => egoi.tags.createTag({ name: "x" }))
    expect(error).toMatchObject({ _tag: "TransportError", outcome: "not-sent" })
  })

  it("retries a write marked idempotent like a read", async () => {
    const stub = Stub.script([{ status: 503 }, "drop"], { status: 201, body: TAG })
    const tag = await run({ fetch: stub.fetch }, (egoi) => egoi.tags.createTag({ name: "vip" }, { idempotent: true }))
    expect(tag.tag_id).toBe(3)
    expect(stub.sent).toHaveLength(3)
  })

  it("answers a status the operation does not document with UnexpectedStatus", async () => {
    const stub = Stub.make(() => ({ status: 502, body: "Bad gateway" }))
    const error = await failure({ fetch: stub.fetch, maxRetries: 0 }, (egoi) => egoi.lists.getList({ list_id: 1 }))
    expect(error).toBeInstanceOf(EgoiError.UnexpectedStatus)
    expect(error).toMatchObject({ status: 502, method: "GET", path: "/lists/1" })
  })

  it("takes a DELETE answered 404 after an attempt of unknown outcome as done: the resource is gone", async () => {
    const stub = Stub.script(["drop"], { status: 404, body: { title: "Not Found", status: 404, detail: "No tag" } })
    const result = await run({ fetch: stub.fetch }, (egoi) => egoi.tags.deleteTag({ tag_id: 3 }))
    expect(result).toBeUndefined()
    expect(stub.sent).toHaveLength(2)

    const plain = Stub.make(() => ({ status: 404, body: { title: "Not Found", status: 404, detail: "No tag" } }))
    const error = await failure({ fetch: plain.fetch }, (egoi) => egoi.tags.deleteTag({ tag_id: 3 }))
    expect(error).toBeInstanceOf(EgoiError.NotFound)
  })
})

/** A server window like E-goi's: at most `limit` requests a second, told by the X-RateLimit headers. */
const windowed = (limit: number, answer: Stub.Reply) => {
  let windowStart = 0
  let used = 0
  const answered: Array<number> = []
  const stub = Stub.make(() => {
    const now = Date.now()
    if (now - windowStart >= 1000) {
      windowStart = now
      used = 0
    }
    used++
    const headers = {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(Math.max(0, limit - used)),
      "x-ratelimit-reset": String(Math.max(1, Math.ceil((windowStart + 1000 - now) / 1000)))
    }
    const over = used > limit
    answered.push(over ? 429 : 200)
    return over
      ? { status: 429, headers, body: { title: "Too Many Requests", status: 429, detail: "Slow down" } }
      : { ...(answer as object), headers }
  })
  return { ...stub, answered }
}

describe("rate limits", () => {
  it("waits for the reset a 429 gives, then succeeds", async () => {
    const stub = Stub.script([{ status: 429, headers: { "x-ratelimit-reset": "1" } }], { body: PAGE })
    const started = Date.now()
    await run({ fetch: stub.fetch }, (egoi) => egoi.tags.getAllTags())
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(stub.sent).toHaveLength(2)
  })

  it("refuses locally, without sending, once the account's hourly quota is spent", async () => {
    const stub = Stub.make(() => ({
      body: { result: "pong" },
      headers: { "x-account-limit": "1", "x-account-remaining": "0", "x-account-reset": "3600" }
    }))
    const error = await failure({ fetch: stub.fetch }, (egoi) => Effect.zipRight(egoi.ping.ping(), egoi.ping.ping()))
    expect(error).toBeInstanceOf(EgoiError.AccountQuotaExceeded)
    expect((error as EgoiError.AccountQuotaExceeded).rateLimit).toMatchObject({ accountRemaining: 0 })
    expect((error as Error).message).toContain("nothing was sent")
    expect(stub.sent).toHaveLength(1)
  })

  it("does not retry a 429 that says the account's quota is spent", async () => {
    const stub = Stub.make(() => ({
      status: 429,
      body: { title: "Too Many Requests", status: 429, detail: "Quota" },
      headers: { "x-account-remaining": "0", "x-account-reset": "3600" }
    }))
    const error = await failure({ fetch: stub.fetch }, (egoi) => egoi.tags.getAllTags())
    expect(error).toBeInstanceOf(EgoiError.AccountQuotaExceeded)
    expect(stub.sent).toHaveLength(1)
  })

  it("exposes the last rate-limit headers", async () => {
    const stub = Stub.make(() => ({
      body: { result: "pong" },
      headers: { "x-ratelimit-limit": "50", "x-ratelimit-remaining": "49", "x-ratelimit-reset": "60" }
    }))
    const state = await run({ fetch: stub.fetch }, (egoi) => Effect.zipRight(egoi.ping.ping(), egoi.rateLimit))
    expect(state).toMatchObject({ limit: 50, remaining: 49, reset: 60 })
    expect(state.resetAt).toBeGreaterThan(Date.now())
  })

  it("keeps under E-goi's window when it is below the client's own limit: no call answered 429", async () => {
    // 20 calls at once against a window of 5 a second, with the client's default limit of 10 a second.
    const server = windowed(5, { body: PAGE })
    const pages = await run({ fetch: server.fetch, rateLimit: undefined }, (egoi) =>
      Effect.all(
        Array.from({ length: 20 }, () => egoi.tags.getAllTags()),
        { concurrency: 20 }
      )
    )
    expect(pages).toHaveLength(20)
    expect(server.answered.filter((status) => status === 429)).toStrictEqual([])
  })

  it("does not count time waiting for the client's limiter against a call's timeout", async () => {
    // Two requests a second, a 1 s timeout, six creates at once: the last waits over two seconds for its turn.
    const stub = Stub.make(() => ({ status: 201, body: TAG }))
    const tags = await run(
      { fetch: stub.fetch, rateLimit: { limit: 2, interval: "1 second" }, timeout: 1000, maxRetries: 0 },
      (egoi) =>
        Effect.all(
          Array.from({ length: 6 }, (_, index) => egoi.tags.createTag({ name: `tag-${index}` })),
          { concurrency: 6 }
        )
    )
    expect(tags).toHaveLength(6)
    expect(stub.sent).toHaveLength(6)
  })
})

describe("the client's own limits", () => {
  it("spaces requests with the client-side limiter shared by all calls", async () => {
    const stub = Stub.make(() => ({ body: { result: "pong" } }))
    const started = Date.now()
    await run({ fetch: stub.fetch, rateLimit: { limit: 2, interval: "1 second" } }, (egoi) =>
      Effect.all([egoi.ping.ping(), egoi.ping.ping(), egoi.ping.ping()], { concurrency: "unbounded" })
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(400)
    expect(stub.sent).toHaveLength(3)
  })

  it("refuses a body over 20 MB with the 413 error, sending nothing", async () => {
    const stub = Stub.make(() => ({ status: 201, body: TAG }))
    const error = await failure({ fetch: stub.fetch }, (egoi) =>
      egoi.lists.createList({ internal_name: "x".repeat(20_000_001) })
    )
    expect(error).toBeInstanceOf(EgoiError.PayloadTooLarge)
    expect((error as Error).message).toMatch(/nothing was sent/)
    expect(stub.sent).toStrictEqual([])
  })
})

describe("timeouts and deadlines", () => {
  it("takes a per-call timeout and retry count", async () => {
    let calls = 0
    const server = await LocalServer.start((_, response) => {
      // The first answer never comes; the retry is answered.
      if (calls++ > 0) response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(PAGE))
    })
    try {
      const page = await run({ baseUrl: server.url, maxRetries: 0 }, (egoi) =>
        egoi.tags.getAllTags({}, { timeout: 1000, maxRetries: 1 })
      )
      expect(page.items).toStrictEqual([])
      expect(server.seen).toHaveLength(2)
    } finally {
      await server.close()
    }
  })

  it("times out an attempt whose answer does not come", async () => {
    const server = await LocalServer.start(() => {})
    try {
      const error = await failure({ baseUrl: server.url, timeout: 200, maxRetries: 0 }, (egoi) =>
        egoi.tags.getAllTags()
      )
      expect(error).toBeInstanceOf(EgoiError.TimeoutError)
      expect(error).toMatchObject({ scope: "attempt", timeoutMillis: 200, outcome: "unknown" })
    } finally {
      await server.close()
    }
  })

  it("covers the body too: a server that sends its headers then stalls is timed out", async () => {
    const server = await LocalServer.start((_, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "1000" })
      response.write('{"total_items": 0, "items": [')
    })
    try {
      const error = await failure({ baseUrl: server.url, timeout: 300, maxRetries: 0 }, (egoi) =>
        egoi.tags.getAllTags()
      )
      expect(error).toMatchObject({ _tag: "TimeoutError", scope: "attempt" })
    } finally {
      await server.close()
    }
  })

  it("ends a call at its deadline, retries and waits included", async () => {
    const server = await LocalServer.start(() => {})
    try {
      const error = await failure({ baseUrl: server.url, timeout: 200, maxRetries: 10 }, (egoi) =>
        egoi.tags.getAllTags(undefined, { deadline: 700 })
      )
      expect(error).toBeInstanceOf(EgoiError.TimeoutError)
      expect(error).toMatchObject({ scope: "deadline", timeoutMillis: 700 })
      expect(server.seen.length).toBeGreaterThanOrEqual(1)
    } finally {
      await server.close()
    }
  })

  it("takes the deadline from the client's options", async () => {
    const server = await LocalServer.start(() => {})
    try {
      const error = await failure({ baseUrl: server.url, timeout: 200, deadline: 500 }, (egoi) =>
        egoi.tags.getAllTags()
      )
      expect(error).toMatchObject({ _tag: "TimeoutError", scope: "deadline" })
    } finally {
      await server.close()
    }
  })
})

describe("answers that never come whole", () => {
  it("reports a body cut off mid-way as a connection error of unknown outcome, not a decode error", async () => {
    const server = await LocalServer.start((_, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "500" })
      response.write('{"tag_id": 3, "name": "v', () => setTimeout(() => response.socket?.destroy(), 20))
    })
    try {
      const error = await failure({ baseUrl: server.url, maxRetries: 0 }, (egoi) =>
        egoi.tags.createTag({ name: "vip" })
      )
      expect(error).toBeInstanceOf(EgoiError.TransportError)
      expect(error).toMatchObject({ outcome: "unknown" })
      expect((error as Error).message).toContain("cut off")
      expect(EgoiError.kindOf(error)).toBe("network")
    } finally {
      await server.close()
    }
  })

  it("tells a refused connection (not sent) from one dropped after sending (unknown)", async () => {
    const refused = await failure({ baseUrl: await LocalServer.closedPort(), maxRetries: 0 }, (egoi) =>
      egoi.tags.createTag({ name: "vip" })
    )
    expect(refused).toMatchObject({ _tag: "TransportError", outcome: "not-sent" })

    const server = await LocalServer.start((request) => request.socket.destroy())
    try {
      const dropped = await failure({ baseUrl: server.url, maxRetries: 0 }, (egoi) =>
        egoi.tags.createTag({ name: "vip" })
      )
      expect(dropped).toMatchObject({ _tag: "TransportError", outcome: "unknown" })
      expect(server.seen).toHaveLength(1)
    } finally {
      await server.close()
    }
  })
})

describe("redirects", () => {
  it.each([
    ["a GET answered 302", 302, (egoi: EgoiClient.Service) => egoi.tags.getAllTags()],
    ["a POST answered 307", 307, (egoi: EgoiClient.Service) => egoi.tags.createTag({ name: "vip" })]
  ] as const)("does not follow %s to another origin: the key stays home", async (_, status, call) => {
    const elsewhere = await LocalServer.start((__, response) => response.writeHead(200).end("{}"))
    const origin = await LocalServer.start((request, response) => {
      response.writeHead(status, { location: `${elsewhere.url}${request.url}` }).end()
    })
    try {
      const error = await failure({ baseUrl: origin.url, maxRetries: 2 }, call as never)
      expect(error).toBeInstanceOf(EgoiError.UnexpectedStatus)
      expect(error).toMatchObject({ status, location: `${elsewhere.url}/tags` })
      expect((error as Error).message).toContain("not followed")
      expect(origin.seen).toHaveLength(1)
      expect(origin.seen[0]!.headers.apikey).toBe(KEY)
      expect(elsewhere.seen).toStrictEqual([])
    } finally {
      await Promise.all([origin.close(), elsewhere.close()])
    }
  })

  it("sends requests with redirect: manual", async () => {
    const stub = Stub.make(() => ({ body: PAGE }))
    await run({ fetch: stub.fetch }, (egoi) => egoi.tags.getAllTags())
    expect(stub.sent[0]!.redirect).toBe("manual")
  })
})

describe("secrecy", () => {
  it("keeps the key out of every error, at any depth, however it is printed", async () => {
    const slow = await LocalServer.start(() => {})
    const cut = await LocalServer.start((_, response) => {
      response.writeHead(200, { "content-length": "100" })
      response.write("{", () => setTimeout(() => response.socket?.destroy(), 20))
    })
    const redirect = await LocalServer.start((_, response) =>
      response.writeHead(302, { location: "http://example.com/" }).end()
    )
    const quota = Stub.make(() => ({
      status: 429,
      body: { title: "Too Many Requests", status: 429, detail: "Quota" },
      headers: { "x-account-remaining": "0", "x-account-reset": "10" }
    }))
    const answer = (reply: Stub.Reply) => Stub.make(() => reply).fetch
    const cases: ReadonlyArray<
      readonly [string, Options, (egoi: EgoiClient.Service) => Effect.Effect<unknown, unknown>]
    > = [
      ["validation", {}, (egoi) => egoi.lists.getList({ list_id: 0 })],
      [
        "404",
        { fetch: answer({ status: 404, body: { title: "Not Found", status: 404, detail: "No list" } }) },
        (egoi) => egoi.lists.getList({ list_id: 9 })
      ],
      [
        "429",
        { fetch: answer({ status: 429, headers: { "x-ratelimit-reset": "0" } }), maxRetries: 0 },
        (egoi) => egoi.tags.getAllTags()
      ],
      ["quota", { fetch: quota.fetch }, (egoi) => egoi.tags.getAllTags()],
      ["502", { fetch: answer({ status: 502 }), maxRetries: 0 }, (egoi) => egoi.tags.getAllTags()],
      ["drop", { fetch: answer("drop"), maxRetries: 0 }, (egoi) => egoi.tags.createTag({ name: "x" })],
      ["refuse", { baseUrl: await LocalServer.closedPort(), maxRetries: 0 }, (egoi) => egoi.tags.getAllTags()],
      ["cut body", { baseUrl: cut.url, maxRetries: 0 }, (egoi) => egoi.tags.getAllTags()],
      ["timeout", { baseUrl: slow.url, timeout: 100, maxRetries: 0 }, (egoi) => egoi.tags.getAllTags()],
      ["deadline", { baseUrl: slow.url, timeout: 100 }, (egoi) => egoi.tags.getAllTags(undefined, { deadline: 150 })],
      ["redirect", { baseUrl: redirect.url }, (egoi) => egoi.tags.getAllTags()],
      [
        "strict decode",
        { fetch: answer({ body: { total_items: "x" } }), strict: true },
        (egoi) => egoi.tags.getAllTags()
      ],
      ["too large", { fetch: answer({}) }, (egoi) => egoi.lists.createList({ internal_name: "y".repeat(20_000_001) })],
      [
        "raw 500",
        { fetch: answer({ status: 500 }), maxRetries: 0 },
        (egoi) => egoi.request({ method: "GET", path: "/x" })
      ]
    ]
    try {
      for (const [name, options, call] of cases) {
        const exit = await Effect.runPromiseExit(
          Effect.flatMap(EgoiClient.EgoiClient, call).pipe(Effect.provide(clientLayer(options)))
        )
        expect(Exit.isFailure(exit), name).toBe(true)
        const cause = (exit as Exit.Failure<unknown, unknown>).cause
        const error = Cause.squash(cause)
        const shown = [
          ...reachableStrings(error),
          ...reachableStrings(cause),
          inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
          inspect(cause, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
          Cause.pretty(cause),
          JSON.stringify(error),
          String(error)
        ]
        expect(
          shown.filter((text) => text.includes(KEY)),
          name
        ).toStrictEqual([])
      }
    } finally {
      await Promise.all([slow.close(), cut.close(), redirect.close()])
    }
  })

  it("never sends the key over plain http to another host: such a base URL is refused", async () => {
    const exit = await Effect.runPromiseExit(
      Effect.flatMap(EgoiClient.EgoiClient, (egoi) => egoi.ping.ping()).pipe(
        Effect.provide(clientLayer({ baseUrl: "http://api.egoiapp.com" }))
      )
    )
    expect(Exit.isFailure(exit)).toBe(true)
    expect(String(Cause.squash((exit as Exit.Failure<unknown, unknown>).cause))).toContain("must use https")
  })
})
