import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as Campaigns from "../src/Campaigns.js"
import * as Common from "../src/Common.js"
import * as Push from "../src/Push.js"
import { callThroughClient, describeSamples, refused } from "./utils/DocumentedSamples.js"
import { describeRequestSamples } from "./utils/RequestSamples.js"

const CREATE = { app_id: "my-app", title: "Sale", content: { type: "text", message: "Sale today" } }
const SEND = { campaign_hash: "abc123", app_id: "my-app", segments: { type: "none" } }

describeSamples({
  group: "push",
  params: {
    getPushApps: {},
    getPushApp: { app_id: "my-app" },
    registerPushToken: { app_id: "my-app", os: "android", token: "firebase-token" },
    registerPushEvent: {
      app_id: "my-app",
      os: "android",
      contact: "a000000001",
      message_hash: "abc123",
      event: "open",
      device_id: 1
    },
    createPushCampaign: CREATE,
    patchPushCampaign: { campaign_hash: "abc123", title: "Sale!" },
    actionSendPush: SEND
  },
  samples: [
    { file: "push/getPushApps.200.json", operation: "getPushApps", status: 200, schema: Push.PushAppList },
    { file: "push/getPushApp.200.json", operation: "getPushApp", status: 200, schema: Push.PushApp },
    { file: "push/registerPushToken.202.json", operation: "registerPushToken", status: 202, schema: Push.PushResponse },
    { file: "push/registerPushEvent.202.json", operation: "registerPushEvent", status: 202, schema: Push.PushResponse },
    {
      file: "push/createPushCampaign.201.json",
      operation: "createPushCampaign",
      status: 201,
      schema: Campaigns.HashcodeCampaign
    },
    {
      file: "push/patchPushCampaign.200.json",
      operation: "patchPushCampaign",
      status: 200,
      schema: Campaigns.HashcodeCampaign
    },
    { file: "push/actionSendPush.202.json", operation: "actionSendPush", status: 202, schema: Common.Accepted }
  ],
  noContent: []
})

describeRequestSamples("push", [
  { operation: "createPushCampaign", folder: "push", status: 201 },
  { operation: "registerPushEvent", folder: "push", status: 202, path: { app_id: "my-app" } }
])

const paths = (error: { readonly issues: ReadonlyArray<{ readonly path: string }> }) =>
  error.issues.map((issue) => issue.path).sort()

describe("requests", () => {
  it.effect("registerPushToken posts the token at the app's path", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "push",
        "registerPushToken",
        { app_id: "my-app", os: "ios", token: "t1", two_steps_data: { field: "email", value: "ana@example.com" } },
        { status: 202, body: { success: true } }
      )
      expect(sent[0]!.url.pathname).toBe("/push/apps/my-app/token")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({
        os: "ios",
        token: "t1",
        two_steps_data: { field: "email", value: "ana@example.com" }
      })
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses an app ID with a slash, an event other than open or canceled, and a missing device", () =>
    Effect.gen(function* () {
      const error = yield* refused("push", "registerPushEvent", {
        app_id: "my/app",
        os: "android",
        contact: "a000000001",
        message_hash: "abc",
        event: "clicked"
      })
      expect(paths(error)).toStrictEqual(["app_id", "device_id", "event"])
    })
  )

  it.effect("refuses a push send to one contact, which push does not take, and a latitude of 181", () =>
    Effect.gen(function* () {
      expect(
        paths(yield* refused("push", "actionSendPush", { ...SEND, segments: { type: "contact", data: "x" } }))
      ).toStrictEqual(["segments.type"])
      expect(
        paths(yield* refused("push", "createPushCampaign", { ...CREATE, geo_options: { latitude: 181 } }))
      ).toStrictEqual(["geo_options.latitude"])
    })
  )

  it.effect("refuses a campaign without its title or content, and an action of an unknown type", () =>
    Effect.gen(function* () {
      expect(paths(yield* refused("push", "createPushCampaign", { app_id: "a" }))).toStrictEqual(["content", "title"])
      expect(
        paths(yield* refused("push", "patchPushCampaign", { campaign_hash: "h", actions: { type: "sms" } }))
      ).toStrictEqual(["actions.type"])
    })
  )
})
