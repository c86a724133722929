/**
 * The campaigns of every channel and what sending one does, shared by the Campaigns, Email, Sms,
 * Smart Sms, Voice and Reports modules of the mock.
 *
 * - A campaign is made for an existing list, from a sender of its channel's kind (an email sender for
 *   email, a cellphone sender for SMS and smart SMS, a phone sender for voice); it starts as a `draft`.
 * - Sending needs the sender approved (`active`; new senders are in `moderation`), and moves the
 *   campaign to `sending`, or to `queued` with a `schedule_date` still to come on the mock's clock.
 * - Delivering resolves the audience from the list and the send's segments (the whole list, saved,
 *   tag or automatic segments, or one contact), keeps the contacts that can receive on the channel
 *   (status `active`, the destination field filled and not disabled, the value not in the
 *   suppression list, each value once with `unique_contacts_only`), records the send and what each
 *   recipient did on the contact's trail, raises the webhook events of those actions, and marks the
 *   campaign `sent`. With the mock's `operations: "immediate"` (the default) a send is delivered
 *   before the next request is answered; with `"manual"`, when `runOperations()` is called.
 * - What each recipient does (opens, clicks, bounces, complaints, unsubscribing; SMS and voice
 *   delivery states and networks) is drawn from a hash of the mock's seed, the campaign and the
 *   contact, so the same seed gives the same outcomes, and the reports count exactly those outcomes.
 *
 * @internal
 */
import type { Campaigns } from "@egoi-ts/core"
import { Common } from "@egoi-ts/core"
import { conflict, notFound, unprocessable } from "./answers.js"
import type { StoredContact } from "./contactModel.js"
import type { ContactStore } from "./contactStore.js"
import { campaignsTable } from "./groups/campaigns.js"
import { extraFieldOf } from "./groups/fields.js"
import { listsTable } from "./groups/lists.js"
import { tokensOf } from "./groups/push.js"
import { type StoredSegment, segmentOf, segmentSelects } from "./groups/segments.js"
import { type SenderKind, senderOf } from "./groups/senders.js"
import { isSuppressed } from "./groups/suppressionList.js"
import { webPushSubscriptionsTable } from "./groups/webpush.js"
import type { OperationMode } from "./operationRunner.js"
import type { MockState } from "./state.js"

export type Channel = (typeof Campaigns.CAMPAIGN_CHANNELS)[number]
export type CampaignStatus = (typeof Campaigns.CAMPAIGN_STATUSES)[number]

/** The sender kind each channel sends from; push and web push have none. */
export const SENDER_KIND: Readonly<Record<Channel, SenderKind | undefined>> = {
  email: "email",
  sms: "cellphone",
  smart_sms: "cellphone",
  voice: "phone",
  push: undefined,
  web_push: undefined
}

/** Who a send goes to, as the send actions take it. */
export type Audience =
  | { readonly type: "none" }
  | { readonly type: "segment"; readonly data: ReadonlyArray<string> }
  | { readonly type: "contact"; readonly data: string }

/** A send as the send actions take it, whatever the channel. */
export interface SendRequest {
  readonly list_id: number
  readonly segments: Audience
  readonly destination_field?: string | undefined
  readonly unique_contacts_only?: boolean | undefined
  readonly limit_contacts?: { readonly type: "percent" | "value"; readonly value: number } | undefined
  /** E-goi's notation; a `Date` when the request was made from code. */
  readonly schedule_date?: string | Date | undefined
}

/** What happened to one message of a send. */
export interface Outcome {
  /** Email: the bounce, if the address bounced. */
  readonly bounce?: "hard" | "soft"
  /** Email: how many times it was opened. */
  readonly opens: number
  /** Email: the links clicked. */
  readonly clicks: ReadonlyArray<string>
  /** Email: marked as spam. */
  readonly complaint: boolean
  /** Email: the recipient unsubscribed through the email's link. */
  readonly unsubscribed: boolean
  /** SMS and voice: the delivery state. */
  readonly state?: "delivered" | "error" | "invalid" | "pending"
  /** An index into the channel's breakdown table (location and reader for email, network for SMS and voice). */
  readonly facet: number
}

/** One message of a delivered send: to whom, where, and what happened to it. */
export interface Recipient {
  readonly contact_id: string
  readonly destination: string
  readonly outcome: Outcome
}

