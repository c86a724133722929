import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as CampaignGroups from "../src/CampaignGroups.js"
import { callThroughClient, describeSamples, refused } from "./utils/DocumentedSamples.js"
import { describeRequestSamples } from "./utils/RequestSamples.js"

describeSamples({
  group: "campaignGroups",
  params: {
    getAllCampaignGroups: {},
    createCampaignGroup: { name: "Newsletters" },
    updateCampaignGroup: { group_id: 1, name: "Newsletters" },
    deleteCampaignGroup: { group_id: 1 }
  },
  samples: [
    {
      file: "campaign-groups/getAllCampaignGroups.200.json",
      operation: "getAllCampaignGroups",
      status: 200,
      schema: CampaignGroups.CampaignGroupCollection
    },
    {
      file: "campaign-groups/createCampaignGroup.201.json",
      operation: "createCampaignGroup",
      status: 201,
      schema: CampaignGroups.CampaignGroup
    },
    {
      file: "campaign-groups/updateCampaignGroup.200.json",
      operation: "updateCampaignGroup",
      status: 200,
      schema: CampaignGroups.CampaignGroup
    }
  ],
  noContent: ["deleteCampaignGroup"]
})

describeRequestSamples("campaignGroups", [{ operation: "createCampaignGroup", folder: "campaign-groups", status: 201 }])

describe("requests", () => {
  it.effect("updateCampaignGroup puts the name at the group's path", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "campaignGroups",
        "updateCampaignGroup",
        { group_id: 7, name: "Promotions" },
        { body: { group_id: 7, name: "Promotions" } }
      )
      expect(sent[0]!.method).toBe("PUT")
      expect(sent[0]!.url.pathname).toBe("/campaign-groups/7")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({ name: "Promotions" })
    })
  )

  it.effect("getAllCampaignGroups sends its filters", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "campaignGroups",
        "getAllCampaignGroups",
        { group_id: 2, name: "News", limit: 5 },
        { body: { items: [] } }
      )
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({ group_id: "2", name: "News", limit: "5" })
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses an empty or missing name, and group_id 0", () =>
    Effect.gen(function* () {
      expect((yield* refused("campaignGroups", "createCampaignGroup", { name: "" })).issues).toStrictEqual([
        { path: "name", message: "Expected a non-empty name" }
      ])
      expect((yield* refused("campaignGroups", "createCampaignGroup", {})).issues.map((i) => i.path)).toEqual(["name"])
      expect(
        (yield* refused("campaignGroups", "deleteCampaignGroup", { group_id: 0 })).issues.map((i) => i.path)
      ).toEqual(["group_id"])
    })
  )

  it.effect("refuses order, which campaign groups do not take", () =>
    Effect.gen(function* () {
      const error = yield* refused("campaignGroups", "getAllCampaignGroups", { order: "asc" })
      expect(error.issues).toStrictEqual([{ path: "order", message: "is not a parameter of getAllCampaignGroups" }])
    })
  )
})
