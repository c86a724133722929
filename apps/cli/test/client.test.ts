/**
 * Which E-goi a connection talks to and with which key (`client.ts`), against a local HTTP server
 * that answers every request as ping does and keeps what it received.
 */
import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import * as EgoiClient from "@egoi-ts/core/EgoiClient"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { describe, expect, it, type TestContext } from "vitest"
import { connect, toCurl } from "../src/internal/client.js"
import type { Settings } from "../src/internal/settings.js"

const SECRET = "client-test-SECRET-key"

interface Received {
  readonly method: string
  readonly url: string
  readonly headers: IncomingHttpHeaders
}

/** A server that answers every request with `{"result":"pong"}` and keeps each. */
const pongServer = async (context: Pick<TestContext, "onTestFinished">) => {
  const received: Array<Received> = []
  const server = createServer((request, response) => {
    received.push({ method: request.method!, url: request.url!, headers: request.headers })
    request.resume()
    response.writeHead(200, { "content-type": "application/json" }).end('{"result":"pong"}')
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  context.onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received }
}

const settings = (given: Partial<Settings> = {}): Settings => ({
  apiKey: undefined,
  apiKeySource: undefined,
  baseUrl: undefined,
  profile: "default",
  mock: false,
  notices: [],
  ...given
})

/**
 * Pings through a connection; the answer, or the failure. Core sends the key only to operations the
 * definition declares authenticated (not ping), so a call that needs it is the raw call `egoi api` makes.
 */
const ping = (given: Settings, requiresKey: boolean, dryRun = false) =>
  Effect.runPromise(
    Effect.either(
      Effect.gen(function* () {
        const connection = yield* connect(given, { requiresKey, dryRun })
        const answer = yield* Effect.either(
          Effect.flatMap(EgoiClient.EgoiClient, (client) =>
            requiresKey ? client.request({ method: "POST", path: "/ping" }) : client.ping.ping()
          ).pipe(Effect.provide(EgoiClient.layerWith(connection.options)))
        )
        return { connection, answer }
      })
    )
  )

describe("connect", () => {
  it("refuses an operation that needs the key when there is none", async (context) => {
    const server = await pongServer(context)
    const result = await ping(settings({ baseUrl: server.url }), true)
    expect(Either.isLeft(result) && result.left._tag).toBe("MissingApiKey")
    expect(server.received).toHaveLength(0)
  })

  it("sends an operation that needs no key without one, and without a key given for others", async (context) => {
    const server = await pongServer(context)
    for (const given of [settings({ baseUrl: server.url }), settings({ baseUrl: server.url, apiKey: SECRET })]) {
      const result = await ping(given, false)
      expect(Either.isRight(result) && result.right.answer).toEqual(Either.right({ result: "pong" }))
    }
    expect(server.received.map((request) => [request.method, request.url, request.headers.apikey])).toEqual([
      ["POST", "/ping", undefined],
      ["POST", "/ping", undefined]
    ])
  })

  it("sends the key of the settings to an operation that needs it", async (context) => {
    const server = await pongServer(context)
    await ping(settings({ baseUrl: server.url, apiKey: SECRET }), true)
    expect(server.received.map((request) => request.headers.apikey)).toEqual([SECRET])
  })

  it("captures the request of a dry run, sends nothing, and shows the key header only where it is needed", async () => {
    const needed = await ping(settings(), true, true)
    const notNeeded = await ping(settings({ apiKey: SECRET }), false, true)
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

  it("talks to the embedded mock with --mock, with no key and nothing sent out", async (context) => {
    const server = await pongServer(context)
    const result = await ping(settings({ baseUrl: server.url, mock: true }), true)
    expect(Either.isRight(result) && Either.isRight(result.right.answer)).toBe(true)
    expect(server.received).toHaveLength(0)
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
