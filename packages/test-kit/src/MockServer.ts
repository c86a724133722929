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
 * drops the connection needs the raw socket, and the test-kit then needs no Node-only Effect packages.
 *
 * @since 0.1.0
 */
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import { Readable } from "node:stream"
import * as EgoiMock from "./EgoiMock.js"

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

const toRequest = (incoming: Http.IncomingMessage, origin: string, body: Buffer): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = incoming.method ?? "GET"
  return new Request(new URL(incoming.url ?? "/", origin), {
    method,
    headers,
    ...(body.byteLength > 0 && method !== "GET" && method !== "HEAD" ? { body: new Uint8Array(body) } : {})
  })
}

const readBody = (incoming: Http.IncomingMessage, limit: number): Promise<Buffer | "too-large"> =>
  new Promise((resolve, reject) => {
    const declared = Number(incoming.headers["content-length"] ?? 0)
    if (declared > limit) {
      incoming.resume()
      return resolve("too-large")
    }
    const chunks: Array<Buffer> = []
    let size = 0
    incoming.on("data", (chunk: Buffer) => {
      size += chunk.byteLength
      if (size <= limit) chunks.push(chunk)
    })
    incoming.on("end", () => resolve(size > limit ? "too-large" : Buffer.concat(chunks)))
    incoming.on("error", reject)
  })

/**
 * Starts a mock server.
 *
 * @since 0.1.0
 * @category constructors
 */
export const start = async (options: Options = {}): Promise<MockServer> => {
  const host = options.host ?? "127.0.0.1"
  if (!LOOPBACK.has(host)) throw new Error(`The mock binds to loopback only, not ${host}`)
  const mock = EgoiMock.make(options)
  const limit = options.maxBodyBytes ?? 20_000_000
  let origin = ""
  const server = Http.createServer((incoming, outgoing) => {
    const respond = async () => {
      const body = await readBody(incoming, limit)
      // An oversized body is not buffered: the mock sees an empty body and an explicit length check.
      const request =
        body === "too-large" ? toRequest(incoming, origin, Buffer.alloc(limit + 1)) : toRequest(incoming, origin, body)
      const answer = await mock.handle(request)
      if (answer._tag === "Dropped") {
        incoming.socket.destroy()
        return
      }
      const { response } = answer
      const headers: Record<string, string | Array<string>> = {}
      response.headers.forEach((value, name) => {
        headers[name] = value
      })
      outgoing.writeHead(response.status, headers)
      if (response.body) Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).pipe(outgoing)
      else outgoing.end()
    }
    respond().catch((error: unknown) => {
      if (!outgoing.headersSent) outgoing.writeHead(500, { "content-type": "application/json" })
      outgoing.end(JSON.stringify({ title: "Internal Server Error", status: 500, detail: String(error) }))
    })
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
