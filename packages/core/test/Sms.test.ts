import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as Campaigns from "../src/Campaigns.js"
import * as Common from "../src/Common.js"
import { callThroughClient, describeSamples, refused } from "./utils/DocumentedSamples.js"
import { describeRequestSamples } from "./utils/RequestSamples.js"

const CREATE = { list_id: 1, internal_name: "Flash sale", content: { type: "text", message: "Sale today" } }
const SEND = { campaign_hash: "abc123", list_id: 1, destination_field: "cellphone", segments: { type: "none" } }

describeSamples({
  group: "sms",
  params: {
    createSmsCampaign: CREATE,
    patchSmsCampaign: { campaign_hash: "abc123", content: { message: "Sale tomorrow" } },
    actionSendSms: SEND
  },
  samples: [
    {
      file: "sms/createSmsCampaign.201.json",
      operation: "createSmsCampaign",
      status: 201,
      schema: Campaigns.HashcodeCampaign
    },
    {
      file: "sms/patchSmsCampaign.200.json",
      operation: "patchSmsCampaign",
      status: 200,
      schema: Campaigns.HashcodeCampaign
    },
    { file: "sms/actionSendSms.202.json", operation: "actionSendSms", status: 202, schema: Common.Accepted }
  ],
  noContent: []
})

describeRequestSamples("sms", [
  { operation: "createSmsCampaign", folder: "sms", status: 201 },
  { operation: "actionSendSms", folder: "sms", status: 202, path: { campaign_hash: "abc123" } }
])

const paths = (error: { readonly issues: ReadonlyArray<{ readonly path: string }> }) =>
  error.issues.map((issue) => issue.path).sort()

describe("requests", () => {
  it.effect("actionSendSms sends to one cellphone, answered 202", () =>
    Effect.gen(function* () {
      const { result, sent } = yield* callThroughClient(
        "sms",
        "actionSendSms",
        { ...SEND, destination_field: "7", segments: { type: "contact", data: "351-910000000" } },
        { status: 202, body: { result: "success" } }
      )
      expect(result).toStrictEqual({ result: "success" })
      expect(sent[0]!.url.pathname).toBe("/campaigns/sms/abc123/actions/send")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({
        list_id: 1,
        destination_field: "7",
        segments: { type: "contact", data: "351-910000000" }
      })
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses a send without destination_field, and one to a field that is not a cellphone field", () =>
    Effect.gen(function* () {
      const { destination_field: _, ...withoutDestination } = SEND
      expect(paths(yield* refused("sms", "actionSendSms", withoutDestination))).toStrictEqual(["destination_field"])
      expect(paths(yield* refused("sms", "actionSendSms", { ...SEND, destination_field: "email" }))).toStrictEqual([
        "destination_field"
      ])
    })
  )

  it.effect("refuses a contact number without its country code", () =>
    Effect.gen(function* () {
      const error = yield* refused("sms", "actionSendSms", {
        ...SEND,
        segments: { type: "contact", data: "910000000" }
      })
      expect(error.issues).toStrictEqual([
        {
          path: "segments.data",
          message: 'Expected a number as <country code>-<number>, e.g. 351-910000000, got "910000000"'
        }
      ])
    })
  )

  it.effect("refuses max_messages 8, an unknown encoding and text without a message", () =>
    Effect.gen(function* () {
      const error = yield* refused("sms", "createSmsCampaign", {
        ...CREATE,
        content: { type: "text" },
        options: { encoding: "ascii", max_messages: 8 }
      })
      expect(paths(error)).toStrictEqual(["content.message", "options.encoding", "options.max_messages"])
      expect(error.issues.find((issue) => issue.path === "options.max_messages")!.message).toBe(
        "Expected an integer from 1 to 7, got 8"
      )
    })
  )

  it.effect("refuses a template without its ID, and a patch with sender 0", () =>
    Effect.gen(function* () {
      expect(
        paths(yield* refused("sms", "createSmsCampaign", { ...CREATE, content: { type: "template" } }))
      ).toStrictEqual(["content.template_id"])
      expect(paths(yield* refused("sms", "patchSmsCampaign", { campaign_hash: "a", sender_id: 0 }))).toStrictEqual([
        "sender_id"
      ])
    })
  )
})