/**
 * A campaign of any channel. Table `campaigns`, keyed by `campaign_hash`. `content` and `options`
 * are kept as given; `send` is the last send's request, and `recipients` who it reached once
 * delivered.
 */
export interface StoredCampaign {
  readonly id: number
  readonly campaign_hash: string
  readonly channel: Channel
  readonly list_id: number
  readonly internal_name: string
  readonly title: string
  readonly status: CampaignStatus
  readonly created_by: number
  readonly group_id?: number | undefined
  readonly created: string
  readonly updated: string
  readonly start_date?: string | undefined
  readonly end_date?: string | undefined
  readonly schedule_date?: string | undefined
  readonly sender_id?: number | undefined
  readonly reply_to?: number | undefined
  readonly content: unknown
  readonly options?: unknown
  /** An RSS campaign, and whether it has been enabled. */
  readonly rss?: { readonly enabled: boolean } | undefined
  readonly send?: SendRequest | undefined
  readonly delivered?: string | undefined
  readonly recipients?: ReadonlyArray<Recipient> | undefined
}

/** Why a request about a campaign is refused: a missing record, a state conflict or invalid data, naming the field. */
export interface Refusal {
  readonly _tag: "missing" | "conflict" | "invalid"
  readonly field: string
  readonly message: string
}

const refusal = (_tag: Refusal["_tag"], field: string, message: string): Refusal => ({ _tag, field, message })

/** Email outcome rates: of every message, of the delivered ones, of the openers. */
export const EMAIL_RATES = {
  hardBounce: 0.02,
  softBounce: 0.03,
  open: 0.4,
  secondOpen: 0.25,
  click: 0.3,
  complaint: 0.01,
  unsubscribe: 0.02
} as const

/** SMS and voice delivery rates, of every message. */
export const PHONE_RATES = { invalid: 0.02, error: 0.03, pending: 0.05 } as const

/** Where email opens come from, in the report's `location` breakdown. */
export const LOCATIONS = [
  { location: "Matosinhos", region: "Porto", country: "Portugal" },
  { location: "Lisboa", region: "Lisboa", country: "Portugal" },
  { location: "Madrid", region: "Madrid", country: "Spain" },
  { location: "São Paulo", region: "São Paulo", country: "Brazil" }
] as const

/** What emails are read with, in the report's `reader` breakdown. */
export const READERS = [
  { reader: "Gmail", type: "webmail" },
  { reader: "Outlook", type: "desktop" },
  { reader: "Apple Mail", type: "mobile" }
] as const

/** The networks SMS and voice messages go through, in the reports' `networks` breakdown. */
export const NETWORKS = ["Vodafone", "MEO", "NOS"] as const

const HASH_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"

/** FNV-1a of a string, as a number in [0, 1). */
const unit = (text: string): number => {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return (h >>> 0) / 4294967296
}

/** The links of an HTML body, in order, each once. */
export const linksOf = (html: string): ReadonlyArray<string> => {
  const links = new Set<string>()
  for (const match of html.matchAll(/href\s*=\s*["'](https?:\/\/[^"']+)["']/gi)) links.add(match[1]!)
  return [...links]
}

export class CampaignStore {
  private readonly salt: string

  constructor(
    private readonly state: MockState,
    private readonly contacts: ContactStore,
    private readonly mode: OperationMode,
    seed: string | number | undefined
  ) {
    this.salt = String(seed ?? 0)
  }

  /** A campaign of a channel (any channel when none is given). */
  find(hash: string, channel?: Channel): StoredCampaign | undefined {
    const campaign = campaignsTable(this.state).get(hash)
    return campaign && (channel === undefined || campaign.channel === channel) ? campaign : undefined
  }

