/**
 * Web push in the mock: sites on a list, seeded subscriptions of its contacts, campaigns sent to a
 * site's subscribers with opens and clicks from the model, and RSS campaigns.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { PEOPLE, seedAudience, withActivity } from "./utils/audience.js"
import { clientAndMock, mockClient, seed } from "./utils/client.js"

const DRAFT = {
  site_id: 1,
  internal_name: "Sale",
  content: { title: "Sale", message: "Sale today", link: "https://example.com/sale" }
}

describe("web push", () => {
  it.effect("creates and lists sites; a taken site is 409, an unknown list 422", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const site = yield* egoi.webpush.createWebpushSite({ site: "example.com", list_id: 1, name: "Example" })
      expect(site).toMatchObject({ site_id: 1, site: "example.com", list_id: 1, name: "Example" })
      expect(site.app_code).toMatch(/^[0-9a-f]{26}$/)
      expect(yield* egoi.webpush.getAllWebPushSites()).toEqual({ total_items: 1, items: [site] })
      expect((yield* egoi.webpush.getAllWebPushSites({ list_id: 2 })).items).toEqual([])
      expect(
        yield* Effect.flip(egoi.webpush.createWebpushSite({ site: "EXAMPLE.com", list_id: 1, name: "Again" }))
      ).toBeInstanceOf(EgoiError.Conflict)
      expect(
        yield* Effect.flip(egoi.webpush.createWebpushSite({ site: "other.com", list_id: 9, name: "Other" }))
      ).toMatchObject({ status: 422, errors: { list_id: ["List 9 does not exist"] } })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("sends to the site's active subscribers; the report counts sends, opens and clicks", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      yield* seed({
        webPushSites: [{ site: "example.com", list_id: 1, name: "Example" }],
        webPushSubscriptions: [
          { site_id: 1, contact_id: PEOPLE.ana },
          { site_id: 1, contact_id: PEOPLE.filipe, device: "mobile", browser: "Safari" },
          { site_id: 1, contact_id: PEOPLE.carla }
        ]
      })
      const { campaign_hash } = yield* egoi.webpush.createWebPushCampaign(DRAFT)
      expect(yield* egoi.webpush.actionSendWebPush({ campaign_hash, site_id: 1, segments: { type: "none" } })).toEqual({
        result: "success"
      })
      expect(yield* withActivity(egoi, "web_push_send", campaign_hash)).toEqual([PEOPLE.ana, PEOPLE.filipe].sort())
      const report = yield* egoi.reports.getWebPushReport({ campaign_hash })
      expect(report.overall?.sends).toBe(2)
      expect(report.overall?.opens).toBe((yield* withActivity(egoi, "web_push_open", campaign_hash)).length)
      expect(report.overall?.clicks).toBe((yield* withActivity(egoi, "web_push_click", campaign_hash)).length)
      expect(report.devices!.map((row) => row.device)).toEqual(["desktop", "mobile"])
      const flagsOff = yield* egoi.reports.getWebPushReport({
        campaign_hash,
        devices: false,
        operating_systems: false,
        browsers: false,
        url: false
      })
      expect(Object.keys(flagsOff).sort()).toEqual(["campaign_hash", "overall"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses a campaign for an unknown site (422), a send to another site, and an unknown campaign", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      yield* seed({ webPushSites: [{ site: "example.com", list_id: 1, name: "Example" }] })
      expect(yield* Effect.flip(egoi.webpush.createWebPushCampaign({ ...DRAFT, site_id: 3 }))).toMatchObject({
        status: 422,
        errors: { site_id: ["Web push site 3 does not exist"] }
      })
      const { campaign_hash } = yield* egoi.webpush.createWebPushCampaign(DRAFT)
      expect(
        yield* Effect.flip(egoi.webpush.actionSendWebPush({ campaign_hash, site_id: 2, segments: { type: "none" } }))
      ).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect(
        yield* Effect.flip(
          egoi.webpush.actionSendWebPush({ campaign_hash: "nope", site_id: 1, segments: { type: "none" } })
        )
      ).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect(
        yield* Effect.flip(egoi.webpush.patchWebPushCampaign({ campaign_hash: "nope", internal_name: "x" }))
      ).toBeInstanceOf(EgoiError.NotFound)
      yield* egoi.webpush.patchWebPushCampaign({ campaign_hash, content: { title: "Sale!" } })
      expect((yield* egoi.campaigns.getAllCampaigns({ channel: "web_push" })).items[0]!.title).toBe("Sale!")
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("creates and enables an RSS campaign; an unknown site is 404, enabling a plain campaign 422", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      yield* seed({ webPushSites: [{ site: "example.com", list_id: 1, name: "Example" }] })
      const feed = { site_id: 1, internal_name: "Blog", content: { feed: "https://example.com/feed" } }
      const rss = yield* egoi.webpush.createWebPushRssCampaign(feed)
      expect(yield* egoi.webpush.actionEnableWebPushRss(rss)).toEqual({ result: "success" })
      expect(yield* Effect.flip(egoi.webpush.createWebPushRssCampaign({ ...feed, site_id: 8 }))).toBeInstanceOf(
        EgoiError.NotFound
      )
      const plain = yield* egoi.webpush.createWebPushCampaign(DRAFT)
      expect(yield* Effect.flip(egoi.webpush.actionEnableWebPushRss(plain))).toBeInstanceOf(
        EgoiError.UnprocessableEntity
      )
    }).pipe(Effect.provide(mockClient()))
  )
})
