/**
 * The Voice group of the mock: voice campaigns, kept by the context's `CampaignStore`. A campaign
 * needs its list, a phone sender (approved, to send) and, when given, an existing campaign group.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { ACCEPTED, unprocessable } from "../answers.js"
import { asNotFoundOrUnprocessable, asUnprocessable, isRefusal } from "../campaignStore.js"
import type { MockContext } from "../context.js"
import type { MockState } from "../state.js"
import { campaignGroupsTable } from "./campaignGroups.js"

export const group = "voice"

export const seeds = {}

const missingGroup = (state: MockState, groupId: number | undefined) =>
  groupId !== undefined && !campaignGroupsTable(state).has(groupId)
    ? unprocessable({ group_id: [`Campaign group ${groupId} does not exist`] })
    : undefined

export const layer = ({ state, campaigns }: MockContext) =>
  HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("createVoiceCampaign", ({ payload }) =>
        Effect.suspend(() => {
          const refused = missingGroup(state, payload.group_id)
          if (refused) return Effect.fail(refused)
          const created = campaigns.create("voice", {
            list_id: payload.list_id,
            internal_name: payload.internal_name,
            sender_id: payload.sender_id,
            group_id: payload.group_id,
            content: payload.content
          })
          return isRefusal(created)
            ? Effect.fail(asUnprocessable(created))
            : Effect.succeed({ campaign_hash: created.campaign_hash })
        })
      )
      .handle("patchVoiceCampaign", ({ path, payload }) =>
        Effect.suspend(() => {
          const refused = missingGroup(state, payload.group_id)
          if (refused) return Effect.fail(refused)
          const changed = campaigns.update(path.campaign_hash, "voice", () => ({
            ...(payload.internal_name === undefined
              ? {}
              : { internal_name: payload.internal_name, title: payload.internal_name }),
            ...(payload.group_id === undefined ? {} : { group_id: payload.group_id }),
            ...(payload.sender_id === undefined ? {} : { sender_id: payload.sender_id }),
            ...(payload.message?.audio === undefined
              ? {}
              : { content: { type: "audio", audio: payload.message.audio } })
          }))
          return isRefusal(changed)
            ? Effect.fail(asNotFoundOrUnprocessable(changed))
            : Effect.succeed({ campaign_hash: changed.campaign_hash })
        })
      )
      .handle("actionSendVoice", ({ path, payload }) =>
        Effect.suspend(() => {
          const sent = campaigns.send(path.campaign_hash, "voice", payload)
          return isRefusal(sent) ? Effect.fail(asUnprocessable(sent)) : Effect.succeed(ACCEPTED)
        })
      )
  )
