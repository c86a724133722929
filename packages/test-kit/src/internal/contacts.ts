/**
 * The Contacts routes of the mock: contacts live in lists, with unique fields enforced, extra fields
 * checked against the list's fields, tags, statuses, an activity trail, segments, the suppression
 * list, webhooks, and imports and exports that run as operations.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { Common, type Contacts, EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import {
  type ContactEvent,
  contactKey,
  type StoredContact,
  type StoredContactBase,
  type StoredExtraValue
} from "./contactModel.js"
import { conflict, notFound, unprocessable } from "./errors.js"
import { extraFieldOf, isUniqueField, optionIdsOf } from "./fields.js"
import { listsTable } from "./lists.js"
import type { OperationRunner } from "./operations.js"
import { DEFAULT_LIMIT } from "./query.js"
import { segmentOf, segmentSelects } from "./segments.js"
import type { MockState } from "./state.js"
import { addSuppression } from "./suppressionList.js"
import { tagsTable } from "./tags.js"
import { emitContactEvent } from "./webhooks.js"

/** One line of a contact's activity trail. */
export interface StoredActivity {
  readonly key: string
  readonly items: ReadonlyArray<Contacts.Activity>
}

export const contactsTable = (state: MockState) =>
  state.table<StoredContact>("contacts", (contact) => contactKey(contact.list_id, contact.contact_id))
export const activitiesTable = (state: MockState) => state.table<StoredActivity>("activities", (row) => row.key)
const automationsTable = (state: MockState) =>
  state.table<{ readonly key: string }>("automationQueue", (row) => row.key)
const exportsTable = (state: MockState) =>
  state.table<{ readonly export_id: number; readonly format: string; readonly content: string }>(
    "exports",
    (row) => row.export_id
  )

const UNIQUE_BASE_FIELDS = ["email", "cellphone", "phone"] as const
const EMPTY_DATE = "0000-00-00 00:00:00"
const ACCEPTED: typeof Common.Accepted.Type = { result: "success" }

const EXTRA_FORMATS: Record<string, (value: unknown) => boolean> = {
  date: Schema.is(Common.DateParam),
  number: (value) => typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)),
  email: (value) => typeof value === "string" && Common.EMAIL_PATTERN.test(value),
  cellphone: (value) => typeof value === "string" && Common.PHONE_PATTERN.test(value),
  phone: (value) => typeof value === "string" && Common.PHONE_PATTERN.test(value),
  text: (value) => typeof value === "string",
  options: (value) => Array.isArray(value)
}

type BaseInput = Contacts.ContactInput["base"] & {}
type ExtraInput = ReadonlyArray<Contacts.ContactInput["extra"] & {} extends ReadonlyArray<infer A> ? A : never>

/** Why a contact's data was refused: a 422 (`invalid`) or a 409 (`conflict`). */
type Refusal =
  | { readonly _tag: "invalid"; readonly errors: Record<string, Array<string>> }
  | { readonly _tag: "conflict"; readonly field_id: string; readonly contacts: ReadonlyArray<string> }

