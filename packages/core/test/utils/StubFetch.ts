/**
 * A stub `fetch` for the unit tests of core: it records every request it is given and answers with a
 * canned `Response`, so no socket is opened. `forbidden` fails the test if anything is sent.
 */

/** A request as the stub received it. */
export interface SentRequest {
  readonly method: string
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  /** The body as text, `undefined` when there is none. */
  readonly body: string | undefined
  readonly contentType: string | undefined
  readonly redirect: RequestRedirect | undefined
}

/**
 * What the stub answers: a status and a JSON body (a string is sent as is), a whole `Response`, or a
 * failure as `fetch` gives it: `drop` (the connection closed after the request was sent) or
 * `refuse` (the connection was refused: nothing was sent).
 */
export type Reply =
  | Response
  | "drop"
  | "refuse"
  | {
      readonly status?: number
      readonly body?: unknown
      readonly headers?: Readonly<Record<string, string>>
    }

const fetchFailed = (code: string, message: string) =>
  new TypeError("fetch failed", { cause: Object.assign(new Error(message), { code }) })

const toResponse = (reply: Reply): Response => {
  if (reply === "drop") throw fetchFailed("UND_ERR_SOCKET", "other side closed")
  if (reply === "refuse") throw fetchFailed("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:9")
  if (reply instanceof Response) return reply
  const status = reply.status ?? 200
  const text =
    reply.body === undefined ? null : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body)
  return new Response(status === 204 ? null : text, {
    status,
    headers: { "content-type": "application/json", ...reply.headers }
  })
}

/** A stub that answers every request with `reply(request)` and keeps what was sent in `sent`. */
export const make = (reply: (request: SentRequest) => Reply | Promise<Reply> = () => ({ status: 200, body: {} })) => {
  const sent: Array<SentRequest> = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    const headers: Record<string, string> = {}
    for (const [name, value] of request.headers) headers[name] = value
    const recorded: SentRequest = {
      method: request.method,
      url: new URL(request.url),
      headers,
      body: request.body ? await request.text() : undefined,
      contentType: request.headers.get("content-type") ?? undefined,
      redirect: init?.redirect
    }
    sent.push(recorded)
    return toResponse(await reply(recorded))
  }
  return { fetch, sent }
}

/** A `fetch` that must not be used: any request fails the test. */
export const forbidden = () => {
  let calls = 0
  const fetch: typeof globalThis.fetch = async (input) => {
    calls++
    throw new Error(`fetch was called: ${String(input)}`)
  }
  return {
    fetch,
    get calls() {
      return calls
    }
  }
}

/** A stub that answers with `steps` in order, then with `then` for every later request. */
export const script = (steps: ReadonlyArray<Reply>, then: Reply = { status: 200, body: {} }) => {
  let index = 0
  return make(() => (index < steps.length ? steps[index++]! : then))
}
