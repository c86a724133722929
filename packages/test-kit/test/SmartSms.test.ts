/**
 * Smart SMS campaigns in the mock: SMS campaigns that link to a page, with SMS's rules.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { PEOPLE, seedAudience, withActivity } from "./utils/audience.js"
import { clientAndMock, mockClient } from "./utils/client.js"

const DRAFT = {
  list_id: 1,
  internal_name: "Sale page",
  campaign_content: { message: "See our sale" },
  page_content: { type: "redirect" as const, page_url: "https://example.com/sale" },
  sender_id: 1
}
const SEND = { list_id: 1, destination_field: "cellphone", segments: { type: "segment" as const, data: ["tag_1"] } }

describe("smart sms campaigns", () => {
  it.effect("sends to the segment's contacts with a cellphone, and reports through the SMS report", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.smartSms.createSmartSmsCampaign(DRAFT)
      expect((yield* egoi.campaigns.getAllCampaigns({ channel: "smart_sms" })).items).toHaveLength(1)
      expect(yield* egoi.smartSms.actionSendSmartSms({ campaign_hash, ...SEND })).toEqual({ result: "success" })
      expect(yield* withActivity(egoi, "smart_sms_send", campaign_hash)).toEqual([PEOPLE.ana, PEOPLE.eva].sort())
      expect((yield* egoi.reports.getSMSReport({ campaign_hash })).overall?.sends).toBe(2)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses a send from a sender in moderation, and an unknown campaign, with 422", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const sender = yield* egoi.senders.createCellphoneSender({ type: "numeric", cellphone: "351-910999999" })
      const { campaign_hash } = yield* egoi.smartSms.createSmartSmsCampaign({ ...DRAFT, sender_id: sender.sender_id })
      expect(yield* Effect.flip(egoi.smartSms.actionSendSmartSms({ campaign_hash, ...SEND }))).toMatchObject({
        status: 422,
        errors: {
          sender_id: [`The cellphone sender ${sender.sender_id} is in moderation: only approved senders can send`]
        }
      })
      expect(yield* Effect.flip(egoi.smartSms.actionSendSmartSms({ campaign_hash: "nope", ...SEND }))).toBeInstanceOf(
        EgoiError.UnprocessableEntity
      )
      expect(yield* Effect.flip(egoi.smartSms.createSmartSmsCampaign({ ...DRAFT, list_id: 3 }))).toMatchObject({
        status: 422,
        errors: { list_id: ["List 3 does not exist"] }
      })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("changes a draft's message and page; an unknown campaign is 404", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.smartSms.createSmartSmsCampaign(DRAFT)
      expect(
        yield* egoi.smartSms.patchSmartSmsCampaign({
          campaign_hash,
          internal_name: "Last day",
          page_content: { page_url: "https://example.com/last-day" }
        })
      ).toEqual({ campaign_hash })
      expect((yield* egoi.campaigns.getAllCampaigns()).items[0]!.internal_name).toBe("Last day")
      expect(
        yield* Effect.flip(egoi.smartSms.patchSmartSmsCampaign({ campaign_hash: "nope", internal_name: "x" }))
      ).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )
})
