import { EgoiClient } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { connect, type GlobalOptions, toCurl } from "../src/internal/client.js"

const SECRET = "client-test-SECRET-key"

const options = (given: Partial<GlobalOptions> = {}): GlobalOptions => ({
  apiKey: Option.none(),
  baseUrl: Option.none(),
  json: false,
  dryRun: false,
  mock: false,
  noColor: false,
  ...given
})

/**
 * Pings through a connection; the answer, or the failure. Core sends the key only to operations the
 * definition declares authenticated (not ping), so a call that needs it is the raw call `egoi api` makes.
 */
const ping = (global: GlobalOptions, requiresKey: boolean) =>
  Effect.runPromise(
    Effect.either(
      Effect.gen(function* () {
        const connection = yield* connect(global, { requiresKey })
        const answer = yield* Effect.either(
          Effect.flatMap(EgoiClient.EgoiClient, (client) =>
            requiresKey ? client.request({ method: "POST", path: "/ping" }) : client.ping.ping()
          ).pipe(Effect.provide(connection.layer))
        )
        return { connection, answer }
      })
    )
  )

describe("connect", () => {
  const sent: Array<Request> = []
  beforeEach(() => {
    vi.stubEnv("EGOI_API_KEY", undefined)
    vi.stubEnv("EGOI_MOCK", undefined)
    vi.stubEnv("EGOI_BASE_URL", "")
    // E-goi, as far as these tests go: every request is kept and answered as ping is.
    vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new Request(input, init))
      return Response.json({ result: "pong" })
    })
  })
  afterEach(() => {
    sent.length = 0
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("refuses an operation that needs the key when there is none", async () => {
    const result = await ping(options(), true)
    expect(Either.isLeft(result) && result.left._tag).toBe("MissingApiKey")
    expect(sent).toHaveLength(0)
  })

  it("sends an operation that needs no key without one, and without a key given for others", async () => {
    for (const global of [options(), options({ apiKey: Option.some(Redacted.make(SECRET)) })]) {
      const result = await ping(global, false)
      expect(Either.isRight(result) && result.right.answer).toEqual(Either.right({ result: "pong" }))
    }
    expect(sent.map((request) => [request.method, request.url, request.headers.has("apikey")])).toEqual([
      ["POST", "https://api.egoiapp.com/ping", false],
      ["POST", "https://api.egoiapp.com/ping", false]
    ])
  })

  it("sends the key, from --api-key or EGOI_API_KEY, to an operation that needs it", async () => {
    await ping(options({ apiKey: Option.some(Redacted.make(SECRET)) }), true)
    vi.stubEnv("EGOI_API_KEY", `${SECRET}-env`)
    await ping(options(), true)
    expect(sent.map((request) => request.headers.get("apikey"))).toEqual([SECRET, `${SECRET}-env`])
  })

  it("captures the request of a dry run, sends nothing, and shows the key header only where it is needed", async () => {
    const needed = await ping(options({ dryRun: true }), true)
    const notNeeded = await ping(options({ dryRun: true, apiKey: Option.some(Redacted.make(SECRET)) }), false)
    expect(sent).toHaveLength(0)
    const curl = (result: typeof needed) =>
      Either.isRight(result) ? toCurl(result.right.connection.captured[0]!) : "no request"
    expect(curl(needed)).toBe(
      [
        "curl -X POST 'https://api.egoiapp.com/ping'",
        "  -H 'accept: application/json'",
        '  -H "Apikey: $EGOI_API_KEY"'
      ].join(" \\\n")
    )
    expect(curl(notNeeded)).toBe("curl -X POST 'https://api.egoiapp.com/ping' \\\n  -H 'accept: application/json'")
  })
})

describe("toCurl", () => {
  it("quotes for the shell, leaves the key out and writes the body", () => {
    const curl = toCurl({
      method: "POST",
      url: "https://api.egoiapp.com/lists",
      headers: [
        ["apikey", SECRET],
        ["content-type", "application/json"]
      ],
      body: `{"internal_name":"It's"}`
    })
    expect(curl).toBe(
      [
        "curl -X POST 'https://api.egoiapp.com/lists'",
        '  -H "Apikey: $EGOI_API_KEY"',
        "  -H 'content-type: application/json'",
        `  -d '{"internal_name":"It'\\''s"}'`
      ].join(" \\\n")
    )
    expect(curl).not.toContain(SECRET)
  })
})
