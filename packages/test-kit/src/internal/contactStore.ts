/**
 * The contacts of every list and what keeps them consistent: unique values (per list, for the
 * base fields `email`, `cellphone`, `phone` and the extra fields marked unique) looked up through
 * indexes, extra values checked against the list's fields, an activity trail per contact, and a
 * webhook event for each change. The contacts routes and the contact seeds both write through it.
 * The contacts and activities are tables of the account; the indexes are rebuilt from them when
 * they are restored as a whole.
 *
 * @internal
 */
import { Common, type Contacts } from "@egoi-ts/core"
import * as Schema from "effect/Schema"
import {
  type CampaignEvent,
  type ContactEvent,
  contactKey,
  type FieldValues,
  fieldText,
  type StoredActivity,
  type StoredContact,
  type StoredContactBase,
  type StoredExtraValue
} from "./contactModel.js"
import { activitiesTable, automationsTable, contactsTable } from "./groups/contacts.js"
import { extraFieldOf, isUniqueField, optionIdsOf, UNIQUE_BASE_FIELDS } from "./groups/fields.js"
import { listsTable } from "./groups/lists.js"
import { addSuppression } from "./groups/suppressionList.js"
import type { MockState, Table } from "./state.js"
import type { WebhookDispatcher } from "./webhookDispatcher.js"

/** The channels a removed or forgotten contact leaves suppressed. */
const CHANNELS = ["email", "cellphone", "phone"] as const

/** The tags of a contact without any: one array shared by all of them, never changed in place. */
const NO_TAGS: ReadonlyArray<number> = Object.freeze([])

/** E-goi's notation of a date that never happened. */
const EMPTY_DATE = "0000-00-00 00:00:00"

const EXTRA_FORMATS: Record<string, (value: unknown) => boolean> = {
  date: Schema.is(Common.DateParam),
  number: (value) => typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)),
  email: (value) => typeof value === "string" && Common.EMAIL_PATTERN.test(value),
  cellphone: (value) => typeof value === "string" && Common.PHONE_PATTERN.test(value),
  phone: (value) => typeof value === "string" && Common.PHONE_PATTERN.test(value),
  text: (value) => typeof value === "string",
  options: (value) => Array.isArray(value)
}

/** A contact's base fields as given: a request's, or a seed's (which may also set what the mock sets itself). */
export type BaseInput = Partial<Omit<StoredContactBase, "contact_id">>

/** A contact's extra values as given, by field ID. */
export type ExtraInput = ReadonlyArray<{
  readonly field_id: number
  readonly value: string | ReadonlyArray<number>
  readonly status?: "active" | "inactive" | undefined
}>

/** The data a create, an update or an import gives for one contact. */
export interface ContactInput {
  readonly base?: BaseInput | undefined
  readonly extra?: ExtraInput | undefined
  readonly utm?: object | undefined
  readonly referrer?: object | undefined
  readonly advertising?: object | undefined
}

/** Why a contact's data was refused: a 422 (`invalid`) or a 409 (`conflict`). */
export type Refusal =
  | { readonly _tag: "invalid"; readonly errors: Record<string, Array<string>> }
  | { readonly _tag: "conflict"; readonly field_id: string; readonly contacts: ReadonlyArray<string> }

/** How an unsubscription is recorded. */
export interface Unsubscription {
  readonly unsubscription_method?: string | undefined
  readonly unsubscription_reason?: string | undefined
  readonly unsubscription_observation?: string | undefined
}

/** A contact to seed: its list, and what it holds (base fields, extra values, tags, activities). */
export interface ContactSeed extends ContactInput {
  readonly list_id: number
  /** 10 hexadecimal characters; drawn from the seed when not given. */
  readonly contact_id?: string | undefined
  /** Tag IDs. */
  readonly tags?: ReadonlyArray<number> | undefined
  /** The contact's trail, as `getAllContactActivities` answers it; empty when not given. */
  readonly activities?: ReadonlyArray<Contacts.Activity> | undefined
}

/** What an import did with its contacts, as its callback reports it. */
export interface ImportReport {
  readonly imported: number
  readonly updated: number
  readonly ignored: number
  readonly invalid: number
}

/**
 * A cache rebuilt whenever the table it derives from is restored as a whole (its generation
 * changes), kept up to date by the store's own writes in between.
 */
class Derived<A> {
  private generation = -1
  private readonly entries = new Map<string | number, A>()

  constructor(private readonly table: Table<StoredContact>) {}