  /**
   * Creates a draft: its list must exist, and its sender be a sender of the channel's kind (in
   * moderation or not: approval is checked when sending).
   */
  create(
    channel: Channel,
    fields: {
      readonly list_id: number
      readonly internal_name: string
      readonly title?: string | undefined
      readonly sender_id?: number | undefined
      readonly reply_to?: number | undefined
      readonly group_id?: number | undefined
      readonly content: unknown
      readonly options?: unknown
      readonly rss?: boolean | undefined
    }
  ): StoredCampaign | Refusal {
    if (!listsTable(this.state).has(fields.list_id)) {
      return refusal("missing", "list_id", `List ${fields.list_id} does not exist`)
    }
    const sender = this.checkSender(channel, fields.sender_id)
    if (sender) return sender
    if (fields.reply_to !== undefined && !senderOf(this.state, "email", fields.reply_to)) {
      return refusal("invalid", "reply_to", `Email sender ${fields.reply_to} does not exist`)
    }
    const table = campaignsTable(this.state)
    const now = this.state.now()
    return table.set({
      id: table.takeId(),
      campaign_hash: this.newHash(),
      channel,
      list_id: fields.list_id,
      internal_name: fields.internal_name,
      title: fields.title ?? fields.internal_name,
      status: "draft",
      created_by: 1,
      ...(fields.group_id === undefined ? {} : { group_id: fields.group_id }),
      created: now,
      updated: now,
      ...(fields.sender_id === undefined ? {} : { sender_id: fields.sender_id }),
      ...(fields.reply_to === undefined ? {} : { reply_to: fields.reply_to }),
      content: fields.content,
      ...(fields.options === undefined ? {} : { options: fields.options }),
      ...(fields.rss ? { rss: { enabled: false } } : {})
    })
  }

  /** Changes a draft (or a queued campaign); a sent one is refused. `change` gives the fields to replace. */
  update(
    hash: string,
    channel: Channel,
    change: (campaign: StoredCampaign) => Partial<StoredCampaign>
  ): StoredCampaign | Refusal {
    const campaign = this.find(hash, channel)
    if (!campaign) return refusal("missing", "campaign_hash", `Campaign ${hash} does not exist`)
    if (campaign.status === "sending" || campaign.status === "sent") {
      return refusal("invalid", "campaign_hash", `Campaign ${hash} was already sent and cannot change`)
    }
    const changed = change(campaign)
    const sender = changed.sender_id === undefined ? undefined : this.checkSender(channel, changed.sender_id)
    if (sender) return sender
    return campaignsTable(this.state).set({ ...campaign, ...changed, updated: this.state.now() })
  }

  /**
   * Sends a draft: checks the campaign, its list, its sender's approval and the send's audience and
   * destination, then queues the delivery (now, or at its schedule date).
   */
  send(hash: string, channel: Channel, request: SendRequest): StoredCampaign | Refusal {
    const campaign = this.find(hash, channel)
    if (!campaign) return refusal("missing", "campaign_hash", `Campaign ${hash} does not exist`)
    if (campaign.status !== "draft") {
      return refusal("conflict", "campaign_hash", `Campaign ${hash} is ${campaign.status}, not a draft`)
    }
    if (campaign.rss) {
      return refusal("conflict", "campaign_hash", `Campaign ${hash} is an RSS campaign: it is enabled, not sent`)
    }
    if (request.list_id !== campaign.list_id) {
      return refusal("invalid", "list_id", `Campaign ${hash} belongs to list ${campaign.list_id}`)
    }
    if (!listsTable(this.state).has(request.list_id)) {
      return refusal("invalid", "list_id", `List ${request.list_id} does not exist`)
    }
    const kind = SENDER_KIND[channel]
    if (kind) {
      if (campaign.sender_id === undefined) {
        return refusal("invalid", "sender_id", `Campaign ${hash} has no sender`)
      }
      const sender = senderOf(this.state, kind, campaign.sender_id)
      if (!sender) return refusal("invalid", "sender_id", `The ${kind} sender ${campaign.sender_id} does not exist`)
      if (sender.status !== "active") {
        return refusal(
          "invalid",
          "sender_id",
          `The ${kind} sender ${campaign.sender_id} is ${sender.status === "moderation" ? "in moderation" : (sender.status ?? "not approved")}: only approved senders can send`
        )
      }
    }
    const destination = this.checkDestination(channel, campaign.list_id, request.destination_field)
    if (destination) return destination
    const audience = this.audience(campaign.list_id, request.segments)
    if (!Array.isArray(audience)) return audience
    const now = this.state.clock()
    const scheduleDate =
      request.schedule_date instanceof Date ? Common.formatDateTime(request.schedule_date) : request.schedule_date
    const scheduled =
      scheduleDate !== undefined &&
      Common.toDate(scheduleDate).pipe((date) => date._tag === "Some" && date.value.getTime() > now)
    const sent = campaignsTable(this.state).set({
      ...campaign,
      status: scheduled ? "queued" : "sending",
      updated: this.state.now(),
      ...(scheduled ? { schedule_date: scheduleDate } : { start_date: this.state.now() }),
      send: { ...request, ...(scheduleDate === undefined ? {} : { schedule_date: scheduleDate }) }
    })
    if (this.mode === "immediate") setTimeout(() => this.deliverDue(), 0)
    return sent
  }

