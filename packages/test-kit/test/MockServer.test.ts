/**
 * The mock on a socket: loopback only, an ephemeral port by default, and connections really dropped.
 */
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
})
