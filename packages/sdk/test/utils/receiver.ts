/** A local HTTP server on a loopback port that keeps every JSON body POSTed to it (callbacks, webhooks). */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"

export const startReceiver = async () => {
  const received: Array<{ readonly path: string; readonly body: any }> = []
  const server = createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8")
    request.on("data", (chunk: string) => {
      body += chunk
    })
    request.on("end", () => {
      received.push({ path: request.url!, body: JSON.parse(body) })
      response.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    received,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
