/**
 * The Contacts group of the mock: the contacts of each list (the `contacts` table), their activity
 * trails (`activities`) and the automations they were started in (`automationQueue`), kept through
 * the context's `ContactStore`; the routes that read and change them, and the imports and exports
 * that run as operations.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { ACCEPTED, conflict, found, notFound, unprocessable } from "../answers.js"
import { DEFAULT_EXPORT_FIELDS, EXPORT_CONTENT_TYPES, renderExport } from "../contactExport.js"
import { contactKey, fieldText, type StoredActivity, type StoredContact } from "../contactModel.js"
import type { ContactSeed, Refusal } from "../contactStore.js"
import type { MockContext } from "../context.js"
import { publishFile } from "../files.js"
import { DEFAULT_LIMIT, slice } from "../query.js"
import type { MockState } from "../state.js"
import { startRefusal } from "./automations.js"
import { isUniqueField, UNIQUE_BASE_FIELDS } from "./fields.js"
import { requireList, requireListParam } from "./lists.js"
import { segmentOf, segmentSelects } from "./segments.js"
import { tagsTable } from "./tags.js"

export const group = "contacts"

/** Table `contacts`, keyed by `${list_id}:${contact_id}`. */
export const contactsTable = (state: MockState) =>
  state.table<StoredContact>("contacts", (contact) => contactKey(contact.list_id, contact.contact_id))

/** Table `activities`, keyed as the contact. */
export const activitiesTable = (state: MockState) => state.table<StoredActivity>("activities", (row) => row.key)

/** Table `automationQueue`: the contacts started in each automation, keyed `${automation_id}:${contact key}`. */
export const automationsTable = (state: MockState) =>
  state.table<{ readonly key: string }>("automationQueue", (row) => row.key)

export const seeds = {
  contacts: (context: MockContext, seed: ContactSeed) => void context.contacts.seed(seed)
}

/** The base fields `getAllContacts` filters on by equality. */
const TEXT_FILTERS = ["first_name", "last_name", "email", "cellphone", "phone", "birth_date", "language"] as const

/** The channel statuses `getAllContacts` filters on, given as booleans. */
const CHANNEL_FILTERS = ["email_status", "cellphone_status", "phone_status"] as const

const matchesFilters = (contact: StoredContact, query: Record<string, unknown>) => {
  const base = contact.base as unknown as Record<string, unknown>
  for (const name of TEXT_FILTERS) {
    if (query[name] !== undefined && base[name] !== query[name]) return false
  }
  for (const name of CHANNEL_FILTERS) {
    if (query[name] !== undefined && (base[name] === "active") !== query[name]) return false
  }
  const extra = query.extra_field_id as Record<string, string> | undefined
  for (const [fieldId, value] of Object.entries(extra ?? {})) {
    if (fieldText(contact, fieldId) !== value) return false
  }
  return true
}

const toResponse = (contact: StoredContact) => ({ base: contact.base, extra: contact.extra, tags: contact.tags })

const ZERO_STATS = {
  email_stats: {
    sent: 0,
    opens: 0,
    clicks: 0,
    soft_bounces: 0,
    hard_bounces: 0,
    forwards: 0,
    conversions: 0,
    social_actions: 0
  },
  sms_stats: { sent: 0, delivered: 0 },
  push_stats: { sent: 0, delivered: 0, not_delivered: 0, views: 0, clicks: 0 },
  webpush_stats: { sent: 0, delivered: 0, clicks: 0, bounces: 0 },
  voice_stats: { sent: 0, answered: 0 }
}

/** What a tag action names: the tag, and the contacts by ID, by a field's values or by segment. */
interface TagAction {
  readonly tag_id: number
  readonly contacts?: ReadonlyArray<string>
  readonly segment_id?: string
  readonly field_id?: string
}

const UNIQUE_FIELD_IN_USE = "A unique field is already being used"

/** The answer to refused contact data: 422 naming the fields, or the documented 409 `unique_field_in_use`. */
const refuse = (refusal: Refusal) =>
  refusal._tag === "invalid"
    ? unprocessable(refusal.errors)
    : conflict({ unique_field_in_use: UNIQUE_FIELD_IN_USE, field_id: refusal.field_id, contacts: refusal.contacts })

