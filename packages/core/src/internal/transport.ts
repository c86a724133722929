/**
 * The transport policy over `fetch`: base URL and key, per-attempt timeouts that cover the body, a
 * deadline over the whole call, client-side rate limiting that follows E-goi's headers, the account
 * quota, retries with backoff, the body size guard, and what became of a request that got no answer.
 *
 * Requests go straight to `fetch` rather than through `@effect/platform`'s `HttpClient`: the
 * client's own per-request machinery (an abort controller and a finalization registry entry, header
 * copies, a second URL parse, spans) cost more than the rest of a call, and redirects must not be
 * followed at all, so the key never leaves the configured origin. See the package README.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as RateLimiter from "effect/RateLimiter"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import type { Resolved } from "../EgoiConfig.js"
import {
  AccountQuotaExceeded,
  type Outcome,
  PayloadTooLarge,
  type RateLimitInfo,
  TimeoutError,
  TransportError,
  UnexpectedStatus
} from "../EgoiError.js"
import { utf8Length } from "./bytes.js"
import type { Prepared } from "./operation.js"

/** Options a single call may override. */
export interface CallOptions {
  readonly timeout?: Duration.DurationInput | undefined
  readonly maxRetries?: number | undefined
  readonly deadline?: Duration.DurationInput | undefined
  /** Whether the request changes nothing when repeated, whatever its method (an import that upserts). */
  readonly idempotent?: boolean | undefined
}

/** The last rate-limit headers seen, with the instants at which their windows reset. */
export interface RateLimitState extends RateLimitInfo {
  /** When the headers were read (epoch milliseconds). */
  readonly observedAt?: number
  /** When the per-client window resets (epoch milliseconds). */
  readonly resetAt?: number
  /** When the account quota renews (epoch milliseconds). */
  readonly accountResetAt?: number
}

/** An answer: its status, headers and whole body. */
export interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
}

/** An answer with a status outside 2xx (and not a redirect), its body read. */
export class StatusFailure {
  readonly _tag = "StatusFailure"
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: string,
    readonly rateLimit: RateLimitInfo,
    /** How long the answer asks the client to wait before trying again. */
    readonly retryAfter: Duration.Duration | undefined
  ) {}
  get isAccountQuota(): boolean {
    return this.status === 429 && this.rateLimit.accountRemaining === 0
  }
}

/** What one call failed with, before the operation maps statuses to its typed errors. */
export type Failure =
  | StatusFailure
  | TransportError
  | TimeoutError
  | PayloadTooLarge
  | AccountQuotaExceeded
  | UnexpectedStatus

type AttemptFailure = StatusFailure | TransportError | TimeoutError | UnexpectedStatus

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504])
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
const WRITE_METHODS = new Set(["POST", "PATCH", "PUT"])

/** Codes of failures that happen before a request can have been sent. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID"
])

const numberHeader = (headers: Headers, name: string): number | undefined => {
  const value = headers.get(name)
  if (value === null || value.trim() === "") return undefined
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : undefined
}

const RATE_LIMIT_HEADERS: ReadonlyArray<readonly [keyof RateLimitInfo, string]> = [
  ["limit", "x-ratelimit-limit"],
  ["remaining", "x-ratelimit-remaining"],
  ["reset", "x-ratelimit-reset"],
  ["accountLimit", "x-account-limit"],
  ["accountRemaining", "x-account-remaining"],
  ["accountReset", "x-account-reset"]
]

/** Reads E-goi's `X-RateLimit-*` and `X-Account-*` headers. */
export const readRateLimit = (headers: Headers): RateLimitInfo => {
  const info: Record<string, number> = {}
  for (const [key, header] of RATE_LIMIT_HEADERS) {
    const value = numberHeader(headers, header)
    if (value !== undefined) info[key] = value
  }
  return info
}

const retryAfterOf = (status: number, headers: Headers, now: number): Duration.Duration | undefined => {
  const retryAfter = headers.get("retry-after")
  if (retryAfter !== null) {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds)) return Duration.seconds(Math.max(0, seconds))
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Duration.millis(Math.max(0, date - now))
  }
  if (status === 429) {
    const reset = numberHeader(headers, "x-ratelimit-reset")
    if (reset !== undefined) return Duration.seconds(Math.max(0, reset))
  }
  return undefined
}

/** The codes and messages of an error and its causes, without anything else they may hold. */
const describeCause = (cause: unknown): { readonly detail: string; readonly codes: ReadonlyArray<string> } => {
  const parts: Array<string> = []
  const codes: Array<string> = []
  let current: unknown = cause
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code
      if (typeof code === "string") codes.push(code)
      parts.push(typeof code === "string" ? `${current.message} (${code})` : current.message)
      current = current.cause
    } else {
      parts.push(String(current).slice(0, 200))
      break
    }
  }
  return { detail: parts.join(": ") || "the request could not be sent", codes }
}

