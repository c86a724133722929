/**
 * Webhook deliveries: a real HTTP receiver on a loopback port, webhooks registered through the API,
 * contact events raised with the internal `emitContactEvent` (as the contacts module raises them).
 */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import type { StoredContact } from "../src/internal/contactModel.js"
import { emitContactEvent } from "../src/internal/webhooks.js"
import { caller, type Received, startReceiver, stateOf, storedContact } from "./utils/mock.js"

const KEY = "webhooks-test-key"
const NOW = Date.UTC(2024, 4, 1, 10, 0, 0)

/** The account behind a mock: the test-only path EgoiMock leaves for the test-kit's own tests. */
const contact = (listId: number, overrides: Partial<StoredContact["base"]> = {}): StoredContact =>
  storedContact({
    list_id: listId,
    base: { first_name: "Ana", last_name: "Silva", email: "ana@example.com", ...overrides }
  })

let receiver: Awaited<ReturnType<typeof startReceiver>>
let receiverUrl: string
let received: Array<Received>
let mock: EgoiMock.EgoiMock

const send = caller(() => mock, KEY)

beforeEach(async () => {
  // One path answers an error, to see the status logged as it is.
  receiver = await startReceiver((path) => (path === "/broken" ? 500 : 200))
  receiverUrl = receiver.url
  received = receiver.received
  mock = EgoiMock.make({ now: () => NOW })
  mock.seed({ lists: [{ internal_name: "Newsletter" }, { internal_name: "Customers" }] })
})

afterEach(async () => {
  await mock.dispose()
  await receiver.close()
})

