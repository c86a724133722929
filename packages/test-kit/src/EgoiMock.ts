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
import type * as HttpClient from "@effect/platform/HttpClient"
import { EgoiClient, type EgoiConfig, type EgoiError, type EgoiTransport } from "@egoi-ts/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { Faults } from "./Faults.js"
import * as Engine from "./internal/engine.js"
import type { Callback, OperationMode } from "./internal/operationRunner.js"
import type * as Registry from "./internal/registry.js"
import type { MockData } from "./internal/state.js"
import type { WebhookDelivery } from "./internal/webhookDispatcher.js"

export type { SenderKind } from "./internal/groups/senders.js"

import type { SenderKind } from "./internal/groups/senders.js"

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
  /**
   * How much of the traffic `requests()` keeps, so a mock serving for hours stays the same size: by
   * default the last 1,000 requests, at most 8 MB of them, each body cut to its first 64 KiB.
   * `false` keeps none.
   */
  readonly requestLog?: Partial<RequestLogBounds> | false | undefined
}

/**
 * The bounds of the request log. When an entry would pass `maxEntries` or `maxBytes` (bodies,
 * headers and query of every entry kept), the oldest entries go.
 *
 * @since 0.2.0
 * @category models
 */
export interface RequestLogBounds {
  /** The most entries kept: 1,000 by default. */
  readonly maxEntries: number
  /** The most bytes kept over all entries: 8,000,000 by default. */
  readonly maxBytes: number
  /** The bytes of one body kept, the rest cut (`bodyTruncated`): 65,536 by default. */
  readonly maxBodyBytes: number
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
  /** The body as text, cut to the log's `maxBodyBytes`; empty for a body refused for its size. */
  readonly body: string
  /** The size of the body received, in bytes (as declared, for a body refused for its size). */
  readonly bodyBytes: number
  /** Whether `body` is less than what was sent. */
  readonly bodyTruncated: boolean
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
  /** The requests received, oldest first, within the log's bounds (see {@link Options.requestLog}). */
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

/**
 * Starts a mock.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): EgoiMock => Engine.make(options).mock

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
