/**
 * The options of the clients and of their calls, and what they report back. Plain types: the SDK's
 * declarations refer to nothing outside it.
 */
import type { RateLimitInfo } from "./errors.js"

/** A report of an answer whose body departs from its schema: the client answers it as it came. */
export interface Drift {
  /** The E-goi operationId, or `request` for a raw call. */
  readonly operation: string
  readonly method: string
  readonly path: string
  readonly status: number
  /** What departs from the schema, one line per issue, each with its field path. */
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>
}

/** Options of a client. Only `apiKey` is needed, and it defaults to `EGOI_API_KEY`. */
export interface ClientOptions {
  /** The account's API key; `process.env.EGOI_API_KEY` when not given. */
  readonly apiKey?: string | undefined
  /** `https://api.egoiapp.com` by default (`EGOI_BASE_URL` when set); `http://` only for loopback hosts. */
  readonly baseUrl?: string | undefined
  /** Per attempt, in milliseconds, the body included: sets both read (10 s) and write (60 s) timeouts. */
  readonly timeout?: number | undefined
  /** The longest a call may take, in milliseconds, retries and rate-limit waits included; none by default. */
  readonly deadline?: number | undefined
  /** Retries after the first attempt: 2 by default, at most 10. Only retries that cannot duplicate a write. */
  readonly maxRetries?: number | undefined
  /** The client-side limit, shared by all calls: 10 requests a second by default; `false` for none. */
  readonly rateLimit?: { readonly limit: number; readonly intervalMs: number } | false | undefined
  /** A `fetch` to send requests with: the global one by default. */
  readonly fetch?: typeof globalThis.fetch | undefined
  /** Rejects an answer whose body departs from its schema with `EgoiResponseDecodeError` (for tests and CI). */
  readonly strict?: boolean | undefined
  /** Called with every answer whose body departs from its schema, when not strict. */
  readonly onDrift?: ((drift: Drift) => void) | undefined
}

/** Options of one call. */
export interface RequestOptions {
  /** Aborts the call (and its retries); for a paged iteration, the whole iteration. */
  readonly signal?: AbortSignal | undefined
  /** Per attempt, in milliseconds, the body included. */
  readonly timeout?: number | undefined
  /** The longest this call may take, in milliseconds, retries and waits included. */
  readonly deadline?: number | undefined
  /** Retries after the first attempt, for this call. */
  readonly maxRetries?: number | undefined
}

/** The rate-limit headers of the last answer, with their reset instants in epoch milliseconds. */
export interface RateLimitState extends RateLimitInfo {
  readonly observedAt?: number | undefined
  readonly resetAt?: number | undefined
  readonly accountResetAt?: number | undefined
}

/** A raw call: any method and path, with a JSON body. */
export interface RawRequest {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** Starts with `/`, e.g. `/lists/1`. */
  readonly path: string
  readonly query?: Readonly<Record<string, string | number | boolean>> | undefined
  readonly body?: unknown
}