  /** The entry of a key, built by `make` on first use since the last restore. */
  get(key: string | number, make: () => A): A {
    if (this.generation !== this.table.generation) {
      this.entries.clear()
      this.generation = this.table.generation
    }
    let entry = this.entries.get(key)
    if (entry === undefined) this.entries.set(key, (entry = make()))
    return entry
  }

  /** The entry of a key if it has been built since the last restore. */
  peek(key: string | number): A | undefined {
    return this.generation === this.table.generation ? this.entries.get(key) : undefined
  }

  delete(key: string | number): void {
    this.entries.delete(key)
  }
}

export class ContactStore {
  private readonly contacts: Table<StoredContact>
  private readonly activities: Table<StoredActivity>
  private readonly automations: Table<{ readonly key: string }>
  /** For each list and unique field (`${list_id}:${field_id}`), the contact ID owning each value. */
  private readonly indexes: Derived<Map<string, string>>
  /**
   * Each list's contact IDs in insertion order, so a page is a slice rather than a scan of every
   * list. The IDs are the contacts' own strings, so the order costs a slot per contact, not a string.
   */
  private readonly orders: Derived<Array<string>>
  /** The activity most recently recorded without data, shared by the next ones of the same action and second. */
  private lastActivity: Contacts.Activity | undefined
  /** The one-activity trail of {@link lastActivity}, shared likewise. */
  private lastTrail: ReadonlyArray<Contacts.Activity> | undefined
  /** The contact saved last and the key string its table row is stored under. */
  private lastSaved: { readonly contact: StoredContact; readonly key: string } | undefined

  constructor(
    private readonly state: MockState,
    private readonly webhooks: WebhookDispatcher
  ) {
    this.contacts = contactsTable(state)
    this.activities = activitiesTable(state)
    this.automations = automationsTable(state)
    this.indexes = new Derived(this.contacts)
    this.orders = new Derived(this.contacts)
  }

  /** A contact of a list. */
  get(listId: number, contactId: string): StoredContact | undefined {
    return this.contacts.get(contactKey(listId, contactId))
  }

  /** Every contact of every list, in the order they were added. */
  all(): Array<StoredContact> {
    return this.contacts.values()
  }

  /** How many contacts a list has. */
  countIn(listId: number): number {
    return this.orderOf(listId).length
  }

  /** The contacts of a list in the order they were added, from `offset`, at most `limit` of them. */
  inList(listId: number, offset = 0, limit = Number.POSITIVE_INFINITY): Array<StoredContact> {
    return this.orderOf(listId)
      .slice(offset, offset + limit)
      .map((contactId) => this.get(listId, contactId)!)
  }

  /** The contacts of a list with these IDs; unknown IDs are left out. */
  byIds(listId: number, ids: ReadonlyArray<string>): Array<StoredContact> {
    return ids.flatMap((id) => {
      const contact = this.get(listId, id)
      return contact ? [contact] : []
    })
  }

  /** The contact of a list holding a value of a unique field, if any. */
  ownerOf(listId: number, fieldId: string, value: string): StoredContact | undefined {
    const ownerId = this.indexOf(listId, fieldId).get(value)
    return ownerId === undefined ? undefined : this.get(listId, ownerId)
  }

  /** A contact's activity trail, oldest first. */
  activitiesOf(contact: StoredContact): ReadonlyArray<Contacts.Activity> {
    return this.activities.get(contactKey(contact.list_id, contact.contact_id))?.items ?? []
  }

  /**
   * Creates a contact (no `previous`) or changes one, recording `subscription` or
   * `edit_subscription` (and `change_consent` when the consent changed) and raising the same
   * webhook events; or answers why the data is refused.
   */
  write(
    listId: number,
    input: ContactInput,
    previous: StoredContact | undefined,
    options: { readonly method?: string; readonly forceEmpty?: boolean } = {}
  ): StoredContact | Refusal {
    const next = this.compose(listId, input, previous, options)
    if ("_tag" in next) return next
    this.save(next, previous)
    this.record(next, previous ? "edit_subscription" : "subscription")
    if (previous && previous.base.consent !== next.base.consent) {
      this.record(next, "change_consent")
      this.emit(next, "change_consent")
    }
    this.emit(next, previous ? "edit_subscription" : "subscription")
    return next
  }

