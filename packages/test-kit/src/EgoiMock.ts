/**
 * A stateful E-goi: the API definition of `@egoi-ts/core` served from an in-memory account, with
 * E-goi's authentication, rate-limit headers, body size limit and error bodies, plus fault injection
 * and a request log. Use it in-process (its `fetch`, or the Effect {@link layer}) or on a socket
 * (`MockServer.start`).
 *
 * ```ts
 * import { EgoiMock } from "@egoi-ts/test-kit"
 *
 * const mock = EgoiMock.make({ seed: "demo" })
 * mock.faults.add({ route: "GET /lists", status: 503, times: 1 })
 * const response = await mock.fetch("http://127.0.0.1/lists", { headers: { Apikey: "test" } })
 * ```
 *
 * @since 0.1.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as HttpServer from "@effect/platform/HttpServer"
import { EgoiClient, type EgoiConfig, type EgoiError, type EgoiTransport } from "@egoi-ts/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { type Fault, Faults, fromPreferHeader } from "./Faults.js"
import { errorBody } from "./internal/answers.js"
import * as Authentication from "./internal/authentication.js"
import { makeContext } from "./internal/context.js"
import { demoRecords } from "./internal/demo.js"
import { FILES_PREFIX, fileAt } from "./internal/files.js"
import { approveSender, SENDER_KINDS, type SenderKind } from "./internal/groups/senders.js"
import type { Callback, OperationMode } from "./internal/operationRunner.js"
import { makeRandom } from "./internal/random.js"
import * as Registry from "./internal/registry.js"
import { type MockData, MockState } from "./internal/state.js"
import type { WebhookDelivery } from "./internal/webhookDispatcher.js"

export type { SenderKind } from "./internal/groups/senders.js"
export type { Callback } from "./internal/operationRunner.js"
export type { MockData } from "./internal/state.js"
export type { WebhookDelivery, WebhookPayload } from "./internal/webhookDispatcher.js"

/**
 * The records `seed` adds, a list of them for each kind (`lists`, `contacts`, `segments`, ...): the
 * kinds the group modules of the mock seed. The test-kit README lists them all.
 *
 * @since 0.1.0
 * @category models
 */
export type Seed = Registry.SeedRecords

/**
 * One record of a kind `seed` takes: `SeedRecord<"contacts">` is a contact to seed.
 *
 * @since 0.1.0
 * @category models
 */
export type SeedRecord<Kind extends keyof Seed> = NonNullable<Seed[Kind]>[number]

/**
 * A segment to seed (E-goi's API cannot create them): its list, name, type and the rule of that type.
 *
 * @since 0.1.0
 * @category models
 */
export type SegmentSeed = SeedRecord<"segments">

/**
 * A request window: at most `limit` requests per `windowSeconds`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Window {
  readonly limit: number
  readonly windowSeconds: number
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Makes the mock deterministic and starts it with a few lists and tags drawn from the seed. Empty when not given. */
  readonly seed?: string | number | undefined
  /** The accepted API keys; any non-empty key when not given. */
  readonly apiKeys?: ReadonlyArray<string> | undefined
  /** The per-key rate limit (`X-RateLimit-*`, 429 past it): 600 a minute by default; `false` for none. */
  readonly rateLimit?: Window | false | undefined
  /** The account quota (`X-Account-*`, 429 with `X-Account-Remaining: 0` past it): 100,000 an hour by default. */
  readonly accountLimit?: Window | false | undefined
  /** The body size limit, 20,000,000 bytes (E-goi's 20 MB) by default. */
  readonly maxBodyBytes?: number | undefined
  /** How many lists the account may hold before `createList` answers 409. */
  readonly maxLists?: number | undefined
  /** The clock, in epoch milliseconds; `Date.now` by default. */
  readonly now?: (() => number) | undefined
  /**
   * When queued operations (imports, exports) run: `"immediate"` (the default) on the next turn of
   * the event loop; `"manual"` only when `runOperations()` is called, so a test can see them queued.
   */
  readonly operations?: OperationMode | undefined
}

/**
 * One request the mock received.
 *
 * @since 0.1.0
 * @category models
 */
export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  /** Header names in lower case; the `apikey` value is replaced by `[redacted]`. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
  /** The status answered; `"dropped"` when the mock dropped the connection, `"aborted"` when the client gave up first. */
  readonly status: number | "dropped" | "aborted"
  readonly at: number
}

/**
 * What the mock does with one request: a response, or a dropped connection.
 *
 * @since 0.1.0
 * @category models
 */
export type Answer = { readonly _tag: "Response"; readonly response: Response } | { readonly _tag: "Dropped" }

