/**
 * Bulk sync of a list from a source of truth: the difference between the source's contacts and the
 * list's (new, changed, unchanged, missing) by a unique key, then applied in bulk: an import (which
 * upserts by the key) for new and changed contacts, and for missing ones, as chosen, nothing,
 * unsubscription or forgetting.
 *
 * A sync that fails part-way is resumed by running it again: the difference is taken anew, so what was
 * applied is unchanged the second time; an import upserts by the key, and removed or forgotten
 * contacts are no longer missing, so nothing is done twice and no contact is duplicated.
 *
 * ```ts
 * const plan = yield* Sync.plan(contacts, { list_id: 1, key: "email" })
 * const report = yield* Sync.apply(plan, { list_id: 1, key: "email", missing: "unsubscribe" })
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as Background from "./Background.js"
import * as Bulk from "./Bulk.js"
import * as Common from "./Common.js"
import * as Contacts from "./Contacts.js"
import { MAX_BODY_BYTES } from "./EgoiConfig.js"
import { type EgoiError, RequestValidationError } from "./EgoiError.js"
import type { EgoiTransport } from "./EgoiTransport.js"
import * as ExtraFields from "./ExtraFields.js"
import * as GroupClient from "./GroupClient.js"
import { holds, textOf } from "./internal/contactValues.js"
import * as Pagination from "./Pagination.js"

const BASE_KEYS = ["email", "cellphone", "phone"]

/**
 * What to do with the contacts of the list the source does not have.
 *
 * @since 0.1.0
 * @category models
 */
export type MissingAction = "keep" | "unsubscribe" | "forget"

/**
 * Options of {@link plan}.
 *
 * @since 0.1.0
 * @category models
 */
export interface PlanOptions {
  readonly list_id: number
  /** The unique field that matches a source contact with the list's: `email`, `cellphone`, `phone`, or a unique extra field's name or ID. */
  readonly key: string
}

/**
 * The difference between the source and the list. `create` and `update` keep the source's order;
 * `missing` are the list's contacts (not already removed) the source does not have; `invalid` the
 * source's contacts without a value for the key (by position), `repeated` those whose key an earlier
 * one already had. Key values are compared as given, as E-goi's import compares them.
 *
 * @since 0.1.0
 * @category models
 */
export interface Plan {
  /** The field the import compares: a base field, or an extra field's ID. */
  readonly compare_field: string
  readonly create: ReadonlyArray<Contacts.ContactInput>
  readonly update: ReadonlyArray<Contacts.ContactInput>
  readonly unchanged: number
  readonly missing: ReadonlyArray<{ readonly contact_id: string; readonly key: string }>
  readonly invalid: ReadonlyArray<number>
  readonly repeated: ReadonlyArray<number>
}

const contactsClient = GroupClient.make(Contacts.ContactsGroup)

/**
 * Compares the source's contacts with the list's, read page by page. The list's contacts are held by
 * key while the source is read: memory grows with the list.
 *
 * @since 0.1.0
 * @category constructors
 */
