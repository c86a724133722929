/**
 * Which E-goi a command talks to: the real API with a key, the embedded mock, or nothing at all
 * (--dry-run, which prints the request as curl instead of sending it).
 */
import { EgoiClient, type EgoiConfig } from "@egoi-ts/core"
import type { EgoiMock } from "@egoi-ts/test-kit"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"

export class MissingApiKey extends Data.TaggedError("MissingApiKey")<{}> {
  override get message() {
    return "No API key: set EGOI_API_KEY (or pass --api-key), or use --mock for the embedded mock"
  }
}

export class CliUsageError extends Data.TaggedError("CliUsageError")<{ readonly detail: string }> {
  override get message() {
    return this.detail
  }
}

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

/** The client layer for a command, from its global options and the environment. */
export const connect = (options: GlobalOptions): Effect.Effect<Connection, MissingApiKey> =>
  Effect.gen(function* () {
    const captured: Array<CapturedRequest> = []
    // A dry run shows the request E-goi would get, so it never points at the mock.
    const mock = usesMock(options) && !options.dryRun
    const apiKey =
      Option.getOrUndefined(options.apiKey) ??
      (process.env.EGOI_API_KEY ? Redacted.make(process.env.EGOI_API_KEY) : undefined)
    if (apiKey === undefined && !mock && !options.dryRun) return yield* new MissingApiKey()
    const fetch: typeof globalThis.fetch | undefined = options.dryRun
      ? capturingFetch(captured)
      : mock
        ? (input, init) => embeddedMock().then((instance) => instance.fetch(input, init))
        : undefined
    const config: EgoiConfig.Options = {
      apiKey: apiKey ?? Redacted.make(mock ? "embedded-mock-key" : "YOUR_API_KEY"),
      baseUrl: mock ? "http://127.0.0.1:4010" : (Option.getOrUndefined(options.baseUrl) ?? process.env.EGOI_BASE_URL),
      fetch,
      ...(options.dryRun ? { maxRetries: 0 } : {}),
      ...(mock ? { rateLimit: false } : {})
    }
    return { layer: EgoiClient.layerWith(config), captured }
  })
