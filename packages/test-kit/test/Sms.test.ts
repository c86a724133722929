/**
 * SMS campaigns in the mock: drafts for an existing list, sent from an approved cellphone sender to
 * the contacts with a reachable cellphone, reported as delivered, failed, invalid or pending.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { PEOPLE, seedAudience, withActivity } from "./utils/audience.js"
import { clientAndMock, mockClient } from "./utils/client.js"

const DRAFT = {
  list_id: 1,
  internal_name: "Flash sale",
  content: { type: "text" as const, message: "Sale today" },
  sender_id: 1
}
const SEND = { list_id: 1, destination_field: "cellphone", segments: { type: "none" as const } }

describe("sms campaigns", () => {
  it.effect("sends to every active contact with a cellphone; the report counts each message once", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.sms.createSmsCampaign(DRAFT)
      expect(yield* egoi.sms.actionSendSms({ campaign_hash, ...SEND })).toEqual({ result: "success" })
      // Eva's email is suppressed, not her cellphone.
      const recipients = [PEOPLE.ana, PEOPLE.bruno, PEOPLE.eva, PEOPLE.filipe].sort()
      expect(yield* withActivity(egoi, "sms_send", campaign_hash)).toEqual(recipients)
      const report = yield* egoi.reports.getSMSReport({ campaign_hash })
      const overall = report.overall!
      expect(overall.sends).toBe(4)
      expect(overall.destinations).toBe(4)
      expect(overall.delivered! + overall.error! + overall.invalid! + overall.pending!).toBe(4)
      expect((yield* withActivity(egoi, "sms_report", campaign_hash)).length).toBe(overall.delivered)
      expect(report.networks!.reduce((total, network) => total + network.sends!, 0)).toBe(4)
      expect((yield* egoi.reports.getSMSReport({ campaign_hash, networks: false })).networks).toBeUndefined()
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses to send without a sender, and a draft for a list that does not exist, with 422", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { sender_id: _, ...withoutSender } = DRAFT
      const { campaign_hash } = yield* egoi.sms.createSmsCampaign(withoutSender)
      const error = yield* Effect.flip(egoi.sms.actionSendSms({ campaign_hash, ...SEND }))
      expect(error).toMatchObject({ status: 422, errors: { sender_id: [`Campaign ${campaign_hash} has no sender`] } })
      const missingList = yield* Effect.flip(egoi.sms.createSmsCampaign({ ...DRAFT, list_id: 9 }))
      expect(missingList).toMatchObject({ status: 422, errors: { list_id: ["List 9 does not exist"] } })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses an email or phone sender as an SMS sender", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const error = yield* Effect.flip(egoi.sms.createSmsCampaign({ ...DRAFT, sender_id: 2 }))
      expect(error).toMatchObject({ status: 422, errors: { sender_id: ["The account has no cellphone sender 2"] } })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("sends to one cellphone, and refuses a send twice or of an unknown campaign with 422", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.sms.createSmsCampaign(DRAFT)
      yield* egoi.sms.actionSendSms({ campaign_hash, ...SEND, segments: { type: "contact", data: "351-910000002" } })
      expect(yield* withActivity(egoi, "sms_send", campaign_hash)).toEqual([PEOPLE.bruno])
      expect(yield* Effect.flip(egoi.sms.actionSendSms({ campaign_hash, ...SEND }))).toBeInstanceOf(
        EgoiError.UnprocessableEntity
      )
      expect(yield* Effect.flip(egoi.sms.actionSendSms({ campaign_hash: "none", ...SEND }))).toMatchObject({
        status: 422,
        errors: { campaign_hash: ["Campaign none does not exist"] }
      })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("changes a draft's message and options; an unknown campaign is 404", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.sms.createSmsCampaign(DRAFT)
      yield* egoi.sms.patchSmsCampaign({ campaign_hash, internal_name: "Sale", options: { max_messages: 2 } })
      expect((yield* egoi.campaigns.getAllCampaigns({ channel: "sms" })).items[0]).toMatchObject({
        internal_name: "Sale"
      })
      expect(
        yield* Effect.flip(egoi.sms.patchSmsCampaign({ campaign_hash: "nope", internal_name: "x" }))
      ).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )
})