/**
 * E-goi's per-key window as the client sees it: what the last answer said remained, how many
 * requests are on their way, and when the window resets. A request starts only while the window
 * has room for it once those in flight are counted; until a first answer has told the window, one
 * request goes at a time.
 */
class ServerWindow {
  /** The window's size, once an answer has said it. */
  private limit: number | undefined
  private remaining: number | undefined
  private resetAt = 0
  /** Whether answers carry E-goi's headers at all; until the first answer, unknown. */
  private headers: boolean | undefined
  private inFlight = 0
  private readonly waiters = new Set<() => void>()
  private accountRemaining: number | undefined
  private accountResetAt = 0

  /** When the account's quota is spent, when it renews; otherwise `undefined`. */
  quotaSpentUntil(now: number): number | undefined {
    return this.accountRemaining === 0 && now < this.accountResetAt ? this.accountResetAt : undefined
  }

  /** Takes a place in the window, or says how long to wait before asking again (`undefined`: until a request ends). */
  tryStart(now: number): { readonly started: true } | { readonly started: false; readonly waitMillis?: number } {
    if (this.headers === undefined) {
      if (this.inFlight > 0) return { started: false }
    } else if (this.headers && this.limit !== undefined) {
      if (now >= this.resetAt) {
        // A new window: as large as the last one, until an answer tells.
        this.remaining = this.limit
        this.resetAt = Number.POSITIVE_INFINITY
      }
      if ((this.remaining ?? this.limit) - this.inFlight <= 0) {
        return Number.isFinite(this.resetAt) ? { started: false, waitMillis: this.resetAt - now } : { started: false }
      }
    }
    this.inFlight++
    return { started: true }
  }

  /** Ends a request, with the rate-limit headers of its answer when it got one. */
  end(info: RateLimitInfo | undefined, now: number): void {
    this.inFlight--
    if (info) {
      if (info.limit !== undefined || info.remaining !== undefined) {
        this.headers = true
        this.limit = info.limit ?? this.limit
        this.remaining = info.remaining
        if (info.reset !== undefined) this.resetAt = now + info.reset * 1000
      } else if (this.headers === undefined) {
        this.headers = false
      }
      if (info.accountRemaining !== undefined) {
        this.accountRemaining = info.accountRemaining
        if (info.accountReset !== undefined) this.accountResetAt = now + info.accountReset * 1000
      }
    }
    if (this.waiters.size === 0) return
    for (const wake of this.waiters) wake()
    this.waiters.clear()
  }

  /** Resolves when a request ends, or after `millis`. */
  wait(millis: number | undefined): Effect.Effect<void> {
    return Effect.async<void>((resume) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const wake = () => {
        if (timer !== undefined) clearTimeout(timer)
        this.waiters.delete(wake)
        resume(Effect.void)
      }
      this.waiters.add(wake)
      if (millis !== undefined) timer = setTimeout(wake, Math.max(1, millis))
      return Effect.sync(() => {
        if (timer !== undefined) clearTimeout(timer)
        this.waiters.delete(wake)
      })
    })
  }
}

/** Everything the transport shares between the calls of one client. */
export interface Transport {
  readonly config: Resolved
  /** Sends one prepared request under the policy; `operation` names the call in drift reports and spans. */
  readonly send: (request: Prepared, options: CallOptions | undefined) => Effect.Effect<Answer, Failure>
  /** The rate-limit headers of the last answer. */
  readonly rateLimit: Effect.Effect<RateLimitState>
}

/** What became of the attempts of one call so far. */
interface CallRecord {
  /** Whether an attempt may have reached E-goi without its answer reaching the client. */
  unknownOutcome: boolean
}

/** Whether a failure may be retried for a request of this method, and not after too long a wait. */
const isRetryable =
  (idempotent: boolean, maxWait: Duration.Duration) =>
  (failure: AttemptFailure): boolean => {
    switch (failure._tag) {
      case "TimeoutError":
        return idempotent
      case "TransportError":
        return idempotent || failure.outcome === "not-sent"
      case "UnexpectedStatus":
        return false
      case "StatusFailure": {
        if (failure.isAccountQuota) return false
        if (failure.retryAfter !== undefined && Duration.greaterThan(failure.retryAfter, maxWait)) return false
        // A 429 means the request was turned away unprocessed, so even a create is safe to repeat.
        if (failure.status === 429) return true
        return idempotent && RETRYABLE_STATUSES.has(failure.status)
      }
    }
  }

