/**
 * How the mock stores a contact, shared by the modules that read contacts (segments, webhooks,
 * exports) and the contact store that writes them.
 *
 * @internal
 */
import type { Contacts } from "@egoi-ts/core"

/** A contact's value of one extra field, as `getContact` returns it. */
export interface StoredExtraValue {
  readonly field_id: number
  readonly format: "date" | "text" | "cellphone" | "phone" | "number" | "email" | "options"
  /** Option IDs for an `options` field, a string otherwise. */
  readonly value: string | ReadonlyArray<number>
  readonly status?: "active" | "inactive"
}

/** The base fields of a contact, as `getContact` returns them under `base`. */
export interface StoredContactBase {
  readonly contact_id: string
  readonly status: "active" | "inactive" | "removed" | "unconfirmed"
  readonly consent: string
  readonly consent_date: string
  readonly subscription_method: string
  readonly subscription_date: string
  readonly subscription_form: number
  readonly unsubscription_method: string
  readonly unsubscription_reason: string
  readonly unsubscription_observation: string
  readonly unsubscription_date: string
  readonly change_date: string
  readonly first_name?: string
  readonly last_name?: string
  readonly birth_date?: string
  readonly language?: string
  readonly email?: string
  readonly email_status?: "active" | "inactive"
  readonly cellphone?: string
  readonly cellphone_status?: "active" | "inactive"
  readonly phone?: string
  readonly phone_status?: "active" | "inactive"
  readonly push_token_android?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
  readonly push_token_ios?: ReadonlyArray<{ readonly app_id?: string; readonly token?: string }>
}

/** A contact of one list. Table `contacts`, keyed by `${list_id}:${contact_id}`. */
export interface StoredContact {
  readonly list_id: number
  readonly contact_id: string
  readonly base: StoredContactBase
  readonly extra: ReadonlyArray<StoredExtraValue>
  readonly tags: ReadonlyArray<number>
  readonly utm?: Readonly<Record<string, string>>
  readonly referrer?: Readonly<Record<string, string>>
  readonly advertising?: Readonly<Record<string, string>>
}

/** A contact's activity trail, oldest first. Table `activities`, keyed as the contact. */
export interface StoredActivity {
  readonly key: string
  readonly items: ReadonlyArray<Contacts.Activity>
}

/** The key of a contact in the `contacts` table. */
export const contactKey = (listId: number, contactId: string) => `${listId}:${contactId.toLowerCase()}`

/** What field values are read from: a stored contact, or a contact as a request gives it. */
export interface FieldValues {
  readonly base?: object | undefined
  readonly extra?: ReadonlyArray<{ readonly field_id: number; readonly value?: unknown }> | undefined
}

/** Whether a field ID names an extra field (`"3"`) rather than a base field (`email`). */
export const isExtraFieldId = (fieldId: string): boolean => /^\d+$/.test(fieldId)

/** The value of a base field (`email`) or an extra field (`"3"`), as stored or given: option IDs for an `options` field. */
export const fieldValue = (contact: FieldValues, fieldId: string): unknown =>
  isExtraFieldId(fieldId)
    ? contact.extra?.find((item) => item.field_id === Number(fieldId))?.value
    : (contact.base as Record<string, unknown> | undefined)?.[fieldId]

/** The value of a field as text (option IDs joined by commas), or `undefined` when it has none or an empty one. */
export const fieldText = (contact: FieldValues, fieldId: string): string | undefined => {
  const value = fieldValue(contact, fieldId)
  if (value === undefined || value === null || value === "") return undefined
  return Array.isArray(value) ? value.join(",") : String(value)
}

/**
 * The contact events the mock raises, named as E-goi's webhook `actions`: a new contact
 * (`subscription`), a changed one (`edit_subscription`), `unsubscribe`, `resubscription` (activated
 * again), `forget_subscription`, `change_consent`, and what a campaign's send does to each of its
 * recipients ({@link CampaignEvent}).
 */
export type ContactEvent =
  | "subscription"
  | "edit_subscription"
  | "unsubscribe"
  | "resubscription"
  | "forget_subscription"
  | "change_consent"
  | CampaignEvent

/** What a campaign's send does to a recipient, named as E-goi's webhook `actions`. */
export type CampaignEvent =
  | "email_send"
  | "email_open"
  | "email_click"
  | "email_soft_bounce"
  | "email_hard_bounce"
  | "email_spam_complaint"
  | "sms_send"
  | "sms_delivered"
  | "voice_send"
  | "push_send"
  | "push_received"
  | "push_open"
  | "push_canceled"
  | "web_push_send"
  | "web_push_delivered"
  | "web_push_open"
  | "web_push_click"

/** What the contacts module tells the webhooks module for each event. */
export interface ContactEventData {
  readonly action: ContactEvent
  readonly list_id: number
  readonly contact: StoredContact
  /** The campaign of a campaign event. */
  readonly campaign_hash?: string | undefined
}