  /** Enables an RSS campaign; a campaign that is not an RSS one is refused. */
  enableRss(hash: string, channel: Channel): StoredCampaign | Refusal {
    const campaign = this.find(hash, channel)
    if (!campaign) return refusal("invalid", "campaign_hash", `Campaign ${hash} does not exist`)
    if (!campaign.rss) return refusal("invalid", "campaign_hash", `Campaign ${hash} is not an RSS campaign`)
    return campaignsTable(this.state).set({
      ...campaign,
      rss: { enabled: true },
      status: "sending",
      start_date: campaign.start_date ?? this.state.now(),
      updated: this.state.now()
    })
  }

  /** Removes a campaign from every listing; one being sent is refused. */
  delete(hash: string): Refusal | undefined {
    const campaign = this.find(hash)
    if (!campaign) return refusal("missing", "campaign_hash", `Campaign ${hash} does not exist`)
    if (campaign.status === "sending" && !campaign.rss) {
      return refusal("conflict", "campaign_hash", `Campaign ${hash} is being sent`)
    }
    campaignsTable(this.state).delete(hash)
    return undefined
  }

  /** In immediate mode, delivers the sends that are due: every one started, and the scheduled ones whose date has come. */
  deliverDue(): void {
    if (this.mode === "immediate") this.deliverAll()
  }

  /** Delivers every send that is due, whatever the mode (`runOperations()`). */
  deliverAll(): void {
    const now = this.state.clock()
    for (const campaign of campaignsTable(this.state).values()) {
      if (campaign.rss || campaign.send === undefined) continue
      const due =
        campaign.status === "sending" ||
        (campaign.status === "queued" &&
          Common.toDate(campaign.schedule_date).pipe((date) => date._tag === "Some" && date.value.getTime() <= now))
      if (due) this.deliver(campaign)
    }
  }

  private deliver(campaign: StoredCampaign): void {
    const request = campaign.send!
    const audience = this.audience(campaign.list_id, request.segments)
    const targets = Array.isArray(audience) ? audience : []
    const messages = this.limit(this.destinations(campaign, targets, request), request.limit_contacts)
    const now = this.state.now()
    const links = linksOfContent(campaign.content)
    const recipients = messages.map(({ contact, destination }) => ({
      contact_id: contact.contact_id,
      destination,
      outcome: this.outcome(campaign, contact.contact_id, destination, links)
    }))
    campaignsTable(this.state).set({
      ...campaign,
      status: "sent",
      start_date: campaign.start_date ?? now,
      end_date: now,
      updated: now,
      delivered: now,
      recipients
    })
    const byId = new Map(messages.map(({ contact }) => [contact.contact_id, contact]))
    for (const recipient of recipients) this.record(campaign, byId.get(recipient.contact_id)!, recipient)
  }

  /** The contacts a send's segments select, before filtering who can receive. */
  private audience(listId: number, segments: Audience): Array<StoredContact> | Refusal {
    const all = this.contacts.inList(listId)
    switch (segments.type) {
      case "none":
        return all
      case "segment": {
        const selected: Array<StoredSegment> = []
        for (const segmentId of segments.data) {
          const segment = segmentOf(this.state, listId, segmentId)
          if (!segment) return refusal("invalid", "segments", `Segment ${segmentId} does not exist in list ${listId}`)
          selected.push(segment)
        }
        return all.filter((contact) => selected.some((segment) => segmentSelects(this.state, segment, contact)))
      }
      case "contact": {
        const wanted = segments.data.toLowerCase()
        const matching = all.filter(
          (contact) =>
            contact.contact_id === wanted ||
            [contact.base.email, contact.base.cellphone, contact.base.phone].some(
              (value) => value !== undefined && value.toLowerCase() === wanted
            )
        )
        return matching.length > 0
          ? matching
          : refusal("invalid", "segments", `List ${listId} has no contact ${segments.data}`)
      }
    }
  }

