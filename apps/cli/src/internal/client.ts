/**
 * Which E-goi a command talks to: the real API with a key, the embedded mock, or nothing at all
 * (--dry-run, which prints the request as curl instead of sending it).
 *
 * @internal
 */
import { Authentication, EgoiClient, type EgoiConfig } from "@egoi-ts/core"
import type { EgoiMock } from "@egoi-ts/test-kit"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { MissingApiKey } from "./errors.js"

/** The options every operation command takes. */
export interface GlobalOptions {
  readonly apiKey: Option.Option<Redacted.Redacted<string>>
  readonly baseUrl: Option.Option<string>
  readonly json: boolean
  readonly dryRun: boolean
  readonly mock: boolean
  readonly noColor: boolean
}

let embedded: Promise<EgoiMock.EgoiMock> | undefined
let forceMock = false

/** The process's one embedded mock, made on first use, seeded with demo data. */
export const embeddedMock = (): Promise<EgoiMock.EgoiMock> =>
  (embedded ??= import("@egoi-ts/test-kit").then(({ EgoiMock }) => EgoiMock.make({ seed: "demo" })))

/** Makes every later command of this process use the embedded mock (the tour). */
export const useEmbeddedMock = () => {
  forceMock = true
}

const usesMock = (options: GlobalOptions) => forceMock || options.mock || process.env.EGOI_MOCK === "1"

/** A request captured by --dry-run. */
export interface CapturedRequest {
  readonly method: string
  readonly url: string
  readonly headers: ReadonlyArray<[string, string]>
  readonly body: string | undefined
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`

/** The request as a curl command, with the key replaced by `$EGOI_API_KEY`. */
export const toCurl = (request: CapturedRequest): string => {
  const parts = [`curl -X ${request.method} ${shellQuote(request.url)}`]
  for (const [name, value] of request.headers) {
    if (name === "apikey") parts.push(`-H "Apikey: $EGOI_API_KEY"`)
    else parts.push(`-H ${shellQuote(`${name}: ${value}`)}`)
  }
  if (request.body !== undefined && request.body !== "") parts.push(`-d ${shellQuote(request.body)}`)
  return parts.join(" \\\n  ")
}

/** A `fetch` that records the request and sends nothing. */
const capturingFetch =
  (captured: Array<CapturedRequest>): typeof globalThis.fetch =>
  async (input, init) => {
    const request = new Request(input, init)
    const headers: Array<[string, string]> = []
    for (const [name, value] of request.headers) headers.push([name, value])
    captured.push({
      method: request.method,
      url: request.url,
      headers,
      body: request.body ? await request.text() : undefined
    })
    throw new TypeError("dry run: nothing is sent")
  }

export interface Connection {
  readonly layer: ReturnType<typeof EgoiClient.layerWith>
  /** Filled by --dry-run. */
  readonly captured: Array<CapturedRequest>
}

const KEY_HEADER = Authentication.HEADER.toLowerCase()

/**
 * A `fetch` that sends no key. Core sends the key only to the operations the definition declares
 * authenticated, but a raw call (`egoi api POST /ping`) always carries it, and a client needs a key to
 * be built: a route that needs none goes through this, so the key goes nowhere it is not needed and
 * a placeholder never reaches E-goi.
 */
const withoutKey =
  (fetch: typeof globalThis.fetch): typeof globalThis.fetch =>
  (input, init) => {
    const headers = new Headers(init?.headers)
    headers.delete(KEY_HEADER)
    return fetch(input, { ...init, headers })
  }

/** What a command's calls need from the connection. */
export interface ConnectOptions {
  /** Whether the calls need the API key, as the definition declares (`Authentication.isRequiredBy`). */
  readonly requiresKey: boolean
}

/** The client layer for a command, from its global options and the environment. */
export const connect = (
  options: GlobalOptions,
  { requiresKey }: ConnectOptions = { requiresKey: true }
): Effect.Effect<Connection, MissingApiKey> =>
  Effect.gen(function* () {
    const captured: Array<CapturedRequest> = []
    // A dry run shows the request E-goi would get, so it never points at the mock.
    const mock = usesMock(options) && !options.dryRun
    const apiKey =
      Option.getOrUndefined(options.apiKey) ??
      (process.env.EGOI_API_KEY ? Redacted.make(process.env.EGOI_API_KEY) : undefined)
    if (apiKey === undefined && requiresKey && !mock && !options.dryRun) return yield* new MissingApiKey()
    const transport: typeof globalThis.fetch = options.dryRun
      ? capturingFetch(captured)
      : mock
        ? (input, init) => embeddedMock().then((instance) => instance.fetch(input, init))
        : (input, init) => globalThis.fetch(input, init)
    const config: EgoiConfig.Options = {
      apiKey: apiKey ?? Redacted.make(mock ? "embedded-mock-key" : "YOUR_API_KEY"),
      baseUrl: mock
        ? "http://127.0.0.1:4010"
        : (Option.getOrUndefined(options.baseUrl) ?? (process.env.EGOI_BASE_URL || undefined)),
      fetch: requiresKey ? transport : withoutKey(transport),
      ...(options.dryRun ? { maxRetries: 0 } : {}),
      ...(mock ? { rateLimit: false } : {})
    }
    return { layer: EgoiClient.layerWith(config), captured }
  })