/** Exponential backoff from 0.5 s doubling to an 8 s cap, with jitter; a server-given wait wins. */
const retrySchedule = (idempotent: boolean, maxRetries: number, maxWait: Duration.Duration) =>
  Schedule.exponential(Duration.millis(500), 2).pipe(
    Schedule.jittered,
    Schedule.modifyDelay((_, delay) => Duration.min(delay, Duration.seconds(8))),
    Schedule.intersect(Schedule.recurs(maxRetries)),
    Schedule.intersect(Schedule.identity<AttemptFailure>()),
    Schedule.whileInput(isRetryable(idempotent, maxWait)),
    Schedule.modifyDelay(([, failure], delay) =>
      failure._tag === "StatusFailure" && failure.retryAfter !== undefined ? failure.retryAfter : delay
    )
  )

/**
 * Makes the transport of one client. The rate limiter lives as long as the scope.
 */
export const make = (config: Resolved): Effect.Effect<Transport, never, Scope.Scope> =>
  Effect.gen(function* () {
    const limiter = config.rateLimit
      ? yield* RateLimiter.make({
          limit: config.rateLimit.limit,
          interval: config.rateLimit.interval,
          algorithm: "token-bucket"
        })
      : undefined
    const window = new ServerWindow()
    let lastSeen: RateLimitState = {}
    const baseUrl = config.baseUrl.href.replace(/\/+$/, "")
    const fetch = config.fetch
    const maxRetryWaitMillis = Duration.toMillis(config.maxRetryWait)

    const observe = (info: RateLimitInfo, now: number) => {
      if (Object.keys(info).length === 0) return
      lastSeen = {
        ...info,
        observedAt: now,
        ...(info.reset === undefined ? {} : { resetAt: now + info.reset * 1000 }),
        ...(info.accountReset === undefined ? {} : { accountResetAt: now + info.accountReset * 1000 })
      }
    }

    /** Waits for room in E-goi's window (and the client's own limit); refuses locally while the quota is spent. */
    const admit = (method: string, path: string): Effect.Effect<void, AccountQuotaExceeded> =>
      Effect.suspend(function loop(): Effect.Effect<void, AccountQuotaExceeded> {
        const now = Date.now()
        const spentUntil = window.quotaSpentUntil(now)
        if (spentUntil !== undefined) {
          return Effect.fail(
            new AccountQuotaExceeded({
              status: 429,
              title: "Too Many Requests",
              detail: `The account's hourly quota is spent until ${new Date(spentUntil).toISOString()}; nothing was sent`,
              method,
              path,
              rateLimit: {
                accountRemaining: 0,
                accountReset: Math.ceil((spentUntil - now) / 1000),
                ...(lastSeen.accountLimit === undefined ? {} : { accountLimit: lastSeen.accountLimit })
              }
            })
          )
        }
        const start = window.tryStart(now)
        if (start.started) return Effect.void
        const wait = start.waitMillis === undefined ? undefined : Math.min(start.waitMillis, maxRetryWaitMillis)
        return Effect.flatMap(window.wait(wait), loop)
      })

    /** One attempt: the request, its answer's status and headers, and its whole body, within `timeoutMillis`. */
    const attempt = (
      request: Prepared,
      url: string,
      headers: Record<string, string>,
      timeoutMillis: number,
      record: CallRecord
    ): Effect.Effect<Answer, AttemptFailure> =>
      Effect.async<Answer, AttemptFailure>((resume) => {
        const controller = new AbortController()
        let timedOut = false
        let answered = false
        let done = false
        const timer = setTimeout(() => {
          timedOut = true
          controller.abort()
        }, timeoutMillis)
        const finish = (result: Effect.Effect<Answer, AttemptFailure>, info: RateLimitInfo | undefined) => {
          if (done) return
          done = true
          clearTimeout(timer)
          window.end(info, Date.now())
          resume(result)
        }
        const failed = (cause: unknown) => {
          const { detail, codes } = describeCause(cause)
          const outcome: Outcome = !answered && codes.some((code) => NOT_SENT_CODES.has(code)) ? "not-sent" : "unknown"
          if (outcome === "unknown") record.unknownOutcome = true
          return timedOut
            ? new TimeoutError({
                method: request.method,
                path: request.path,
                timeoutMillis,
                scope: "attempt",
                outcome
              })
            : new TransportError({
                method: request.method,
                path: request.path,
                detail: answered ? `the answer was cut off: ${detail}` : detail,
                outcome
              })
        }
        fetch(url, {
          method: request.method,
          headers,
          body: request.body ?? null,
          redirect: "manual",
          signal: controller.signal
        }).then(
          (response) => {
            answered = true
            return response.text().then(
              (text) => {
                const now = Date.now()
                const info = readRateLimit(response.headers)
                observe(info, now)
                const status = response.status
                if (status >= 200 && status < 300) {
                  finish(Effect.succeed({ status, headers: response.headers, text }), info)
                } else if (status >= 300 && status < 400) {
                  const location = response.headers.get("location") ?? undefined
                  finish(
                    Effect.fail(
                      new UnexpectedStatus({
                        status,
                        title: `HTTP ${status}`,
                        detail: `E-goi answered a redirect${location ? ` to ${location.slice(0, 200)}` : ""}, which is not followed: the API key is only sent to ${config.baseUrl.origin}`,
                        method: request.method,
                        path: request.path,
                        ...(location === undefined ? {} : { location: location.slice(0, 2000) })
                      })
                    ),
                    info
                  )
                } else {
                  finish(
                    Effect.fail(
                      new StatusFailure(
                        request.method,
                        request.path,
                        status,
                        text,
                        info,
                        retryAfterOf(status, response.headers, now)
                      )
                    ),
                    info
                  )
                }
              },
              (cause: unknown) => finish(Effect.fail(failed(cause)), readRateLimit(response.headers))
            )
          },
          (cause: unknown) => finish(Effect.fail(failed(cause)), undefined)
        )
        // Interrupted (aborted, or the deadline passed): the request may have reached E-goi.
        return Effect.sync(() => {
          if (done) return
          done = true
          clearTimeout(timer)
          record.unknownOutcome = true
          window.end(undefined, Date.now())
          controller.abort()
        })
      })

    const send = (request: Prepared, options: CallOptions | undefined): Effect.Effect<Answer, Failure> =>
      Effect.suspend(() => {
        const method = request.method
        if (request.body !== undefined) {
          // A body of fewer UTF-16 units than a quarter of the limit cannot be over it, whatever its characters.
          const size = request.body.length > config.maxBodyBytes / 4 ? utf8Length(request.body) : request.body.length
          if (size > config.maxBodyBytes) {
            return Effect.fail(
              new PayloadTooLarge({
                status: 413,
                title: "Payload Too Large",
                detail: `The request body is ${size} bytes, over E-goi's limit of ${config.maxBodyBytes} bytes; nothing was sent`,
                method,
                path: request.path
              })
            )
          }
        }
        const timeoutMillis = Duration.toMillis(
          options?.timeout === undefined
            ? WRITE_METHODS.has(method)
              ? config.writeTimeout
              : config.readTimeout
            : Duration.decode(options.timeout)
        )
        const url = `${baseUrl}${request.path}${request.query}`
        const headers: Record<string, string> = { accept: "application/json" }
        // The key goes only where the definition says it is needed (not to ping, say).
        if (request.authenticated) headers.apikey = Redacted.value(config.apiKey)
        if (request.body !== undefined) headers["content-type"] = "application/json"
        const record: CallRecord = { unknownOutcome: false }
        const attemptOnce = attempt(request, url, headers, timeoutMillis, record)
        const once = limiter
          ? Effect.zipRight(limiter(admit(method, request.path)), attemptOnce)
          : Effect.zipRight(admit(method, request.path), attemptOnce)
        const maxRetries = options?.maxRetries ?? config.maxRetries
        const retried: Effect.Effect<Answer, Failure> =
          maxRetries > 0
            ? Effect.retry(
                once as Effect.Effect<Answer, AttemptFailure>,
                retrySchedule(
                  options?.idempotent === true || IDEMPOTENT_METHODS.has(method),
                  maxRetries,
                  config.maxRetryWait
                )
              )
            : once
        const deadline = options?.deadline === undefined ? config.deadline : Duration.decode(options.deadline)
        const bounded =
          deadline === undefined || !Duration.isFinite(deadline)
            ? retried
            : retried.pipe(
                Effect.timeoutFail({
                  duration: deadline,
                  onTimeout: () =>
                    new TimeoutError({
                      method,
                      path: request.path,
                      timeoutMillis: Duration.toMillis(deadline),
                      scope: "deadline",
                      outcome: record.unknownOutcome ? "unknown" : "not-sent"
                    })
                })
              )
        if (method !== "DELETE") return bounded
        return bounded.pipe(
          Effect.catchIf(
            (failure): failure is StatusFailure =>
              failure._tag === "StatusFailure" && failure.status === 404 && record.unknownOutcome,
            // The first attempt may have deleted it: gone is what was asked.
            () => Effect.succeed<Answer>({ status: 204, headers: new Headers(), text: "" })
          )
        )
      })

    return {
      config,
      send,
      rateLimit: Effect.sync(() => lastSeen)
    }
  })
