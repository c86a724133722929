/**
 * The delivery of contact events to the registered webhooks.
 *
 * When the contact store raises an event ({@link WebhookDispatcher.emit}), every webhook of the
 * contact's list whose `actions` include the event gets a `POST` with a JSON body:
 *
 * ```json
 * { "list_id": 1, "contact": { "contact_id": "8f3a27ef26", "email": "ana@example.com", "3": "Porto" },
 *   "action": "subscription", "date": "2024-05-01 10:00:00" }
 * ```
 *
 * `contact` holds the contact's ID and the fields the webhook chose (`fields`), keyed by the field
 * IDs as given (a base field's name, an extra field's number); an `options` field gives its option
 * IDs. A campaign event (`email_send`, `sms_send`, ...) also names its `campaign_hash`. E-goi's reference documents the actions but not the body, so this shape is the mock's reading.
 * Each webhook gets its deliveries one at a time, in the order raised. Deliveries never throw: a
 * refused connection, a timeout (10 s) or any failure is logged as `"failed"`. The deliveries are
 * promises and a log, not account data: snapshots and restores leave them alone.
 *
 * @internal
 */
import { type ContactEvent, type ContactEventData, fieldValue } from "./contactModel.js"
import { webhooksTable } from "./groups/webhooks.js"
import type { MockState } from "./state.js"

/** The JSON body a webhook receives. */
export interface WebhookPayload {
  readonly list_id: number
  readonly contact: { readonly contact_id: string; readonly [field: string]: unknown }
  readonly action: ContactEvent
  readonly date: string
  readonly campaign_hash?: string
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

type Pending = Omit<WebhookDelivery, "status"> & { status?: WebhookDelivery["status"] }

export class WebhookDispatcher {
  /** Every delivery raised, in order; `status` is set when it finishes. */
  private log: Array<Pending> = []
  /** The last delivery of each webhook: a webhook's deliveries go one at a time, in the order raised. */
  private readonly tails = new Map<number, Promise<void>>()
  private readonly pending = new Set<Promise<void>>()

  constructor(private readonly state: MockState) {}

  /**
   * Raises a contact event: queues a `POST` to every webhook of the list that listens for the
   * action. Webhooks are delivered to in parallel, each one's deliveries in the order raised.
   */
  emit(data: ContactEventData): void {
    const date = this.state.now()
    const targets = webhooksTable(this.state)
      .values()
      .filter((webhook) => webhook.list_id === data.list_id && webhook.actions.includes(data.action))
    for (const webhook of targets) {
      const contact: Record<string, unknown> = {}
      for (const field of webhook.fields) {
        const value = fieldValue(data.contact, field)
        if (value !== undefined) contact[field] = value
      }
      const body: WebhookPayload = {
        list_id: data.list_id,
        contact: { ...contact, contact_id: data.contact.contact_id },
        action: data.action,
        date,
        ...(data.campaign_hash === undefined ? {} : { campaign_hash: data.campaign_hash })
      }
      const entry: Pending = { webhook_id: webhook.webhook_id, url: webhook.url, action: data.action, body }
      this.log.push(entry)
      const delivery = (this.tails.get(webhook.webhook_id) ?? Promise.resolve())
        .then(() => deliver(webhook.url, body))
        .then((status) => {
          entry.status = status
        })
      this.tails.set(webhook.webhook_id, delivery)
      this.pending.add(delivery)
      void delivery.then(() => {
        this.pending.delete(delivery)
        if (this.tails.get(webhook.webhook_id) === delivery) this.tails.delete(webhook.webhook_id)
      })
    }
  }

  /** The deliveries that have finished, in the order they were raised. */
  deliveries(): ReadonlyArray<WebhookDelivery> {
    return this.log.flatMap(({ status, ...delivery }) => (status === undefined ? [] : [{ ...delivery, status }]))
  }

  /** Resolves when every delivery raised so far has finished. */
  async flush(): Promise<void> {
    await Promise.all([...this.pending])
  }

  /** Forgets the finished and pending deliveries (the pending ones still run, unlogged). */
  clear(): void {
    this.log = []
  }
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