export const layer = ({ state, contacts, operations }: MockContext) => {
  const tags = tagsTable(state)

  const findContact = (listId: number, contactId: string) =>
    Effect.suspend(() =>
      found(contacts.get(listId, contactId), () => `Contact ${contactId} does not exist in list ${listId}`)
    )
  // A contact is found by a field's value only when the field is unique in the list.
  const requireUniqueField = (listId: number, fieldId: string) =>
    Effect.suspend(() =>
      isUniqueField(state, listId, fieldId)
        ? Effect.void
        : Effect.fail(unprocessable({ compare_field: [`Field ${fieldId} is not a unique field of list ${listId}`] }))
    )
  const requireTag = (tagId: number) =>
    Effect.suspend(() => (tags.has(tagId) ? Effect.void : Effect.fail(notFound(`Tag ${tagId} does not exist`))))
  const write = (listId: number, previous: StoredContact | undefined, input: Parameters<typeof contacts.write>[1]) =>
    Effect.suspend(() => {
      const next = contacts.write(listId, input, previous)
      return "_tag" in next ? Effect.fail(refuse(next)) : Effect.succeed({ contact_id: next.contact_id })
    })
  const bySegment = (listId: number, segmentId: string, showRemoved: boolean) =>
    Effect.map(
      Effect.suspend(() =>
        found(segmentOf(state, listId, segmentId), () => `Segment ${segmentId} does not exist in list ${listId}`)
      ),
      (segment) =>
        contacts
          .inList(listId)
          .filter(
            (contact) => (showRemoved || contact.base.status !== "removed") && segmentSelects(state, segment, contact)
          )
    )
  /** The contacts a tag action names: by segment, by a field's values, or by ID. */
  const tagTargets = (listId: number, payload: TagAction) => {
    if (payload.segment_id !== undefined) return bySegment(listId, payload.segment_id, false)
    const fieldId = payload.field_id
    if (fieldId !== undefined) {
      const wanted = new Set(payload.contacts ?? [])
      return Effect.sync(() =>
        contacts.inList(listId).filter((contact) => {
          const value = fieldText(contact, fieldId)
          return value !== undefined && wanted.has(value)
        })
      )
    }
    return Effect.sync(() => contacts.byIds(listId, payload.contacts ?? []))
  }
  /** Attaches a tag to the contacts named (by ID, by a field's values or by segment), or detaches it. */
  const retag =
    (attach: boolean) =>
    ({ path, payload }: { readonly path: { readonly list_id: number }; readonly payload: TagAction }) =>
      Effect.gen(function* () {
        yield* requireList(state, path.list_id)
        yield* requireTag(payload.tag_id)
        contacts.retag(payload.tag_id, yield* tagTargets(path.list_id, payload), attach)
        return ACCEPTED
      })
  /** Activates or deactivates all the contacts of a list, or those named. */
  const setStatuses =
    (status: "active" | "inactive") =>
    ({
      path,
      payload
    }: {
      readonly path: { readonly list_id: number }
      readonly payload: { readonly type: string; readonly contacts?: ReadonlyArray<string> }
    }) =>
      Effect.map(requireList(state, path.list_id), () => {
        const targets =
          payload.type === "all" ? contacts.inList(path.list_id) : contacts.byIds(path.list_id, payload.contacts ?? [])
        for (const contact of targets) contacts.setStatus(contact, status)
        return ACCEPTED
      })

  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllContacts", ({ path, urlParams }) =>
        Effect.map(requireList(state, path.list_id), () => {
          const offset = urlParams.offset ?? 0
          const limit = urlParams.limit ?? DEFAULT_LIMIT
          const filtered = Object.entries(urlParams).some(
            ([name, value]) => value !== undefined && name !== "offset" && name !== "limit"
          )
          if (!filtered) {
            return {
              total_items: contacts.countIn(path.list_id),
              items: contacts.inList(path.list_id, offset, limit).map(toResponse)
            }
          }
          const matching = contacts.inList(path.list_id).filter((contact) => matchesFilters(contact, urlParams))
          return { total_items: matching.length, items: slice(matching, urlParams).map(toResponse) }
        })
      )
      .handle("createContact", ({ path, payload }) =>
        Effect.zipRight(requireListParam(state, path.list_id), write(path.list_id, undefined, payload))
      )
      .handle("getContact", ({ path }) =>
        Effect.map(findContact(path.list_id, path.contact_id), (contact) => ({
          ...toResponse(contact),
          ...ZERO_STATS,
          traffic_stats: {
            ...(contact.utm ? { utm: contact.utm } : {}),
            ...(contact.referrer ? { referrer: contact.referrer } : {}),
            ...(contact.advertising ? { advertising: contact.advertising } : {})
          }
        }))
      )
      .handle("patchContact", ({ path, payload }) =>
        Effect.flatMap(findContact(path.list_id, path.contact_id), (contact) => write(path.list_id, contact, payload))
      )
      .handle("updateContactByField", ({ path, payload }) =>
        Effect.gen(function* () {
          const { field_id, value } = payload.compare_field
          yield* requireListParam(state, path.list_id)
          yield* requireUniqueField(path.list_id, field_id)
          const contact = contacts.ownerOf(path.list_id, field_id, value)
          if (!contact) {
            return yield* unprocessable({
              compare_field: [`No contact of list ${path.list_id} has ${field_id} ${value}`]
            })
          }
          return yield* write(path.list_id, contact, payload)
        })
      )
      .handle("searchContacts", ({ urlParams }) =>
        Effect.suspend(() => {
          const field = urlParams.type ?? "email"
          const items = contacts
            .all()
            .filter((contact) => contact.base[field] === urlParams.contact)
            .map((contact) => ({ contact_id: contact.contact_id, list_id: contact.list_id }))
          return items.length === 0
            ? Effect.fail(notFound(`No contact has ${field} ${urlParams.contact}`))
            : Effect.succeed({ items })
        })
      )
      .handle("getAllContactActivities", ({ path, urlParams }) =>
        Effect.gen(function* () {
          yield* requireListParam(state, path.list_id)
          const contact = contacts.get(path.list_id, path.contact_id)
          if (!contact) {
            return yield* unprocessable({
              contact_id: [`Contact ${path.contact_id} does not exist in list ${path.list_id}`]
            })
          }
          const matching = contacts
            .activitiesOf(contact)
            .filter(
              (activity) =>
                (urlParams.action_name === undefined || activity.action_name === urlParams.action_name) &&
                (urlParams.date_min === undefined || (activity.date ?? "") >= urlParams.date_min) &&
                (urlParams.date_max === undefined || (activity.date ?? "") <= urlParams.date_max)
            )
          return { items: slice(matching, urlParams) }
        })
      )
      .handle("getAllContactsBySegment", ({ path, urlParams }) =>
        Effect.gen(function* () {
          yield* requireList(state, path.list_id)
          const selected = yield* bySegment(path.list_id, path.segment_id, urlParams.show_removed ?? false)
          return { total_items: selected.length, items: slice(selected, urlParams).map(toResponse) }
        })
      )
      .handle("actionImportBulk", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* requireListParam(state, path.list_id)
          yield* requireUniqueField(path.list_id, payload.compare_field)
          if (!("contacts" in payload)) {
            return yield* unprocessable({ file: ["The mock imports contacts given inline only, not from a file URL"] })
          }
          const listId = path.list_id
          const name = `Import of ${payload.contacts.length} contacts`
          operations.enqueue({ type: "import_contacts", list_id: listId, name }, () => {
            const report = contacts.importContacts(
              listId,
              payload.contacts,
              payload.mode,
              payload.compare_field,
              payload.force_empty ?? false
            )
            if (payload.callback_url) operations.callback(payload.callback_url, report)
          })
          return ACCEPTED
        })
      )
      .handle("actionExportContacts", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* requireList(state, path.list_id)
          const listId = path.list_id
          operations.enqueue({ type: "export_contacts", list_id: listId, name: `Export of list ${listId}` }, () => {
            let selected = contacts.inList(listId)
            for (const segmentId of payload.segments ?? []) {
              const segment = segmentOf(state, listId, segmentId)
              selected = segment ? selected.filter((contact) => segmentSelects(state, segment, contact)) : []
            }
            const fields = payload.fields && payload.fields.length > 0 ? payload.fields : DEFAULT_EXPORT_FIELDS
            const file = publishFile(state, {
              folder: "exports",
              extension: payload.format,
              contentType: EXPORT_CONTENT_TYPES[payload.format],
              content: renderExport(payload.format, selected, fields)
            })
            if (payload.callback_url) {
              operations.callback(payload.callback_url, {
                list_id: listId,
                format: payload.format,
                total_contacts: selected.length,
                file
              })
            }
          })
          return ACCEPTED
        })
      )
      .handle("actionForgetContacts", ({ path, payload }) =>
        Effect.map(requireListParam(state, path.list_id), () => {
          for (const contact of contacts.byIds(path.list_id, payload.contacts)) contacts.forget(contact)
          return ACCEPTED
        })
      )
      .handle("actionAttachTag", retag(true))
      .handle("actionDetachTag", retag(false))
      .handle("actionActivateContacts", setStatuses("active"))
      .handle("actionDeactivateContacts", setStatuses("inactive"))
      .handle("actionUnsubscribeContact", ({ path, payload }) =>
        Effect.sync(() => {
          const success: Array<string> = []
          const errors: Record<string, Array<string>> = {}
          for (const item of payload.data) {
            const contact = contacts.get(path.list_id, item.contact_id)
            if (!contact) (errors.contact_not_in_list ??= []).push(item.contact_id)
            else if (contact.base.status === "removed") (errors.contact_already_removed ??= []).push(item.contact_id)
            else {
              contacts.unsubscribe(contact, item)
              success.push(item.contact_id)
            }
          }
          return { success, errors }
        })
      )
      .handle("actionStartAutomation", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* requireList(state, path.list_id)
          const refused = startRefusal(state, path.list_id, payload.automation_id, payload.action_id)
          if (refused?._tag === "missing") return yield* notFound(refused.message)
          if (refused) return yield* unprocessable({ [refused.field]: [refused.message] }, refused.message)
          const success: Array<string> = []
          const queued: Array<string> = []
          const missing: Array<string> = []
          for (const contactId of payload.contacts) {
            const contact = contacts.get(path.list_id, contactId)
            if (!contact) missing.push(contactId)
            else if (contacts.startAutomation(payload.automation_id, contact)) success.push(contactId)
            else queued.push(contactId)
          }
          return {
            automation_id: payload.automation_id,
            action_id: payload.action_id,
            success,
            error: { already_in_queue: queued, ...(missing.length > 0 ? { contact_not_in_list: missing } : {}) }
          }
        })
      )
      .handle("actionUpdateContacts", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* requireList(state, path.list_id)
          // One value for many contacts cannot be unique: any unique field in the payload, base or extra, is a 409.
          const unique = [
            ...UNIQUE_BASE_FIELDS.filter(
              (field) => payload.base?.[field] !== undefined && isUniqueField(state, path.list_id, field)
            ),
            ...(payload.extra ?? [])
              .filter((item) => isUniqueField(state, path.list_id, item.field_id))
              .map((item) => String(item.field_id))
          ]
          if (unique.length > 0) {
            return yield* conflict({ unique_field_in_use: UNIQUE_FIELD_IN_USE, field_id: unique[0], contacts: [] })
          }
          const targets =
            payload.type === "contacts"
              ? contacts.byIds(path.list_id, payload.contacts)
              : payload.type === "segment"
                ? yield* bySegment(path.list_id, payload.segment_id, false)
                : contacts.inList(path.list_id)
          const live = targets.filter((contact) => contact.base.status !== "removed")
          const refusal = contacts.writeAll(path.list_id, { base: payload.base, extra: payload.extra }, live)
          if (refusal) return yield* refuse(refusal)
          return ACCEPTED
        })
      )
  )
}