/**
 * A running mock.
 *
 * @since 0.1.0
 * @category models
 */
export interface EgoiMock {
  /** Answers a request the way E-goi would. */
  readonly handle: (request: Request) => Promise<Answer>
  /** A `fetch` served by the mock without a socket; a dropped connection rejects as `fetch` does. */
  readonly fetch: typeof globalThis.fetch
  readonly faults: Faults
  /** Every request received, oldest first. */
  readonly requests: () => ReadonlyArray<RecordedRequest>
  readonly clearRequests: () => void
  /** The whole account as plain data. */
  readonly snapshot: () => MockData
  /** Replaces the whole account. */
  readonly restore: (data: MockData) => void
  /**
   * Adds records of any kind (see {@link Seed}), as the API or E-goi's app would have made them,
   * without raising webhook events; IDs are assigned as the API assigns them unless given. Kinds are
   * added in a fixed order (lists, tags, extra fields, contacts, segments, ...), so records may refer
   * to records of an earlier kind in the same call. Throws on an unknown kind or a refused contact.
   */
  readonly seed: (records: Seed) => void
  /**
   * Runs the queued operations (imports, exports) now and waits for their callbacks, and delivers
   * the campaign sends that are due (every started one, and the scheduled ones whose date has come
   * on the mock's clock).
   */
  readonly runOperations: () => Promise<void>
  /**
   * Approves a sender, as E-goi's moderation does: new senders are in `moderation`, and campaigns
   * are sent only from `active` ones. Over HTTP, for clients in any language:
   * `POST /__mock/senders/<email|cellphone|phone>/<sender_id>/approve` (no API key; answers the
   * sender, or 404). Throws when there is no such sender.
   */
  readonly approveSender: (kind: SenderKind, senderId: number) => void
  /** Every callback the mock has POSTed for finished operations, oldest first. */
  readonly callbacks: () => ReadonlyArray<Callback>
  /** The webhook deliveries that have finished (status, or `"failed"`, and the JSON body sent), oldest first. */
  readonly webhookDeliveries: () => ReadonlyArray<WebhookDelivery>
  /** Resolves when every webhook delivery started so far has finished. */
  readonly flushWebhooks: () => Promise<void>
  /** Back to the starting state: the seed's records, no faults, no recorded requests, fresh windows. */
  readonly reset: () => void
  readonly dispose: () => Promise<void>
}

const DEFAULT_RATE_LIMIT: Window = { limit: 600, windowSeconds: 60 }
const DEFAULT_ACCOUNT_LIMIT: Window = { limit: 100_000, windowSeconds: 3600 }

class Counter {
  private windowStart = 0
  private used = 0
  constructor(private readonly window: Window) {}
  /** Counts one request; returns the window after it, and whether it was over the limit. */
  take(now: number) {
    if (now - this.windowStart >= this.window.windowSeconds * 1000) {
      this.windowStart = now
      this.used = 0
    }
    this.used++
    return {
      limit: this.window.limit,
      remaining: Math.max(0, this.window.limit - this.used),
      reset: Math.max(1, Math.ceil((this.windowStart + this.window.windowSeconds * 1000 - now) / 1000)),
      over: this.used > this.window.limit
    }
  }
}

/** The mock's own route that approves a sender (see `approveSender`). */
const APPROVE_ROUTE = /^\/__mock\/senders\/(email|cellphone|phone)\/(\d+)\/approve$/

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

const sleep = (millis: number, signal?: AbortSignal | null) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(resolve, millis)
    signal?.addEventListener("abort", () => {
      clearTimeout(timer)
      reject(signal.reason)
    })
  })

/** Rewrites a request-decoding failure of the definition into E-goi's 422 body. */
const toUnprocessable = async (response: Response): Promise<Response> => {
  if (response.status !== 400) return response
  const text = await response.text()
  let parsed: { _tag?: unknown; issues?: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }
  try {
    parsed = JSON.parse(text)
  } catch {
    return new Response(text, response)
  }
  if (parsed._tag !== "HttpApiDecodeError") return new Response(text, response)
  const errors: Record<string, Array<string>> = {}
  for (const issue of parsed.issues ?? []) {
    const field = issue.path.map(String).join(".") || "request"
    ;(errors[field] ??= []).push(issue.message)
  }
  return json(422, errorBody(422, undefined, errors))
}

