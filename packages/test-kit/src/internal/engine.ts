/**
 * What the mock does with a request, whichever way it came (the in-process `fetch`, a socket):
 * size limits, faults, rate windows, the definition's handlers, and the request log. The socket
 * server hands it requests whose body it has already read under the size limit, so an oversized
 * body is refused without ever being held.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import * as HttpServer from "@effect/platform/HttpServer"
import * as HttpServerError from "@effect/platform/HttpServerError"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import type { Answer, EgoiMock, Options, Window } from "../EgoiMock.js"
import { type Fault, Faults, parsePreferHeader } from "../Faults.js"
import * as Admission from "./admission.js"
import { errorBody } from "./answers.js"
import * as Authentication from "./authentication.js"
import { makeContext } from "./context.js"
import { demoRecords } from "./demo.js"
import { FILES_PREFIX, fileAt } from "./files.js"
import { approveSender, SENDER_KINDS, type SenderKind } from "./groups/senders.js"
import { makeRandom } from "./random.js"
import * as Registry from "./registry.js"
import { bodyText, DEFAULT_BOUNDS, type Entry, RequestLog } from "./requestLog.js"
import { MockState } from "./state.js"

/** A body the mock refused to hold: it declared, or reached while arriving, more than the limit. */
export interface TooLarge {
  readonly _tag: "TooLarge"
}

export const TOO_LARGE: TooLarge = { _tag: "TooLarge" }

/** A request as the engine takes it: the body already read, or refused for its size. */
export interface Incoming {
  readonly method: string
  readonly url: URL
  readonly headers: Headers
  readonly body: Uint8Array | TooLarge
  readonly signal: AbortSignal | null
}

/** An answer as plain data, which the socket server writes as it is and `fetch` wraps in a `Response`. */
export interface Reply {
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: Uint8Array | undefined
}

/** What the engine does with a request: a reply, or a dropped connection. */
export type Outcome = { readonly _tag: "Reply"; readonly reply: Reply } | { readonly _tag: "Dropped" }

/** A mock and the entry the socket server uses, which hands over bodies it has read itself. */
export interface Engine {
  readonly mock: EgoiMock
  readonly maxBodyBytes: number
  readonly serve: (incoming: Incoming) => Promise<Outcome>
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

/** The mock's own route that approves a sender (see `EgoiMock.approveSender`). */
const APPROVE_ROUTE = /^\/__mock\/senders\/(email|cellphone|phone)\/(\d+)\/approve$/

const encoder = new TextEncoder()

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Outcome => ({
  _tag: "Reply",
  reply: {
    status,
    headers: { "content-type": "application/json", ...headers },
    body: encoder.encode(JSON.stringify(body))
  }
})

const toResponse = (reply: Reply): Response =>
  new Response(reply.status === 204 || reply.status === 304 ? null : (reply.body as Uint8Array<ArrayBuffer>), {
    status: reply.status,
    headers: reply.headers
  })

const sleep = (millis: number, signal?: AbortSignal | null) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(resolve, millis)
    signal?.addEventListener("abort", () => {
      clearTimeout(timer)
      reject(signal.reason)
    })
  })

/**
 * A web request's body, read chunk by chunk and given up past `limit` bytes (declared by
 * `Content-Length` or reached while arriving), so no more than the limit is ever held.
 */
export const readBody = async (request: Request, limit: number): Promise<Uint8Array | TooLarge> => {
  const declared = Number(request.headers.get("content-length") ?? 0)
  if (declared > limit) {
    await request.body?.cancel().catch(() => undefined)
    return TOO_LARGE
  }
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Array<Uint8Array> = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return TOO_LARGE
    }
    chunks.push(value)
  }
  if (chunks.length === 1) return chunks[0]!
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

const decoder = new TextDecoder()

/**
 * E-goi's body for an error answer of the definition: a request-decoding failure becomes E-goi's 422
 * naming each field; any other error answer that is not E-goi's body already (the router's bare 404,
 * a handler's defect as an empty 500) becomes E-goi's body for its status, so no internal text leaves.
 */
