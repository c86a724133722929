import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as Webhooks from "../src/Webhooks.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

const WEBHOOK = { list_id: 1, url: "https://example.com/hook", actions: ["forget_subscription"], fields: ["email"] }

describeSamples({
  group: "webhooks",
  params: { getAllWebhooks: {}, createWebhook: WEBHOOK, deleteWebhook: { webhook_id: 1 } },
  samples: [
    {
      file: "webhooks/getAllWebhooks.200.json",
      operation: "getAllWebhooks",
      status: 200,
      schema: Webhooks.WebhookCollection
    },
    { file: "webhooks/createWebhook.200.json", operation: "createWebhook", status: 200, schema: Webhooks.Webhook }
  ],
  noContent: ["deleteWebhook"]
})

describe("requests", () => {
  it.effect("createWebhook posts the list, URL, actions and fields", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient("webhooks", "createWebhook", WEBHOOK, {
        body: { webhook_id: 2, ...WEBHOOK }
      })
      expect(sent[0]!.method).toBe("POST")
      expect(sent[0]!.url.pathname).toBe("/webhooks")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual(WEBHOOK)
    })
  )

  it.effect("deleteWebhook deletes at the webhook's path", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient("webhooks", "deleteWebhook", { webhook_id: 9 }, { status: 204 })
      expect(sent[0]!.method).toBe("DELETE")
      expect(sent[0]!.url.pathname).toBe("/webhooks/9")
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses a URL that is not http or https", () =>
    Effect.gen(function* () {
      for (const url of ["ftp://example.com/hook", "example.com/hook", "javascript:alert(1)", ""]) {
        const error = yield* refused("webhooks", "createWebhook", { ...WEBHOOK, url })
        expect(error.issues).toStrictEqual([
          { path: "url", message: `Expected an http or https URL, got ${JSON.stringify(url)}` }
        ])
      }
    })
  )

  it.effect("refuses no actions, an unknown action and list_id 0, naming each", () =>
    Effect.gen(function* () {
      const none = yield* refused("webhooks", "createWebhook", { ...WEBHOOK, actions: [] })
      expect(none.issues).toStrictEqual([{ path: "actions", message: "Expected at least one action" }])
      const unknown = yield* refused("webhooks", "createWebhook", {
        ...WEBHOOK,
        list_id: 0,
        actions: ["subscription", "contact_created"]
      })
      expect(unknown.issues.map((issue) => issue.path)).toEqual(["list_id", "actions.1"])
      expect(unknown.issues[1]!.message).toContain('got "contact_created"')
    })
  )

  it.effect("needs list_id, url and actions", () =>
    Effect.gen(function* () {
      const error = yield* refused("webhooks", "createWebhook", { fields: ["email"] })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["actions", "list_id", "url"])
    })
  )

  it("takes every documented action", () => {
    expect(Webhooks.WEBHOOK_ACTIONS).toHaveLength(38)
    for (const action of Webhooks.WEBHOOK_ACTIONS) expect(Schema.is(Webhooks.WebhookAction)(action)).toBe(true)
  })
})

describe("tolerance", () => {
  const webhook = fixture("webhooks/createWebhook.200.json") as Record<string, unknown>

  it("keeps an action E-goi may add and decodes a webhook without fields", () => {
    const { fields: _, ...withoutFields } = webhook
    expect(Schema.decodeUnknownSync(Webhooks.Webhook)({ ...withoutFields, actions: ["sms_click"] })).toStrictEqual({
      ...withoutFields,
      actions: ["sms_click"]
    })
  })

  it("still refuses a webhook without a URL", () => {
    expect(() => Schema.decodeUnknownSync(Webhooks.Webhook)({ ...webhook, url: undefined })).toThrow(/url/)
  })
})
