/**
 * The mock on a socket: loopback only, an ephemeral port by default, and connections really dropped.
 */
import * as Net from "node:net"
import { describe, expect, it } from "vitest"
import * as MockServer from "../src/MockServer.js"
import { KEY } from "./utils/client.js"

describe("socket server", () => {
  it("binds to loopback only, on an ephemeral port by default", async () => {
    await expect(MockServer.start({ host: "0.0.0.0" })).rejects.toThrow(/loopback/)
    const server = await MockServer.start({ seed: "demo" })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(server.port).toBeGreaterThan(0)
      const response = await fetch(`${server.url}/tags`, { headers: { Apikey: KEY } })
      expect((await response.json()).total_items).toBeGreaterThan(0)
    } finally {
      await server.close()
    }
  })

  it("drops the connection of a request a fault drops", async () => {
    const server = await MockServer.start()
    try {
      server.mock.faults.add({ route: "GET /lists", drop: true, times: 1 })
      await expect(fetch(`${server.url}/lists`, { headers: { Apikey: KEY } })).rejects.toThrow()
      expect((await fetch(`${server.url}/lists`, { headers: { Apikey: KEY } })).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it("answers 413 on a Content-Length past the limit before a byte of the body arrives", async () => {
    const server = await MockServer.start()
    try {
      const head = await rawExchange(
        server.port,
        "POST /lists HTTP/1.1\r\nHost: x\r\nApikey: k\r\ncontent-type: application/json\r\n" +
          "Content-Length: 50000000\r\n\r\n"
      )
      expect(head).toMatch(/^HTTP\/1\.1 413 /)
      expect(JSON.parse(head.slice(head.indexOf("\r\n\r\n") + 4))).toMatchObject({ status: 413 })
      expect(server.mock.requests()).toMatchObject([{ status: 413, bodyBytes: 50_000_000, body: "" }])
    } finally {
      await server.close()
    }
  })

  it("answers 413 as soon as a chunked body passes the limit, and stays up", async () => {
    const server = await MockServer.start({ maxBodyBytes: 1_000 })
    try {
      const chunk = "x".repeat(800)
      const head = await rawExchange(
        server.port,
        "POST /lists HTTP/1.1\r\nHost: x\r\nApikey: k\r\ncontent-type: application/json\r\n" +
          `Transfer-Encoding: chunked\r\n\r\n${(800).toString(16)}\r\n${chunk}\r\n${(800).toString(16)}\r\n${chunk}\r\n`
      )
      expect(head).toMatch(/^HTTP\/1\.1 413 /)
      expect((await fetch(`${server.url}/lists`, { headers: { Apikey: KEY } })).status).toBe(200)
    } finally {
      await server.close()
    }
  })
})

/** Writes raw bytes and resolves with what came back once a whole answer (headers and body) has arrived, leaving the request unfinished. */
const rawExchange = (port: number, text: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = Net.connect(port, "127.0.0.1", () => socket.write(text))
    let received = ""
    socket.on("data", (data) => {
      received += data.toString("latin1")
      const end = received.indexOf("\r\n\r\n")
      const length = /content-length: (\d+)/i.exec(received)
      if (end >= 0 && length && received.length >= end + 4 + Number(length[1])) {
        socket.destroy()
        resolve(received)
      }
    })
    socket.on("error", reject)
    socket.on("close", () => resolve(received))
  })
