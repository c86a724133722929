/**
 * The TrackEngage group of the mock: the tracked domains are the connected sites (active while the
 * site has Track&Engage enabled), and the goals those sites' goals; goals are seeded, as E-goi's API
 * has no route to make them.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type TrackEngage } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import type { MockContext } from "../context.js"
import { connectedSitesTable, goalsTable, siteOf } from "./connectedSites.js"

export const group = "trackEngage"

/** A goal to seed, on a connected site's domain; numbered in order when no `id` is given. */
export interface GoalSeed {
  readonly domain: string
  readonly name: string
  readonly id?: number | undefined
  readonly config?: TrackEngage.Goal["config"]
}

export const seeds = {
  goals: (context: MockContext, seed: GoalSeed) => {
    const site = siteOf(context.state, seed.domain)
    if (!site) throw new Error(`Cannot seed goal ${seed.name}: ${seed.domain} is not a connected site`)
    const goals = goalsTable(context.state)
    const id = seed.id ?? goals.takeId()
    if (goals.has(id)) throw new Error(`Cannot seed goal ${id} twice`)
    goals.set({
      id,
      domain: site.domain,
      name: seed.name,
      config: seed.config ?? { type: "manual", multiple_conversion: false }
    })
  }
}

export const layer = ({ state }: MockContext) => {
  const sites = connectedSitesTable(state)
  const goals = goalsTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllDomains", () =>
        Effect.sync(() => {
          const items = sites.values().map((site) => ({
            domain: site.domain,
            list_id: site.list_id,
            status: site.track_and_engage ? "active" : "inactive"
          }))
          return { total_items: items.length, items }
        })
      )
      .handle("getAllGoals", () =>
        Effect.sync(() => {
          const items = goals.values()
          return { total_items: items.length, items }
        })
      )
  )
}