/**
 * Starts a mock.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): EgoiMock => {
  const clock = options.now ?? Date.now
  const maxBodyBytes = options.maxBodyBytes ?? 20_000_000
  const state = new MockState(clock, makeRandom(options.seed ?? 0))
  const context = makeContext(state, options)
  let random = makeRandom(options.seed ?? 0)
  const faults = new Faults(() => random.next())
  let rateCounters = new Map<string, Counter>()
  let accountCounter =
    options.accountLimit === false ? undefined : new Counter(options.accountLimit ?? DEFAULT_ACCOUNT_LIMIT)
  let log: Array<RecordedRequest> = []

  const accepts = (apiKey: string) =>
    apiKey !== "" && (options.apiKeys === undefined || options.apiKeys.includes(apiKey))
  const routes = Registry.routes(context).pipe(Layer.provide(Authentication.layer(accepts)))
  const web = HttpApiBuilder.toWebHandler(Layer.mergeAll(routes, HttpServer.layerContext))
  // The group layers above have declared their tables; the starting point is taken after the demo records.
  if (options.seed !== undefined) Registry.seed(context, demoRecords(state))
  const start = state.snapshot()

  const rateHeaders = (apiKey: string, now: number) => {
    const headers: Record<string, string> = {}
    let limited: "rate" | "account" | undefined
    if (options.rateLimit !== false) {
      let counter = rateCounters.get(apiKey)
      if (!counter) rateCounters.set(apiKey, (counter = new Counter(options.rateLimit ?? DEFAULT_RATE_LIMIT)))
      const window = counter.take(now)
      headers["x-ratelimit-limit"] = String(window.limit)
      headers["x-ratelimit-remaining"] = String(window.remaining)
      headers["x-ratelimit-reset"] = String(window.reset)
      if (window.over) limited = "rate"
    }
    if (accountCounter) {
      const window = accountCounter.take(now)
      headers["x-account-limit"] = String(window.limit)
      headers["x-account-remaining"] = String(window.remaining)
      headers["x-account-reset"] = String(window.reset)
      if (window.over) limited = "account"
    }
    return { headers, limited }
  }

  const answerFault = (fault: Fault): Response => {
    const status = fault.status!
    const headers: Record<string, string> =
      status === 429 ? { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" } : {}
    return json(status, errorBody(status), { ...headers, ...fault.headers })
  }

  const answer = async (
    request: Request,
    body: Uint8Array<ArrayBuffer>,
    signal: AbortSignal | null
  ): Promise<Answer> => {
    const url = new URL(request.url)
    const method = request.method.toUpperCase()
    if (method === "GET" && url.pathname.startsWith(FILES_PREFIX)) {
      const file = fileAt(state, url.pathname)
      return {
        _tag: "Response",
        response: file
          ? new Response(file.content, { headers: { "content-type": file.contentType } })
          : json(404, errorBody(404, "No such file"))
      }
    }
    const approval = APPROVE_ROUTE.exec(url.pathname)
    if (method === "POST" && approval) {
      const sender = approveSender(state, approval[1] as SenderKind, Number(approval[2]))
      return {
        _tag: "Response",
        response: sender
          ? json(200, sender)
          : json(404, errorBody(404, `The ${approval[1]} sender ${approval[2]} does not exist`))
      }
    }
    const fault = fromPreferHeader(request.headers.get("prefer")) ?? faults.take(method, url.pathname)
    if (fault?.latency) await sleep(fault.latency, signal)
    if (fault?.drop) return { _tag: "Dropped" }
    if (fault?.status !== undefined) return { _tag: "Response", response: answerFault(fault) }

    if (body.byteLength > maxBodyBytes) {
      return {
        _tag: "Response",
        response: json(413, errorBody(413, `The request body is larger than ${maxBodyBytes} bytes and was ignored`))
      }
    }
    // A call the Authentication middleware will refuse is not counted against a window.
    const apiKey = request.headers.get("apikey")?.trim() ?? ""
    const { headers, limited } = accepts(apiKey) ? rateHeaders(apiKey, clock()) : { headers: {}, limited: undefined }
    if (limited) {
      const detail = limited === "account" ? "The account's hourly request quota is spent" : undefined
      return { _tag: "Response", response: json(429, errorBody(429, detail), headers) }
    }
    const forwarded = new Request(url, {
      method,
      headers: request.headers,
      ...(body.byteLength > 0 ? { body } : {})
    })
    // A send the mock has accepted is delivered before the next request is answered.
    context.campaigns.deliverDue()
    const response = await toUnprocessable(await web.handler(forwarded))
    const merged = new Headers(response.headers)
    for (const [name, value] of Object.entries(headers)) merged.set(name, value)
    return {
      _tag: "Response",
      response: new Response(response.body, { status: response.status, headers: merged })
    }
  }

  const handle = async (request: Request, signal: AbortSignal | null = request.signal): Promise<Answer> => {
    const url = new URL(request.url)
    const body: Uint8Array<ArrayBuffer> = new Uint8Array(await request.arrayBuffer())
    const headers: Record<string, string> = {}
    request.headers.forEach((value, name) => {
      headers[name] = name === "apikey" ? "[redacted]" : value
    })
    const record = (status: RecordedRequest["status"]) =>
      log.push({
        method: request.method.toUpperCase(),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body: new TextDecoder().decode(body),
        status,
        at: clock()
      })
    try {
      const result = await answer(request, body, signal)
      record(result._tag === "Dropped" ? "dropped" : result.response.status)
      return result
    } catch (error) {
      if (signal?.aborted) record("aborted")
      throw error
    }
  }

  const mockFetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    const result = await handle(request, init?.signal ?? null)
    if (result._tag === "Dropped") {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" })
      })
    }
    return result.response
  }

  return {
    handle: (request) => handle(request),
    fetch: mockFetch,
    faults,
    requests: () => log,
    clearRequests: () => {
      log = []
    },
    snapshot: () => state.snapshot(),
    restore: (data) => state.restore(data),
    seed: (records) => Registry.seed(context, records),
    runOperations: () => {
      context.campaigns.deliverAll()
      return context.operations.runAll()
    },
    approveSender: (kind, senderId) => {
      if (!SENDER_KINDS.includes(kind) || !approveSender(state, kind, senderId)) {
        throw new Error(`There is no ${kind} sender ${senderId} to approve`)
      }
    },
    callbacks: () => context.operations.callbacks(),
    webhookDeliveries: () => context.webhooks.deliveries(),
    flushWebhooks: () => {
      context.campaigns.deliverDue()
      return context.webhooks.flush()
    },
    reset: () => {
      state.restore(start)
      context.webhooks.clear()
      faults.clear()
      log = []
      random = makeRandom(options.seed ?? 0)
      rateCounters = new Map()
      accountCounter =
        options.accountLimit === false ? undefined : new Counter(options.accountLimit ?? DEFAULT_ACCOUNT_LIMIT)
    },
    dispose: () => web.dispose()
  }
}

/**
 * The mock as an Effect service.
 *
 * @since 0.1.0
 * @category tags
 */