export const plan = <E = never, R = never>(
  source: Iterable<Contacts.ContactInput> | Stream.Stream<Contacts.ContactInput, E, R>,
  options: PlanOptions
): Effect.Effect<Plan, E | EgoiError, R | EgoiTransport> =>
  Effect.gen(function* () {
    let compareField = options.key
    if (!BASE_KEYS.includes(options.key)) {
      const field = yield* Effect.flatMap(ExtraFields.resolver, (resolver) =>
        resolver.field(options.list_id, options.key)
      )
      if (field === undefined || !field.unique) {
        return yield* new RequestValidationError({
          operation: "sync",
          issues: [{ path: "key", message: `${options.key} is not a unique field of list ${options.list_id}` }]
        })
      }
      compareField = String(field.field_id)
    }
    const keyOf = (contact: {
      readonly base?: object | undefined
      readonly extra?: ReadonlyArray<any> | undefined
    }) => {
      if (BASE_KEYS.includes(compareField)) {
        const value = (contact.base as Record<string, unknown> | undefined)?.[compareField]
        return value === undefined || value === null || value === "" ? undefined : String(value)
      }
      const item = contact.extra?.find((candidate) => candidate.field_id === Number(compareField))
      return item?.value === undefined || item.value === "" ? undefined : textOf(item.value)
    }

    const contacts = yield* contactsClient
    const existing = new Map<string, Contacts.Contact>()
    yield* Stream.runForEach(
      Pagination.stream(contacts.getAllContacts, { list_id: options.list_id, limit: Common.MAX_PAGE_SIZE }),
      (contact) =>
        Effect.sync(() => {
          const key = keyOf(contact)
          if (key !== undefined) existing.set(key, contact)
        })
    )

    const create: Array<Contacts.ContactInput> = []
    const update: Array<Contacts.ContactInput> = []
    const invalid: Array<number> = []
    const repeated: Array<number> = []
    const seen = new Set<string>()
    let unchanged = 0
    let position = 0
    const input =
      Stream.StreamTypeId in (source as object)
        ? (source as Stream.Stream<Contacts.ContactInput, E, R>)
        : Stream.fromIterable(source as Iterable<Contacts.ContactInput>)
    yield* Stream.runForEach(input, (contact) =>
      Effect.sync(() => {
        const at = position++
        const key = keyOf(contact)
        if (key === undefined) return void invalid.push(at)
        if (seen.has(key)) return void repeated.push(at)
        seen.add(key)
        const current = existing.get(key)
        if (current === undefined) create.push(contact)
        else if (holds(current, contact.base as Record<string, unknown> | undefined, contact.extra ?? [])) unchanged++
        else update.push(contact)
      })
    )
    const missing = [...existing.entries()]
      .filter(([key, contact]) => !seen.has(key) && contact.base.status !== "removed")
      .map(([key, contact]) => ({ contact_id: contact.base.contact_id, key }))
    return { compare_field: compareField, create, update, unchanged, missing, invalid, repeated } satisfies Plan
  })

/**
 * Options of {@link apply}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApplyOptions {
  readonly list_id: number
  /** What to do with the list's contacts the source lacks: `keep` (the default), `unsubscribe` or `forget`. */
  readonly missing?: MissingAction | undefined
  /** Contacts per import request: 10,000 by default. */
  readonly batchSize?: number | undefined
  /** Requests at once: 2 by default. */
  readonly concurrency?: number | undefined
  /** Options of the wait for the imports to finish (polling; a deadline). */
  readonly wait?:
    | Pick<Background.WaitOptions<"import_contacts", unknown, never, never>, "poll" | "deadline">
    | undefined
}

/**
 * What applying a plan did: the import of new and changed contacts (every record accounted for), and
 * what became of the missing ones.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApplyReport {
  readonly imported: Bulk.Report<Contacts.ContactInput>
  readonly missing: Bulk.Report<string> | undefined
}

/**
 * Applies a plan: imports new and changed contacts (an upsert by the plan's key) and waits until
 * E-goi has carried the imports out, then unsubscribes or forgets the missing contacts, 1000 per
 * request. Failed requests are reported with their records, never dropped.
 *
 * @since 0.1.0
 * @category constructors
 */
export const apply = (plan: Plan, options: ApplyOptions): Effect.Effect<ApplyReport, EgoiError, EgoiTransport> =>
  Effect.gen(function* () {
    const changes = [...plan.create, ...plan.update]
    const importing = Bulk.report(
      Bulk.importContacts(changes, {
        list_id: options.list_id,
        mode: "update",
        compare_field: plan.compare_field,
        batchSize: options.batchSize,
        concurrency: options.concurrency
      })
    )
    const imported =
      changes.length === 0
        ? { batches: 0, accepted: 0, failed: [], unknown: [] }
        : (yield* Background.waitForOperation({ type: "import_contacts", start: importing, ...options.wait })).started
    const action = options.missing ?? "keep"
    const ids = plan.missing.map((contact) => contact.contact_id)
    if (action === "keep" || ids.length === 0) return { imported, missing: undefined }
    const contacts = yield* contactsClient
    const removed = yield* Bulk.report(
      action === "forget"
        ? Bulk.forgetContacts(ids, { list_id: options.list_id, concurrency: options.concurrency })
        : Bulk.run(
            Bulk.batches(Stream.fromIterable(ids), { maxItems: 1000, maxBytes: MAX_BODY_BYTES - Bulk.ENVELOPE_BYTES }),
            (batch) =>
              contacts.actionUnsubscribeContact({
                list_id: options.list_id,
                data: batch.items.map((contact_id) => ({ contact_id, unsubscription_method: "api" as const }))
              }),
            options
          )
    )
    return { imported, missing: removed }
  })
