/**
 * Webhook events raised by the contacts routes themselves: contacts created, changed, unsubscribed
 * and forgotten through the API reach a real HTTP receiver on a loopback port, once per subscribed
 * action and only for the webhook's own list.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import { caller, type Received, startReceiver } from "./utils/mock.js"

const KEY = "contacts-test-key"
const NOW = Date.UTC(2024, 4, 1, 10, 0, 0)
const DATE = "2024-05-01 10:00:00"

let receiver: Awaited<ReturnType<typeof startReceiver>>
let receiverUrl: string
let received: Array<Received>
let mock: EgoiMock.EgoiMock

const send = caller(() => mock, KEY)

const createContact = async (listId: number, base: Record<string, unknown>) => {
  const created = await send("POST", `/lists/${listId}/contacts`, { base })
  expect(created.status).toBe(201)
  return created.body.contact_id as string
}

beforeEach(async () => {
  receiver = await startReceiver()
  receiverUrl = receiver.url
  received = receiver.received
  mock = EgoiMock.make({ now: () => NOW, operations: "manual" })
  mock.seed({ lists: [{ internal_name: "Newsletter" }, { internal_name: "Customers" }] })
})

afterEach(async () => {
  await mock.dispose()
  await receiver.close()
})

describe("webhooks from contact actions", () => {
  it("delivers one event per subscribed action of the webhook's list, and nothing for other lists", async () => {
    const hook = await send("POST", "/webhooks", {
      list_id: 1,
      url: `${receiverUrl}/newsletter`,
      actions: ["subscription", "edit_subscription", "unsubscribe", "forget_subscription"],
      fields: ["email", "first_name"]
    })
    expect(hook.status).toBe(200)
    // The other list's webhook listens for an action nothing below raises on it.
    await send("POST", "/webhooks", { list_id: 2, url: `${receiverUrl}/customers`, actions: ["resubscription"] })

    const ana = await createContact(1, { email: "ana@example.com", first_name: "Ana" })
    expect((await send("PATCH", `/lists/1/contacts/${ana}`, { base: { first_name: "Ana Maria" } })).status).toBe(200)
    const unsubscribed = await send("POST", "/lists/1/contacts/actions/unsubscribe", { data: [{ contact_id: ana }] })
    expect(unsubscribed.body).toEqual({ success: [ana], errors: {} })
    const rui = await createContact(1, { email: "rui@example.com" })
    expect((await send("POST", "/lists/1/contacts/actions/forget", { contacts: [rui] })).status).toBe(202)

    // The same actions on the other list reach no webhook.
    const eva = await createContact(2, { email: "eva@example.com" })
    await send("PATCH", `/lists/2/contacts/${eva}`, { base: { first_name: "Eva" } })
    await send("POST", "/lists/2/contacts/actions/unsubscribe", { data: [{ contact_id: eva }] })
    await send("POST", "/lists/2/contacts/actions/forget", { contacts: [eva] })

    await mock.flushWebhooks()
    const event = (action: string, contact: Record<string, unknown>) => ({
      path: "/newsletter",
      body: { list_id: 1, contact, action, date: DATE }
    })
    expect(received.map(({ path, body }) => ({ path, body }))).toEqual([
      event("subscription", { contact_id: ana, email: "ana@example.com", first_name: "Ana" }),
      event("edit_subscription", { contact_id: ana, email: "ana@example.com", first_name: "Ana Maria" }),
      event("unsubscribe", { contact_id: ana, email: "ana@example.com", first_name: "Ana Maria" }),
      event("subscription", { contact_id: rui, email: "rui@example.com" }),
      event("forget_subscription", { contact_id: rui, email: "rui@example.com" })
    ])
    expect(mock.webhookDeliveries().map((delivery) => [delivery.webhook_id, delivery.action, delivery.status])).toEqual(
      [
        [hook.body.webhook_id, "subscription", 200],
        [hook.body.webhook_id, "edit_subscription", 200],
        [hook.body.webhook_id, "unsubscribe", 200],
        [hook.body.webhook_id, "subscription", 200],
        [hook.body.webhook_id, "forget_subscription", 200]
      ]
    )
  })

  it("delivers only the actions a webhook listens for", async () => {
    await send("POST", "/webhooks", { list_id: 1, url: `${receiverUrl}/unsubscribes`, actions: ["unsubscribe"] })
    const ana = await createContact(1, { email: "ana@example.com" })
    await send("PATCH", `/lists/1/contacts/${ana}`, { base: { last_name: "Silva" } })
    await send("POST", "/lists/1/contacts/actions/unsubscribe", { data: [{ contact_id: ana }] })
    // Already removed: no second event.
    await send("POST", "/lists/1/contacts/actions/unsubscribe", { data: [{ contact_id: ana }] })
    await mock.flushWebhooks()
    expect(received.map(({ path, body }) => ({ path, body }))).toEqual([
      { path: "/unsubscribes", body: { list_id: 1, contact: { contact_id: ana }, action: "unsubscribe", date: DATE } }
    ])
  })

  it("bulk actions raise one event per contact they change: imports, updates, status changes", async () => {
    await send("POST", "/webhooks", {
      list_id: 1,
      url: `${receiverUrl}/all`,
      actions: ["subscription", "edit_subscription", "resubscription"],
      fields: ["email"]
    })
    const ana = await createContact(1, { email: "ana@example.com" })
    const imported = await send("POST", "/lists/1/contacts/actions/import-bulk", {
      mode: "update",
      compare_field: "email",
      contacts: [{ base: { email: "ana@example.com", first_name: "Ana" } }, { base: { email: "rui@example.com" } }]
    })
    expect(imported.status).toBe(202)
    await mock.flushWebhooks()
    // Nothing is imported until the operation runs.
    expect(received.map(({ body }) => body.action)).toEqual(["subscription"])
    await mock.runOperations()
    await mock.flushWebhooks()
    expect(received.slice(1).map(({ body }) => [body.action, body.contact.email])).toEqual([
      ["edit_subscription", "ana@example.com"],
      ["subscription", "rui@example.com"]
    ])

    received.length = 0
    await send("POST", "/lists/1/contacts/actions/update", { type: "all", base: { last_name: "Silva" } })
    await send("POST", "/lists/1/contacts/actions/deactivate", { type: "contacts", contacts: [ana] })
    await send("POST", "/lists/1/contacts/actions/activate", { type: "all" })
    await mock.flushWebhooks()
    expect(received.map(({ body }) => [body.action, body.contact.email])).toEqual([
      ["edit_subscription", "ana@example.com"],
      ["edit_subscription", "rui@example.com"],
      ["edit_subscription", "ana@example.com"],
      ["resubscription", "ana@example.com"]
    ])
  })

  it("a refused change raises no event", async () => {
    await send("POST", "/webhooks", {
      list_id: 1,
      url: `${receiverUrl}/all`,
      actions: ["subscription", "edit_subscription"]
    })
    const ana = await createContact(1, { email: "ana@example.com" })
    const rui = await createContact(1, { email: "rui@example.com" })
    const taken = await send("PATCH", `/lists/1/contacts/${rui}`, { base: { email: "ana@example.com" } })
    expect(taken.status).toBe(409)
    expect(taken.body.errors).toEqual({
      unique_field_in_use: "A unique field is already being used",
      field_id: "email",
      contacts: [ana]
    })
    const duplicate = await send("POST", "/lists/1/contacts", { base: { email: "ana@example.com" } })
    expect(duplicate.status).toBe(409)
    await mock.flushWebhooks()
    expect(received.map(({ body }) => [body.action, body.contact.contact_id])).toEqual([
      ["subscription", ana],
      ["subscription", rui]
    ])
  })
})