export const layer = (state: MockState, runner: OperationRunner) => {
  const contacts = contactsTable(state)
  const activities = activitiesTable(state)
  const automationQueue = automationsTable(state)
  const exportFiles = exportsTable(state)
  const lists = listsTable(state)
  const tags = tagsTable(state)

  // Unique-value indexes per list and field, rebuilt when the table is restored as a whole.
  let indexGeneration = -1
  const indexes = new Map<string, Map<string, string>>()
  const indexOf = (listId: number, fieldId: string): Map<string, string> => {
    if (indexGeneration !== contacts.generation) {
      indexes.clear()
      indexGeneration = contacts.generation
    }
    const name = `${listId}:${fieldId}`
    let index = indexes.get(name)
    if (!index) {
      index = new Map()
      for (const contact of contacts.iterate()) {
        if (contact.list_id !== listId) continue
        const value = fieldValue(contact, fieldId)
        if (value !== undefined) index.set(value, contact.contact_id)
      }
      indexes.set(name, index)
    }
    return index
  }
  const uniqueFieldsOf = (listId: number, contact: StoredContact): Array<string> => [
    ...UNIQUE_BASE_FIELDS,
    ...contact.extra.map((value) => String(value.field_id)).filter((fieldId) => isUniqueField(state, listId, fieldId))
  ]
  const unindex = (contact: StoredContact) => {
    for (const fieldId of uniqueFieldsOf(contact.list_id, contact)) {
      const value = fieldValue(contact, fieldId)
      const index = indexOf(contact.list_id, fieldId)
      if (value !== undefined && index.get(value) === contact.contact_id) index.delete(value)
    }
  }
  // Each list's contact keys in insertion order, so a page is a slice rather than a scan of every list.
  let orderGeneration = -1
  const orders = new Map<number, Array<string>>()
  const orderOf = (listId: number): Array<string> => {
    if (orderGeneration !== contacts.generation) {
      orders.clear()
      orderGeneration = contacts.generation
    }
    let order = orders.get(listId)
    if (!order) {
      order = []
      for (const contact of contacts.iterate())
        if (contact.list_id === listId) order.push(contactKey(listId, contact.contact_id))
      orders.set(listId, order)
    }
    return order
  }
  const save = (contact: StoredContact, previous?: StoredContact) => {
    if (previous) unindex(previous)
    else if (orders.has(contact.list_id) && orderGeneration === contacts.generation) {
      orders.get(contact.list_id)!.push(contactKey(contact.list_id, contact.contact_id))
    }
    contacts.set(contact)
    for (const fieldId of uniqueFieldsOf(contact.list_id, contact)) {
      const value = fieldValue(contact, fieldId)
      if (value !== undefined) indexOf(contact.list_id, fieldId).set(value, contact.contact_id)
    }
    return contact
  }
  const remove = (contact: StoredContact) => {
    unindex(contact)
    orders.delete(contact.list_id)
    contacts.delete(contactKey(contact.list_id, contact.contact_id))
    activities.delete(contactKey(contact.list_id, contact.contact_id))
  }

  const newContactId = () => {
    for (;;) {
      const id = Array.from({ length: 10 }, () => state.random.int(0, 15).toString(16)).join("")
      if (![...lists.iterate()].some((list) => contacts.has(contactKey(list.list_id, id)))) return id
    }
  }

  const record = (
    contact: StoredContact,
    action: Contacts.Activity["action_name"],
    data?: Contacts.Activity["action_data"]
  ) => {
    const key = contactKey(contact.list_id, contact.contact_id)
    const previous = activities.get(key)?.items ?? []
    activities.set({
      key,
      items: [...previous, { action_name: action, date: state.now(), ...(data ? { action_data: data } : {}) }]
    })
  }
  const emit = (contact: StoredContact, action: ContactEvent) =>
    emitContactEvent(state, { action, list_id: contact.list_id, contact })

  const findList = (listId: number) =>
    Effect.suspend(() => (lists.has(listId) ? Effect.void : Effect.fail(notFound(`List ${listId} does not exist`))))
  // createContact, updateContactByField, getAllContactActivities, actionImportBulk and actionForgetContacts
  // document no 404: a missing list (or contact) is an invalid list_id (or contact_id) there.
  const requireList = (listId: number) =>
    Effect.suspend(() =>
      lists.has(listId) ? Effect.void : Effect.fail(unprocessable({ list_id: [`List ${listId} does not exist`] }))
    )
  // A contact is found by a field's value only when the field is unique in the list (the unique-value
  // indexes cover those fields alone).
  const requireUniqueField = (listId: number, fieldId: string) =>
    Effect.suspend(() =>
      isUniqueField(state, listId, fieldId)
        ? Effect.void
        : Effect.fail(unprocessable({ compare_field: [`Field ${fieldId} is not a unique field of list ${listId}`] }))
    )
  const findContact = (listId: number, contactId: string) =>
    Effect.suspend(() => {
      const contact = contacts.get(contactKey(listId, contactId))
      return contact
        ? Effect.succeed(contact)
        : Effect.fail(notFound(`Contact ${contactId} does not exist in list ${listId}`))
    })
  const listContacts = (listId: number) => orderOf(listId).map((key) => contacts.get(key)!)

  /** Checks extra values against the list's fields. */
  const checkExtra = (listId: number, extra: ExtraInput | undefined): Refusal | Array<StoredExtraValue> => {
    const values: Array<StoredExtraValue> = []
    const errors: Record<string, Array<string>> = {}
    for (const item of extra ?? []) {
      const field = extraFieldOf(state, listId, item.field_id)
      if (!field) {
        ;(errors[`extra.${item.field_id}`] ??= []).push(`List ${listId} has no extra field ${item.field_id}`)
        continue
      }
      const format = field.format as StoredExtraValue["format"]
      if (!(EXTRA_FORMATS[format] ?? EXTRA_FORMATS.text!)(item.value)) {
        ;(errors[`extra.${item.field_id}`] ??= []).push(`Expected a ${format} value`)
        continue
      }
      if (format === "options") {
        const known = new Set(optionIdsOf(state, listId, item.field_id))
        const unknown = (item.value as ReadonlyArray<number>).filter((option) => !known.has(option))
        if (unknown.length > 0) {
          ;(errors[`extra.${item.field_id}`] ??= []).push(`Unknown options: ${unknown.join(", ")}`)
          continue
        }
      }
      values.push({
        field_id: item.field_id,
        format,
        value: item.value,
        ...(item.status ? { status: item.status } : {})
      })
    }
    return Object.keys(errors).length > 0 ? { _tag: "invalid", errors } : values
  }

  /** Builds the contact a create or update would leave, or says why it is refused. */
  const compose = (
    listId: number,
    input: {
      readonly base?: BaseInput | undefined
      readonly extra?: ExtraInput | undefined
      readonly utm?: object | undefined
      readonly referrer?: object | undefined
      readonly advertising?: object | undefined
    },
    previous: StoredContact | undefined,
    options: { readonly method?: string; readonly forceEmpty?: boolean } = {}
  ): Refusal | StoredContact => {
    const extra = checkExtra(listId, input.extra)
    if (!Array.isArray(extra)) return extra
    const now = state.now()
    const base = input.base ?? {}
    const cleaned = Object.fromEntries(
      Object.entries(base).filter(([, value]) => value !== undefined && (options.forceEmpty || value !== ""))
    ) as BaseInput
    const contactId = previous?.contact_id ?? newContactId()
    const mergedExtra = new Map((previous?.extra ?? []).map((value) => [value.field_id, value]))
    for (const value of extra) mergedExtra.set(value.field_id, value)
    const next: StoredContact = {
      list_id: listId,
      contact_id: contactId,
      base: {
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
        ...(cleaned as Partial<StoredContactBase>),
        ...(previous ? { change_date: now } : {})
      },
      extra: [...mergedExtra.values()],
      tags: previous?.tags ?? [],
      ...(input.utm || previous?.utm ? { utm: { ...previous?.utm, ...(input.utm as Record<string, string>) } } : {}),
      ...(input.referrer || previous?.referrer
        ? { referrer: { ...previous?.referrer, ...(input.referrer as Record<string, string>) } }
        : {}),
      ...(input.advertising || previous?.advertising
        ? { advertising: { ...previous?.advertising, ...(input.advertising as Record<string, string>) } }
        : {})
    }
    for (const fieldId of uniqueFieldsOf(listId, next)) {
      const value = fieldValue(next, fieldId)
      if (value === undefined) continue
      const owner = indexOf(listId, fieldId).get(value)
      if (owner !== undefined && owner !== contactId) return { _tag: "conflict", field_id: fieldId, contacts: [owner] }
    }
    return next
  }

  const refuse = (refusal: Refusal) =>
    refusal._tag === "invalid"
      ? unprocessable(refusal.errors)
      : conflict({
          unique_field_in_use: "A unique field is already being used",
          field_id: refusal.field_id,
          contacts: refusal.contacts
        })

  const update = (listId: number, previous: StoredContact | undefined, input: Parameters<typeof compose>[1]) =>
    Effect.suspend(() => {
      const next = compose(listId, input, previous)
      if ("_tag" in next) return Effect.fail(refuse(next))
      save(next, previous)
      record(next, previous ? "edit_subscription" : "subscription")
      if (previous && previous.base.consent !== next.base.consent) {
        record(next, "change_consent")
        emit(next, "change_consent")
      }
      emit(next, previous ? "edit_subscription" : "subscription")
      return Effect.succeed({ contact_id: next.contact_id })
    })

  const setStatus = (contact: StoredContact, status: StoredContactBase["status"]) => {
    if (contact.base.status === "removed" || contact.base.status === status) return
    const next = save({ ...contact, base: { ...contact.base, status, change_date: state.now() } }, contact)
    if (status === "active") {
      record(next, "resubscription")
      emit(next, "resubscription")
    } else {
      record(next, "edit_subscription")
      emit(next, "edit_subscription")
    }
  }

  const byIds = (listId: number, ids: ReadonlyArray<string>) =>
    ids.flatMap((id) => {
      const contact = contacts.get(contactKey(listId, id))
      return contact ? [contact] : []
    })

  const bySegment = (listId: number, segmentId: string, showRemoved: boolean) =>
    Effect.suspend(() => {
      const segment = segmentOf(state, listId, segmentId)
      if (!segment) return Effect.fail(notFound(`Segment ${segmentId} does not exist in list ${listId}`))
      return Effect.succeed(
        listContacts(listId).filter(
          (contact) => (showRemoved || contact.base.status !== "removed") && segmentSelects(state, segment, contact)
        )
      )
    })

  const tagTargets = (
    listId: number,
    payload: { readonly contacts?: ReadonlyArray<string>; readonly segment_id?: string; readonly field_id?: string }
  ) =>
    Effect.gen(function* () {
      if (payload.segment_id !== undefined) return yield* bySegment(listId, payload.segment_id, false)
      if (payload.field_id !== undefined) {
        const wanted = new Set(payload.contacts ?? [])
        return listContacts(listId).filter((contact) => {
          const value = fieldValue(contact, payload.field_id!)
          return value !== undefined && wanted.has(value)
        })
      }
      return byIds(listId, payload.contacts ?? [])
    })

  const retag = (tagId: number, targets: ReadonlyArray<StoredContact>, attach: boolean) => {
    for (const contact of targets) {
      const has = contact.tags.includes(tagId)
      if (has === attach) continue
      const next = save(
        { ...contact, tags: attach ? [...contact.tags, tagId] : contact.tags.filter((id) => id !== tagId) },
        contact
      )
      record(next, attach ? "attach_tag" : "detach_tag", { tag_id: tagId })
    }
  }

  const toResponse = (contact: StoredContact) => ({ base: contact.base, extra: contact.extra, tags: contact.tags })

  const matchesFilters = (contact: StoredContact, query: Record<string, unknown>) => {
    const base = contact.base as unknown as Record<string, unknown>
    for (const name of ["first_name", "last_name", "email", "cellphone", "phone", "birth_date", "language"]) {
      if (query[name] !== undefined && base[name] !== query[name]) return false
    }
    for (const name of ["email_status", "cellphone_status", "phone_status"]) {
      if (query[name] !== undefined && (base[name] === "active") !== query[name]) return false
    }
    const extra = query.extra_field_id as Record<string, string> | undefined
    for (const [fieldId, value] of Object.entries(extra ?? {})) {
      if (fieldValue(contact, fieldId) !== value) return false
    }
    return true
  }

  const importContacts = (
    listId: number,
    payload: Contacts.ContactInput[] | ReadonlyArray<Contacts.ContactInput>,
    mode: string,
    compareField: string,
    forceEmpty: boolean
  ) => {
    let imported = 0
    let updated = 0
    let ignored = 0
    let invalid = 0
    for (const input of payload) {
      const key = compareValue(input, compareField)
      const ownerId = key === undefined ? undefined : indexOf(listId, compareField).get(key)
      const previous = ownerId === undefined ? undefined : contacts.get(contactKey(listId, ownerId))
      if ((mode === "add" && previous) || (mode === "update_only" && !previous)) {
        ignored++
        continue
      }
      const next = compose(listId, input, previous, { method: "imported", forceEmpty })
      if ("_tag" in next) {
        invalid++
        continue
      }
      save(next, previous)
      record(next, previous ? "edit_subscription" : "subscription")
      emit(next, previous ? "edit_subscription" : "subscription")
      if (previous) updated++
      else imported++
    }
    return { imported, updated, ignored, invalid }
  }

  return HttpApiBuilder.group(EgoiApi.EgoiApi, "contacts", (handlers) =>
    handlers
      .handle("getAllContacts", ({ path, urlParams }) =>
        Effect.gen(function* () {
          yield* findList(path.list_id)
          const offset = urlParams.offset ?? 0
          const limit = urlParams.limit ?? DEFAULT_LIMIT
          const order = orderOf(path.list_id)
          const filtered = Object.entries(urlParams).some(
            ([name, value]) => value !== undefined && name !== "offset" && name !== "limit"
          )
          if (!filtered) {
            return {
              total_items: order.length,
              items: order.slice(offset, offset + limit).map((key) => toResponse(contacts.get(key)!))
            }
          }
          const items: Array<ReturnType<typeof toResponse>> = []
          let total = 0
          for (const key of order) {
            const contact = contacts.get(key)!
            if (!matchesFilters(contact, urlParams)) continue
            if (total >= offset && items.length < limit) items.push(toResponse(contact))
            total++
          }
          return { total_items: total, items }
        })
      )
      .handle("createContact", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* requireList(path.list_id)
          return yield* update(path.list_id, undefined, payload)
        })
      )
      .handle("getContact", ({ path }) =>
        Effect.map(findContact(path.list_id, path.contact_id), (contact) => ({
          ...toResponse(contact),
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
          voice_stats: { sent: 0, answered: 0 },
          traffic_stats: {
            ...(contact.utm ? { utm: contact.utm } : {}),
            ...(contact.referrer ? { referrer: contact.referrer } : {}),
            ...(contact.advertising ? { advertising: contact.advertising } : {})
          }
        }))
      )
      .handle("patchContact", ({ path, payload }) =>
        Effect.flatMap(findContact(path.list_id, path.contact_id), (contact) => update(path.list_id, contact, payload))
      )
      .handle("updateContactByField", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* requireList(path.list_id)
          yield* requireUniqueField(path.list_id, payload.compare_field.field_id)
          const ownerId = indexOf(path.list_id, payload.compare_field.field_id).get(payload.compare_field.value)
          const contact = ownerId === undefined ? undefined : contacts.get(contactKey(path.list_id, ownerId))
          if (!contact) {
            return yield* unprocessable({
              compare_field: [
                `No contact of list ${path.list_id} has ${payload.compare_field.field_id} ${payload.compare_field.value}`
              ]
            })
          }
          return yield* update(path.list_id, contact, payload)
        })
      )
      .handle("searchContacts", ({ urlParams }) =>
        Effect.gen(function* () {
          const field = urlParams.type ?? "email"
          const items = contacts
            .values()
            .filter((contact) => contact.base[field] === urlParams.contact)
            .map((contact) => ({ contact_id: contact.contact_id, list_id: contact.list_id }))
          if (items.length === 0) return yield* notFound(`No contact has ${field} ${urlParams.contact}`)
          return { items }
        })
      )
      .handle("getAllContactActivities", ({ path, urlParams }) =>
        Effect.gen(function* () {
          yield* requireList(path.list_id)
          if (!contacts.has(contactKey(path.list_id, path.contact_id))) {
            return yield* unprocessable({
              contact_id: [`Contact ${path.contact_id} does not exist in list ${path.list_id}`]
            })
          }
          const all = (activities.get(contactKey(path.list_id, path.contact_id))?.items ?? []).filter(
            (activity) =>
              (urlParams.action_name === undefined || activity.action_name === urlParams.action_name) &&
              (urlParams.date_min === undefined || (activity.date ?? "") >= urlParams.date_min) &&
              (urlParams.date_max === undefined || (activity.date ?? "") <= urlParams.date_max)
          )
          const offset = urlParams.offset ?? 0
          return { items: all.slice(offset, offset + (urlParams.limit ?? DEFAULT_LIMIT)) }
        })
      )
      .handle("getAllContactsBySegment", ({ path, urlParams }) =>
        Effect.gen(function* () {
          yield* findList(path.list_id)
          const selected = yield* bySegment(path.list_id, path.segment_id, urlParams.show_removed ?? false)
          const offset = urlParams.offset ?? 0
          return {
            total_items: selected.length,
            items: selected.slice(offset, offset + (urlParams.limit ?? DEFAULT_LIMIT)).map(toResponse)
          }
        })
      )
      .handle("actionImportBulk", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* requireList(path.list_id)
          yield* requireUniqueField(path.list_id, payload.compare_field)
          if (!("contacts" in payload)) {
            return yield* unprocessable({ file: ["The mock imports contacts given inline only, not from a file URL"] })
          }
          const listId = path.list_id
          runner.enqueue(
            { type: "import_contacts", list_id: listId, name: `Import of ${payload.contacts.length} contacts` },
            () => {
              const report = importContacts(
                listId,
                payload.contacts,
                payload.mode,
                payload.compare_field,
                payload.force_empty ?? false
              )
              if (payload.callback_url) runner.callback(payload.callback_url, report)
            }
          )
          return ACCEPTED
        })
      )
      .handle("actionExportContacts", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* findList(path.list_id)
          const listId = path.list_id
          runner.enqueue({ type: "export_contacts", list_id: listId, name: `Export of list ${listId}` }, () => {
            let selected = listContacts(listId)
            for (const segmentId of payload.segments ?? []) {
              const segment = segmentOf(state, listId, segmentId)
              selected = segment ? selected.filter((contact) => segmentSelects(state, segment, contact)) : []
            }
            const fields =
              payload.fields && payload.fields.length > 0
                ? payload.fields
                : ["contact_id", "status", "first_name", "last_name", "email", "cellphone", "phone"]
            const file = exportFiles.set({
              export_id: exportFiles.takeId(),
              format: payload.format,
              content: payload.format === "csv" ? toCsv(selected, fields) : toXml(selected, fields)
            })
            if (payload.callback_url) {
              runner.callback(payload.callback_url, {
                list_id: listId,
                format: payload.format,
                total_contacts: selected.length,
                file: `/__mock/exports/${file.export_id}.${payload.format}`
              })
            }
          })
          return ACCEPTED
        })
      )
      .handle("actionForgetContacts", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* requireList(path.list_id)
          for (const contact of byIds(path.list_id, payload.contacts)) {
            emit(contact, "forget_subscription")
            // A forgotten contact's channels stay suppressed, so an old import cannot bring it back.
            for (const type of ["email", "cellphone", "phone"] as const) {
              const value = contact.base[type]
              if (value) addSuppression(state, { type, value, method: "forgotten" })
            }
            remove(contact)
          }
          return ACCEPTED
        })
      )
      .handle("actionAttachTag", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* findList(path.list_id)
          if (!tags.has(payload.tag_id)) return yield* notFound(`Tag ${payload.tag_id} does not exist`)
          retag(payload.tag_id, yield* tagTargets(path.list_id, payload), true)
          return ACCEPTED
        })
      )
      .handle("actionDetachTag", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* findList(path.list_id)
          if (!tags.has(payload.tag_id)) return yield* notFound(`Tag ${payload.tag_id} does not exist`)
          retag(payload.tag_id, yield* tagTargets(path.list_id, payload), false)
          return ACCEPTED
        })
      )
      .handle("actionActivateContacts", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* findList(path.list_id)
          const targets = payload.type === "all" ? listContacts(path.list_id) : byIds(path.list_id, payload.contacts)
          for (const contact of targets) setStatus(contact, "active")
          return ACCEPTED
        })
      )
      .handle("actionDeactivateContacts", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* findList(path.list_id)
          const targets = payload.type === "all" ? listContacts(path.list_id) : byIds(path.list_id, payload.contacts)
          for (const contact of targets) setStatus(contact, "inactive")
          return ACCEPTED
        })
      )
      .handle("actionUnsubscribeContact", ({ path, payload }) =>
        Effect.sync(() => {
          const success: Array<string> = []
          const errors: Record<string, Array<string>> = {}
          for (const item of payload.data) {
            const contact = contacts.get(contactKey(path.list_id, item.contact_id))
            if (!contact) {
              ;(errors.contact_not_in_list ??= []).push(item.contact_id)
              continue
            }
            if (contact.base.status === "removed") {
              ;(errors.contact_already_removed ??= []).push(item.contact_id)
              continue
            }
            const method = item.unsubscription_method ?? "api"
            const next = save(
              {
                ...contact,
                base: {
                  ...contact.base,
                  status: "removed",
                  unsubscription_method: method,
                  unsubscription_reason: item.unsubscription_reason ?? "other",
                  unsubscription_observation: item.unsubscription_observation ?? "",
                  unsubscription_date: state.now(),
                  change_date: state.now()
                }
              },
              contact
            )
            for (const type of ["email", "cellphone", "phone"] as const) {
              const value = next.base[type]
              if (value) addSuppression(state, { type, value, method: "unsubscribe" })
            }
            record(next, "unsubscribe")
            emit(next, "unsubscribe")
            success.push(item.contact_id)
          }
          return { success, errors }
        })
      )
      .handle("actionStartAutomation", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* findList(path.list_id)
          const success: Array<string> = []
          const queued: Array<string> = []
          const missing: Array<string> = []
          for (const contactId of payload.contacts) {
            const contact = contacts.get(contactKey(path.list_id, contactId))
            const key = `${payload.automation_id}:${contactKey(path.list_id, contactId)}`
            if (!contact) missing.push(contactId)
            else if (automationQueue.has(key)) queued.push(contactId)
            else {
              automationQueue.set({ key })
              record(contact, "automation_event", { automation_id: payload.automation_id })
              success.push(contactId)
            }
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
          yield* findList(path.list_id)
          // One value for many contacts cannot be unique: any unique field in the payload, base or extra, is a 409.
          const unique = [
            ...UNIQUE_BASE_FIELDS.filter((field) => payload.base?.[field] !== undefined),
            ...(payload.extra ?? [])
              .filter((item) => isUniqueField(state, path.list_id, item.field_id))
              .map((item) => String(item.field_id))
          ]
          if (unique.length > 0) {
            return yield* conflict({
              unique_field_in_use: "A unique field is already being used",
              field_id: unique[0],
              contacts: []
            })
          }
          const targets =
            payload.type === "contacts"
              ? byIds(path.list_id, payload.contacts)
              : payload.type === "segment"
                ? yield* bySegment(path.list_id, payload.segment_id, false)
                : listContacts(path.list_id)
          const live = targets.filter((contact) => contact.base.status !== "removed")
          const planned: Array<[StoredContact, StoredContact]> = []
          for (const contact of live) {
            const next = compose(path.list_id, { base: payload.base, extra: payload.extra }, contact)
            if ("_tag" in next) return yield* refuse(next)
            planned.push([contact, next])
          }
          for (const [previous, next] of planned) {
            save(next, previous)
            record(next, "edit_subscription")
            emit(next, "edit_subscription")
          }
          return ACCEPTED
        })
      )
  )
}

