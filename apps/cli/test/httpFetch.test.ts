import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { gzipSync } from "node:zlib"
import { describe, expect, it, type TestContext } from "vitest"
import { httpFetch } from "../src/internal/httpFetch.js"

/** A local server answering with `answer`, keeping what it received. */
const serve = async (
  context: Pick<TestContext, "onTestFinished">,
  answer: (request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void
) => {
  const received: Array<{ method: string; url: string; headers: Record<string, unknown>; body: string }> = []
  const server = createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8").on("data", (chunk: string) => {
      body += chunk
    })
    request.on("end", () => {
      received.push({ method: request.method!, url: request.url!, headers: request.headers, body })
      answer(request, response)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  context.onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received }
}

describe("httpFetch", () => {
  it("sends the method, headers and body, and answers the status, headers and text", async (context) => {
    const server = await serve(context, (_, response) =>
      response.writeHead(201, { "content-type": "application/json", "x-ratelimit-remaining": "9" }).end('{"id":1}')
    )
    const response = await httpFetch(`${server.url}/lists?limit=5`, {
      method: "POST",
      headers: { apikey: "k", "content-type": "application/json" },
      body: '{"name":"é"}'
    })
    expect(response.status).toBe(201)
    expect(response.headers.get("X-RateLimit-Remaining")).toBe("9")
    expect(response.headers.get("retry-after")).toBeNull()
    expect(await response.text()).toBe('{"id":1}')
    expect(server.received).toEqual([
      expect.objectContaining({
        method: "POST",
        url: "/lists?limit=5",
        body: '{"name":"é"}',
        headers: expect.objectContaining({ apikey: "k", "content-length": String(Buffer.byteLength('{"name":"é"}')) })
      })
    ])
  })

  it("decodes a gzip answer, and answers a redirect rather than following it", async (context) => {
    const server = await serve(context, (request, response) => {
      if (request.url === "/moved") response.writeHead(301, { location: "https://elsewhere.example/" }).end()
      else response.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync("hello"))
    })
    expect(await (await httpFetch(`${server.url}/`)).text()).toBe("hello")
    const moved = await httpFetch(`${server.url}/moved`)
    expect(moved.status).toBe(301)
    expect(moved.headers.get("location")).toBe("https://elsewhere.example/")
    expect(server.received).toHaveLength(2)
  })

  it("fails as fetch does: a TypeError whose cause has the system's code", async (context) => {
    const server = await serve(context, () => {})
    const closed = server.url.replace(/:\d+$/, ":1")
    const failure = await httpFetch(`${closed}/`).then(
      () => undefined,
      (error: unknown) => error
    )
    expect(failure).toBeInstanceOf(TypeError)
    expect((failure as TypeError & { cause: { code: string } }).cause.code).toBe("ECONNREFUSED")
  })

  it("stops when its signal aborts, with the signal's reason", async (context) => {
    const server = await serve(context, () => {})
    const controller = new AbortController()
    const pending = httpFetch(`${server.url}/slow`, { signal: controller.signal })
    setTimeout(() => controller.abort(new Error("timed out")), 50)
    await expect(pending).rejects.toThrow("timed out")
  })
})
