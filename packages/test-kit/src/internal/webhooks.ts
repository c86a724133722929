/**
 * The Web Hooks routes of the mock, and the delivery of contact events to the registered URLs.
 *
 * When the contacts module raises an event ({@link emitContactEvent}), every webhook of the
 * contact's list whose `actions` include the event gets a `POST` with a JSON body:
 *
 * ```json
 * { "list_id": 1, "contact": { "contact_id": "8f3a27ef26", "email": "ana@example.com", "3": "Porto" },
 *   "action": "subscription", "date": "2024-05-01 10:00:00" }
 * ```
 *
 * `contact` holds the contact's ID and the fields the webhook chose (`fields`), keyed by the field
 * IDs as given (a base field's name, an extra field's number); an `options` field gives its option
 * IDs. E-goi's reference documents the actions but not the body, so this shape is the mock's reading.
 * Each webhook gets its deliveries one at a time, in the order raised. Deliveries never throw: a
 * refused connection, a timeout (10 s) or any failure is logged as `"failed"`.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Webhooks } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import type { ContactEvent, ContactEventData, StoredContact } from "./contactModel.js"
import { notFound, unprocessable } from "./errors.js"
import { baseFieldIds, extraFieldOf } from "./fields.js"
import { listsTable } from "./lists.js"
import { DEFAULT_LIMIT } from "./query.js"
import type { MockState } from "./state.js"

/** A webhook. Table `webhooks`, keyed by `webhook_id`. */
export interface StoredWebhook {
  readonly webhook_id: number
  readonly list_id: number
  readonly url: string
  readonly actions: ReadonlyArray<Webhooks.WebhookAction>
  readonly fields: ReadonlyArray<string>
}

/** The JSON body a webhook receives. */
export interface WebhookPayload {
  readonly list_id: number
  readonly contact: { readonly contact_id: string; readonly [field: string]: unknown }
  readonly action: ContactEvent
  readonly date: string
}

/** One finished delivery: the webhook, where it went, the event, the answer's status (or `"failed"`) and the body sent. */
export interface WebhookDelivery {
  readonly webhook_id: number
  readonly url: string
  readonly action: ContactEvent
  readonly status: number | "failed"
  readonly body: WebhookPayload
}

/** How long a delivery may take before it counts as failed. */
const DELIVERY_TIMEOUT_MILLIS = 10_000

interface Deliveries {
  /** Every delivery raised, in order; `status` is set when it finishes. */
  log: Array<{
    readonly webhook_id: number
    readonly url: string
    readonly action: ContactEvent
    readonly body: WebhookPayload
    status?: number | "failed"
  }>
  /** The last delivery of each webhook: a webhook's deliveries go one at a time, in the order raised. */
  readonly tails: Map<number, Promise<void>>
  readonly pending: Set<Promise<void>>
}

// Deliveries are promises and a log outside the account's data, so snapshots and restores leave them alone.
const deliveriesOf = new WeakMap<MockState, Deliveries>()

const deliveries = (state: MockState): Deliveries => {
  let entry = deliveriesOf.get(state)
  if (!entry) deliveriesOf.set(state, (entry = { log: [], tails: new Map(), pending: new Set() }))
  return entry
}

export const webhooksTable = (state: MockState) =>
  state.table<StoredWebhook>("webhooks", (webhook) => webhook.webhook_id)

/** The chosen fields of a contact, keyed by field ID; fields the contact has no value for are left out. */
const chosenFields = (contact: StoredContact, fields: ReadonlyArray<string>): Record<string, unknown> => {
  const chosen: Record<string, unknown> = {}
  for (const field of fields) {
    if (/^\d+$/.test(field)) {
      const extra = contact.extra.find((value) => value.field_id === Number(field))
      if (extra) chosen[field] = extra.value
    } else {
      const value = (contact.base as unknown as Record<string, unknown>)[field]
      if (value !== undefined) chosen[field] = value
    }
  }
  return chosen
}

/**
 * Raises a contact event: queues a `POST` to every webhook of the list that listens for the action,
 * and answers how many were queued. Each webhook gets its deliveries one at a time, in the order the
 * events were raised (webhooks run in parallel). Never throws; see {@link flushWebhooks} to wait.
 */
