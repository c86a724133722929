/**
 * The Campaign Groups group of the mock: the `campaignGroups` table, names unique regardless of
 * case; a group that campaigns are in cannot be removed.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { type CampaignGroups, EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, found, unprocessable } from "../answers.js"
import type { MockContext } from "../context.js"
import { matchesText, slice } from "../query.js"
import type { MockState } from "../state.js"
import { campaignsTable } from "./campaigns.js"

export const group = "campaignGroups"

/** Table `campaignGroups`, keyed by `group_id`. */
export const campaignGroupsTable = (state: MockState) =>
  state.table<CampaignGroups.CampaignGroup>("campaignGroups", (row) => row.group_id)

/** A campaign group to seed. */
export interface CampaignGroupSeed {
  readonly name: string
}

/** Adds a campaign group, as `createCampaignGroup` does. */
export const insertCampaignGroup = (state: MockState, seed: CampaignGroupSeed): CampaignGroups.CampaignGroup => {
  const table = campaignGroupsTable(state)
  return table.set({ group_id: table.takeId(), name: seed.name })
}

export const seeds = {
  campaignGroups: (context: MockContext, seed: CampaignGroupSeed) => void insertCampaignGroup(context.state, seed)
}

export const layer = ({ state }: MockContext) => {
  const groups = campaignGroupsTable(state)
  const find = (groupId: number) =>
    Effect.suspend(() => found(groups.get(groupId), () => `Campaign group ${groupId} does not exist`))
  const nameTaken = (name: string, except?: number) =>
    groups.values().some((row) => row.group_id !== except && row.name.toLowerCase() === name.toLowerCase())
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllCampaignGroups", ({ urlParams }) =>
        Effect.sync(() => {
          const matching = groups
            .values()
            .filter(
              (row) =>
                (urlParams.group_id === undefined || row.group_id === urlParams.group_id) &&
                matchesText(row.name, urlParams.name)
            )
          return { total_items: matching.length, items: slice(matching, urlParams) }
        })
      )
      .handle("createCampaignGroup", ({ payload }) =>
        Effect.suspend(() =>
          nameTaken(payload.name)
            ? Effect.fail(conflict({ name_already_exists: "The provided name already exists" }))
            : Effect.succeed(insertCampaignGroup(state, payload))
        )
      )
      .handle("updateCampaignGroup", ({ path, payload }) =>
        Effect.gen(function* () {
          const row = yield* find(path.group_id)
          if (nameTaken(payload.name, row.group_id)) {
            return yield* unprocessable({ name: ["The provided name already exists"] })
          }
          return groups.set({ ...row, name: payload.name })
        })
      )
      .handle("deleteCampaignGroup", ({ path }) =>
        Effect.gen(function* () {
          const row = yield* find(path.group_id)
          const used = campaignsTable(state)
            .values()
            .filter((campaign) => campaign.group_id === row.group_id)
          if (used.length > 0) {
            return yield* conflict(
              { group_has_campaigns: `Campaign group ${row.group_id} holds ${used.length} campaign(s)` },
              "Move or remove its campaigns first"
            )
          }
          groups.delete(row.group_id)
        })
      )
  )
}
