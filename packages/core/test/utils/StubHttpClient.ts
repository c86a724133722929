/**
 * A stub `HttpClient` for the unit tests of core: it records every request it is given and answers
 * with a canned `Response`, so no socket is opened. `forbidden` fails the test if anything is sent.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Effect from "effect/Effect"

/** A request as the stub received it. */
export interface SentRequest {
  readonly method: string
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  /** The body as text, `undefined` when there is none. */
  readonly body: string | undefined
  readonly contentType: string | undefined
}

/** What the stub answers: a status and a JSON body (a string is sent as is), or a whole `Response`. */
export type Reply =
  | Response
  | {
      readonly status?: number
      readonly body?: unknown
      readonly headers?: Readonly<Record<string, string>>
    }

const bodyText = (request: HttpClientRequest.HttpClientRequest): string | undefined => {
  const body = request.body
  switch (body._tag) {
    case "Uint8Array":
      return new TextDecoder().decode(body.body)
    case "Raw":
      return typeof body.body === "string" ? body.body : String(body.body)
    default:
      return undefined
  }
}

const toResponse = (reply: Reply): Response => {
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
export const make = (reply: (request: SentRequest) => Reply = () => ({ status: 200, body: {} })) => {
  const sent: Array<SentRequest> = []
  const client = HttpClient.make((request, url) =>
    Effect.sync(() => {
      const recorded: SentRequest = {
        method: request.method,
        url,
        headers: { ...request.headers },
        body: bodyText(request),
        contentType: request.body._tag === "Empty" ? undefined : request.body.contentType
      }
      sent.push(recorded)
      return HttpClientResponse.fromWeb(request, toResponse(reply(recorded)))
    })
  )
  return { client, sent }
}

/** A client that must not be used: any request is a defect that fails the test. */
export const forbidden = () => {
  let calls = 0
  const client = HttpClient.make((request) =>
    Effect.suspend(() => {
      calls++
      return Effect.dieMessage(`the HttpClient was called: ${request.method} ${request.url}`)
    })
  )
  return {
    client,
    get calls() {
      return calls
    }
  }
}