  /**
   * Sets the same data on many contacts, all or none: the first refusal leaves every contact as it
   * was. Each changed contact records and raises `edit_subscription`.
   */
  writeAll(listId: number, input: ContactInput, targets: ReadonlyArray<StoredContact>): Refusal | undefined {
    const planned: Array<readonly [StoredContact, StoredContact]> = []
    for (const contact of targets) {
      const next = this.compose(listId, input, contact)
      if ("_tag" in next) return next
      planned.push([contact, next])
    }
    for (const [previous, next] of planned) {
      this.save(next, previous)
      this.record(next, "edit_subscription")
      this.emit(next, "edit_subscription")
    }
    return undefined
  }

  /**
   * Imports contacts into a list, matching existing ones by `compareField`: `add` only adds,
   * `update_only` only changes, `update` does both. Refused contacts are counted as invalid.
   */
  importContacts(
    listId: number,
    inputs: ReadonlyArray<Contacts.ContactInput>,
    mode: string,
    compareField: string,
    forceEmpty: boolean
  ): ImportReport {
    let imported = 0
    let updated = 0
    let ignored = 0
    let invalid = 0
    for (const input of inputs) {
      const key = fieldText(input as FieldValues, compareField)
      const previous = key === undefined ? undefined : this.ownerOf(listId, compareField, key)
      if ((mode === "add" && previous) || (mode === "update_only" && !previous)) {
        ignored++
        continue
      }
      const next = this.write(listId, input, previous, { method: "imported", forceEmpty })
      if ("_tag" in next) invalid++
      else if (previous) updated++
      else imported++
    }
    return { imported, updated, ignored, invalid }
  }

  /**
   * Activates or deactivates a contact: activating records and raises `resubscription`,
   * deactivating `edit_subscription`. A removed contact, or one already so, is left alone.
   */
  setStatus(contact: StoredContact, status: "active" | "inactive"): void {
    if (contact.base.status === "removed" || contact.base.status === status) return
    const next = this.save(
      { ...contact, base: canonicalBase({ ...contact.base, status, change_date: this.state.now() }) },
      contact
    )
    const action = status === "active" ? "resubscription" : "edit_subscription"
    this.record(next, action)
    this.emit(next, action)
  }

  /** Attaches a tag to contacts (or detaches it), recording `attach_tag` (`detach_tag`) where it changed. */
  retag(tagId: number, targets: ReadonlyArray<StoredContact>, attach: boolean): void {
    for (const contact of targets) {
      if (contact.tags.includes(tagId) === attach) continue
      const tags = attach ? [...contact.tags, tagId] : contact.tags.filter((id) => id !== tagId)
      const next = this.save({ ...contact, tags }, contact)
      this.record(next, attach ? "attach_tag" : "detach_tag", { tag_id: tagId })
    }
  }

  /**
   * Marks a contact removed, suppresses its channels, records and raises `unsubscribe` (naming the
   * campaign whose link it was, when there is one).
   */
  unsubscribe(contact: StoredContact, details: Unsubscription, campaign?: { readonly campaign_hash: string }): void {
    const now = this.state.now()
    const next = this.save(
      {
        ...contact,
        base: canonicalBase({
          ...contact.base,
          status: "removed",
          unsubscription_method: details.unsubscription_method ?? "api",
          unsubscription_reason: details.unsubscription_reason ?? "other",
          unsubscription_observation: details.unsubscription_observation ?? "",
          unsubscription_date: now,
          change_date: now
        })
      },
      contact
    )
    this.suppress(next, "unsubscribe")
    this.record(next, "unsubscribe", campaign)
    this.emit(next, "unsubscribe")
  }

  /** Erases a contact and its activity, raising `forget_subscription`; its channels stay suppressed. */
  forget(contact: StoredContact): void {
    this.emit(contact, "forget_subscription")
    // So that an old import cannot bring the contact back.
    this.suppress(contact, "forgotten")
    this.unindex(contact)
    this.orders.delete(contact.list_id)
    this.contacts.delete(contactKey(contact.list_id, contact.contact_id))
    this.activities.delete(contactKey(contact.list_id, contact.contact_id))
  }

  /** Starts an automation for a contact, once: `false` when the contact is already in its queue. */
  startAutomation(automationId: number, contact: StoredContact): boolean {
    const key = `${automationId}:${contactKey(contact.list_id, contact.contact_id)}`
    if (this.automations.has(key)) return false
    this.automations.set({ key })
    this.record(contact, "automation_event", { automation_id: automationId })
    return true
  }

