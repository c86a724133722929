/**
 * Receiving the mock's webhook posts: through Node's `http` and through a fetch-style handler; the
 * token checked, bodies validated, and a delivery made again recognized rather than handled twice.
 */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it, type TestContext } from "vitest"
import { Egoi, type WebhookEvent } from "../src/index.js"

const TOKEN = "s3cret-token-of-the-test"

describe("webhook receivers", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make()
    mock.seed({ lists: [{ internal_name: "Newsletter" }] })
    egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  const listen = async (context: TestContext) => {
    const events: Array<WebhookEvent> = []
    const duplicates: Array<string> = []
    const receiver = egoi.webhooks.receiver({
      token: TOKEN,
      onEvent: (event) => void events.push(event),
      onDuplicate: (_, { id }) => void duplicates.push(id)
    })
    const server = createServer(receiver.node)
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    context.onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/egoi`
    return { receiver, events, duplicates, base }
  }

  it("a contact's subscription arrives typed; the same delivery again is recognized, not handled twice", async (context) => {
    const { events, duplicates, base } = await listen(context)
    await egoi.webhooks.createWebhook({
      list_id: 1,
      url: `${base}?token=${TOKEN}`,
      actions: ["subscription", "edit_subscription"],
      fields: ["email"]
    })
    const { contact_id } = await egoi.contacts.createContact({ list_id: 1, base: { email: "ana@example.com" } })
    await mock.flushWebhooks()
    expect(events).toEqual([
      {
        action: "subscription",
        list_id: 1,
        date: expect.any(String),
        contact: { contact_id, email: "ana@example.com" }
      }
    ])
    const [delivery] = mock.webhookDeliveries()
    expect(delivery!.status).toBe(200)

    // E-goi delivering the same post again.
    const again = await fetch(`${base}?token=${TOKEN}`, { method: "POST", body: JSON.stringify(delivery!.body) })
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ received: true, duplicate: true })
    expect(events).toHaveLength(1)
    expect(duplicates).toEqual([`1:${contact_id}:subscription:${events[0]!.date}`])
  })

  it("refuses a post without the token (401) or that is no event (400), and hands nothing on", async (context) => {
    const { events, base } = await listen(context)
    const event = {
      action: "unsubscribe",
      list_id: 1,
      date: "2024-01-01 00:00:00",
      contact: { contact_id: "a1b2c3d4e5" }
    }
    const post = (url: string, body: unknown) => fetch(url, { method: "POST", body: JSON.stringify(body) })
    expect((await post(base, event)).status).toBe(401)
    expect((await post(`${base}?token=wrong-token-of-same-size`, event)).status).toBe(401)
    const invalid = await post(`${base}?token=${TOKEN}`, { ...event, action: "teleport" })
    expect(invalid.status).toBe(400)
    expect((await fetch(`${base}?token=${TOKEN}`)).status).toBe(405)
    expect(events).toEqual([])
    expect((await post(`${base}?token=${TOKEN}`, event)).status).toBe(200)
    await new Promise((resolve) => setImmediate(resolve))
    expect(events).toEqual([event])
  })

  it("the fetch-style handler answers at once and hands the event on through waitUntil", async () => {
    const handled: Array<string> = []
    let release: () => void = () => {}
    const receiver = egoi.webhooks.receiver({
      token: TOKEN,
      // A slow consumer: the answer does not wait for it.
      onEvent: (event) =>
        new Promise<void>((resolve) => {
          release = () => {
            handled.push(event.action)
            resolve()
          }
        })
    })
    const pending: Array<Promise<unknown>> = []
    const body = {
      action: "change_consent",
      list_id: 1,
      date: "2024-01-01 00:00:00",
      contact: { contact_id: "a1b2c3d4e5" }
    }
    const response = await receiver.fetch(
      new Request(`https://hooks.example.com/egoi?token=${TOKEN}`, { method: "POST", body: JSON.stringify(body) }),
      { waitUntil: (promise) => void pending.push(promise) }
    )
    expect(response.status).toBe(200)
    expect(handled).toEqual([])
    release()
    await Promise.all(pending)
    expect(handled).toEqual(["change_consent"])
  })
})
