import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Egoi, EgoiNotFoundError, EgoiUnprocessableEntityError, EgoiValidationError } from "../src/index.js"

describe("egoi.webhooks", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make()
    mock.seed({ lists: [{ internal_name: "Newsletter" }, { internal_name: "Customers" }] })
    egoi = new Egoi({ fetch: mock.fetch, baseUrl: EgoiMock.IN_PROCESS_URL, apiKey: "k", rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  it("creates, lists and deletes webhooks", async () => {
    const created = await egoi.webhooks.createWebhook({
      list_id: 1,
      url: "https://example.com/egoi",
      actions: ["subscription", "unsubscribe"],
      fields: ["email", "first_name"]
    })
    expect(created).toEqual({
      webhook_id: expect.any(Number),
      list_id: 1,
      url: "https://example.com/egoi",
      actions: ["subscription", "unsubscribe"],
      fields: ["email", "first_name"]
    })
    const other = await egoi.webhooks.createWebhook({
      list_id: 2,
      url: "http://127.0.0.1:9/x",
      actions: ["edit_subscription"]
    })
    expect(other.fields).toEqual([])
    expect(await egoi.webhooks.getAllWebhooks()).toEqual({ total_items: 2, items: [created, other] })

    await expect(egoi.webhooks.deleteWebhook({ webhook_id: created.webhook_id })).resolves.toBeUndefined()
    await expect(egoi.webhooks.deleteWebhook({ webhook_id: created.webhook_id })).rejects.toBeInstanceOf(
      EgoiNotFoundError
    )
    expect((await egoi.webhooks.getAllWebhooks()).items).toEqual([other])
  })

  it("iterates every webhook with for await", async () => {
    for (let i = 0; i < 7; i++) {
      await egoi.webhooks.createWebhook({ list_id: 1, url: `https://example.com/${i}`, actions: ["subscription"] })
    }
    const urls: Array<string> = []
    for await (const webhook of egoi.webhooks.getAllWebhooks({ limit: 3 })) urls.push(webhook.url)
    expect(urls).toEqual(Array.from({ length: 7 }, (_, i) => `https://example.com/${i}`))
  })

  it("answers 422 for a missing list; refuses a non-http URL and no actions before sending", async () => {
    await expect(
      egoi.webhooks.createWebhook({ list_id: 99, url: "https://example.com", actions: ["subscription"] })
    ).rejects.toBeInstanceOf(EgoiUnprocessableEntityError)
    mock.clearRequests()
    const error = await egoi.webhooks
      .createWebhook({ list_id: 1, url: "mailto:someone@example.com", actions: [] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiValidationError)
    expect((error as EgoiValidationError).issues.map((issue) => issue.path)).toEqual(["url", "actions"])
    expect(mock.requests()).toHaveLength(0)
  })
})