export const emitContactEvent = (state: MockState, data: ContactEventData): number => {
  const registry = deliveries(state)
  const date = state.now()
  const targets = webhooksTable(state)
    .values()
    .filter((webhook) => webhook.list_id === data.list_id && webhook.actions.includes(data.action))
  for (const webhook of targets) {
    const body: WebhookPayload = {
      list_id: data.list_id,
      contact: { ...chosenFields(data.contact, webhook.fields), contact_id: data.contact.contact_id },
      action: data.action,
      date
    }
    const entry: Deliveries["log"][number] = {
      webhook_id: webhook.webhook_id,
      url: webhook.url,
      action: data.action,
      body
    }
    registry.log.push(entry)
    const previous = registry.tails.get(webhook.webhook_id) ?? Promise.resolve()
    const delivery = previous
      .then(() => deliver(webhook.url, body))
      .then((status) => {
        entry.status = status
      })
    registry.tails.set(webhook.webhook_id, delivery)
    registry.pending.add(delivery)
    void delivery.then(() => {
      registry.pending.delete(delivery)
      if (registry.tails.get(webhook.webhook_id) === delivery) registry.tails.delete(webhook.webhook_id)
    })
  }
  return targets.length
}

const deliver = async (url: string, body: WebhookPayload): Promise<number | "failed"> => {
  try {
    const response = await globalThis.fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MILLIS)
    })
    // Reads the answer so the connection is released; its content does not matter.
    await response.arrayBuffer().catch(() => undefined)
    return response.status
  } catch {
    return "failed"
  }
}

/** The deliveries that have finished, in the order they were raised. */
export const webhookDeliveries = (state: MockState): ReadonlyArray<WebhookDelivery> =>
  deliveries(state).log.flatMap(({ status, ...delivery }) => (status === undefined ? [] : [{ ...delivery, status }]))

/** Resolves when every delivery raised so far has finished. */
export const flushWebhooks = async (state: MockState): Promise<void> => {
  await Promise.all([...deliveries(state).pending])
}

/** Forgets the finished and pending deliveries (the pending ones still run). */
export const clearWebhookDeliveries = (state: MockState): void => {
  deliveriesOf.delete(state)
}

const view = (webhook: StoredWebhook): Webhooks.Webhook => webhook

export const layer = (state: MockState) => {
  const lists = listsTable(state)
  const webhooks = webhooksTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, "webhooks", (handlers) =>
    handlers
      .handle("getAllWebhooks", ({ urlParams }) =>
        Effect.sync(() => {
          const all = webhooks.values().sort((a, b) => a.webhook_id - b.webhook_id)
          const offset = urlParams.offset ?? 0
          return {
            total_items: all.length,
            items: all.slice(offset, offset + (urlParams.limit ?? DEFAULT_LIMIT)).map(view)
          }
        })
      )
      .handle("createWebhook", ({ payload }) =>
        Effect.gen(function* () {
          if (!lists.has(payload.list_id)) {
            return yield* unprocessable({ list_id: [`List ${payload.list_id} does not exist`] })
          }
          const fields = payload.fields ?? []
          const unknown = fields.filter((field) =>
            /^\d+$/.test(field)
              ? extraFieldOf(state, payload.list_id, Number(field)) === undefined
              : !baseFieldIds.includes(field)
          )
          if (unknown.length > 0) {
            return yield* unprocessable({
              fields: unknown.map((field) => `Field ${field} does not exist in list ${payload.list_id}`)
            })
          }
          return view(
            webhooks.set({
              webhook_id: webhooks.takeId(),
              list_id: payload.list_id,
              url: payload.url,
              actions: [...new Set(payload.actions)],
              fields
            })
          )
        })
      )
      .handle("deleteWebhook", ({ path }) =>
        Effect.gen(function* () {
          if (!webhooks.has(path.webhook_id)) return yield* notFound(`Webhook ${path.webhook_id} does not exist`)
          webhooks.delete(path.webhook_id)
        })
      )
  )
}