  /** Every message of a send: each contact that can receive, at each of its destinations. */
  private destinations(
    campaign: StoredCampaign,
    targets: ReadonlyArray<StoredContact>,
    request: SendRequest
  ): Array<{ readonly contact: StoredContact; readonly destination: string }> {
    const messages: Array<{ readonly contact: StoredContact; readonly destination: string }> = []
    const seen = new Set<string>()
    const { app_id, site_id } = (campaign.options ?? {}) as { app_id?: string; site_id?: number }
    for (const contact of targets) {
      if (contact.base.status !== "active") continue
      if (campaign.channel === "push") {
        for (const [os, token] of tokensOf(this.state, app_id ?? "", contact)) {
          messages.push({ contact, destination: `${os}:${token}` })
        }
        continue
      }
      if (campaign.channel === "web_push") {
        const subscription = webPushSubscriptionsTable(this.state).get(`${site_id}:${contact.contact_id}`)
        if (subscription) messages.push({ contact, destination: `${subscription.device}:${subscription.browser}` })
        continue
      }
      for (const [type, value] of destinationsOf(campaign.channel, contact, request.destination_field)) {
        if (isSuppressed(this.state, type, value)) continue
        const key = value.toLowerCase()
        if (request.unique_contacts_only && seen.has(key)) continue
        seen.add(key)
        messages.push({ contact, destination: value })
      }
    }
    return messages
  }

  private limit<A>(messages: Array<A>, limit: SendRequest["limit_contacts"]): Array<A> {
    if (!limit) return messages
    const count = limit.type === "value" ? limit.value : Math.ceil((messages.length * limit.value) / 100)
    return messages.slice(0, count)
  }

  private outcome(
    campaign: StoredCampaign,
    contactId: string,
    destination: string,
    links: ReadonlyArray<string>
  ): Outcome {
    const draw = (label: string) => unit(`${this.salt}|${campaign.campaign_hash}|${contactId}|${destination}|${label}`)
    const base = { opens: 0, clicks: [], complaint: false, unsubscribed: false }
    if (campaign.channel !== "email") {
      const u = draw("state")
      const state =
        u < PHONE_RATES.invalid
          ? "invalid"
          : u < PHONE_RATES.invalid + PHONE_RATES.error
            ? "error"
            : u < PHONE_RATES.invalid + PHONE_RATES.error + PHONE_RATES.pending
              ? "pending"
              : "delivered"
      const facet = Math.floor(draw("network") * NETWORKS.length)
      if (campaign.channel !== "web_push" || state !== "delivered") return { ...base, state, facet }
      // Web push opens and clicks come from the model; push opens from the events devices register.
      const opened = draw("open") < EMAIL_RATES.open
      const clicks = opened && links.length > 0 && draw("click") < EMAIL_RATES.click ? [links[0]!] : []
      return { ...base, state, facet, opens: opened ? 1 : 0, clicks }
    }
    const facet = Math.floor(draw("facet") * LOCATIONS.length * READERS.length)
    const bounce = draw("bounce")
    if (bounce < EMAIL_RATES.hardBounce) return { ...base, bounce: "hard", facet }
    if (bounce < EMAIL_RATES.hardBounce + EMAIL_RATES.softBounce) return { ...base, bounce: "soft", facet }
    const complaint = draw("complaint") < EMAIL_RATES.complaint
    if (draw("open") >= EMAIL_RATES.open) return { ...base, complaint, facet }
    const opens = draw("second-open") < EMAIL_RATES.secondOpen ? 2 : 1
    const clicks =
      links.length > 0 && draw("click") < EMAIL_RATES.click ? [links[Math.floor(draw("link") * links.length)]!] : []
    return { ...base, opens, clicks, complaint, unsubscribed: draw("unsubscribe") < EMAIL_RATES.unsubscribe, facet }
  }

