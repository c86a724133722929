/**
 * `egoi webhooks listen` through the command line, in-process, against a `MockServer` of its own:
 * the webhook registered with a token, each event printed as it arrives, a delivery made again
 * marked, events forwarded, and the webhook removed when the command stops.
 */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { PassThrough } from "node:stream"
import { describe, expect, it } from "vitest"
import { runCli } from "../src/internal/cli.js"
import { cleanEnv, Recorder } from "./utils/egoi.js"
import { KEY, startServer } from "./utils/server.js"

/** A recorder that resolves `waitFor(text)` once what was written contains `text`. */
class Watched extends Recorder {
  private waiters: Array<{ text: string; resolve: () => void }> = []
  override _write(chunk: string | Buffer, encoding: BufferEncoding, done: () => void) {
    super._write(chunk, encoding, done)
    const met = this.waiters.filter((waiter) => this.text.includes(waiter.text))
    this.waiters = this.waiters.filter((waiter) => !met.includes(waiter))
    for (const waiter of met) waiter.resolve()
  }
  waitFor(text: string): Promise<void> {
    return this.text.includes(text) ? Promise.resolve() : new Promise((resolve) => this.waiters.push({ text, resolve }))
  }
}

describe("egoi webhooks listen", () => {
  it("prints each event, marks a delivery made again, forwards, and removes the webhook on exit", async (context) => {
    const server = await startServer(context, { rateLimit: false })
    server.mock.seed({ lists: [{ internal_name: "Newsletter" }] })
    const forwarded: Array<unknown> = []
    let forwardedOnce: () => void
    const firstForward = new Promise<void>((resolve) => (forwardedOnce = resolve))
    const sink = createServer((request, response) => {
      let body = ""
      request.on("data", (chunk) => (body += chunk))
      request.on("end", () => {
        forwarded.push(JSON.parse(body))
        forwardedOnce()
        response.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve))
    context.onTestFinished(() => new Promise<void>((resolve) => sink.close(() => resolve())))
    const forwardTo = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/hook`

    const stdout = new Watched()
    const stderr = new Watched()
    const controller = new AbortController()
    const stdin = new PassThrough()
    stdin.end()
    const running = runCli(["webhooks", "listen", "--list", "1", "--forward-to", forwardTo, "--base-url", server.url], {
      stdout,
      stderr,
      stdin,
      env: cleanEnv({ EGOI_API_KEY: KEY }),
      signal: controller.signal
    })
    await Promise.race([stderr.waitFor("waiting for events"), running])
    expect(stderr.text).toContain("waiting for events")
    const [webhook] = server.mock.snapshot().webhooks as unknown as ReadonlyArray<{ url: string }>
    expect(webhook!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/egoi-webhook\?token=[0-9a-f]{48}$/)
    // The token is a secret: it is not printed.
    expect(stderr.text).not.toContain(new URL(webhook!.url).searchParams.get("token"))

    await fetch(`${server.url}/lists/1/contacts`, {
      method: "POST",
      headers: { Apikey: KEY, "content-type": "application/json" },
      body: JSON.stringify({ base: { email: "ana@example.com" } })
    })
    await server.mock.flushWebhooks()
    await stdout.waitFor('"action":"subscription"')
    const [delivery] = server.mock.webhookDeliveries()
    // The same post again, as E-goi would retry it.
    await fetch(webhook!.url, { method: "POST", body: JSON.stringify(delivery!.body) })
    await stdout.waitFor('"duplicate":true')
    // Without the token, nothing is printed.
    expect((await fetch(webhook!.url.replace(/token=.*/, "token=x"), { method: "POST", body: "{}" })).status).toBe(401)

    await firstForward
    controller.abort()
    expect(await running).toBe(0)
    const lines = stdout.text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(lines).toEqual([
      expect.objectContaining({
        action: "subscription",
        list_id: 1,
        contact: expect.objectContaining({ email: "ana@example.com" })
      }),
      expect.objectContaining({ action: "subscription", duplicate: true })
    ])
    expect(forwarded).toEqual([delivery!.body])
    expect(server.mock.snapshot().webhooks).toEqual([])
    expect(stderr.text).toContain("removed")
  })

  it("against E-goi itself, asks for the public URL of a tunnel before registering anything", async () => {
    const stdout = new Recorder()
    const stderr = new Recorder()
    const stdin = new PassThrough()
    stdin.end()
    const code = await runCli(["webhooks", "listen", "--list", "1"], {
      stdout,
      stderr,
      stdin,
      env: cleanEnv({ EGOI_API_KEY: KEY })
    })
    expect(code).toBe(2)
    expect(stderr.text).toContain("--url")
  })
})
