/**
 * The mock on a local socket, for HTTP clients in any language. It binds to loopback only and takes
 * an ephemeral port unless told otherwise.
 *
 * ```ts
 * import { MockServer } from "@egoi-ts/test-kit"
 *
 * const server = await MockServer.start({ seed: "demo" })
 * // point any client at server.url, with any Apikey
 * await server.close()
 * ```
 *
 * Node's own `http` module serves it rather than `@effect/platform-node`'s server: a fault that
 * drops the connection needs the raw socket, the size and header checks act before a body is read,
 * and the test-kit then needs no Node-only Effect packages. The definition's app still runs without
 * a web `Request`/`Response` round trip: its answer's bytes are written to Node's response as they are.
 *
 * @since 0.1.0
 */
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import type * as EgoiMock from "./EgoiMock.js"
import { errorBody } from "./internal/answers.js"
import * as Engine from "./internal/engine.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface Options extends EgoiMock.Options {
  /** 0 (an ephemeral port) by default. */
  readonly port?: number | undefined
  /** A loopback address: `127.0.0.1` by default, or `::1`, `localhost`. */
  readonly host?: string | undefined
}

/**
 * A listening mock.
 *
 * @since 0.1.0
 * @category models
 */
export interface MockServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly port: number
  readonly mock: EgoiMock.EgoiMock
  readonly close: () => Promise<void>
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"])

const headersOf = (incoming: Http.IncomingMessage): Headers => {
  const headers = new Headers()
  const raw = incoming.rawHeaders
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!)
  return headers
}

/**
 * The body of a request, up to `limit` bytes: past it (by `Content-Length`, or while arriving) the
 * chunks are let go and the rest is read and discarded, so the connection stays usable and no more
 * than the limit is ever held.
 */
const readBody = (incoming: Http.IncomingMessage, limit: number): Promise<Uint8Array | Engine.TooLarge> =>
  new Promise((resolve, reject) => {
    const declared = Number(incoming.headers["content-length"] ?? 0)
    if (declared > limit) {
      incoming.resume()
      return resolve(Engine.TOO_LARGE)
    }
    let chunks: Array<Buffer> | undefined = []
    let size = 0
    incoming.on("data", (chunk: Buffer) => {
      size += chunk.byteLength
      if (chunks && size > limit) {
        chunks = undefined
        resolve(Engine.TOO_LARGE)
      } else chunks?.push(chunk)
    })
    incoming.on("end", () => {
      if (chunks) resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))
    })
    incoming.on("error", reject)
  })

const send = (outgoing: Http.ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body)
  outgoing.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)) })
  outgoing.end(text)
}

/**
 * Starts a mock server.
 *
 * @since 0.1.0
 * @category constructors
 */
export const start = async (options: Options = {}): Promise<MockServer> => {
  const host = options.host ?? "127.0.0.1"
  if (!LOOPBACK.has(host)) throw new Error(`The mock binds to loopback only, not ${host}`)
  const engine = Engine.make(options)
  const { mock } = engine
  let origin = ""
  const server = Http.createServer((incoming, outgoing) => {
    const respond = async () => {
      const aborted = new AbortController()
      outgoing.once("close", () => {
        if (!outgoing.writableFinished) aborted.abort()
      })
      let url: URL
      let requestHeaders: Headers
      try {
        url = new URL(incoming.url ?? "/", origin)
        requestHeaders = headersOf(incoming)
      } catch {
        incoming.resume()
        return send(outgoing, 400, errorBody(400, "The request's target or headers cannot be read"))
      }
      const answer = await engine.serve({
        method: (incoming.method ?? "GET").toUpperCase(),
        url,
        headers: requestHeaders,
        body: await readBody(incoming, engine.maxBodyBytes),
        signal: aborted.signal
      })
      if (answer._tag === "Dropped") {
        incoming.socket.destroy()
        return
      }
      const { reply } = answer
      const headers: Record<string, string> = { ...reply.headers }
      if (reply.body) headers["content-length"] = String(reply.body.byteLength)
      outgoing.writeHead(reply.status, headers)
      outgoing.end(reply.body)
    }
    respond().catch(() => {
      // Nothing of the failure is told: it is the mock's, not the client's.
      if (outgoing.headersSent) outgoing.destroy()
      else send(outgoing, 500, errorBody(500))
    })
  })
  // Requests Node's parser refuses before they reach the handler (headers past 16 KiB, a malformed
  // request line) get E-goi's body too, instead of a bare status line.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") return void socket.destroy()
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400
    const body = JSON.stringify(errorBody(status))
    socket.end(
      `HTTP/1.1 ${status} ${errorBody(status).title}\r\ncontent-type: application/json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`
    )
  })
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const shownHost = host === "::1" ? "[::1]" : host
  origin = `http://${shownHost}:${port}`
  return {
    url: origin,
    port,
    mock,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }).then(() => mock.dispose())
  }
}