const asEgoiError = (reply: Reply): Reply => {
  if (reply.status < 400) return reply
  let parsed: any
  try {
    parsed = reply.body === undefined ? undefined : JSON.parse(decoder.decode(reply.body))
  } catch {
    parsed = undefined
  }
  const headers = { ...reply.headers }
  delete headers["content-type"]
  delete headers["content-length"]
  if (reply.status === 400 && parsed?._tag === "HttpApiDecodeError") {
    const errors: Record<string, Array<string>> = {}
    for (const issue of (parsed.issues ?? []) as ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>) {
      const field = issue.path.map(String).join(".") || "request"
      ;(errors[field] ??= []).push(issue.message)
    }
    return (json(422, errorBody(422, undefined, errors), headers) as { reply: Reply }).reply
  }
  const egoiShaped =
    typeof parsed === "object" &&
    parsed !== null &&
    parsed.status === reply.status &&
    typeof parsed.title === "string" &&
    typeof parsed.detail === "string" &&
    parsed._tag === undefined
  return egoiShaped ? reply : (json(reply.status, errorBody(reply.status), headers) as { reply: Reply }).reply
}

/** The definition's answer as a reply, its body taken as the bytes it already is for JSON. */
const toReply = async (response: HttpServerResponse.HttpServerResponse): Promise<Reply> => {
  const headers: Record<string, string> = { ...response.headers }
  const { body } = response
  if (body._tag === "Empty") return { status: response.status, headers, body: undefined }
  if (body._tag === "Uint8Array") {
    headers["content-type"] = body.contentType
    return { status: response.status, headers, body: body.body }
  }
  const web = HttpServerResponse.toWeb(response)
  web.headers.forEach((value, name) => {
    headers[name] = value
  })
  return { status: response.status, headers, body: new Uint8Array(await web.arrayBuffer()) }
}

