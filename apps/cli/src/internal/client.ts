/**
 * Which E-goi a command talks to: the real API with a key, the embedded mock, or nothing at all
 * (--dry-run, which prints the request as curl instead of sending it).
 *
 * @internal
 */
import * as Authentication from "@egoi-ts/core/Authentication"
import type * as EgoiConfig from "@egoi-ts/core/EgoiConfig"
import type { EgoiMock } from "@egoi-ts/test-kit"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { MissingApiKey } from "./errors.js"
import { httpFetch } from "./httpFetch.js"
import type { Settings } from "./settings.js"

let embedded: Promise<EgoiMock.EgoiMock> | undefined

/**
 * The process's one embedded mock, made on first use, seeded with demo data: the commands of one
 * process (the tour) share its state. Only commands that use it load the test-kit.
 */
export const embeddedMock = (): Promise<EgoiMock.EgoiMock> =>
  (embedded ??= import("@egoi-ts/test-kit").then(({ EgoiMock }) => EgoiMock.make({ seed: "demo" })))

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
  /** The client's configuration: `EgoiTransport.layerWith(options)` or `EgoiClient.layerWith(options)`. */
  readonly options: EgoiConfig.Options
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
    // Core gives headers as a plain object; a Headers would load undici, which httpFetch.ts avoids.
    const headers = Object.fromEntries(
      Object.entries((init?.headers ?? {}) as Record<string, string>).filter(
        ([name]) => name.toLowerCase() !== KEY_HEADER
      )
    )
    return fetch(input, { ...init, headers })
  }

/** What a command's calls need from the connection. */
export interface ConnectOptions {
  /** Whether the calls need the API key, as the definition declares (`Authentication.isRequiredBy`). */
  readonly requiresKey: boolean
  /** Print the request as curl and send nothing. */
  readonly dryRun: boolean
}

/** The client's configuration for a command, from its settings (`settings.ts`). */
export const connect = (
  settings: Settings,
  { requiresKey, dryRun }: ConnectOptions
): Effect.Effect<Connection, MissingApiKey> =>
  Effect.gen(function* () {
    const captured: Array<CapturedRequest> = []
    // A dry run shows the request E-goi would get, so it never points at the mock.
    const mock = settings.mock && !dryRun
    const apiKey = settings.apiKey === undefined ? undefined : Redacted.make(settings.apiKey)
    if (apiKey === undefined && requiresKey && !mock && !dryRun) return yield* new MissingApiKey()
    const transport: typeof globalThis.fetch = dryRun
      ? capturingFetch(captured)
      : mock
        ? (input, init) => embeddedMock().then((instance) => instance.fetch(input, init))
        : httpFetch
    const options: EgoiConfig.Options = {
      apiKey: apiKey ?? Redacted.make(mock ? "embedded-mock-key" : "YOUR_API_KEY"),
      baseUrl: mock ? "http://127.0.0.1:4010" : settings.baseUrl,
      fetch: requiresKey ? transport : withoutKey(transport),
      ...(dryRun ? { maxRetries: 0 } : {}),
      ...(mock ? { rateLimit: false } : {})
    }
    return { options, captured }
  })
