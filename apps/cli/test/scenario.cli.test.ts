/**
 * A marketer's day, end to end through the CLI (in-process) on one `MockServer`: a list with extra
 * fields, a webhook, a 3,000-contact CSV import, a saved segment tagged, listed and partly
 * unsubscribed, one contact forgotten; then what the webhook receiver, the suppression list and the
 * contacts' activity show.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { MockServer } from "@egoi-ts/test-kit"
import { expect, it } from "vitest"
import { json, egoi as run } from "./utils/egoi.js"

/** Runs `egoi <args>` with an API key. */
const egoi = (args: ReadonlyArray<string>) => run(args, { EGOI_API_KEY: "marketer-key" })

interface WebhookEvent {
  readonly list_id: number
  readonly action: string
  readonly contact: { readonly contact_id: string; readonly email?: string; readonly [field: string]: unknown }
}

/** A local receiver that records the JSON bodies POSTed to it. */
const startReceiver = async () => {
  const events: Array<WebhookEvent> = []
  const server = Http.createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8")
    request.on("data", (chunk: string) => {
      body += chunk
    })
    request.on("end", () => {
      events.push(JSON.parse(body))
      response.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/egoi-events`,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

const CONTACTS = 3_000
const PLANS = ["free", "pro", "business"] as const

it("a marketer's day: import, segment, tag, unsubscribe, forget; webhooks, suppression list and activity agree", async (context) => {
  const server = await MockServer.start({ port: 0, rateLimit: false, operations: "manual" })
  const receiver = await startReceiver()
  const dir = await mkdtemp(join(tmpdir(), "egoi-scenario-"))
  context.onTestFinished(async () => {
    await server.close()
    await receiver.close()
    await rm(dir, { recursive: true, force: true })
  })
  const run = (...args: ReadonlyArray<string>) => egoi([...args, "--base-url", server.url])

  // The list, its extra fields and a tag.
  const list = json(
    await run("lists", "create-list", "--internal-name", "Newsletter", "--public-name", "Our newsletter")
  )
  const listId = String(list.list_id)
  const [plan, city, tag] = (
    await Promise.all([
      run("fields", "create-extra-field", "--list-id", listId, "--name", "Plan", "--format", "text"),
      run("fields", "create-extra-field", "--list-id", listId, "--name", "City", "--format", "text"),
      run("tags", "create-tag", "--name", "Pro customers")
    ])
  ).map(json)
  expect(plan).toMatchObject({ name: "Plan", format: "text" })

  // A webhook for the list's subscriptions, unsubscriptions and forgotten contacts.
  const webhook = json(
    await run(
      "webhooks",
      "create-webhook",
      "--list-id",
      listId,
      "--url",
      receiver.url,
      "--actions",
      JSON.stringify(["subscription", "unsubscribe", "forget_subscription"]),
      "--fields",
      JSON.stringify(["email", "first_name", plan.field_id])
    )
  )
  expect(webhook).toMatchObject({ list_id: list.list_id, url: receiver.url })

  // 3,000 contacts, a third of them on each plan.
  const lines = ["Email,First name,Last name,Plan,City"]
  for (let i = 0; i < CONTACTS; i++) {
    lines.push(
      `customer${i}@example.com,Customer,Number ${i},${PLANS[i % PLANS.length]},${i % 2 === 0 ? "Porto" : "Lisboa"}`
    )
  }
  const csv = join(dir, "customers.csv")
  await writeFile(csv, `${lines.join("\n")}\n`)
  const summary = json(await run("contacts", "import", csv, "--list", listId))
  expect(summary).toMatchObject({ rows: CONTACTS, accepted: CONTACTS, failed: 0, requests: 1 })
  await server.mock.runOperations()
  const all = json(await run("contacts", "get-all-contacts", "--list-id", listId, "--limit", "1"))
  expect(all.total_items).toBe(CONTACTS)

  // A saved segment, made in E-goi's app: the contacts on the pro plan.
  server.mock.seed({
    segments: [
      {
        list_id: list.list_id,
        name: "Pro plan",
        type: "saved",
        rule: {
          segment_filter_array: [{ segment_field: plan.field_id, segment_operator: "equal_to", segment_value: "pro" }]
        }
      }
    ]
  })
  const segments = json(await run("segments", "get-all-segments", "--list-id", listId, "--type", "saved"))
  expect(segments.items).toHaveLength(1)
  const segmentId: string = segments.items[0].segment_id
  const proCount = Math.ceil((CONTACTS - 1) / PLANS.length)

  // Tag the segment, then list it: every contact of the pro plan, each with the tag.
  const tagged = await run(
    "contacts",
    "action-attach-tag",
    "--list-id",
    listId,
    "--tag-id",
    String(tag.tag_id),
    "--segment-id",
    segmentId
  )
  expect(json(tagged)).toEqual({ result: "success" })
  const page = json(
    await run(
      "contacts",
      "get-all-contacts-by-segment",
      "--list-id",
      listId,
      "--segment-id",
      segmentId,
      "--limit",
      "1000"
    )
  )
  expect(page.total_items).toBe(proCount)
  expect(page.items).toHaveLength(1000)
  for (const contact of page.items) {
    expect(contact.tags).toEqual([tag.tag_id])
    expect(contact.extra).toContainEqual(expect.objectContaining({ field_id: Number(plan.field_id), value: "pro" }))
    expect(contact.extra).toContainEqual(expect.objectContaining({ field_id: Number(city.field_id) }))
  }

  // Five of them unsubscribe.
  const leaving = page.items.slice(0, 5) as Array<{ base: { contact_id: string; email: string } }>
  const unsubscribed = json(
    await run(
      "contacts",
      "action-unsubscribe-contact",
      "--list-id",
      listId,
      "--data",
      JSON.stringify(
        leaving.map((contact) => ({ contact_id: contact.base.contact_id, unsubscription_reason: "not_interested" }))
      )
    )
  )
  expect(unsubscribed.success).toEqual(leaving.map((contact) => contact.base.contact_id))

  // A free-plan contact asks to be forgotten.
  const forgotten = json(
    await run("contacts", "get-all-contacts", "--list-id", listId, "--email", "customer0@example.com")
  ).items[0].base
  expect(forgotten.email).toBe("customer0@example.com")
  const forget = await run(
    "contacts",
    "action-forget-contacts",
    "--list-id",
    listId,
    "--contacts",
    JSON.stringify([forgotten.contact_id])
  )
  expect(json(forget)).toEqual({ result: "success" })

  // While the mock delivers the webhooks: the suppression list, the forgotten contact, a contact's activity.
  const [suppressedResult, gone, remaining, activityResult] = await Promise.all([
    run("suppression-list", "get-all-suppression-list", "--type", "email", "--limit", "100", "--order", "asc"),
    run("contacts", "get-contact", "--list-id", listId, "--contact-id", forgotten.contact_id),
    run("contacts", "get-all-contacts", "--list-id", listId, "--limit", "1"),
    run("contacts", "get-all-contact-activities", "--list-id", listId, "--contact-id", leaving[0]!.base.contact_id),
    server.mock.flushWebhooks()
  ])

  // The webhook saw every subscription of the import, the unsubscriptions and the forget.
  const byAction = (action: string) => receiver.events.filter((event) => event.action === action)
  expect(receiver.events).toHaveLength(CONTACTS + leaving.length + 1)
  expect(byAction("subscription")).toHaveLength(CONTACTS)
  expect(new Set(byAction("subscription").map((event) => event.contact.email)).size).toBe(CONTACTS)
  expect(byAction("subscription").find((event) => event.contact.email === "customer1@example.com")).toEqual({
    list_id: list.list_id,
    action: "subscription",
    contact: {
      contact_id: expect.stringMatching(/^[0-9a-f]{10}$/),
      email: "customer1@example.com",
      first_name: "Customer",
      [plan.field_id]: "pro"
    },
    date: expect.any(String)
  })
  expect(byAction("unsubscribe").map((event) => event.contact.contact_id)).toEqual(
    leaving.map((contact) => contact.base.contact_id)
  )
  expect(byAction("forget_subscription")).toEqual([
    expect.objectContaining({ contact: expect.objectContaining({ contact_id: forgotten.contact_id }) })
  ])
  expect(server.mock.webhookDeliveries().every((delivery) => delivery.status === 200)).toBe(true)

  // The suppression list holds the unsubscribed addresses (and the forgotten one's).
  const entries = json(suppressedResult).items as Array<{ value: string; method: string }>
  expect(entries.filter((entry) => entry.method === "unsubscribe").map((entry) => entry.value)).toEqual(
    leaving.map((contact) => contact.base.email)
  )
  expect(entries).toContainEqual(expect.objectContaining({ value: "customer0@example.com", method: "forgotten" }))

  // The forgotten contact is gone.
  expect(gone.code).toBe(3)
  expect(gone.stderr).toContain(forgotten.contact_id)
  expect(json(remaining).total_items).toBe(CONTACTS - 1)

  // A tagged-and-unsubscribed contact's activity: subscription, attach_tag, unsubscribe.
  const activity = json(activityResult)
  expect(activity.items.map((item: { action_name: string }) => item.action_name)).toEqual([
    "subscription",
    "attach_tag",
    "unsubscribe"
  ])
  expect(activity.items[1]).toMatchObject({ action_data: { tag_id: tag.tag_id } })
})
