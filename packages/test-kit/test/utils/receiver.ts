/**
 * A local HTTP server on a loopback port that keeps every JSON body POSTed to it: the one receiver
 * of the test-kit's tests for webhook deliveries and operation callbacks.
 */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import * as Effect from "effect/Effect"

/** One POST a receiver got. */
export interface Received {
  readonly method: string
  readonly path: string
  readonly contentType: string | undefined
  readonly body: any
}

export interface Receiver {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** What was POSTed, in the order it arrived. */
  readonly received: Array<Received>
  /** Resolves once `count` POSTs have arrived in all. */
  readonly arrived: (count: number) => Promise<void>
  readonly close: () => Promise<void>
}

/** Starts a receiver; `status` picks the answer for each path (200 by default). */
export const startReceiver = async (status: (path: string) => number = () => 200): Promise<Receiver> => {
  const received: Array<Received> = []
  const waiting: Array<{ readonly count: number; readonly resolve: () => void }> = []
  const server = createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8")
    request.on("data", (chunk: string) => {
      body += chunk
    })
    request.on("end", () => {
      received.push({
        method: request.method!,
        path: request.url!,
        contentType: request.headers["content-type"],
        body: JSON.parse(body)
      })
      response.writeHead(status(request.url!)).end()
      for (const waiter of waiting.filter((candidate) => candidate.count <= received.length)) {
        waiting.splice(waiting.indexOf(waiter), 1)
        waiter.resolve()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    arrived: (count) =>
      count <= received.length
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            waiting.push({ count, resolve })
          }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/** A receiver for the length of an Effect scope. */
export const scopedReceiver = (status?: (path: string) => number) =>
  Effect.acquireRelease(
    Effect.promise(() => startReceiver(status)),
    (receiver) => Effect.promise(() => receiver.close())
  )
