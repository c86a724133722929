/**
 * A `fetch` over `node:http` and `node:https`, which core's transport sends through (its
 * configuration takes any `fetch`). Node's own `fetch` costs a command that makes one call more
 * start-up than the rest of its work: loading undici and compiling its HTTP parser. This one does
 * what the transport asks of a fetch and no more: a method, headers, a string body, an abort signal,
 * redirects answered rather than followed (`redirect: "manual"`); the answer's status, headers and
 * text (gzip, deflate or brotli decoded); and failures as fetch's, a `TypeError` whose cause carries
 * the system's code (`ECONNREFUSED`), so the transport tells a request never sent from one that was.
 *
 * @internal
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http"
import type * as Https from "node:https"
import { createRequire } from "node:module"
import type { Readable } from "node:stream"
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib"

// Kept alive between the calls of one command (an export's pages); the process exits when it is done.
let httpAgent: HttpAgent | undefined
let https: { readonly module: typeof Https; readonly agent: Https.Agent } | undefined

/** node:https (and with it TLS and crypto) is loaded for the first https call only: the mock is plain http. */
const httpsModule = () => {
  if (https === undefined) {
    const module = createRequire(import.meta.url)("node:https") as typeof Https
    https = { module, agent: new module.Agent({ keepAlive: true }) }
  }
  return https
}

/** The headers of an answer, as much of `Headers` as a reader of one needs. */
class AnswerHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()]
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined
  }
  forEach(callback: (value: string, name: string) => void): void {
    for (const name of Object.keys(this.raw)) callback(this.get(name)!, name)
  }
}

const decoded = (response: IncomingMessage): Readable => {
  switch (response.headers["content-encoding"]?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return response.pipe(createGunzip())
    case "deflate":
      return response.pipe(createInflate())
    case "br":
      return response.pipe(createBrotliDecompress())
    default:
      return response
  }
}

/** The whole body as text; a connection lost on the way fails as fetch's does. */
const readText = (response: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    const body = decoded(response)
    const fail = (error: unknown) => reject(new TypeError("terminated", { cause: error }))
    body.on("data", (chunk: Buffer) => chunks.push(chunk))
    body.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    body.on("error", fail)
    response.on("aborted", () =>
      fail(Object.assign(new Error("the connection closed before the answer ended"), { code: "ECONNRESET" }))
    )
    if (body !== response) response.on("error", fail)
  })

const headersOf = (given: RequestInit["headers"]): Record<string, string> => {
  if (given === undefined) return {}
  if (Array.isArray(given)) return Object.fromEntries(given)
  if (typeof (given as Headers).forEach === "function") {
    const headers: Record<string, string> = {}
    ;(given as Headers).forEach((value, name) => {
      headers[name] = value
    })
    return headers
  }
  return { ...(given as Record<string, string>) }
}

export const httpFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> =>
  new Promise((resolve, reject) => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url)
    const { signal } = init
    if (signal?.aborted) return reject(signal.reason)
    const body = init.body === undefined || init.body === null ? undefined : String(init.body)
    const headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br", ...headersOf(init.headers) }
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body))
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return reject(new TypeError(`fetch failed: ${url.protocol} is not http or https`))
    }
    const options = { method: init.method ?? "GET", headers }
    const request =
      url.protocol === "https:"
        ? httpsModule().module.request(url, { ...options, agent: httpsModule().agent })
        : httpRequest(url, { ...options, agent: (httpAgent ??= new HttpAgent({ keepAlive: true })) })
    const onAbort = () => request.destroy(signal!.reason)
    signal?.addEventListener("abort", onAbort, { once: true })
    const settle = () => signal?.removeEventListener("abort", onAbort)
    request.on("error", (error) => {
      settle()
      reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause: error }))
    })
    request.on("response", (response) => {
      const text = readText(response).finally(settle)
      // Read whether or not the caller asks, so the connection is free for the next call.
      text.catch(() => {})
      resolve({
        status: response.statusCode ?? 0,
        statusText: response.statusMessage ?? "",
        ok: (response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300,
        headers: new AnswerHeaders(response.headers),
        text: () => text,
        json: () => text.then((value) => JSON.parse(value) as unknown)
      } as unknown as Response)
    })
    request.end(body)
  })
