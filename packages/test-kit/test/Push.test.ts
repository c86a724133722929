/**
 * Push in the mock: seeded apps, tokens registered for the contact `two_steps_data` names, push
 * campaigns sent to those tokens, and the open and cancel events devices report, counted in the
 * report.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { AUDIENCE, PEOPLE, withActivity } from "./utils/audience.js"
import { clientAndMock, mockClient, NOW_TEXT, seed } from "./utils/client.js"

const withApp = seed({ ...AUDIENCE, pushApps: [{ app_id: "shop-app", list_id: 1, name: "Shop" }] })
const DRAFT = { app_id: "shop-app", title: "Sale", content: { type: "text" as const, message: "Sale today" } }

describe("push", () => {
  it.effect("lists the seeded apps with their list; an unknown app is 422", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* withApp
      const app = {
        app_id: "shop-app",
        list: { id: 1, internal_name: "Newsletter" },
        name: "Shop",
        description: "",
        two_steps_config: "email",
        development: false,
        created: NOW_TEXT,
        updated: NOW_TEXT
      }
      expect(yield* egoi.push.getPushApps()).toEqual([app])
      expect(yield* egoi.push.getPushApps({ list_id: 2 })).toEqual([])
      expect(yield* egoi.push.getPushApp({ app_id: "shop-app" })).toEqual(app)
      expect(yield* Effect.flip(egoi.push.getPushApp({ app_id: "nope" }))).toMatchObject({
        status: 422,
        errors: { app_id: ["Push app nope does not exist"] }
      })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("sends to the registered tokens of the app's contacts, and counts the opens devices report", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* withApp
      const token = (value: string, email: string) =>
        egoi.push.registerPushToken({
          app_id: "shop-app",
          os: "android",
          token: value,
          two_steps_data: { field: "email", value: email }
        })
      expect(yield* token("t-ana", "ana@example.com")).toEqual({ success: true })
      yield* token("t-bruno", "bruno@example.org")
      // Carla's token is registered, but she is inactive.
      yield* token("t-carla", "carla@example.com")
      expect(yield* Effect.flip(token("t-x", "nobody@example.com"))).toBeInstanceOf(EgoiError.UnprocessableEntity)

      const { campaign_hash } = yield* egoi.push.createPushCampaign(DRAFT)
      expect(
        yield* egoi.push.actionSendPush({ campaign_hash, app_id: "shop-app", segments: { type: "none" } })
      ).toEqual({ result: "success" })
      expect(yield* withActivity(egoi, "push_send", campaign_hash)).toEqual([PEOPLE.ana, PEOPLE.bruno].sort())

      const event = { app_id: "shop-app", os: "android", message_hash: campaign_hash, device_id: 1 }
      yield* egoi.push.registerPushEvent({ ...event, contact: PEOPLE.ana, event: "open" })
      yield* egoi.push.registerPushEvent({ ...event, contact: PEOPLE.bruno, event: "canceled" })
      expect(yield* withActivity(egoi, "push_open", campaign_hash)).toEqual([PEOPLE.ana])
      const report = yield* egoi.reports.getPushReport({ campaign_hash })
      expect(report.overall).toMatchObject({ sends: 2, opens: 1 })
      expect(report.operating_systems).toEqual([expect.objectContaining({ operating_systems: "android", sends: 2 })])
      expect(
        yield* Effect.flip(egoi.push.registerPushEvent({ ...event, contact: PEOPLE.carla, event: "open" }))
      ).toMatchObject({ status: 422, errors: { contact: [expect.stringContaining(PEOPLE.carla)] } })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses a campaign for an unknown app, a send with another app, and an unknown campaign", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* withApp
      expect(yield* Effect.flip(egoi.push.createPushCampaign({ ...DRAFT, app_id: "other" }))).toBeInstanceOf(
        EgoiError.UnprocessableEntity
      )
      const { campaign_hash } = yield* egoi.push.createPushCampaign(DRAFT)
      expect(
        yield* Effect.flip(egoi.push.actionSendPush({ campaign_hash, app_id: "other", segments: { type: "none" } }))
      ).toMatchObject({ status: 422, errors: { app_id: [`Campaign ${campaign_hash} is of app shop-app`] } })
      expect(
        yield* Effect.flip(
          egoi.push.actionSendPush({ campaign_hash: "nope", app_id: "shop-app", segments: { type: "none" } })
        )
      ).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect(
        yield* Effect.flip(
          egoi.push.registerPushEvent({
            app_id: "shop-app",
            os: "ios",
            contact: PEOPLE.ana,
            message_hash: "nope",
            event: "open",
            device_id: 1
          })
        )
      ).toBeInstanceOf(EgoiError.UnprocessableEntity)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("changes a draft's title; an unknown campaign is 404", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* withApp
      const { campaign_hash } = yield* egoi.push.createPushCampaign(DRAFT)
      yield* egoi.push.patchPushCampaign({ campaign_hash, title: "Last day", notification_options: { icon: "i.png" } })
      expect((yield* egoi.campaigns.getAllCampaigns({ channel: "push" })).items[0]!.title).toBe("Last day")
      expect(yield* Effect.flip(egoi.push.patchPushCampaign({ campaign_hash: "nope", title: "x" }))).toBeInstanceOf(
        EgoiError.NotFound
      )
    }).pipe(Effect.provide(mockClient()))
  )
})