  /** Writes a recipient's outcome on the contact's trail, with the webhook events it raises. */
  private record(campaign: StoredCampaign, contact: StoredContact, recipient: Recipient): void {
    const data = { campaign_hash: campaign.campaign_hash }
    const { outcome } = recipient
    switch (campaign.channel) {
      case "email": {
        this.contacts.track(contact, "email_send", data, "email_send")
        if (outcome.bounce === "hard") this.contacts.track(contact, "email_hard_bounce", data, "email_hard_bounce")
        if (outcome.bounce === "soft") this.contacts.track(contact, "email_soft_bounce", data, "email_soft_bounce")
        for (let i = 0; i < outcome.opens; i++) this.contacts.track(contact, "email_open", data, "email_open")
        for (const url of outcome.clicks) this.contacts.track(contact, "email_click", { ...data, url }, "email_click")
        if (outcome.complaint) {
          this.contacts.track(contact, "email_spam_complaint", data, "email_spam_complaint")
        }
        if (outcome.unsubscribed) {
          const current = this.contacts.get(contact.list_id, contact.contact_id)
          if (current && current.base.status !== "removed") {
            this.contacts.unsubscribe(current, { unsubscription_method: "unsubscribe_link" }, data)
          }
        }
        return
      }
      case "sms":
        this.contacts.track(contact, "sms_send", data, "sms_send")
        if (outcome.state === "delivered") this.contacts.track(contact, "sms_report", data, "sms_delivered")
        return
      case "smart_sms":
        this.contacts.track(contact, "smart_sms_send", data)
        if (outcome.state === "delivered") this.contacts.track(contact, "smart_sms_report", data)
        return
      case "voice":
        this.contacts.track(contact, "voice_send", data, "voice_send")
        if (outcome.state === "delivered") this.contacts.track(contact, "voice_report", data)
        return
      case "push":
        this.contacts.track(contact, "push_send", data, "push_send")
        if (outcome.state === "delivered") this.contacts.track(contact, "push_received", data, "push_received")
        return
      case "web_push":
        this.contacts.track(contact, "web_push_send", data, "web_push_send")
        if (outcome.state === "delivered") {
          this.contacts.track(contact, "web_push_delivered", data, "web_push_delivered")
        }
        if (outcome.state === "invalid") this.contacts.track(contact, "web_push_bounce", data)
        if (outcome.opens > 0) this.contacts.track(contact, "web_push_open", data, "web_push_open")
        for (const url of outcome.clicks)
          this.contacts.track(contact, "web_push_click", { ...data, url }, "web_push_click")
        return
    }
  }

  /**
   * Registers what a device did with a push notification (`open` or `canceled`): on the contact's
   * trail, as a webhook event, and, for an open, in the campaign's report. `false` when the contact
   * received no notification of the campaign.
   */
  registerOpen(hash: string, contactId: string, event: "open" | "canceled"): boolean {
    const campaign = this.find(hash, "push")
    const index = campaign?.recipients?.findIndex((recipient) => recipient.contact_id === contactId.toLowerCase()) ?? -1
    const contact = campaign && this.contacts.get(campaign.list_id, contactId)
    if (!campaign || index < 0 || !contact) return false
    const data = { campaign_hash: hash }
    if (event === "canceled") {
      this.contacts.track(contact, "push_canceled", data, "push_canceled")
      return true
    }
    const recipients = [...campaign.recipients!]
    const recipient = recipients[index]!
    recipients[index] = { ...recipient, outcome: { ...recipient.outcome, opens: recipient.outcome.opens + 1 } }
    campaignsTable(this.state).set({ ...campaign, recipients })
    this.contacts.track(contact, "push_open", data, "push_open")
    return true
  }

  private checkSender(channel: Channel, senderId: number | undefined): Refusal | undefined {
    const kind = SENDER_KIND[channel]
    if (kind === undefined || senderId === undefined) return undefined
    return senderOf(this.state, kind, senderId)
      ? undefined
      : refusal("invalid", "sender_id", `The account has no ${kind} sender ${senderId}`)
  }

  /** An extra field as a destination must be a field of the list, of the channel's format. */
  private checkDestination(channel: Channel, listId: number, field: string | undefined): Refusal | undefined {
    if (field === undefined || !/^\d+$/.test(field)) return undefined
    const format = channel === "email" ? "email" : "cellphone"
    const extra = extraFieldOf(this.state, listId, Number(field))
    if (extra?.format === format) return undefined
    return refusal(
      "invalid",
      "destination_field",
      extra
        ? `Field ${field} of list ${listId} is of format ${extra.format}, not ${format}`
        : `List ${listId} has no extra field ${field}`
    )
  }