export const make = (options: Options = {}): Engine => {
  const clock = options.now ?? Date.now
  const maxBodyBytes = options.maxBodyBytes ?? 20_000_000
  const state = new MockState(clock, makeRandom(options.seed ?? 0))
  const context = makeContext(state, options)
  let random = makeRandom(options.seed ?? 0)
  const faults = new Faults(() => random.next())
  let rateCounters = new Map<string, Counter>()
  let accountCounter =
    options.accountLimit === false ? undefined : new Counter(options.accountLimit ?? DEFAULT_ACCOUNT_LIMIT)
  const log = new RequestLog(
    options.requestLog === false ? { ...DEFAULT_BOUNDS, maxEntries: 0 } : { ...DEFAULT_BOUNDS, ...options.requestLog }
  )

  const accepts = (apiKey: string) =>
    apiKey !== "" && (options.apiKeys === undefined || options.apiKeys.includes(apiKey))
  const routes = Registry.routes(context).pipe(Layer.provide(Authentication.layer(accepts)))
  // The definition's app, run directly rather than through a web handler: the answer's bytes are
  // taken as they are, with no web `Response` in between. No spans: nothing reads them, and they cost.
  const runtime = ManagedRuntime.make(
    Layer.mergeAll(
      routes,
      HttpServer.layerContext,
      HttpApiBuilder.Router.Live,
      HttpApiBuilder.Middleware.layer,
      Layer.setTracerEnabled(false)
    )
  )
  const app = runtime.runSync(HttpApiBuilder.httpApp)
  const run = (request: HttpServerRequest.HttpServerRequest, signal: AbortSignal | null) =>
    runtime.runPromise(
      app.pipe(
        Effect.catchAllCause((cause) => Effect.map(HttpServerError.causeResponse(cause), ([response]) => response)),
        Effect.scoped,
        Effect.provideService(HttpServerRequest.HttpServerRequest, request)
      ),
      signal ? { signal } : undefined
    )
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

  const answerFault = (fault: Fault): Outcome => {
    const status = fault.status!
    const headers: Record<string, string> =
      status === 429 ? { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" } : {}
    return json(status, errorBody(status), { ...headers, ...fault.headers })
  }

  const tooLarge = () =>
    json(413, errorBody(413, `The request body is larger than ${maxBodyBytes} bytes and was ignored`))

  const refusal = (refused: Admission.Refusal): Outcome => json(refused.status, refused.body, refused.headers)

  const answer = async (incoming: Incoming): Promise<Outcome> => {
    const { url, method, headers: requestHeaders, body, signal } = incoming
    if (method === "GET" && url.pathname.startsWith(FILES_PREFIX)) {
      const file = fileAt(state, url.pathname)
      return file
        ? {
            _tag: "Reply",
            reply: { status: 200, headers: { "content-type": file.contentType }, body: encoder.encode(file.content) }
          }
        : json(404, errorBody(404, "No such file"))
    }
    const approval = APPROVE_ROUTE.exec(url.pathname)
    if (method === "POST" && approval) {
      const sender = approveSender(state, approval[1] as SenderKind, Number(approval[2]))
      return sender
        ? json(200, sender)
        : json(404, errorBody(404, `The ${approval[1]} sender ${approval[2]} does not exist`))
    }
    const head = Admission.checkHead(method, url, requestHeaders)
    if (head) return refusal(head)
    const prefer = parsePreferHeader(requestHeaders.get("prefer"))
    if (prefer._tag === "Invalid") return refusal({ status: 400, body: errorBody(400, prefer.detail) })
    const fault = prefer._tag === "Fault" ? prefer.fault : faults.take(method, url.pathname)
    if (fault?.latency) await sleep(fault.latency, signal)
    if (fault?.drop) return { _tag: "Dropped" }
    if (fault?.status !== undefined) return answerFault(fault)

    if (!(body instanceof Uint8Array)) return tooLarge()
    const refusedBody = Admission.checkBody(requestHeaders, body)
    if (refusedBody) return refusal(refusedBody)
    // A call the Authentication middleware will refuse is not counted against a window.
    const apiKey = requestHeaders.get("apikey")?.trim() ?? ""
    const { headers, limited } = accepts(apiKey) ? rateHeaders(apiKey, clock()) : { headers: {}, limited: undefined }
    if (limited) {
      const detail = limited === "account" ? "The account's hourly request quota is spent" : undefined
      return json(429, errorBody(429, detail), headers)
    }
    const forwarded = new Request(url, {
      method,
      headers: requestHeaders,
      ...(body.byteLength > 0 ? { body: body as Uint8Array<ArrayBuffer> } : {})
    })
    // A send the mock has accepted is delivered before the next request is answered.
    context.campaigns.deliverDue()
    const reply = asEgoiError(await toReply(await run(HttpServerRequest.fromWeb(forwarded), signal)))
    Object.assign(reply.headers, headers)
    return { _tag: "Reply", reply }
  }

  const serve = async (incoming: Incoming): Promise<Outcome> => {
    const record = (status: Entry["status"]) => {
      const headers: Record<string, string> = {}
      incoming.headers.forEach((value, name) => {
        headers[name] = name === "apikey" ? "[redacted]" : value
      })
      const { body } = incoming
      const kept = body instanceof Uint8Array ? bodyText(body, log.bounds.maxBodyBytes) : undefined
      log.add({
        method: incoming.method,
        path: incoming.url.pathname,
        query: Object.fromEntries(incoming.url.searchParams),
        headers,
        body: kept?.text ?? "",
        bodyBytes: body instanceof Uint8Array ? body.byteLength : Number(incoming.headers.get("content-length") ?? 0),
        bodyTruncated: kept?.truncated ?? true,
        status,
        at: clock()
      })
    }
    let result: Outcome
    try {
      result = await answer(incoming)
    } catch (error) {
      if (incoming.signal?.aborted) {
        record("aborted")
        throw error
      }
      // Whatever failed inside stays inside: the client gets E-goi's 500 body and nothing of the failure.
      result = json(500, errorBody(500))
    }
    record(result._tag === "Dropped" ? "dropped" : result.reply.status)
    return result
  }

  const handle = async (request: Request, signal: AbortSignal | null = request.signal): Promise<Answer> => {
    const outcome = await serve({
      method: request.method.toUpperCase(),
      url: new URL(request.url),
      headers: request.headers,
      body: await readBody(request, maxBodyBytes),
      signal
    })
    return outcome._tag === "Dropped" ? outcome : { _tag: "Response", response: toResponse(outcome.reply) }
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

  const mock: EgoiMock = {
    handle: (request) => handle(request),
    fetch: mockFetch,
    faults,
    requests: () => log.entries(),
    clearRequests: () => log.clear(),
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
      log.clear()
      random = makeRandom(options.seed ?? 0)
      rateCounters = new Map()
      accountCounter =
        options.accountLimit === false ? undefined : new Counter(options.accountLimit ?? DEFAULT_ACCOUNT_LIMIT)
    },
    dispose: () => runtime.dispose()
  }
  return { mock, maxBodyBytes, serve }
}
