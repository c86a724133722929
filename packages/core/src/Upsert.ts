/**
 * Upsert a contact: find it in the list by a unique field, create it when absent, change it when
 * present, attach tags, and say what was done. The race E-goi documents (a create answered 409
 * because another writer created the contact in between) is resolved by updating the contact the
 * 409 names.
 *
 * ```ts
 * const result = yield* Upsert.contact({
 *   list_id: 1,
 *   base: { email: "ana@example.com", first_name: "Ana" },
 *   fields: { Plan: "Gold" },
 *   tags: ["vip"]
 * })
 * // result.action: "created" | "updated" | "unchanged"
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { Id } from "./Common.js"
import * as Contacts from "./Contacts.js"
import { type EgoiError, RequestValidationError } from "./EgoiError.js"
import type { EgoiTransport } from "./EgoiTransport.js"
import * as ExtraFields from "./ExtraFields.js"
import * as GroupClient from "./GroupClient.js"
import { holds, textOf } from "./internal/contactValues.js"
import { issuesOf } from "./internal/operation.js"
import * as Pagination from "./Pagination.js"
import * as Tags from "./Tags.js"

const OPERATION = "upsertContact"

/** The base fields that can identify a contact (E-goi keeps them unique in a list). */
const BASE_KEYS = ["email", "cellphone", "phone"] as const

/**
 * What {@link contact} takes: the list, the field that identifies the contact, and what to set.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpsertParams = Schema.Struct({
  list_id: Id,
  /** `email` (the default), `cellphone`, `phone`, or a unique extra field's name or ID. */
  key: Schema.optional(Schema.String.pipe(Schema.minLength(1))),
  base: Schema.optional(Contacts.ChangedContactBaseInput),
  /** Extra fields by ID, as E-goi takes them. */
  extra: Schema.optional(Schema.Array(Contacts.ExtraFieldInput)),
  /** Extra fields by name, option labels for `options` fields: `{ Plan: "Gold" }`. */
  fields: Schema.optional(
    Schema.Record({
      key: Schema.String,
      value: Schema.Union(Schema.String, Schema.Number, Schema.Array(Schema.Union(Schema.String, Schema.Number)))
    })
  ),
  /** Tags to attach: IDs, or names (a tag that does not exist yet is created). */
  tags: Schema.optional(Schema.Array(Schema.Union(Id, Schema.String.pipe(Schema.minLength(1)))))
}).annotations({ identifier: "UpsertParams" })

/**
 * @since 0.1.0
 * @category models
 */
export type UpsertParams = typeof UpsertParams.Type

/**
 * What {@link contact} did: `created`, `updated`, or `unchanged` (the contact already held every
 * value given and every tag). `raced` is true when the create was answered 409 because the contact
 * appeared after the look-up, and the contact the 409 named was updated instead.
 *
 * @since 0.1.0
 * @category models
 */
export interface UpsertResult {
  readonly action: "created" | "updated" | "unchanged"
  readonly contact_id: string
  /** The tags attached by this call (those the contact did not have). */
  readonly tags_attached: ReadonlyArray<number>
  readonly raced: boolean
}

const decodeParams = Schema.decodeUnknownEither(UpsertParams, { errors: "all", onExcessProperty: "error" })

const invalid = (path: string, message: string) =>
  new RequestValidationError({ operation: OPERATION, issues: [{ path, message }] })

const contactsClient = GroupClient.make(Contacts.ContactsGroup)
const tagsClient = GroupClient.make(Tags.TagsGroup)

type ExtraInput = typeof Contacts.ExtraFieldInput.Type

/** The identifying field and its value: a base field, or an extra field by ID. */
type Key =
  | { readonly kind: "base"; readonly field: string; readonly value: string }
  | {
      readonly kind: "extra"
      readonly field_id: number
      readonly value: string
    }

/** Tag IDs for the tags given by ID or name, creating the named ones the account lacks. */
const tagIds = (tags: ReadonlyArray<number | string>) =>
  Effect.gen(function* () {
    const names = tags.filter((tag): tag is string => typeof tag === "string")
    const ids = tags.filter((tag): tag is number => typeof tag === "number")
    if (names.length === 0) return ids
    const client = yield* tagsClient
    const byName = new Map<string, number>()
    yield* Stream.runForEach(Pagination.stream(client.getAllTags, {}), (tag) =>
      Effect.sync(() => void byName.set(tag.name.toLowerCase(), tag.tag_id))
    )
    for (const name of names) {
      const known = byName.get(name.toLowerCase())
      if (known !== undefined) {
        ids.push(known)
        continue
      }
      // Another writer may create the same tag meanwhile: its 409 is answered by looking again.
      const created = yield* client.createTag({ name }).pipe(
        Effect.map((tag) => tag.tag_id),
        Effect.catchTag("Conflict", (conflict) =>
          Pagination.stream(client.getAllTags, {}).pipe(
            Stream.filter((tag) => tag.name.toLowerCase() === name.toLowerCase()),
            Stream.runHead,
            Effect.flatMap(
              Option.match({ onNone: () => Effect.fail(conflict), onSome: (tag) => Effect.succeed(tag.tag_id) })
            )
          )
        )
      )
      ids.push(created)
    }
    return [...new Set(ids)]
  })

