import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as Campaigns from "../src/Campaigns.js"
import * as Common from "../src/Common.js"
import { callThroughClient, describeSamples, refused } from "./utils/DocumentedSamples.js"
import { describeRequestSamples } from "./utils/RequestSamples.js"

const CREATE = {
  list_id: 1,
  internal_name: "Sale page",
  campaign_content: { message: "See our sale" },
  page_content: { type: "html", page_html: "<h1>Sale</h1>" }
}

describeSamples({
  group: "smartSms",
  params: {
    createSmartSmsCampaign: CREATE,
    patchSmartSmsCampaign: { campaign_hash: "abc123", campaign_content: { message: "Last day" } },
    actionSendSmartSms: {
      campaign_hash: "abc123",
      list_id: 1,
      destination_field: "cellphone",
      segments: { type: "none" }
    }
  },
  samples: [
    {
      file: "smart-sms/createSmartSmsCampaign.201.json",
      operation: "createSmartSmsCampaign",
      status: 201,
      schema: Campaigns.HashcodeCampaign
    },
    {
      file: "smart-sms/patchSmartSmsCampaign.200.json",
      operation: "patchSmartSmsCampaign",
      status: 200,
      schema: Campaigns.HashcodeCampaign
    },
    {
      file: "smart-sms/actionSendSmartSms.202.json",
      operation: "actionSendSmartSms",
      status: 202,
      schema: Common.Accepted
    }
  ],
  noContent: []
})

describeRequestSamples("smartSms", [{ operation: "createSmartSmsCampaign", folder: "smart-sms", status: 201 }])

const paths = (error: { readonly issues: ReadonlyArray<{ readonly path: string }> }) =>
  error.issues.map((issue) => issue.path).sort()

describe("requests", () => {
  it.effect("actionSendSmartSms posts to the smart SMS send action", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "smartSms",
        "actionSendSmartSms",
        {
          campaign_hash: "h1",
          list_id: 2,
          destination_field: "cellphone",
          segments: { type: "segment", data: ["1"] }
        },
        { status: 202, body: { result: "success" } }
      )
      expect(sent[0]!.url.pathname).toBe("/campaigns/smart-sms/h1/actions/send")
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses a campaign without its message or page, naming both", () =>
    Effect.gen(function* () {
      const error = yield* refused("smartSms", "createSmartSmsCampaign", { list_id: 1, internal_name: "x" })
      expect(paths(error)).toStrictEqual(["campaign_content", "page_content"])
    })
  )

  it.effect("refuses a redirect that is not a URL, and an html page without its HTML", () =>
    Effect.gen(function* () {
      expect(
        paths(
          yield* refused("smartSms", "createSmartSmsCampaign", {
            ...CREATE,
            page_content: { type: "redirect", page_url: "example" }
          })
        )
      ).toStrictEqual(["page_content.page_url"])
      expect(
        paths(yield* refused("smartSms", "createSmartSmsCampaign", { ...CREATE, page_content: { type: "html" } }))
      ).toStrictEqual(["page_content.page_html"])
    })
  )

  it.effect("refuses cname_id 0 and max_messages 0", () =>
    Effect.gen(function* () {
      const error = yield* refused("smartSms", "patchSmartSmsCampaign", {
        campaign_hash: "a",
        cname_id: 0,
        options: { max_messages: 0 }
      })
      expect(paths(error)).toStrictEqual(["cname_id", "options.max_messages"])
    })
  )
})
