/**
 * The Sms group of the mock: SMS campaigns, kept by the context's `CampaignStore`. A campaign needs
 * its list and, to be sent, an approved cellphone sender. E-goi documents no 404 or 409 for creating
 * or sending, so a missing list or campaign and a campaign sent already are 422s naming the field.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { ACCEPTED } from "../answers.js"
import { asNotFoundOrUnprocessable, asUnprocessable, isRefusal, type StoredCampaign } from "../campaignStore.js"
import type { MockContext } from "../context.js"

export const group = "sms"

export const seeds = {}

export const layer = ({ campaigns }: MockContext) =>
  HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("createSmsCampaign", ({ payload }) =>
        Effect.suspend(() => {
          const created = campaigns.create("sms", {
            list_id: payload.list_id,
            internal_name: payload.internal_name,
            sender_id: payload.sender_id,
            content: payload.content,
            options: payload.options
          })
          return isRefusal(created)
            ? Effect.fail(asUnprocessable(created))
            : Effect.succeed({ campaign_hash: created.campaign_hash })
        })
      )
      .handle("patchSmsCampaign", ({ path, payload }) =>
        Effect.suspend(() => {
          const changed = campaigns.update(path.campaign_hash, "sms", (campaign: StoredCampaign) => ({
            ...(payload.internal_name === undefined
              ? {}
              : { internal_name: payload.internal_name, title: payload.internal_name }),
            ...(payload.sender_id === undefined ? {} : { sender_id: payload.sender_id }),
            ...(payload.content === undefined
              ? {}
              : { content: { ...(campaign.content as object), ...payload.content } }),
            ...(payload.options === undefined
              ? {}
              : { options: { ...(campaign.options as object), ...payload.options } })
          }))
          return isRefusal(changed)
            ? Effect.fail(asNotFoundOrUnprocessable(changed))
            : Effect.succeed({ campaign_hash: changed.campaign_hash })
        })
      )
      .handle("actionSendSms", ({ path, payload }) =>
        Effect.suspend(() => {
          const sent = campaigns.send(path.campaign_hash, "sms", payload)
          return isRefusal(sent) ? Effect.fail(asUnprocessable(sent)) : Effect.succeed(ACCEPTED)
        })
      )
  )
