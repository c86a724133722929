import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as Campaigns from "../src/Campaigns.js"
import * as Common from "../src/Common.js"
import { callThroughClient, describeSamples, refused } from "./utils/DocumentedSamples.js"
import { describeRequestSamples } from "./utils/RequestSamples.js"

const CREATE = {
  internal_name: "Reminder",
  list_id: 1,
  content: { type: "audio", audio: "reminder.mp3" },
  sender_id: 1
}
const SEND = { campaign_hash: "abc123", list_id: 1, destination_field: "phone", segments: { type: "none" } }

describeSamples({
  group: "voice",
  params: {
    createVoiceCampaign: CREATE,
    patchVoiceCampaign: { campaign_hash: "abc123", message: { audio: "other.mp3" } },
    actionSendVoice: SEND
  },
  samples: [
    {
      file: "voice/createVoiceCampaign.201.json",
      operation: "createVoiceCampaign",
      status: 201,
      schema: Campaigns.HashcodeCampaign
    },
    {
      file: "voice/patchVoiceCampaign.200.json",
      operation: "patchVoiceCampaign",
      status: 200,
      schema: Campaigns.HashcodeCampaign
    },
    { file: "voice/actionSendVoice.200.json", operation: "actionSendVoice", status: 200, schema: Common.Accepted }
  ],
  noContent: []
})

describeRequestSamples("voice", [
  { operation: "createVoiceCampaign", folder: "voice", status: 201 },
  { operation: "actionSendVoice", folder: "voice", status: 200, path: { campaign_hash: "abc123" } }
])

const paths = (error: { readonly issues: ReadonlyArray<{ readonly path: string }> }) =>
  error.issues.map((issue) => issue.path).sort()

describe("requests", () => {
  it.effect("a template ID is taken as a number or a string of digits, as E-goi documents both", () =>
    Effect.gen(function* () {
      for (const template_id of [3, "3"]) {
        const { sent } = yield* callThroughClient(
          "voice",
          "createVoiceCampaign",
          { ...CREATE, content: { type: "template_id", template_id } },
          { status: 201, body: { campaign_hash: "h" } }
        )
        expect(JSON.parse(sent[0]!.body!).content).toStrictEqual({ type: "template_id", template_id })
      }
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses a destination outside the documented five", () =>
    Effect.gen(function* () {
      const error = yield* refused("voice", "actionSendVoice", { ...SEND, destination_field: "email" })
      expect(error.issues).toStrictEqual([
        {
          path: "destination_field",
          message:
            'Expected one of phone, cellphone, phone_failsafe_cellphone, cellphone_failsafe_phone, cellphone_phone, got "email"'
        }
      ])
    })
  )

  it.effect("refuses a contact limit under 10 or over 100 percent, and a speed of 11", () =>
    Effect.gen(function* () {
      expect(
        paths(yield* refused("voice", "actionSendVoice", { ...SEND, limit_contacts: { type: "percent", value: 5 } }))
      ).toStrictEqual(["limit_contacts.value"])
      expect(
        paths(yield* refused("voice", "actionSendVoice", { ...SEND, limit_contacts: { type: "percent", value: 101 } }))
      ).toStrictEqual(["limit_contacts.value"])
      expect(
        paths(yield* refused("voice", "actionSendVoice", { ...SEND, limit_contacts: { type: "value", value: 9 } }))
      ).toStrictEqual(["limit_contacts.value"])
      expect(paths(yield* refused("voice", "actionSendVoice", { ...SEND, limit_speed: 11 }))).toStrictEqual([
        "limit_speed"
      ])
    })
  )

  it.effect("refuses a campaign without a sender, and a template ID that is not a number", () =>
    Effect.gen(function* () {
      const { sender_id: _, ...withoutSender } = CREATE
      expect(paths(yield* refused("voice", "createVoiceCampaign", withoutSender))).toStrictEqual(["sender_id"])
      expect(
        paths(
          yield* refused("voice", "createVoiceCampaign", {
            ...CREATE,
            content: { type: "template_id", template_id: "welcome" }
          })
        )
      ).toStrictEqual(["content.template_id"])
    })
  )
})