export class EgoiMockService extends Context.Tag("@egoi-ts/test-kit/EgoiMock")<EgoiMockService, EgoiMock>() {}

/**
 * The base URL clients use for the in-process mock. Nothing listens there: requests never leave the process.
 *
 * @since 0.1.0
 * @category constants
 */
export const IN_PROCESS_URL = "http://127.0.0.1:4010"

/**
 * The API key the mock layers give the client.
 *
 * @since 0.1.0
 * @category constants
 */
export const TEST_API_KEY = "test-api-key"

/**
 * The mock in-process, without a socket: provides the mock and an `HttpClient` whose requests it answers.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<EgoiMockService | HttpClient.HttpClient> => {
  const mockLayer = Layer.scoped(
    EgoiMockService,
    Effect.acquireRelease(
      Effect.sync(() => make(options)),
      (mock) => Effect.promise(() => mock.dispose())
    )
  )
  const httpLayer = Layer.unwrapEffect(
    Effect.map(EgoiMockService, (mock) =>
      FetchHttpClient.layer.pipe(Layer.provide(Layer.succeed(FetchHttpClient.Fetch, mock.fetch)))
    )
  )
  return Layer.merge(mockLayer, httpLayer.pipe(Layer.provide(mockLayer)))
}

/**
 * A ready `EgoiClient` talking to an in-process mock, and the mock itself. Client options (retries,
 * timeouts, rate limit) may be set; the key, base URL and `fetch` are the mock's. Answers that drift
 * from their schema fail (`strict`), since the mock is meant to answer exactly as E-goi documents.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerClient = (
  options: Options = {},
  clientOptions: Omit<EgoiConfig.Options, "apiKey" | "baseUrl" | "fetch"> = {}
): Layer.Layer<
  EgoiMockService | EgoiClient.EgoiClient | EgoiTransport.EgoiTransport | HttpClient.HttpClient,
  EgoiError.EgoiConfigError
> =>
  Layer.provideMerge(
    Layer.unwrapEffect(
      Effect.map(EgoiMockService, (mock) =>
        EgoiClient.layerWith({
          rateLimit: false,
          strict: true,
          ...clientOptions,
          apiKey: TEST_API_KEY,
          baseUrl: IN_PROCESS_URL,
          fetch: mock.fetch
        })
      )
    ),
    layer(options)
  )
