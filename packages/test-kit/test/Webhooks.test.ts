/**
 * Web hooks in the mock: registration, and the delivery of contact events to a real HTTP receiver
 * on a loopback port (the documented payload, only to the webhooks that listen, one at a time per
 * webhook, failures logged and never thrown).
 */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { it } from "@effect/vitest"
import { EgoiError, Pagination } from "@egoi-ts/core"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { describe, expect } from "vitest"
import { clientAndMock, mockClient, NOW_TEXT, raw, seed } from "./utils/client.js"
import { type Receiver, scopedReceiver } from "./utils/receiver.js"

const twoLists = seed({ lists: [{ internal_name: "Newsletter" }, { internal_name: "Customers" }] })

/** A receiver for the test, closed after it; `/broken` answers 500. */
const receiver = scopedReceiver((path) => (path === "/broken" ? 500 : 200))

/** A server for the test that gets POSTs and answers them as `handle` says, closed after it. */
const server = (handle: Parameters<typeof createServer>[1]) =>
  Effect.acquireRelease(
    Effect.promise(async () => {
      const listening = createServer(handle)
      await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve))
      return listening
    }),
    (listening) => Effect.promise(() => new Promise<void>((resolve) => listening.close(() => resolve())))
  ).pipe(Effect.map((listening) => `http://127.0.0.1:${(listening.address() as AddressInfo).port}`))

const flush = Effect.flatMap(clientAndMock, ({ mock }) => Effect.promise(() => mock.flushWebhooks()))

const paths = (received: Receiver["received"]) => received.map((request) => [request.path, request.body.action])