/**
 * Creates or updates one contact of a list, found by a unique field (`key`, `email` by default),
 * and attaches tags. Parameters are checked before anything is sent: the key's value must be given,
 * extra fields by name must exist in the list, with their options.
 *
 * @since 0.1.0
 * @category constructors
 */
export const contact = (params: UpsertParams): Effect.Effect<UpsertResult, EgoiError, EgoiTransport> =>
  Effect.gen(function* () {
    const decoded = decodeParams(params)
    if (Either.isLeft(decoded)) {
      return yield* new RequestValidationError({ operation: OPERATION, issues: issuesOf(decoded.left) })
    }
    const input = decoded.right
    const listId = input.list_id
    const keyName = input.key ?? "email"
    const isBaseKey = (BASE_KEYS as ReadonlyArray<string>).includes(keyName)
    const resolver = yield* ExtraFields.resolver

    // Extra fields given by ID and by name, names resolved against the list (and refused when unknown).
    const byName =
      input.fields === undefined || Object.keys(input.fields).length === 0
        ? []
        : yield* resolver.encode(listId, input.fields, OPERATION)
    const extra: ReadonlyArray<ExtraInput> = [
      ...(input.extra ?? []).filter((item) => !byName.some((named) => named.field_id === item.field_id)),
      ...byName
    ]

    let key: Key
    if (isBaseKey) {
      const value = (input.base as Record<string, unknown> | undefined)?.[keyName]
      if (value === undefined || value === "") {
        return yield* invalid(`base.${keyName}`, `the contact is found by ${keyName}: give its value`)
      }
      key = { kind: "base", field: keyName, value: String(value) }
    } else {
      const field = yield* resolver.field(listId, keyName)
      if (field === undefined) return yield* invalid("key", `the list has no field ${JSON.stringify(keyName)}`)
      if (!field.unique) return yield* invalid("key", `${field.name} is not a unique field of the list`)
      const item = extra.find((candidate) => candidate.field_id === field.field_id)
      if (item === undefined)
        return yield* invalid(`fields.${field.name}`, `the contact is found by ${field.name}: give its value`)
      key = { kind: "extra", field_id: field.field_id, value: textOf(item.value) }
    }
    const keyFieldId = key.kind === "base" ? key.field : String(key.field_id)

    const contacts = yield* contactsClient
    const tags = input.tags === undefined ? [] : yield* tagIds(input.tags)
    const changes = {
      ...(input.base === undefined ? {} : { base: input.base }),
      ...(extra.length === 0 ? {} : { extra })
    }

    const lookUp = contacts
      .getAllContacts({
        list_id: listId,
        limit: 1,
        ...(key.kind === "base"
          ? { [key.field]: key.value }
          : { extra_field_id: { [String(key.field_id)]: key.value } })
      })
      .pipe(Effect.map((page) => Option.fromNullable(page.items[0])))

    /** Updates a contact that exists, unless it already holds everything; then attaches the missing tags. */
    const update = (existing: Contacts.Contact, raced: boolean) =>
      Effect.gen(function* () {
        const contactId = existing.base.contact_id
        const same = holds(existing, input.base as Record<string, unknown> | undefined, extra)
        if (!same) yield* contacts.patchContact({ list_id: listId, contact_id: contactId, ...changes })
        const missing = tags.filter((tag) => !existing.tags.includes(tag))
        yield* attach(contactId, missing)
        const action: UpsertResult["action"] = same && missing.length === 0 ? "unchanged" : "updated"
        return { action, contact_id: contactId, tags_attached: missing, raced }
      })

    const attach = (contactId: string, tagIdsToAttach: ReadonlyArray<number>) =>
      Effect.forEach(
        tagIdsToAttach,
        (tag_id) => contacts.actionAttachTag({ list_id: listId, tag_id, contacts: [contactId] }),
        { discard: true }
      )

    const create = contacts.createContact({ list_id: listId, ...changes }).pipe(
      Effect.flatMap(({ contact_id }) =>
        Effect.as(attach(contact_id, tags), {
          action: "created" as const,
          contact_id,
          tags_attached: tags,
          raced: false
        })
      ),
      // The documented race: the contact was created by someone else after the look-up. E-goi's 409
      // names the field in use and the contacts holding it; only a clash on the key is this race
      // (a clash on another unique field is a real conflict and fails).
      Effect.catchTag("Conflict", (conflict) => {
        const errors = conflict.errors ?? {}
        const field = errors.field_id === undefined ? undefined : String(errors.field_id)
        const named = Array.isArray(errors.contacts) ? errors.contacts.filter((id) => typeof id === "string") : []
        if (field !== undefined && field !== keyFieldId) return Effect.fail(conflict)
        const holder: Effect.Effect<Option.Option<Contacts.Contact>, EgoiError> = named.length > 0
          ? contacts
              .getContact({ list_id: listId, contact_id: named[0] as string })
              .pipe(Effect.map((found) => Option.some(found as Contacts.Contact)))
          : lookUp
        return Effect.flatMap(
          holder,
          Option.match({ onNone: () => Effect.fail(conflict), onSome: (existing) => update(existing, true) })
        )
      })
    )

    return yield* Effect.flatMap(
      lookUp,
      Option.match({ onNone: () => create, onSome: (existing) => update(existing, false) })
    )
  })
