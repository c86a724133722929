/**
 * The Email group of the mock: email campaigns and RSS email campaigns, kept by the context's
 * `CampaignStore` with the other channels'. A campaign needs its list (404 otherwise) and an email
 * sender of the account; sending needs the sender approved.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Email } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { ACCEPTED } from "../answers.js"
import {
  asConflictOrUnprocessable,
  asNotFoundOrUnprocessable,
  asUnprocessable,
  isRefusal,
  type StoredCampaign
} from "../campaignStore.js"
import type { MockContext } from "../context.js"

export const group = "email"

export const seeds = {}

const fieldsOf = (payload: typeof Email.EmailCampaignCreate.Type, rss: boolean) => ({
  list_id: payload.list_id,
  internal_name: payload.internal_name,
  title: payload.subject ?? payload.internal_name,
  sender_id: payload.sender_id,
  reply_to: payload.reply_to,
  content: payload.content,
  options: payload.header_footer === undefined ? undefined : { header_footer: payload.header_footer },
  rss
})

export const layer = ({ campaigns }: MockContext) => {
  const create = (payload: typeof Email.EmailCampaignCreate.Type, rss: boolean) =>
    Effect.suspend(() => {
      const created = campaigns.create("email", fieldsOf(payload, rss))
      return isRefusal(created)
        ? Effect.fail(asNotFoundOrUnprocessable(created))
        : Effect.succeed({ campaign_hash: created.campaign_hash })
    })
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("createEmailCampaign", ({ payload }) => create(payload, false))
      .handle("createEmailRssCampaign", ({ payload }) => create(payload, true))
      .handle("patchEmailCampaign", ({ path, payload }) =>
        Effect.suspend(() => {
          const changed = campaigns.update(path.campaign_hash, "email", (campaign: StoredCampaign) => ({
            ...(payload.internal_name === undefined ? {} : { internal_name: payload.internal_name }),
            ...(payload.subject === undefined ? {} : { title: payload.subject }),
            ...(payload.sender_id === undefined ? {} : { sender_id: payload.sender_id }),
            ...(payload.reply_to === undefined ? {} : { reply_to: payload.reply_to }),
            ...(payload.content === undefined
              ? {}
              : { content: { ...(campaign.content as object), ...payload.content } }),
            ...(payload.header_footer === undefined ? {} : { options: { header_footer: payload.header_footer } })
          }))
          return isRefusal(changed)
            ? Effect.fail(asNotFoundOrUnprocessable(changed))
            : Effect.succeed({ campaign_hash: changed.campaign_hash })
        })
      )
      .handle("actionSendEmail", ({ path, payload }) =>
        Effect.suspend(() => {
          const sent = campaigns.send(path.campaign_hash, "email", payload)
          return isRefusal(sent) ? Effect.fail(asConflictOrUnprocessable(sent)) : Effect.succeed(ACCEPTED)
        })
      )
      .handle("actionEnableEmailRss", ({ path }) =>
        Effect.suspend(() => {
          const enabled = campaigns.enableRss(path.campaign_hash, "email")
          return isRefusal(enabled) ? Effect.fail(asUnprocessable(enabled)) : Effect.succeed(ACCEPTED)
        })
      )
  )
}