  /**
   * Records what a campaign did to a contact (`email_send`, `email_open`, ...) on its trail, with
   * the campaign's hash, and raises the webhook event of the same name when there is one.
   */
  track(
    contact: StoredContact,
    action: Contacts.Activity["action_name"],
    data: NonNullable<Contacts.Activity["action_data"]>,
    event?: CampaignEvent
  ): void {
    this.record(contact, action, data)
    if (event !== undefined)
      this.webhooks.emit({ action: event, list_id: contact.list_id, contact, campaign_hash: data.campaign_hash })
  }

  /** Adds a seeded contact: no activity but the one given, no webhook event. Throws when the data is refused. */
  seed(seed: ContactSeed): StoredContact {
    const refuse = (reason: string) => new Error(`Cannot seed a contact in list ${seed.list_id}: ${reason}`)
    if (!listsTable(this.state).has(seed.list_id)) throw refuse("the list does not exist")
    if (seed.contact_id !== undefined && this.get(seed.list_id, seed.contact_id)) {
      throw refuse(`the list already has contact ${seed.contact_id}`)
    }
    const composed = this.compose(seed.list_id, seed, undefined, {
      ...(seed.contact_id === undefined ? {} : { contactId: seed.contact_id.toLowerCase() })
    })
    if ("_tag" in composed) {
      throw refuse(
        composed._tag === "invalid"
          ? JSON.stringify(composed.errors)
          : `${composed.field_id} is already used by contact ${composed.contacts.join(", ")}`
      )
    }
    const contact = this.save({ ...composed, tags: seed.tags && seed.tags.length > 0 ? seed.tags : NO_TAGS })
    if (seed.activities !== undefined && seed.activities.length > 0) {
      const now = this.state.now()
      this.activities.set({
        key: contactKey(contact.list_id, contact.contact_id),
        items: seed.activities.map((activity) => ({ ...activity, date: activity.date ?? now }))
      })
    }
    return contact
  }

  /** Builds the contact a create or update would leave, or says why it is refused. */
  private compose(
    listId: number,
    input: ContactInput,
    previous: StoredContact | undefined,
    options: { readonly method?: string; readonly forceEmpty?: boolean; readonly contactId?: string } = {}
  ): Refusal | StoredContact {
    const extra = this.checkExtra(listId, input.extra)
    if (!Array.isArray(extra)) return extra
    const now = this.state.now()
    const cleaned = Object.fromEntries(
      Object.entries(input.base ?? {}).filter(
        ([, value]) => value !== undefined && (options.forceEmpty || value !== "")
      )
    ) as BaseInput
    const contactId = previous?.contact_id ?? options.contactId ?? this.newContactId()
    const mergedExtra = new Map((previous?.extra ?? []).map((value) => [value.field_id, value]))
    for (const value of extra) mergedExtra.set(value.field_id, value)
    const next: StoredContact = {
      list_id: listId,
      contact_id: contactId,
      base: canonicalBase({
        ...(previous?.base ?? {
          contact_id: contactId,
          status: "active",
          consent: "any",
          consent_date: now,
          subscription_method: options.method ?? "api",
          subscription_date: now,
          subscription_form: 0,
          unsubscription_method: "",
          unsubscription_reason: "",
          unsubscription_observation: "",
          unsubscription_date: EMPTY_DATE,
          change_date: EMPTY_DATE
        }),
        ...cleaned,
        ...(previous ? { change_date: now } : {})
      }),
      extra: exactArray(mergedExtra.values(), mergedExtra.size),
      tags: previous?.tags ?? NO_TAGS
    }
    // Added only when present: a spread in the literal above would make every contact's object larger.
    for (const name of TRAFFIC_SOURCES) {
      const block = merged(name, previous, input)
      if (block) (next as { -readonly [Key in typeof name]?: Record<string, string> })[name] = block
    }
    for (const fieldId of this.uniqueFieldsOf(next)) {
      const value = fieldText(next, fieldId)
      if (value === undefined) continue
      const owner = this.indexOf(listId, fieldId).get(value)
      if (owner !== undefined && owner !== contactId) return { _tag: "conflict", field_id: fieldId, contacts: [owner] }
    }
    return next
  }

