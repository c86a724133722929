/**
 * The Campaigns group of the mock: the campaigns of every channel (the `campaigns` table, written
 * by the context's `CampaignStore`), listed with E-goi's filters, and removed from every listing by
 * `deleteCampaigns`.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { type Campaigns, EgoiApi, type EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, notFound } from "../answers.js"
import type { StoredCampaign } from "../campaignStore.js"
import type { MockContext } from "../context.js"
import { matchesText, page, withinDates } from "../query.js"
import type { MockState } from "../state.js"

export const group = "campaigns"

/** Table `campaigns`, keyed by `campaign_hash`. */
export const campaignsTable = (state: MockState) =>
  state.table<StoredCampaign>("campaigns", (campaign) => campaign.campaign_hash)

/** E-goi's page size for campaigns when `limit` is not given. */
const DEFAULT_CAMPAIGN_LIMIT = 100

/** A campaign as `getAllCampaigns` answers it. */
export const campaignView = (campaign: StoredCampaign): Campaigns.Campaign => ({
  id: campaign.id,
  campaign_hash: campaign.campaign_hash,
  status: campaign.status,
  channel: campaign.channel,
  internal_name: campaign.internal_name,
  list_id: campaign.list_id,
  title: campaign.title,
  created_by: campaign.created_by,
  ...(campaign.group_id === undefined ? {} : { group_id: campaign.group_id }),
  created: campaign.created,
  updated: campaign.updated,
  ...(campaign.start_date === undefined ? {} : { start_date: campaign.start_date }),
  ...(campaign.end_date === undefined ? {} : { end_date: campaign.end_date }),
  schedule_date: { enabled: campaign.schedule_date !== undefined, date: campaign.schedule_date ?? null },
  processed_messages: campaign.recipients?.length ?? 0
})

export const seeds = {}

export const layer = ({ state, campaigns: store }: MockContext) => {
  const campaigns = campaignsTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllCampaigns", ({ urlParams: query }) =>
        Effect.sync(() => {
          const matching = campaigns
            .values()
            .filter(
              (campaign) =>
                (query.channel === undefined || campaign.channel === query.channel) &&
                (query.campaign_hash === undefined || campaign.campaign_hash === query.campaign_hash) &&
                (query.list_id === undefined || campaign.list_id === query.list_id) &&
                (query.status === undefined || campaign.status === query.status) &&
                (query.created_by === undefined || campaign.created_by === query.created_by) &&
                (query.group_id === undefined || campaign.group_id === query.group_id) &&
                matchesText(campaign.internal_name, query.internal_name) &&
                withinDates(campaign.created, query.created_min, query.created_max) &&
                withinDates(campaign.updated, query.updated_min, query.updated_max) &&
                withinDates(campaign.start_date, query.start_date_min, query.start_date_max) &&
                withinDates(campaign.end_date, query.end_date_min, query.end_date_max) &&
                withinDates(campaign.schedule_date, query.schedule_date_min, query.schedule_date_max)
            )
          const result = page(matching, { ...query, limit: query.limit ?? DEFAULT_CAMPAIGN_LIMIT }, "created")
          return { total_items: result.total_items, items: result.items.map(campaignView) }
        })
      )
      .handle("deleteCampaigns", ({ path }) =>
        Effect.suspend((): Effect.Effect<void, EgoiError.NotFound | EgoiError.Conflict> => {
          const refused = store.delete(path.campaign_hash)
          if (!refused) return Effect.void
          return refused._tag === "missing"
            ? Effect.fail(notFound(refused.message))
            : Effect.fail(conflict({ [refused.field]: refused.message }, refused.message))
        })
      )
  )
}
