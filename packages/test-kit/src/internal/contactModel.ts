/**
 * How the mock stores a contact, shared by the modules that read contacts (segments, webhooks,
 * exports) and the contacts module that writes them.
 *
 * @internal
 */

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

/** The key of a contact in the `contacts` table. */
export const contactKey = (listId: number, contactId: string) => `${listId}:${contactId.toLowerCase()}`

/**
 * The contact events the mock raises, named as E-goi's webhook `actions`: a new contact
 * (`subscription`), a changed one (`edit_subscription`), `unsubscribe`, `resubscription` (activated
 * again), `forget_subscription`, `change_consent`.
 */
export type ContactEvent =
  | "subscription"
  | "edit_subscription"
  | "unsubscribe"
  | "resubscription"
  | "forget_subscription"
  | "change_consent"

/** What the contacts module tells the webhooks module for each event. */
export interface ContactEventData {
  readonly action: ContactEvent
  readonly list_id: number
  readonly contact: StoredContact
}