/** The value of a base field (`email`) or an extra field (`"3"`) of a contact, as text. */
export const fieldValue = (contact: StoredContact, fieldId: string): string | undefined => {
  if (/^\d+$/.test(fieldId)) {
    const value = contact.extra.find((item) => item.field_id === Number(fieldId))?.value
    return value === undefined ? undefined : Array.isArray(value) ? value.join(",") : String(value)
  }
  const value = (contact.base as unknown as Record<string, unknown>)[fieldId]
  return value === undefined || value === null || value === "" ? undefined : String(value)
}

const compareValue = (input: Contacts.ContactInput, fieldId: string): string | undefined => {
  if (/^\d+$/.test(fieldId)) {
    const value = input.extra?.find((item) => item.field_id === Number(fieldId))?.value
    return value === undefined ? undefined : Array.isArray(value) ? value.join(",") : String(value)
  }
  const value = (input.base as Record<string, unknown> | undefined)?.[fieldId]
  return value === undefined || value === "" ? undefined : String(value)
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

const toCsv = (contacts: ReadonlyArray<StoredContact>, fields: ReadonlyArray<string>) =>
  [
    fields.join(","),
    ...contacts.map((contact) => fields.map((field) => csvCell(fieldValue(contact, field) ?? "")).join(","))
  ].join("\n")

const xmlText = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

const toXml = (contacts: ReadonlyArray<StoredContact>, fields: ReadonlyArray<string>) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<contacts>${contacts
    .map(
      (contact) =>
        `<contact>${fields.map((field) => `<${field.replace(/[^\w-]/g, "_")}>${xmlText(fieldValue(contact, field) ?? "")}</${field.replace(/[^\w-]/g, "_")}>`).join("")}</contact>`
    )
    .join("")}</contacts>`

/** An exported file, for the mock's own `/__mock/exports/<id>.<format>` route. */
export const exportFile = (state: MockState, exportId: number) => exportsTable(state).get(exportId)
