/**
 * Campaign groups in the mock: names unique regardless of case, filters, and a group that holds
 * campaigns kept until they leave it.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { seedAudience } from "./utils/audience.js"
import { clientAndMock, mockClient, seed } from "./utils/client.js"

describe("campaign groups", () => {
  it.effect("creates, lists, filters, renames and removes campaign groups", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const news = yield* egoi.campaignGroups.createCampaignGroup({ name: "Newsletters" })
      const promos = yield* egoi.campaignGroups.createCampaignGroup({ name: "Promotions" })
      expect(news).toEqual({ group_id: 1, name: "Newsletters" })
      expect(yield* egoi.campaignGroups.getAllCampaignGroups()).toEqual({ total_items: 2, items: [news, promos] })
      expect((yield* egoi.campaignGroups.getAllCampaignGroups({ name: "promo" })).items).toEqual([promos])
      expect((yield* egoi.campaignGroups.getAllCampaignGroups({ group_id: 1 })).items).toEqual([news])
      expect(yield* egoi.campaignGroups.updateCampaignGroup({ group_id: 1, name: "News" })).toEqual({
        group_id: 1,
        name: "News"
      })
      yield* egoi.campaignGroups.deleteCampaignGroup({ group_id: 2 })
      expect((yield* egoi.campaignGroups.getAllCampaignGroups()).items).toEqual([{ group_id: 1, name: "News" }])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses a name taken whatever its case: 409 on create, 422 on rename", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seed({ campaignGroups: [{ name: "Newsletters" }, { name: "Promotions" }] })
      expect(yield* Effect.flip(egoi.campaignGroups.createCampaignGroup({ name: "NEWSLETTERS" }))).toBeInstanceOf(
        EgoiError.Conflict
      )
      expect(
        yield* Effect.flip(egoi.campaignGroups.updateCampaignGroup({ group_id: 2, name: "newsletters" }))
      ).toMatchObject({ status: 422, errors: { name: ["The provided name already exists"] } })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 404 for a group that does not exist, and 409 for removing one that holds campaigns", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      yield* seed({ campaignGroups: [{ name: "Reminders" }] })
      expect(yield* Effect.flip(egoi.campaignGroups.updateCampaignGroup({ group_id: 5, name: "x" }))).toBeInstanceOf(
        EgoiError.NotFound
      )
      expect(yield* Effect.flip(egoi.campaignGroups.deleteCampaignGroup({ group_id: 5 }))).toBeInstanceOf(
        EgoiError.NotFound
      )
      yield* egoi.voice.createVoiceCampaign({
        internal_name: "Call",
        list_id: 1,
        group_id: 1,
        content: { type: "audio", audio: "call.mp3" },
        sender_id: 1
      })
      expect(yield* Effect.flip(egoi.campaignGroups.deleteCampaignGroup({ group_id: 1 }))).toBeInstanceOf(
        EgoiError.Conflict
      )
    }).pipe(Effect.provide(mockClient()))
  )
})