describe("webhook deliveries", () => {
  it("POSTs the documented payload to the webhooks of the contact's list that listen for the action", async () => {
    const city = await send("POST", "/lists/1/fields/extra", { name: "City", format: "text" })
    expect(city.status).toBe(201)
    const listens = await send("POST", "/webhooks", {
      list_id: 1,
      url: `${receiverUrl}/subscriptions`,
      actions: ["subscription", "unsubscribe"],
      fields: ["email", "first_name", city.body.field_id]
    })
    expect(listens.status).toBe(200)
    // Same list, other action; other list, same action.
    await send("POST", "/webhooks", { list_id: 1, url: `${receiverUrl}/edits`, actions: ["edit_subscription"] })
    await send("POST", "/webhooks", { list_id: 2, url: `${receiverUrl}/other-list`, actions: ["subscription"] })

    const subscribed: StoredContact = {
      ...contact(1),
      extra: [{ field_id: Number(city.body.field_id), format: "text", value: "Porto" }]
    }
    expect(emitContactEvent(stateOf(mock), { action: "subscription", list_id: 1, contact: subscribed })).toBe(1)
    await mock.flushWebhooks()

    expect(received).toEqual([
      {
        method: "POST",
        path: "/subscriptions",
        contentType: "application/json",
        body: {
          list_id: 1,
          contact: {
            contact_id: "8f3a27ef26",
            email: "ana@example.com",
            first_name: "Ana",
            [city.body.field_id]: "Porto"
          },
          action: "subscription",
          date: "2024-05-01 10:00:00"
        }
      }
    ])
    expect(mock.webhookDeliveries()).toEqual([
      {
        webhook_id: listens.body.webhook_id,
        url: `${receiverUrl}/subscriptions`,
        action: "subscription",
        status: 200,
        body: received[0]!.body
      }
    ])
  })

  it("does not fire for another action or another list", async () => {
    await send("POST", "/webhooks", { list_id: 1, url: `${receiverUrl}/a`, actions: ["unsubscribe"] })
    const state = stateOf(mock)
    expect(emitContactEvent(state, { action: "subscription", list_id: 1, contact: contact(1) })).toBe(0)
    expect(emitContactEvent(state, { action: "unsubscribe", list_id: 2, contact: contact(2) })).toBe(0)
    await mock.flushWebhooks()
    expect(received).toEqual([])
    expect(mock.webhookDeliveries()).toEqual([])

    expect(emitContactEvent(state, { action: "unsubscribe", list_id: 1, contact: contact(1) })).toBe(1)
    await mock.flushWebhooks()
    expect(received.map((request) => [request.path, request.body.action])).toEqual([["/a", "unsubscribe"]])
  })

  it("sends only contact_id when the webhook chose no fields, and logs error statuses as they are", async () => {
    await send("POST", "/webhooks", { list_id: 2, url: `${receiverUrl}/broken`, actions: ["forget_subscription"] })
    emitContactEvent(stateOf(mock), { action: "forget_subscription", list_id: 2, contact: contact(2) })
    await mock.flushWebhooks()
    expect(received[0]!.body.contact).toEqual({ contact_id: "8f3a27ef26" })
    expect(mock.webhookDeliveries().map((delivery) => delivery.status)).toEqual([500])
  })

  it("never throws: an unreachable URL is logged as failed", async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    await send("POST", "/webhooks", { list_id: 1, url: `http://127.0.0.1:${port}/gone`, actions: ["subscription"] })
    await send("POST", "/webhooks", { list_id: 1, url: `${receiverUrl}/ok`, actions: ["subscription"] })
    expect(() =>
      emitContactEvent(stateOf(mock), { action: "subscription", list_id: 1, contact: contact(1) })
    ).not.toThrow()
    await mock.flushWebhooks()
    expect(mock.webhookDeliveries().map((delivery) => [delivery.url.endsWith("/gone"), delivery.status])).toEqual([
      [true, "failed"],
      [false, 200]
    ])
  })

  it("stops delivering once the webhook is deleted; reset forgets the log", async () => {
    const webhook = await send("POST", "/webhooks", { list_id: 1, url: `${receiverUrl}/a`, actions: ["subscription"] })
    const state = stateOf(mock)
    emitContactEvent(state, { action: "subscription", list_id: 1, contact: contact(1) })
    await mock.flushWebhooks()
    expect((await send("DELETE", `/webhooks/${webhook.body.webhook_id}`)).status).toBe(204)
    expect(emitContactEvent(state, { action: "subscription", list_id: 1, contact: contact(1) })).toBe(0)
    await mock.flushWebhooks()
    expect(received).toHaveLength(1)
    expect(mock.webhookDeliveries()).toHaveLength(1)
    mock.reset()
    expect(mock.webhookDeliveries()).toEqual([])
  })

  it("delivers a burst one at a time per webhook, in the order raised, and every one arrives", async () => {
    let inFlight = 0
    let most = 0
    const order: Array<string> = []
    const counting = createServer((request, response) => {
      inFlight++
      most = Math.max(most, inFlight)
      let body = ""
      request.on("data", (chunk: Buffer) => {
        body += chunk.toString("utf8")
      })
      request.on("end", () => {
        order.push(JSON.parse(body).contact.contact_id)
        setTimeout(() => {
          inFlight--
          response.writeHead(200).end()
        }, 1)
      })
    })
    await new Promise<void>((resolve) => counting.listen(0, "127.0.0.1", resolve))
    try {
      const url = `http://127.0.0.1:${(counting.address() as AddressInfo).port}/burst`
      await send("POST", "/webhooks", { list_id: 1, url, actions: ["subscription"] })
      const ids = Array.from({ length: 300 }, (_, i) => i.toString(16).padStart(10, "0"))
      const state = stateOf(mock)
      for (const id of ids) {
        emitContactEvent(state, { action: "subscription", list_id: 1, contact: { ...contact(1), contact_id: id } })
      }
      await mock.flushWebhooks()
      expect(order).toEqual(ids)
      expect(most).toBe(1)
      expect(mock.webhookDeliveries().filter((delivery) => delivery.status === 200)).toHaveLength(300)
    } finally {
      await new Promise<void>((resolve) => counting.close(() => resolve()))
    }
  })

  it("flushWebhooks waits for slow receivers", async () => {
    const slow = createServer((_request, response) => {
      setTimeout(() => response.writeHead(204).end(), 200)
    })
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve))
    try {
      const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow`
      await send("POST", "/webhooks", { list_id: 1, url, actions: ["change_consent"] })
      emitContactEvent(stateOf(mock), { action: "change_consent", list_id: 1, contact: contact(1) })
      expect(mock.webhookDeliveries()).toEqual([])
      await mock.flushWebhooks()
      expect(mock.webhookDeliveries().map((delivery) => delivery.status)).toEqual([204])
    } finally {
      await new Promise<void>((resolve) => slow.close(() => resolve()))
    }
  })
})

describe("createWebhook in the mock", () => {
  it("refuses a missing list and unknown fields with 422, naming them", async () => {
    const missing = await send("POST", "/webhooks", {
      list_id: 9,
      url: "https://example.com",
      actions: ["subscription"]
    })
    expect(missing.status).toBe(422)
    expect(missing.body.errors).toEqual({ list_id: ["List 9 does not exist"] })
    const unknown = await send("POST", "/webhooks", {
      list_id: 1,
      url: "https://example.com",
      actions: ["subscription"],
      fields: ["email", "favourite_color", "42"]
    })
    expect(unknown.status).toBe(422)
    expect(unknown.body.errors).toEqual({
      fields: ["Field favourite_color does not exist in list 1", "Field 42 does not exist in list 1"]
    })
  })

  it("refuses a URL that is not http or https before any handler runs", async () => {
    const refused = await send("POST", "/webhooks", { list_id: 1, url: "ftp://example.com", actions: ["subscription"] })
    expect(refused.status).toBe(422)
    expect(Object.keys(refused.body.errors)).toEqual(["url"])
  })
})
