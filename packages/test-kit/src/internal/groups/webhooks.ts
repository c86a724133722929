/**
 * The Web Hooks group of the mock: the registered webhooks (the `webhooks` table), each on a list,
 * with the actions it listens for and the fields it receives. The context's `WebhookDispatcher`
 * delivers the contact events to them.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Webhooks } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { found, unprocessable } from "../answers.js"
import { isExtraFieldId } from "../contactModel.js"
import type { MockContext } from "../context.js"
import { slice } from "../query.js"
import type { MockState } from "../state.js"
import { baseFieldIds, extraFieldOf } from "./fields.js"
import { requireListParam } from "./lists.js"

export const group = "webhooks"

/** A webhook. Table `webhooks`, keyed by `webhook_id`. */
export interface StoredWebhook {
  readonly webhook_id: number
  readonly list_id: number
  readonly url: string
  readonly actions: ReadonlyArray<Webhooks.WebhookAction>
  readonly fields: ReadonlyArray<string>
}

export const webhooksTable = (state: MockState) =>
  state.table<StoredWebhook>("webhooks", (webhook) => webhook.webhook_id)

/** A webhook to seed: its list, URL, actions, and the fields it receives (none unless given). */
export interface WebhookSeed {
  readonly list_id: number
  readonly url: string
  readonly actions: ReadonlyArray<Webhooks.WebhookAction>
  readonly fields?: ReadonlyArray<string> | undefined
}

/** Adds a webhook, as `createWebhook` does (the list and fields are not checked). */
export const insertWebhook = (state: MockState, seed: WebhookSeed): StoredWebhook => {
  const table = webhooksTable(state)
  return table.set({
    webhook_id: table.takeId(),
    list_id: seed.list_id,
    url: seed.url,
    actions: [...new Set(seed.actions)],
    fields: seed.fields ?? []
  })
}

export const seeds = {
  webhooks: (context: MockContext, seed: WebhookSeed) => void insertWebhook(context.state, seed)
}

export const layer = ({ state }: MockContext) => {
  const webhooks = webhooksTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllWebhooks", ({ urlParams }) =>
        Effect.sync(() => {
          const all = webhooks.values().sort((a, b) => a.webhook_id - b.webhook_id)
          return { total_items: all.length, items: slice(all, urlParams) }
        })
      )
      .handle("createWebhook", ({ payload }) =>
        Effect.gen(function* () {
          yield* requireListParam(state, payload.list_id)
          const fields = payload.fields ?? []
          const unknown = fields.filter((field) =>
            isExtraFieldId(field)
              ? extraFieldOf(state, payload.list_id, Number(field)) === undefined
              : !baseFieldIds.includes(field)
          )
          if (unknown.length > 0) {
            return yield* unprocessable({
              fields: unknown.map((field) => `Field ${field} does not exist in list ${payload.list_id}`)
            })
          }
          return insertWebhook(state, { ...payload, fields })
        })
      )
      .handle("deleteWebhook", ({ path }) =>
        Effect.gen(function* () {
          yield* found(webhooks.get(path.webhook_id), () => `Webhook ${path.webhook_id} does not exist`)
          webhooks.delete(path.webhook_id)
        })
      )
  )
}
