/**
 * The Webpush group of the mock: web push sites (each on a list), the subscriptions of the list's
 * contacts to a site (made in visitors' browsers, so they come from `seed({ webPushSubscriptions })`),
 * and web push campaigns, plain and RSS, sent to a site's subscribers.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Webpush } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { ACCEPTED, conflict, notFound, unprocessable } from "../answers.js"
import { asNotFoundOrUnprocessable, asUnprocessable, isRefusal } from "../campaignStore.js"
import type { MockContext } from "../context.js"
import { page } from "../query.js"
import type { MockState } from "../state.js"
import { listsTable } from "./lists.js"

export const group = "webpush"

/** A web push site. Table `webPushSites`, keyed by `site_id`. */
export interface StoredWebPushSite extends Webpush.WebPushSite {
  readonly site_id: number
  readonly site: string
  readonly list_id: number
  readonly app_code: string
  readonly name: string
  readonly created: string
  readonly updated: string
}

/** A contact's subscription to a site, from one browser. Table `webPushSubscriptions`, keyed by `${site_id}:${contact_id}`. */
export interface StoredWebPushSubscription {
  readonly site_id: number
  readonly contact_id: string
  /** `desktop` or `mobile`. */
  readonly device: string
  readonly browser: string
}

export const webPushSitesTable = (state: MockState) =>
  state.table<StoredWebPushSite>("webPushSites", (site) => site.site_id)

export const webPushSubscriptionsTable = (state: MockState) =>
  state.table<StoredWebPushSubscription>("webPushSubscriptions", (row) => `${row.site_id}:${row.contact_id}`)

/** A site to seed, as `createWebpushSite` takes it. */
export interface WebPushSiteSeed {
  readonly site: string
  readonly list_id: number
  readonly name: string
}

/** A subscription to seed: a contact of the site's list, from a device and browser (`desktop`, `Chrome` unless given). */
export interface WebPushSubscriptionSeed {
  readonly site_id: number
  readonly contact_id: string
  readonly device?: string | undefined
  readonly browser?: string | undefined
}

/** Adds a site, as `createWebpushSite` does. */
export const insertWebPushSite = (state: MockState, seed: WebPushSiteSeed): StoredWebPushSite => {
  const table = webPushSitesTable(state)
  const now = state.now()
  return table.set({
    site_id: table.takeId(),
    site: seed.site,
    list_id: seed.list_id,
    name: seed.name,
    app_code: Array.from({ length: 26 }, () => state.random.int(0, 15).toString(16)).join(""),
    created: now,
    updated: now
  })
}

export const seeds = {
  webPushSites: (context: MockContext, seed: WebPushSiteSeed) => void insertWebPushSite(context.state, seed),
  webPushSubscriptions: (context: MockContext, seed: WebPushSubscriptionSeed) =>
    void webPushSubscriptionsTable(context.state).set({
      site_id: seed.site_id,
      contact_id: seed.contact_id.toLowerCase(),
      device: seed.device ?? "desktop",
      browser: seed.browser ?? "Chrome"
    })
}

const view = ({ created: _, updated: __, ...site }: StoredWebPushSite): Webpush.WebPushSite => site

export const layer = ({ state, campaigns }: MockContext) => {
  const sites = webPushSitesTable(state)
  const siteFor = (siteId: number) => sites.get(siteId)
  const missingSite = (siteId: number) => unprocessable({ site_id: [`Web push site ${siteId} does not exist`] })
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllWebPushSites", ({ urlParams }) =>
        Effect.sync(() => {
          const matching = sites
            .values()
            .filter((site) => urlParams.list_id === undefined || site.list_id === urlParams.list_id)
          const result = page(matching, urlParams, "list_id")
          return { total_items: result.total_items, items: result.items.map(view) }
        })
      )
      .handle("createWebpushSite", ({ payload }) =>
        Effect.gen(function* () {
          if (!listsTable(state).has(payload.list_id)) {
            return yield* unprocessable({ list_id: [`List ${payload.list_id} does not exist`] })
          }
          if (sites.values().some((site) => site.site.toLowerCase() === payload.site.toLowerCase())) {
            return yield* conflict({ site_already_exists: `The site ${payload.site} already exists` })
          }
          return view(insertWebPushSite(state, payload))
        })
      )
      .handle("createWebPushCampaign", ({ payload }) =>
        Effect.gen(function* () {
          const site = siteFor(payload.site_id)
          if (!site) return yield* missingSite(payload.site_id)
          const created = campaigns.create("web_push", {
            list_id: site.list_id,
            internal_name: payload.internal_name,
            title: payload.content.title,
            content: payload.content,
            options: { site_id: site.site_id, actions: payload.actions ?? [] }
          })
          return isRefusal(created) ? yield* asUnprocessable(created) : { campaign_hash: created.campaign_hash }
        })
      )
      .handle("patchWebPushCampaign", ({ path, payload }) =>
        Effect.suspend(() => {
          const changed = campaigns.update(path.campaign_hash, "web_push", (campaign) => {
            const content = { ...(campaign.content as typeof Webpush.WebPushContent.Type), ...payload.content }
            return {
              ...(payload.internal_name === undefined ? {} : { internal_name: payload.internal_name }),
              content,
              title: content.title,
              ...(payload.actions === undefined
                ? {}
                : { options: { ...(campaign.options as object), actions: payload.actions } })
            }
          })
          return isRefusal(changed)
            ? Effect.fail(asNotFoundOrUnprocessable(changed))
            : Effect.succeed({ campaign_hash: changed.campaign_hash })
        })
      )
      .handle("actionSendWebPush", ({ path, payload }) =>
        Effect.gen(function* () {
          const campaign = campaigns.find(path.campaign_hash, "web_push")
          const siteId = (campaign?.options as { site_id?: number } | undefined)?.site_id
          if (campaign && siteId !== payload.site_id) {
            return yield* unprocessable({ site_id: [`Campaign ${campaign.campaign_hash} is of site ${siteId}`] })
          }
          const sent = campaigns.send(path.campaign_hash, "web_push", { ...payload, list_id: campaign?.list_id ?? 0 })
          return isRefusal(sent) ? yield* asUnprocessable(sent) : ACCEPTED
        })
      )
      .handle("createWebPushRssCampaign", ({ payload }) =>
        Effect.gen(function* () {
          const site = siteFor(payload.site_id)
          if (!site) return yield* notFound(`Web push site ${payload.site_id} does not exist`)
          const created = campaigns.create("web_push", {
            list_id: site.list_id,
            internal_name: payload.internal_name,
            content: payload.content,
            options: { site_id: site.site_id },
            rss: true
          })
          return isRefusal(created) ? yield* asUnprocessable(created) : { campaign_hash: created.campaign_hash }
        })
      )
      .handle("actionEnableWebPushRss", ({ path }) =>
        Effect.suspend(() => {
          const enabled = campaigns.enableRss(path.campaign_hash, "web_push")
          return isRefusal(enabled) ? Effect.fail(asUnprocessable(enabled)) : Effect.succeed(ACCEPTED)
        })
      )
  )
}