describe("webhook deliveries", () => {
  it.scoped("POST the documented payload to the webhooks of the contact's list that listen for the action", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const { url, received } = yield* receiver
      yield* twoLists
      const city = yield* egoi.fields.createExtraField({ list_id: 1, name: "City", format: "text" })
      const listens = yield* raw("POST", "/webhooks", {
        list_id: 1,
        url: `${url}/subscriptions`,
        actions: ["subscription", "unsubscribe"],
        fields: ["email", "first_name", city.field_id]
      })
      expect(listens.status).toBe(200)
      // Same list, other action; other list, same action.
      yield* egoi.webhooks.createWebhook({ list_id: 1, url: `${url}/edits`, actions: ["edit_subscription"] })
      yield* egoi.webhooks.createWebhook({ list_id: 2, url: `${url}/other-list`, actions: ["subscription"] })

      const { contact_id } = yield* egoi.contacts.createContact({
        list_id: 1,
        base: { email: "ana@example.com", first_name: "Ana", last_name: "Silva" },
        extra: [{ field_id: Number(city.field_id), value: "Porto" }]
      })
      yield* flush
      const body = {
        list_id: 1,
        contact: { contact_id, email: "ana@example.com", first_name: "Ana", [city.field_id]: "Porto" },
        action: "subscription",
        date: NOW_TEXT
      }
      expect(received).toEqual([{ method: "POST", path: "/subscriptions", contentType: "application/json", body }])
      expect(mock.webhookDeliveries()).toEqual([
        { webhook_id: listens.body.webhook_id, url: `${url}/subscriptions`, action: "subscription", status: 200, body }
      ])
    }).pipe(Effect.provide(mockClient()))
  )

  it.scoped("do not go to a webhook of another action or another list", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const { url, received } = yield* receiver
      yield* twoLists
      yield* egoi.webhooks.createWebhook({ list_id: 1, url: `${url}/a`, actions: ["unsubscribe"] })
      const ana = yield* egoi.contacts.createContact({ list_id: 1, base: { email: "ana@example.com" } })
      const eva = yield* egoi.contacts.createContact({ list_id: 2, base: { email: "eva@example.com" } })
      yield* egoi.contacts.actionUnsubscribeContact({ list_id: 2, data: [{ contact_id: eva.contact_id }] })
      yield* flush
      expect(received).toEqual([])
      expect(mock.webhookDeliveries()).toEqual([])

      yield* egoi.contacts.actionUnsubscribeContact({ list_id: 1, data: [{ contact_id: ana.contact_id }] })
      yield* flush
      expect(paths(received)).toEqual([["/a", "unsubscribe"]])
    }).pipe(Effect.provide(mockClient()))
  )

  it.scoped("send only contact_id when the webhook chose no fields, and log error statuses as they are", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const { url, received } = yield* receiver
      yield* twoLists
      yield* egoi.webhooks.createWebhook({ list_id: 2, url: `${url}/broken`, actions: ["forget_subscription"] })
      const { contact_id } = yield* egoi.contacts.createContact({ list_id: 2, base: { email: "ana@example.com" } })
      yield* egoi.contacts.actionForgetContacts({ list_id: 2, contacts: [contact_id] })
      yield* flush
      expect(received[0]!.body.contact).toEqual({ contact_id })
      expect(mock.webhookDeliveries().map((delivery) => delivery.status)).toEqual([500])
    }).pipe(Effect.provide(mockClient()))
  )

  it.scoped("never fail the request that raised them: an unreachable URL is logged as failed", () =>
    Effect.gen(function* () {
      const { mock } = yield* clientAndMock
      const { url } = yield* receiver
      yield* twoLists
      const closed = yield* Effect.scoped(server(() => undefined))
      yield* seed({
        webhooks: [
          { list_id: 1, url: `${closed}/gone`, actions: ["subscription"] },
          { list_id: 1, url: `${url}/ok`, actions: ["subscription"] }
        ]
      })
      expect((yield* raw("POST", "/lists/1/contacts", { base: { email: "ana@example.com" } })).status).toBe(201)
      yield* flush
      expect(mock.webhookDeliveries().map((delivery) => [delivery.url.endsWith("/gone"), delivery.status])).toEqual([
        [true, "failed"],
        [false, 200]
      ])
    }).pipe(Effect.provide(mockClient()))
  )

  it.scoped("stop once the webhook is deleted; reset forgets the log", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const { url, received } = yield* receiver
      yield* twoLists
      const webhook = yield* egoi.webhooks.createWebhook({ list_id: 1, url: `${url}/a`, actions: ["subscription"] })
      yield* egoi.contacts.createContact({ list_id: 1, base: { email: "ana@example.com" } })
      yield* flush
      yield* egoi.webhooks.deleteWebhook({ webhook_id: webhook.webhook_id })
      yield* egoi.contacts.createContact({ list_id: 1, base: { email: "rui@example.com" } })
      yield* flush
      expect(received).toHaveLength(1)
      expect(mock.webhookDeliveries()).toHaveLength(1)
      mock.reset()
      expect(mock.webhookDeliveries()).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )

  it.scoped("deliver a burst one at a time per webhook, in the order raised, and every one arrives", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      let inFlight = 0
      let most = 0
      const order: Array<string> = []
      const url = yield* server((request, response) => {
        inFlight++
        most = Math.max(most, inFlight)
        let body = ""
        request.on("data", (chunk: Buffer) => {
          body += chunk.toString("utf8")
        })
        request.on("end", () => {
          order.push(JSON.parse(body).contact.email)
          // Answers on a later turn, so that a second delivery sent meanwhile would be seen in flight.
          setTimeout(() => {
            inFlight--
            response.writeHead(200).end()
          }, 1)
        })
      })
      yield* twoLists
      yield* egoi.webhooks.createWebhook({
        list_id: 1,
        url: `${url}/burst`,
        actions: ["subscription"],
        fields: ["email"]
      })
      const emails = Array.from({ length: 300 }, (_, i) => `c${i}@example.com`)
      yield* egoi.contacts.actionImportBulk({
        list_id: 1,
        mode: "add",
        compare_field: "email",
        contacts: emails.map((email) => ({ base: { email } }))
      })
      yield* Effect.promise(() => mock.runOperations())
      yield* flush
      expect(order).toEqual(emails)
      expect(most).toBe(1)
      expect(mock.webhookDeliveries().filter((delivery) => delivery.status === 200)).toHaveLength(300)
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.scoped("flushWebhooks waits for a receiver that has not answered yet", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      let release: () => void = () => undefined
      const answered = new Promise<void>((resolve) => {
        release = resolve
      })
      let arrived: () => void = () => undefined
      const reached = new Promise<void>((resolve) => {
        arrived = resolve
      })
      const url = yield* server((_request, response) => {
        arrived()
        void answered.then(() => response.writeHead(204).end())
      })
      yield* twoLists
      yield* egoi.webhooks.createWebhook({ list_id: 1, url: `${url}/slow`, actions: ["change_consent"] })
      const { contact_id } = yield* egoi.contacts.createContact({ list_id: 1, base: { email: "ana@example.com" } })
      yield* egoi.contacts.patchContact({ list_id: 1, contact_id, base: { consent: "consent" } })
      yield* Effect.promise(() => reached)
      expect(mock.webhookDeliveries()).toEqual([])
      const flushed = mock.flushWebhooks()
      release()
      yield* Effect.promise(() => flushed)
      expect(mock.webhookDeliveries().map((delivery) => delivery.status)).toEqual([204])
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("webhooks", () => {
  it.effect("are created on a list with the actions (each once) and fields given, listed oldest first, deleted", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const created = yield* egoi.webhooks.createWebhook({
        list_id: 1,
        url: "https://example.com/egoi",
        actions: ["subscription", "unsubscribe"],
        fields: ["email", "first_name"]
      })
      expect(created).toEqual({
        webhook_id: 1,
        list_id: 1,
        url: "https://example.com/egoi",
        actions: ["subscription", "unsubscribe"],
        fields: ["email", "first_name"]
      })
      const other = yield* egoi.webhooks.createWebhook({
        list_id: 2,
        url: "http://127.0.0.1:9/x",
        actions: ["edit_subscription"]
      })
      expect(other.fields).toEqual([])
      expect(yield* egoi.webhooks.getAllWebhooks()).toEqual({ total_items: 2, items: [created, other] })
      yield* egoi.webhooks.deleteWebhook({ webhook_id: created.webhook_id })
      const again = yield* Effect.flip(egoi.webhooks.deleteWebhook({ webhook_id: created.webhook_id }))
      expect(again).toBeInstanceOf(EgoiError.NotFound)
      expect((yield* egoi.webhooks.getAllWebhooks()).items).toEqual([other])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("are answered page by page to a stream", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      yield* seed({
        webhooks: Array.from({ length: 7 }, (_, i) => ({
          list_id: 1,
          url: `https://example.com/${i}`,
          actions: ["subscription" as const]
        }))
      })
      const all = yield* Stream.runCollect(Pagination.stream(egoi.webhooks.getAllWebhooks, { limit: 3 }))
      expect(Chunk.toReadonlyArray(all).map((webhook) => webhook.url)).toEqual(
        Array.from({ length: 7 }, (_, i) => `https://example.com/${i}`)
      )
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 422 naming a missing list, unknown fields, or a URL that is not http or https", () =>
    Effect.gen(function* () {
      yield* twoLists
      const create = (body: Record<string, unknown>) =>
        raw("POST", "/webhooks", { list_id: 1, url: "https://example.com", actions: ["subscription"], ...body })
      const missing = yield* create({ list_id: 9 })
      expect(missing.status).toBe(422)
      expect(missing.body.errors).toEqual({ list_id: ["List 9 does not exist"] })
      const unknown = yield* create({ fields: ["email", "favourite_color", "42"] })
      expect(unknown.status).toBe(422)
      expect(unknown.body.errors).toEqual({
        fields: ["Field favourite_color does not exist in list 1", "Field 42 does not exist in list 1"]
      })
      // The definition refuses it before any handler runs.
      const ftp = yield* create({ url: "ftp://example.com" })
      expect(ftp.status).toBe(422)
      expect(Object.keys(ftp.body.errors)).toEqual(["url"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("a URL that is not http(s) and an empty list of actions are refused before reaching the mock", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const error = yield* Effect.flip(
        egoi.webhooks.createWebhook({ list_id: 1, url: "mailto:someone@example.com", actions: [] })
      )
      expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
      expect((error as EgoiError.RequestValidationError).issues.map((issue) => issue.path)).toEqual(["url", "actions"])
      expect(mock.requests()).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )
})
