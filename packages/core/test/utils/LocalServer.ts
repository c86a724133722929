/**
 * A real HTTP server on a loopback port, for what only a socket shows: redirects, answers cut off,
 * servers that stall, connections dropped or refused. The handler gets node's request and response;
 * `seen` keeps what each request carried.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo, Socket } from "node:net"

export interface Seen {
  readonly method: string
  readonly path: string
  readonly headers: Readonly<Record<string, string | Array<string> | undefined>>
  readonly body: string
}

export interface LocalServer {
  readonly url: string
  readonly seen: Array<Seen>
  readonly close: () => Promise<void>
}

export const start = async (
  handler: (request: IncomingMessage, response: ServerResponse, body: string) => void
): Promise<LocalServer> => {
  const seen: Array<Seen> = []
  const sockets = new Set<Socket>()
  const server = createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8")
    request.on("data", (chunk: string) => {
      body += chunk
    })
    request.on("end", () => {
      seen.push({ method: request.method!, path: request.url!, headers: { ...request.headers }, body })
      handler(request, response, body)
    })
  })
  server.on("connection", (socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

/** A loopback port nothing listens on: a connection to it is refused. */
export const closedPort = async (): Promise<string> => {
  const server = await start(() => {})
  await server.close()
  return server.url
}