  private newHash(): string {
    const table = campaignsTable(this.state)
    for (;;) {
      const hash = Array.from({ length: 12 }, () => this.state.random.pick([...HASH_ALPHABET])).join("")
      if (!table.has(hash)) return hash
    }
  }
}

/** The links of a campaign's content: those of an HTML body, or a web page's address. */
const linksOfContent = (content: unknown): ReadonlyArray<string> => {
  const { body, url, type, link } = (content ?? {}) as { body?: unknown; url?: unknown; type?: unknown; link?: unknown }
  if (typeof body === "string") return linksOf(body)
  if (typeof link === "string") return [link]
  return type === "web_page" && typeof url === "string" ? [url] : []
}

type Destination = readonly [type: "email" | "cellphone" | "phone", value: string]

/** A base channel's value, unless its channel status disables it. */
const baseValue = (contact: StoredContact, field: "email" | "cellphone" | "phone"): string | undefined => {
  const value = contact.base[field]
  return value && contact.base[`${field}_status`] !== "inactive" ? value : undefined
}

/** The value of an extra field of a contact, unless empty or disabled. */
const extraValue = (contact: StoredContact, fieldId: string): string | undefined => {
  const extra = contact.extra.find((value) => value.field_id === Number(fieldId))
  return extra && typeof extra.value === "string" && extra.value !== "" && extra.status !== "inactive"
    ? extra.value
    : undefined
}

/** Where a contact receives a campaign of a channel: none, one, or (voice's `cellphone_phone`) two. */
export const destinationsOf = (
  channel: Channel,
  contact: StoredContact,
  field: string | undefined
): ReadonlyArray<Destination> => {
  const one = (type: Destination[0], value: string | undefined): Array<Destination> =>
    value === undefined ? [] : [[type, value]]
  switch (channel) {
    case "email":
      return field === undefined || field === "email"
        ? one("email", baseValue(contact, "email"))
        : one("email", extraValue(contact, field))
    case "sms":
    case "smart_sms":
      return field === undefined || field === "cellphone"
        ? one("cellphone", baseValue(contact, "cellphone"))
        : one("cellphone", extraValue(contact, field))
    case "voice": {
      const phone = one("phone", baseValue(contact, "phone"))
      const cellphone = one("cellphone", baseValue(contact, "cellphone"))
      switch (field) {
        case "cellphone":
          return cellphone
        case "phone_failsafe_cellphone":
          return phone.length > 0 ? phone : cellphone
        case "cellphone_failsafe_phone":
          return cellphone.length > 0 ? cellphone : phone
        case "cellphone_phone":
          return [...cellphone, ...phone]
        default:
          return phone
      }
    }
    case "push":
    case "web_push":
      return []
  }
}

/** A refusal as E-goi's 422, naming the field. */
export const asUnprocessable = (refused: Refusal) =>
  unprocessable({ [refused.field]: [refused.message] }, refused.message)

/** A refusal as a 404 when the record is missing, a 422 otherwise (routes that document no 409). */
export const asNotFoundOrUnprocessable = (refused: Refusal) =>
  refused._tag === "missing" ? notFound(refused.message) : asUnprocessable(refused)

/** A refusal as a 409 for a state conflict, a 422 otherwise (routes that document no 404). */
export const asConflictOrUnprocessable = (refused: Refusal) =>
  refused._tag === "conflict"
    ? conflict({ [refused.field]: refused.message }, refused.message)
    : asUnprocessable(refused)

/** A refusal as its own status: 404, 409 or 422. */
export const asAnswer = (refused: Refusal) =>
  refused._tag === "missing"
    ? notFound(refused.message)
    : refused._tag === "conflict"
      ? conflict({ [refused.field]: refused.message }, refused.message)
      : asUnprocessable(refused)

/** Whether a store's answer is a refusal. */
export const isRefusal = (value: StoredCampaign | Refusal | undefined): value is Refusal =>
  value !== undefined && "_tag" in value
