import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as Campaigns from "../src/Campaigns.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

describeSamples({
  group: "campaigns",
  params: { getAllCampaigns: {}, deleteCampaigns: { campaign_hash: "a1B2_c-3" } },
  samples: [
    {
      file: "campaigns/getAllCampaigns.200.json",
      operation: "getAllCampaigns",
      status: 200,
      schema: Campaigns.CampaignCollection
    }
  ],
  noContent: ["deleteCampaigns"]
})

const paths = (error: { readonly issues: ReadonlyArray<{ readonly path: string }> }) =>
  error.issues.map((issue) => issue.path).sort()

describe("requests", () => {
  it.effect("getAllCampaigns sends its filters, dates in E-goi's notation", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "campaigns",
        "getAllCampaigns",
        {
          channel: "sms",
          status: "sent",
          list_id: 3,
          created_min: new Date("2024-05-01T10:00:00Z"),
          limit: 50,
          order_by: "internal_name",
          order: "asc"
        },
        { body: { total_items: 0, items: [] } }
      )
      expect(sent[0]!.url.pathname).toBe("/campaigns")
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({
        channel: "sms",
        status: "sent",
        list_id: "3",
        created_min: "2024-05-01 10:00:00",
        limit: "50",
        order_by: "internal_name",
        order: "asc"
      })
    })
  )

  it.effect("deleteCampaigns deletes at the campaign's hash", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "campaigns",
        "deleteCampaigns",
        { campaign_hash: "x9_Y-1" },
        { status: 204 }
      )
      expect(sent[0]!.method).toBe("DELETE")
      expect(sent[0]!.url.pathname).toBe("/campaigns/x9_Y-1")
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses a hash with characters outside [a-zA-Z0-9_-], and an empty one", () =>
    Effect.gen(function* () {
      for (const campaign_hash of ["abc/def", "a b", "ação", ""]) {
        const error = yield* refused("campaigns", "deleteCampaigns", { campaign_hash })
        expect({ campaign_hash, paths: paths(error) }).toStrictEqual({ campaign_hash, paths: ["campaign_hash"] })
      }
    })
  )

  it.effect("refuses an undocumented channel, status or order_by, and an impossible date", () =>
    Effect.gen(function* () {
      const error = yield* refused("campaigns", "getAllCampaigns", {
        channel: "fax",
        status: "scheduled",
        order_by: "title",
        created_min: "2024-02-30 10:00:00"
      })
      expect(paths(error)).toStrictEqual(["channel", "created_min", "order_by", "status"])
      expect(error.issues.find((issue) => issue.path === "channel")!.message).toBe(
        'Expected one of email, push, sms, smart_sms, voice, web_push, got "fax"'
      )
    })
  )

  it.effect("refuses limit 0 and list_id 0", () =>
    Effect.gen(function* () {
      expect(paths(yield* refused("campaigns", "getAllCampaigns", { limit: 0, list_id: 0 }))).toStrictEqual([
        "limit",
        "list_id"
      ])
    })
  )
})

describe("tolerance", () => {
  it("keeps an undocumented status and channel, and decodes a campaign with only its hash", () => {
    const page = fixture("campaigns/getAllCampaigns.200.json") as { items: Array<Record<string, unknown>> }
    const campaign = { ...page.items[0], status: "archived", channel: "whatsapp" }
    expect(Schema.decodeUnknownSync(Campaigns.Campaign)(campaign)).toStrictEqual(campaign)
    expect(Schema.decodeUnknownSync(Campaigns.Campaign)({ campaign_hash: "abc" })).toStrictEqual({
      campaign_hash: "abc"
    })
  })

  it("decodes a draft's null dates and group", () => {
    const draft = {
      campaign_hash: "abc",
      group_id: null,
      start_date: null,
      schedule_date: { enabled: false, date: null }
    }
    expect(Schema.decodeUnknownSync(Campaigns.Campaign)(draft)).toStrictEqual(draft)
  })
})
