/**
 * Voice campaigns in the mock: drafts from a phone sender, calls to the number (or numbers) the
 * destination field names, limited in number when asked.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { PEOPLE, seedAudience, withActivity } from "./utils/audience.js"
import { clientAndMock, mockClient } from "./utils/client.js"

const DRAFT = {
  internal_name: "Reminder",
  list_id: 1,
  content: { type: "audio" as const, audio: "reminder.mp3" },
  sender_id: 1
}
const SEND = { list_id: 1, segments: { type: "none" as const } }

describe("voice campaigns", () => {
  it.effect("calls the phone, the cellphone, or both, as the destination field says", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const phone = yield* egoi.voice.createVoiceCampaign(DRAFT)
      yield* egoi.voice.actionSendVoice({ ...phone, ...SEND, destination_field: "phone" })
      expect(yield* withActivity(egoi, "voice_send", phone.campaign_hash)).toEqual([PEOPLE.ana])

      const failsafe = yield* egoi.voice.createVoiceCampaign(DRAFT)
      yield* egoi.voice.actionSendVoice({ ...failsafe, ...SEND, destination_field: "phone_failsafe_cellphone" })
      expect(yield* withActivity(egoi, "voice_send", failsafe.campaign_hash)).toEqual(
        [PEOPLE.ana, PEOPLE.bruno, PEOPLE.eva, PEOPLE.filipe].sort()
      )

      const both = yield* egoi.voice.createVoiceCampaign(DRAFT)
      yield* egoi.voice.actionSendVoice({ ...both, ...SEND, destination_field: "cellphone_phone" })
      const report = yield* egoi.reports.getVoiceReport({ campaign_hash: both.campaign_hash })
      expect(report.overall).toMatchObject({ sends: 5, destinations: 5 })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("limits the calls to a number of contacts, or a percent of them", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const tenPercent = yield* egoi.voice.createVoiceCampaign(DRAFT)
      yield* egoi.voice.actionSendVoice({
        ...tenPercent,
        ...SEND,
        destination_field: "cellphone",
        limit_contacts: { type: "percent", value: 50 }
      })
      expect((yield* egoi.reports.getVoiceReport(tenPercent)).overall?.sends).toBe(2)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses a cellphone sender, an unknown group and an unknown campaign", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      yield* egoi.senders.createCellphoneSender({ type: "numeric", cellphone: "351-910999999" })
      expect(yield* Effect.flip(egoi.voice.createVoiceCampaign({ ...DRAFT, sender_id: 2 }))).toMatchObject({
        status: 422,
        errors: { sender_id: ["The account has no phone sender 2"] }
      })
      expect(yield* Effect.flip(egoi.voice.createVoiceCampaign({ ...DRAFT, group_id: 4 }))).toMatchObject({
        status: 422,
        errors: { group_id: ["Campaign group 4 does not exist"] }
      })
      expect(
        yield* Effect.flip(egoi.voice.actionSendVoice({ campaign_hash: "nope", ...SEND, destination_field: "phone" }))
      ).toBeInstanceOf(EgoiError.UnprocessableEntity)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("changes a draft's audio and group; an unknown campaign is 404", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const group = yield* egoi.campaignGroups.createCampaignGroup({ name: "Reminders" })
      const { campaign_hash } = yield* egoi.voice.createVoiceCampaign(DRAFT)
      yield* egoi.voice.patchVoiceCampaign({ campaign_hash, group_id: group.group_id, message: { audio: "new.mp3" } })
      expect((yield* egoi.campaigns.getAllCampaigns({ group_id: group.group_id })).items).toHaveLength(1)
      expect(
        yield* Effect.flip(egoi.voice.patchVoiceCampaign({ campaign_hash: "nope", internal_name: "x" }))
      ).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )
})
