/**
 * Receiving E-goi's webhook posts, with no API key needed: a handler for Node's `http` (and Express)
 * and one for fetch-style `Request`s (Hono, Next.js route handlers, Workers, Deno, Bun). E-goi does
 * not sign its posts, so the URL you register carries a secret token (`?token=…`) that the handler
 * checks; each post is validated as one of the typed events, answered at once, then handed to
 * `onEvent`; a delivery made again is recognized and handed to `onDuplicate` instead.
 */
import * as WebhookEvent from "@egoi-ts/core/WebhookEvent"
import type { WebhookEvent as Event } from "./api.js"

/** What the handlers pass along with an event. */
export interface WebhookEventInfo {
  /** What identifies the event (list, contact, action, date): the same for a delivery made again. */
  readonly id: string
}

/** Options of `createWebhookReceiver`. */
export interface WebhookReceiverOptions {
  /** The secret the registered URL carries (at least 16 characters). */
  readonly token: string
  /** The query parameter that carries it: `token`. */
  readonly tokenParameter?: string | undefined
  /** How many event IDs to remember, to recognize deliveries made again: 10,000. */
  readonly remember?: number | undefined
  /** Called with each new event, after the post has been answered. */
  readonly onEvent: (event: Event, info: WebhookEventInfo) => void | PromiseLike<void>
  /** Called with an event delivered again; by default it is only acknowledged. */
  readonly onDuplicate?: ((event: Event, info: WebhookEventInfo) => void) | undefined
  /** Called when `onEvent` throws or rejects; by default the error is reported with `console.error`. */
  readonly onError?: ((error: unknown, event: Event) => void) | undefined
}

/** The parts of Node's `IncomingMessage` the handler reads. */
export interface NodeRequestLike {
  readonly method?: string | undefined
  readonly url?: string | undefined
  on(event: "data", listener: (chunk: Uint8Array | string) => void): unknown
  on(event: "end", listener: () => void): unknown
  on(event: "error", listener: (error: unknown) => void): unknown
}

/** The parts of Node's `ServerResponse` the handler writes. */
export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown
  end(body?: string): unknown
}

/** The parts of a fetch `Request` the handler reads. */
export interface RequestLike {
  readonly method: string
  readonly url: string
  text(): Promise<string>
}

/** A fetch `Response`. */
export type FetchResponse = Awaited<ReturnType<typeof globalThis.fetch>>

/** The two handlers over one receiver (one memory of events seen). */
export interface WebhookReceiver {
  /** For `http.createServer(receiver.node)` or an Express route. */
  readonly node: (request: NodeRequestLike, response: NodeResponseLike) => void
  /** For fetch-style servers; `waitUntil` (Workers, Next.js) keeps `onEvent` running after the answer. */
  readonly fetch: (
    request: RequestLike,
    context?: { readonly waitUntil?: ((promise: Promise<unknown>) => void) | undefined }
  ) => Promise<FetchResponse>
}

/** Posts larger than this are refused: E-goi's are a few hundred bytes. */
const MAX_BODY_BYTES = 1_000_000

interface Answer {
  readonly status: number
  readonly body: string
  /** What to run once answered. */
  readonly after?: () => Promise<void>
}

const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body) })

/**
 * A receiver of E-goi's webhook posts.
 *
 * ```ts
 * import { createServer } from "node:http"
 * const receiver = createWebhookReceiver({ token: process.env.EGOI_WEBHOOK_TOKEN!, onEvent: (event) => console.log(event.action) })
 * createServer(receiver.node).listen(8080)
 * ```
 */
export const createWebhookReceiver = (options: WebhookReceiverOptions): WebhookReceiver => {
  const receiver = WebhookEvent.receiver(options)
  const report = options.onError ?? ((error: unknown) => console.error("E-goi webhook handler failed:", error))
  const answer = (method: string | undefined, url: string, body: string): Answer => {
    if (method !== "POST") return json(405, { error: "E-goi posts webhooks: POST only" })
    const received = receiver.receive(url, body)
    if (received._tag === "Refused") return json(received.status, { error: received.reasons.join("; ") })
    const event = received.event as Event
    const info = { id: received.id }
    if (received.duplicate) {
      return {
        ...json(200, { received: true, duplicate: true }),
        after: async () => options.onDuplicate?.(event, info)
      }
    }
    return {
      ...json(200, { received: true }),
      after: async () => {
        try {
          await options.onEvent(event, info)
        } catch (error) {
          report(error, event)
        }
      }
    }
  }
  return {
    node: (request, response) => {
      const chunks: Array<Uint8Array> = []
      let size = 0
      let refused = false
      const send = (result: Answer) => {
        response.writeHead(result.status, { "content-type": "application/json" })
        response.end(result.body)
        if (result.after) void result.after()
      }
      request.on("data", (chunk) => {
        const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk
        size += bytes.length
        if (size > MAX_BODY_BYTES && !refused) {
          refused = true
          send(json(413, { error: "body too large" }))
        } else chunks.push(bytes)
      })
      request.on("error", () => {
        if (!refused) {
          refused = true
          send(json(400, { error: "the body could not be read" }))
        }
      })
      request.on("end", () => {
        if (refused) return
        const body = new Uint8Array(size)
        let at = 0
        for (const chunk of chunks) {
          body.set(chunk, at)
          at += chunk.length
        }
        send(answer(request.method, request.url ?? "/", new TextDecoder().decode(body)))
      })
    },
    fetch: async (request, context) => {
      const body = request.method === "POST" ? await request.text() : ""
      const result =
        body.length > MAX_BODY_BYTES
          ? json(413, { error: "body too large" })
          : answer(request.method, request.url, body)
      if (result.after) {
        const running = result.after()
        context?.waitUntil?.(running)
      }
      return new Response(result.body, { status: result.status, headers: { "content-type": "application/json" } })
    }
  }
}