  /** Checks extra values against the list's fields: their format, and for an `options` field, its options. */
  private checkExtra(listId: number, extra: ExtraInput | undefined): Refusal | Array<StoredExtraValue> {
    const values: Array<StoredExtraValue> = []
    const errors: Record<string, Array<string>> = {}
    const refuse = (fieldId: number, reason: string) => (errors[`extra.${fieldId}`] ??= []).push(reason)
    for (const item of extra ?? []) {
      const field = extraFieldOf(this.state, listId, item.field_id)
      if (!field) {
        refuse(item.field_id, `List ${listId} has no extra field ${item.field_id}`)
        continue
      }
      const format = field.format as StoredExtraValue["format"]
      if (!(EXTRA_FORMATS[format] ?? EXTRA_FORMATS.text!)(item.value)) {
        refuse(item.field_id, `Expected a ${format} value`)
        continue
      }
      if (format === "options") {
        const known = new Set(optionIdsOf(this.state, listId, item.field_id))
        const unknown = (item.value as ReadonlyArray<number>).filter((option) => !known.has(option))
        if (unknown.length > 0) {
          refuse(item.field_id, `Unknown options: ${unknown.join(", ")}`)
          continue
        }
      }
      const value: { -readonly [Key in keyof StoredExtraValue]: StoredExtraValue[Key] } = {
        field_id: item.field_id,
        format,
        value: item.value
      }
      if (item.status) value.status = item.status
      values.push(value)
    }
    return Object.keys(errors).length > 0 ? { _tag: "invalid", errors } : values
  }

  private newContactId(): string {
    const lists = listsTable(this.state)
    for (;;) {
      const id = Array.from({ length: 10 }, () => this.state.random.int(0, 15).toString(16)).join("")
      if (![...lists.iterate()].some((list) => this.contacts.has(contactKey(list.list_id, id)))) return id
    }
  }

  /** The fields of a contact that may be unique in its list: the unique base fields and its extra fields. */
  private candidateFieldsOf(contact: StoredContact): Array<string> {
    return [...UNIQUE_BASE_FIELDS, ...contact.extra.map((value) => String(value.field_id))]
  }

  /** The fields whose values the contact holds alone in its list. */
  private uniqueFieldsOf(contact: StoredContact): Array<string> {
    return this.candidateFieldsOf(contact).filter((fieldId) => isUniqueField(this.state, contact.list_id, fieldId))
  }

  private indexOf(listId: number, fieldId: string): Map<string, string> {
    return this.indexes.get(`${listId}:${fieldId}`, () => {
      const index = new Map<string, string>()
      for (const contact of this.contacts.iterate()) {
        if (contact.list_id !== listId) continue
        const value = fieldText(contact, fieldId)
        if (value !== undefined) index.set(value, contact.contact_id)
      }
      return index
    })
  }

  private orderOf(listId: number): Array<string> {
    return this.orders.get(listId, () => {
      const order: Array<string> = []
      for (const contact of this.contacts.iterate()) {
        if (contact.list_id === listId) order.push(contact.contact_id)
      }
      return order
    })
  }

  private unindex(contact: StoredContact): void {
    this.reindex(contact, false)
  }

  private save(contact: StoredContact, previous?: StoredContact): StoredContact {
    if (previous) this.unindex(previous)
    else this.orders.peek(contact.list_id)?.push(contact.contact_id)
    const key = contactKey(contact.list_id, contact.contact_id)
    this.contacts.set(contact, key)
    this.lastSaved = { contact, key }
    this.reindex(contact, true)
    return contact
  }

  /**
   * Adds a contact's values to the indexes of its unique fields (or takes them out). The index of a
   * field that is not unique now is dropped: it is not kept up to date, so it is rebuilt if the
   * field becomes unique again.
   */
  private reindex(contact: StoredContact, add: boolean): void {
    for (const fieldId of this.candidateFieldsOf(contact)) {
      if (!isUniqueField(this.state, contact.list_id, fieldId)) {
        this.indexes.delete(`${contact.list_id}:${fieldId}`)
        continue
      }
      const value = fieldText(contact, fieldId)
      if (value === undefined) continue
      const index = this.indexOf(contact.list_id, fieldId)
      if (add) index.set(value, contact.contact_id)
      else if (index.get(value) === contact.contact_id) index.delete(value)
    }
  }

  private suppress(contact: StoredContact, method: "unsubscribe" | "forgotten"): void {
    for (const type of CHANNELS) {
      const value = contact.base[type]
      if (value) addSuppression(this.state, { type, value, method })
    }
  }

