/**
 * The Connected Sites group of the mock: the account's domains, each tied to an existing list. A
 * new site gets a tracking code and Track&Engage enabled; its domain is unique (case-insensitive),
 * and a second connection of it is refused with the documented 422. Disconnecting a site takes its
 * Track&Engage goals with it; its carts and orders stay, as history.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { type ConnectedSites, EgoiApi, type TrackEngage } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { found, unprocessable } from "../answers.js"
import type { MockContext } from "../context.js"
import type { MockState } from "../state.js"
import { listsTable, requireListParam } from "./lists.js"

export const group = "connectedSites"

/** A connected site as the mock stores it. Table `connectedSites`, keyed by its domain in lower case. */
export interface StoredConnectedSite {
  readonly domain: string
  readonly list_id: number
  readonly code: string
  readonly track_and_engage: boolean
}

export const connectedSitesTable = (state: MockState) =>
  state.table<StoredConnectedSite>("connectedSites", (site) => site.domain.toLowerCase())

/** The connected site of a domain, whatever its case. */
export const siteOf = (state: MockState, domain: string): StoredConnectedSite | undefined =>
  connectedSitesTable(state).get(domain.toLowerCase())

/** A Track&Engage goal. Table `goals`, keyed by `id`; its domain is a connected site's. */
export interface StoredGoal extends Omit<TrackEngage.Goal, "domain"> {
  readonly domain: string
}

export const goalsTable = (state: MockState) => state.table<StoredGoal>("goals", (goal) => goal.id)

/** A connected site to seed: its domain and list; Track&Engage enabled unless said otherwise. */
export interface ConnectedSiteSeed {
  readonly domain: string
  readonly list_id: number
  readonly track_and_engage?: boolean | undefined
}

/** Connects a site, as `createConnectedSites` does. */
export const insertConnectedSite = (state: MockState, seed: ConnectedSiteSeed): StoredConnectedSite => {
  const domain = seed.domain.toLowerCase()
  const code = Array.from({ length: 26 }, () => state.random.int(0, 35).toString(36)).join("")
  return connectedSitesTable(state).set({
    domain,
    list_id: seed.list_id,
    code: `<script type='text/javascript'>var _egoiaq = _egoiaq || []; _egoiaq.push(['setClientId', '${code}']);</script>`,
    track_and_engage: seed.track_and_engage ?? true
  })
}

/** Removes a site and its goals. */
export const removeConnectedSite = (state: MockState, site: StoredConnectedSite): void => {
  connectedSitesTable(state).delete(site.domain)
  const goals = goalsTable(state)
  for (const goal of goals.values()) if (goal.domain === site.domain) goals.delete(goal.id)
}

/** A site as `getConnectedSites` answers it: its list, its code and its features. */
export const detailOf = (site: StoredConnectedSite): ConnectedSites.ConnectedSiteDetail => ({
  domain: site.domain,
  list_id: site.list_id,
  code: site.code,
  features: [
    {
      track_and_engage: { enabled: site.track_and_engage },
      on_site_message: { enabled: false, items: [] },
      popup_forms: { enabled: false, items: [] },
      whatsapp: { enabled: false, items: [] },
      web_push: { enabled: false, items: [] },
      embed_forms: { enabled: false, items: [] }
    }
  ]
})

export const seeds = {
  connectedSites: (context: MockContext, seed: ConnectedSiteSeed) => {
    if (!listsTable(context.state).has(seed.list_id)) {
      throw new Error(`Cannot seed connected site ${seed.domain}: list ${seed.list_id} does not exist`)
    }
    if (siteOf(context.state, seed.domain)) throw new Error(`Cannot seed connected site ${seed.domain} twice`)
    insertConnectedSite(context.state, seed)
  }
}

const notConnected = (domain: string) => () => `The domain ${domain} is not a connected site`

export const layer = ({ state }: MockContext) => {
  const sites = connectedSitesTable(state)
  goalsTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllConnectedSites", () =>
        Effect.sync(() => {
          const items = sites.values().map((site) => ({ domain: site.domain, list_id: site.list_id }))
          return { total_items: items.length, items }
        })
      )
      .handle("createConnectedSites", ({ payload }) =>
        Effect.gen(function* () {
          yield* requireListParam(state, payload.list_id)
          if (siteOf(state, payload.domain)) {
            return yield* unprocessable({ domain: [`The domain ${payload.domain} is already a connected site`] })
          }
          return detailOf(insertConnectedSite(state, payload))
        })
      )
      .handle("getConnectedSites", ({ path }) =>
        Effect.map(
          Effect.suspend(() => found(siteOf(state, path.domain), notConnected(path.domain))),
          detailOf
        )
      )
      .handle("deleteConnectedSites", ({ path }) =>
        Effect.map(
          Effect.suspend(() => found(siteOf(state, path.domain), notConnected(path.domain))),
          (site) => removeConnectedSite(state, site)
        )
      )
  )
}
