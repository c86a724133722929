/**
 * The Smart Sms group of the mock: smart SMS campaigns, kept by the context's `CampaignStore`, with
 * the rules of SMS campaigns (an approved cellphone sender to send; 422s where E-goi documents no
 * 404 or 409).
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { ACCEPTED } from "../answers.js"
import { asNotFoundOrUnprocessable, asUnprocessable, isRefusal, type StoredCampaign } from "../campaignStore.js"
import type { MockContext } from "../context.js"

export const group = "smartSms"

export const seeds = {}

export const layer = ({ campaigns }: MockContext) =>
  HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("createSmartSmsCampaign", ({ payload }) =>
        Effect.suspend(() => {
          const created = campaigns.create("smart_sms", {
            list_id: payload.list_id,
            internal_name: payload.internal_name,
            sender_id: payload.sender_id,
            content: { campaign_content: payload.campaign_content, page_content: payload.page_content },
            options: { ...payload.options, ...(payload.cname_id === undefined ? {} : { cname_id: payload.cname_id }) }
          })
          return isRefusal(created)
            ? Effect.fail(asUnprocessable(created))
            : Effect.succeed({ campaign_hash: created.campaign_hash })
        })
      )
      .handle("patchSmartSmsCampaign", ({ path, payload }) =>
        Effect.suspend(() => {
          const changed = campaigns.update(path.campaign_hash, "smart_sms", (campaign: StoredCampaign) => {
            const content = campaign.content as { campaign_content: object; page_content: object }
            return {
              ...(payload.internal_name === undefined
                ? {}
                : { internal_name: payload.internal_name, title: payload.internal_name }),
              ...(payload.sender_id === undefined ? {} : { sender_id: payload.sender_id }),
              content: {
                campaign_content: { ...content.campaign_content, ...payload.campaign_content },
                page_content: { ...content.page_content, ...payload.page_content }
              },
              options: {
                ...(campaign.options as object),
                ...payload.options,
                ...(payload.cname_id === undefined ? {} : { cname_id: payload.cname_id })
              }
            }
          })
          return isRefusal(changed)
            ? Effect.fail(asNotFoundOrUnprocessable(changed))
            : Effect.succeed({ campaign_hash: changed.campaign_hash })
        })
      )
      .handle("actionSendSmartSms", ({ path, payload }) =>
        Effect.suspend(() => {
          const sent = campaigns.send(path.campaign_hash, "smart_sms", payload)
          return isRefusal(sent) ? Effect.fail(asUnprocessable(sent)) : Effect.succeed(ACCEPTED)
        })
      )
  )