  /** Adds an action to a contact's trail (a cart or an order of the shop, say, besides the store's own). */
  record(
    contact: StoredContact,
    action: Contacts.Activity["action_name"],
    data?: Contacts.Activity["action_data"]
  ): void {
    // The contact just saved lends its key string, so its trail's row does not hold another.
    const key =
      this.lastSaved?.contact === contact ? this.lastSaved.key : contactKey(contact.list_id, contact.contact_id)
    const stored = this.activities.get(key)
    const date = this.state.now()
    // Contacts written together (an import) share one activity object: activities are never changed in place.
    let activity: Contacts.Activity
    if (data === undefined && this.lastActivity?.action_name === action && this.lastActivity.date === date) {
      activity = this.lastActivity
    } else {
      activity = Object.freeze({ action_name: action, date, ...(data ? { action_data: data } : {}) })
      if (data === undefined) this.lastActivity = activity
    }
    const previous = stored?.items ?? []
    let items: ReadonlyArray<Contacts.Activity>
    if (previous.length === 0 && activity === this.lastActivity) {
      // A first activity shared by many contacts comes in one shared (frozen) trail too.
      if (this.lastTrail?.[0] !== activity) this.lastTrail = Object.freeze([activity])
      items = this.lastTrail
    } else items = exactArray([...previous, activity], previous.length + 1)
    this.activities.set({ key: stored?.key ?? key, items })
  }

  private emit(contact: StoredContact, action: ContactEvent): void {
    this.webhooks.emit({ action, list_id: contact.list_id, contact })
  }
}

/**
 * An array of exactly `size` items. Arrays built by spreads or `Array.from` keep spare capacity,
 * which for the one- and two-item arrays every contact holds costs more than the items.
 */
const exactArray = <A>(items: Iterable<A>, size: number): Array<A> => {
  const array = new Array<A>(size)
  let index = 0
  for (const item of items) array[index++] = item
  return array
}

/** Every base field, in the order a contact's base is built in. */
const BASE_KEYS: ReadonlyArray<keyof StoredContactBase> = [
  "contact_id",
  "status",
  "consent",
  "consent_date",
  "subscription_method",
  "subscription_date",
  "subscription_form",
  "unsubscription_method",
  "unsubscription_reason",
  "unsubscription_observation",
  "unsubscription_date",
  "change_date",
  "first_name",
  "last_name",
  "birth_date",
  "language",
  "email",
  "email_status",
  "cellphone",
  "cellphone_status",
  "phone",
  "phone_status",
  "push_token_android",
  "push_token_ios"
]
const KNOWN_BASE_KEYS: ReadonlySet<string> = new Set(BASE_KEYS)
const OPTIONAL_BASE_KEYS = BASE_KEYS.slice(BASE_KEYS.indexOf("first_name"))

/**
 * A contact's base with its fields always added in the same order. V8 then gives the bases of all
 * contacts with the same fields one shared shape; built by spreads in the order a request gave its
 * fields, each contact's base had a shape of its own, which cost about 500 bytes a contact.
 */
const canonicalBase = (fields: StoredContactBase): StoredContactBase =>
  new (BaseFields as unknown as new (fields: StoredContactBase) => StoredContactBase)(fields)

/**
 * Built by a constructor rather than a literal: V8 then sizes the object for the fields contacts
 * actually have, the optional ones included, instead of keeping those in a separate array.
 */
function BaseFields(this: Record<string, unknown>, fields: StoredContactBase) {
  this.contact_id = fields.contact_id
  this.status = fields.status
  this.consent = fields.consent
  this.consent_date = fields.consent_date
  this.subscription_method = fields.subscription_method
  this.subscription_date = fields.subscription_date
  this.subscription_form = fields.subscription_form
  this.unsubscription_method = fields.unsubscription_method
  this.unsubscription_reason = fields.unsubscription_reason
  this.unsubscription_observation = fields.unsubscription_observation
  this.unsubscription_date = fields.unsubscription_date
  this.change_date = fields.change_date
  const given = fields as unknown as Record<string, unknown>
  for (const key of OPTIONAL_BASE_KEYS) if (given[key] !== undefined) this[key] = given[key]
  for (const key in given) if (!KNOWN_BASE_KEYS.has(key) && given[key] !== undefined) this[key] = given[key]
}
// Read as plain data everywhere (JSON, structured clones, equality): no prototype of its own to show.
BaseFields.prototype = Object.prototype

/** A traffic-source block (`utm`, `referrer`, `advertising`): the contact's, updated with the input's. */
const merged = (
  name: (typeof TRAFFIC_SOURCES)[number],
  previous: StoredContact | undefined,
  input: ContactInput
): Record<string, string> | undefined =>
  input[name] || previous?.[name]
    ? { ...previous?.[name], ...(input[name] as Record<string, string> | undefined) }
    : undefined

const TRAFFIC_SOURCES = ["utm", "referrer", "advertising"] as const
