import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as Campaigns from "../src/Campaigns.js"
import * as Common from "../src/Common.js"
import * as Webpush from "../src/Webpush.js"
import { callThroughClient, describeSamples, refused } from "./utils/DocumentedSamples.js"
import { describeRequestSamples } from "./utils/RequestSamples.js"

const CREATE = {
  site_id: 1,
  internal_name: "Sale",
  content: { title: "Sale", message: "Sale today", link: "https://example.com/sale" }
}
const SEND = { campaign_hash: "abc123", site_id: 1, segments: { type: "none" } }

describeSamples({
  group: "webpush",
  params: {
    getAllWebPushSites: {},
    createWebpushSite: { site: "example.com", list_id: 1, name: "Example" },
    createWebPushCampaign: CREATE,
    patchWebPushCampaign: { campaign_hash: "abc123", internal_name: "Sale!" },
    actionSendWebPush: SEND,
    createWebPushRssCampaign: { site_id: 1, internal_name: "Feed", content: { feed: "https://example.com/feed" } },
    actionEnableWebPushRss: { campaign_hash: "abc123" }
  },
  samples: [
    {
      file: "webpush/getAllWebPushSites.200.json",
      operation: "getAllWebPushSites",
      status: 200,
      schema: Webpush.WebPushSiteCollection
    },
    {
      file: "webpush/createWebpushSite.201.json",
      operation: "createWebpushSite",
      status: 201,
      schema: Webpush.WebPushSite
    },
    {
      file: "webpush/createWebPushCampaign.201.json",
      operation: "createWebPushCampaign",
      status: 201,
      schema: Campaigns.HashcodeCampaign
    },
    {
      file: "webpush/patchWebPushCampaign.200.json",
      operation: "patchWebPushCampaign",
      status: 200,
      schema: Campaigns.HashcodeCampaign
    },
    {
      file: "webpush/actionSendWebPush.202.json",
      operation: "actionSendWebPush",
      status: 202,
      schema: Common.Accepted
    },
    {
      file: "webpush/createWebPushRssCampaign.201.json",
      operation: "createWebPushRssCampaign",
      status: 201,
      schema: Campaigns.HashcodeCampaign
    },
    {
      file: "webpush/actionEnableWebPushRss.200.json",
      operation: "actionEnableWebPushRss",
      status: 200,
      schema: Common.Accepted
    }
  ],
  noContent: []
})

describeRequestSamples("webpush", [
  { operation: "createWebPushCampaign", folder: "webpush", status: 201 },
  { operation: "createWebpushSite", folder: "webpush", status: 201 }
])

const paths = (error: { readonly issues: ReadonlyArray<{ readonly path: string }> }) =>
  error.issues.map((issue) => issue.path).sort()

describe("requests", () => {
  it.effect("the RSS routes are under /campaigns/webpush, the others under /campaigns/web-push", () =>
    Effect.gen(function* () {
      const rss = yield* callThroughClient(
        "webpush",
        "actionEnableWebPushRss",
        { campaign_hash: "h1" },
        { body: { result: "success" } }
      )
      expect(rss.sent[0]!.url.pathname).toBe("/campaigns/webpush/rss/h1/actions/enable")
      const send = yield* callThroughClient(
        "webpush",
        "actionSendWebPush",
        { ...SEND, campaign_hash: "h1" },
        {
          status: 202,
          body: { result: "success" }
        }
      )
      expect(send.sent[0]!.url.pathname).toBe("/campaigns/web-push/h1/actions/send")
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses a link that is not a URL, a campaign without a title, and site_id 0", () =>
    Effect.gen(function* () {
      const error = yield* refused("webpush", "createWebPushCampaign", {
        ...CREATE,
        site_id: 0,
        content: { message: "x", link: "example" }
      })
      expect(paths(error)).toStrictEqual(["content.link", "content.title", "site_id"])
    })
  )

  it.effect("refuses a feed that is not a URL, and an order_by the sites do not take", () =>
    Effect.gen(function* () {
      expect(
        paths(
          yield* refused("webpush", "createWebPushRssCampaign", {
            site_id: 1,
            internal_name: "x",
            content: { feed: "x" }
          })
        )
      ).toStrictEqual(["content.feed"])
      expect(paths(yield* refused("webpush", "getAllWebPushSites", { order_by: "name" }))).toStrictEqual(["order_by"])
    })
  )
})
