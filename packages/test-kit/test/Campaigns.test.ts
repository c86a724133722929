/**
 * Campaigns in the mock: every channel's campaigns in one listing, with E-goi's filters and order,
 * and removed from every listing (and report) when deleted.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { seedAudience } from "./utils/audience.js"
import { clientAndMock, mockClient, NOW } from "./utils/client.js"

const EMAIL = {
  list_id: 1,
  internal_name: "Newsletter",
  content: { type: "html" as const, body: "<p>Hi</p>" },
  sender_id: 1
}
const SMS = {
  list_id: 1,
  internal_name: "Flash sale",
  content: { type: "text" as const, message: "Sale" },
  sender_id: 1
}

describe("campaigns", () => {
  it.effect("lists the campaigns of every channel, newest first, filtered by channel, status, list and name", () => {
    let now = NOW
    return Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const email = yield* egoi.email.createEmailCampaign(EMAIL)
      now += 60_000
      const sms = yield* egoi.sms.createSmsCampaign(SMS)
      now += 60_000
      const other = yield* egoi.sms.createSmsCampaign({ ...SMS, list_id: 2, internal_name: "Other list" })
      yield* egoi.sms.actionSendSms({ ...sms, list_id: 1, destination_field: "cellphone", segments: { type: "none" } })

      const all = yield* egoi.campaigns.getAllCampaigns()
      expect(all.total_items).toBe(3)
      expect(all.items.map((campaign) => campaign.campaign_hash)).toEqual([
        other.campaign_hash,
        sms.campaign_hash,
        email.campaign_hash
      ])
      const hashes = (page: { readonly items: ReadonlyArray<{ readonly campaign_hash: string }> }) =>
        page.items.map((campaign) => campaign.campaign_hash)
      expect(hashes(yield* egoi.campaigns.getAllCampaigns({ channel: "email" }))).toEqual([email.campaign_hash])
      expect(hashes(yield* egoi.campaigns.getAllCampaigns({ status: "sent" }))).toEqual([sms.campaign_hash])
      expect(hashes(yield* egoi.campaigns.getAllCampaigns({ list_id: 2 }))).toEqual([other.campaign_hash])
      expect(hashes(yield* egoi.campaigns.getAllCampaigns({ internal_name: "flash" }))).toEqual([sms.campaign_hash])
      expect(
        hashes(yield* egoi.campaigns.getAllCampaigns({ created_min: "2024-05-01 10:01:00", order: "asc" }))
      ).toEqual([sms.campaign_hash, other.campaign_hash])
      expect(
        hashes(yield* egoi.campaigns.getAllCampaigns({ order_by: "internal_name", order: "asc", limit: 1 }))
      ).toEqual([sms.campaign_hash])
      expect(hashes(yield* egoi.campaigns.getAllCampaigns({ end_date_min: "2024-01-01 00:00:00" }))).toEqual([
        sms.campaign_hash
      ])
    }).pipe(Effect.provide(mockClient({ now: () => now })))
  })

  it.effect("deletes a campaign from every listing and its report; an unknown hash is 404", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.email.createEmailCampaign(EMAIL)
      yield* egoi.email.actionSendEmail({ campaign_hash, list_id: 1, segments: { type: "none" } })
      yield* egoi.campaigns.deleteCampaigns({ campaign_hash })
      expect((yield* egoi.campaigns.getAllCampaigns()).items).toEqual([])
      expect(yield* Effect.flip(egoi.reports.getEmailReport({ campaign_hash }))).toBeInstanceOf(EgoiError.NotFound)
      expect(yield* Effect.flip(egoi.campaigns.deleteCampaigns({ campaign_hash }))).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses to delete a campaign while it is being sent (409)", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.email.createEmailCampaign(EMAIL)
      yield* egoi.email.actionSendEmail({ campaign_hash, list_id: 1, segments: { type: "none" } })
      expect(yield* Effect.flip(egoi.campaigns.deleteCampaigns({ campaign_hash }))).toBeInstanceOf(EgoiError.Conflict)
      yield* Effect.promise(() => mock.runOperations())
      yield* egoi.campaigns.deleteCampaigns({ campaign_hash })
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.effect("keeps campaigns in snapshots and restores", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* seedAudience
      const snapshot = mock.snapshot()
      yield* egoi.email.createEmailCampaign(EMAIL)
      mock.restore(snapshot)
      expect((yield* egoi.campaigns.getAllCampaigns()).items).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )
})
