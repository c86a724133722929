/**
 * Contacts in the mock: contacts live in lists with unique fields and checked extra values, carry
 * tags and statuses, leave an activity trail, raise webhook events, are selected by segments, and
 * are imported and exported as operations that report to a callback.
 */
import { it } from "@effect/vitest"
import { type Contacts, EgoiClient, EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import { clientAndMock, mockClient, NOW_TEXT, raw, savedSegment, seed } from "./utils/client.js"
import { scopedReceiver } from "./utils/receiver.js"

const UNIQUE = "A unique field is already being used"
const CONTACT_ID = /^[0-9a-f]{10}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

type Base = Contacts.ContactInput["base"]
type Extra = Contacts.ContactInput["extra"]

/** Lists 1 and 2. */
const twoLists = seed({ lists: [{ internal_name: "Newsletter" }, { internal_name: "Customers" }] })

const egoi = EgoiClient.EgoiClient

/** Creates a contact and answers its ID. */
const add = (base: Base, extra?: Extra, listId = 1) =>
  Effect.flatMap(egoi, (client) =>
    client.contacts.createContact({ list_id: listId, ...(base ? { base } : {}), ...(extra ? { extra } : {}) })
  ).pipe(Effect.map((created) => created.contact_id))

const get = (contactId: string, listId = 1) =>
  Effect.flatMap(egoi, (client) => client.contacts.getContact({ list_id: listId, contact_id: contactId }))

/** A contact's activity trail, as action names with their data. */
const trail = (contactId: string, listId = 1) =>
  Effect.flatMap(egoi, (client) =>
    client.contacts.getAllContactActivities({ list_id: listId, contact_id: contactId, limit: 100 })
  ).pipe(Effect.map((page) => page.items))

/** The `errors` of the 409 an effect fails with. */
const conflictOf = <A, E>(effect: Effect.Effect<A, E, EgoiClient.EgoiClient>) =>
  Effect.map(Effect.flip(effect), (error) => {
    expect(error).toBeInstanceOf(EgoiError.Conflict)
    return (error as EgoiError.Conflict).errors
  })

/** The fields a 422 names, sorted. */
const invalidFieldsOf = <A, E>(effect: Effect.Effect<A, E, EgoiClient.EgoiClient>) =>
  Effect.map(Effect.flip(effect), (error) => {
    expect(error).toBeInstanceOf(EgoiError.UnprocessableEntity)
    return Object.keys((error as EgoiError.UnprocessableEntity).errors ?? {}).sort()
  })

/** Creates an extra field of list 1 and answers its ID. */
const extraField = (
  name: string,
  format: "date" | "number" | "email" | "options" | "cellphone" | "text",
  unique = false
) =>
  Effect.flatMap(egoi, (client) => client.fields.createExtraField({ list_id: 1, name, format, unique })).pipe(
    Effect.map((field) => Number(field.field_id))
  )

const flushWebhooks = Effect.flatMap(EgoiMock.EgoiMockService, (mock) => Effect.promise(() => mock.flushWebhooks()))
const runOperations = Effect.flatMap(EgoiMock.EgoiMockService, (mock) => Effect.promise(() => mock.runOperations()))

describe("contacts live in lists", () => {
  it.effect("creates a contact and reads it back with its fields, statistics and traffic sources", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* twoLists
      const created = yield* egoi.contacts.createContact({
        list_id: 1,
        base: {
          first_name: "Ana",
          last_name: "Silva",
          email: "ana@example.com",
          cellphone: "351-910000000",
          birth_date: "1990-05-01",
          language: "pt"
        },
        utm: { utm_source: "newsletter" },
        advertising: { gclid: "g-1" }
      })
      expect(created.contact_id).toMatch(CONTACT_ID)
      expect(mock.requests().at(-1)?.status).toBe(201)
      const contact = yield* get(created.contact_id)
      expect(contact.base).toMatchObject({
        contact_id: created.contact_id,
        status: "active",
        subscription_method: "api",
        subscription_date: NOW_TEXT,
        first_name: "Ana",
        last_name: "Silva",
        email: "ana@example.com",
        cellphone: "351-910000000",
        birth_date: "1990-05-01",
        language: "pt",
        unsubscription_date: "0000-00-00 00:00:00"
      })
      expect(contact.extra).toEqual([])
      expect(contact.tags).toEqual([])
      expect(contact.email_stats?.sent).toBe(0)
      expect(contact.traffic_stats).toEqual({ utm: { utm_source: "newsletter" }, advertising: { gclid: "g-1" } })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("a contact of one list is not in another; a missing list or contact is 404 where documented", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const contactId = yield* add({ email: "ana@example.com" })
      expect(yield* Effect.flip(get(contactId, 2))).toBeInstanceOf(EgoiError.NotFound)
      expect((yield* egoi.contacts.getAllContacts({ list_id: 2 })).total_items).toBe(0)
      expect(yield* Effect.flip(egoi.contacts.getAllContacts({ list_id: 999 }))).toBeInstanceOf(EgoiError.NotFound)
      expect(yield* Effect.flip(get("0123456789"))).toBeInstanceOf(EgoiError.NotFound)
      // createContact documents no 404: a missing list is an invalid list_id.
      expect(yield* invalidFieldsOf(add({ email: "x@example.com" }, undefined, 999))).toEqual(["list_id"])
      // The same email may live in another list.
      expect(yield* add({ email: "ana@example.com" }, undefined, 2)).toMatch(CONTACT_ID)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("invalid input is refused before it reaches the mock", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const error = yield* Effect.flip(
        egoi.contacts.createContact({ list_id: 1, base: { email: "not an email", cellphone: "910000000" } })
      )
      expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
      expect((error as EgoiError.RequestValidationError).issues.map((issue) => issue.path).sort()).toEqual([
        "base.cellphone",
        "base.email"
      ])
      const badId = yield* Effect.flip(egoi.contacts.getContact({ list_id: 1, contact_id: "nope" }))
      expect(badId).toBeInstanceOf(EgoiError.RequestValidationError)
      expect(mock.requests()).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("lists a list's contacts a page at a time, filtered by base fields and by extra field", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* twoLists
      const plan = yield* extraField("Plan", "text")
      for (let i = 0; i < 12; i++) {
        yield* add(
          {
            first_name: i % 2 === 0 ? "Ana" : "Rui",
            email: `c${i}@example.com`,
            ...(i < 3 ? { email_status: "active" as const } : {})
          },
          [{ field_id: plan, value: i % 3 === 0 ? "gold" : "silver" }]
        )
      }
      const first = yield* egoi.contacts.getAllContacts({ list_id: 1 })
      expect([first.total_items, first.items.length]).toEqual([12, 10])
      const second = yield* egoi.contacts.getAllContacts({ list_id: 1, offset: 10, limit: 5 })
      expect(second.items.map((contact) => contact.base.email)).toEqual(["c10@example.com", "c11@example.com"])
      expect((yield* egoi.contacts.getAllContacts({ list_id: 1, first_name: "Ana", limit: 100 })).total_items).toBe(6)
      const active = yield* egoi.contacts.getAllContacts({ list_id: 1, email_status: true })
      expect(active.items.map((contact) => contact.base.email)).toEqual([
        "c0@example.com",
        "c1@example.com",
        "c2@example.com"
      ])

      mock.clearRequests()
      const gold = yield* egoi.contacts.getAllContacts({ list_id: 1, extra_field_id: { [plan]: "gold" } })
      expect(gold.total_items).toBe(4)
      expect(gold.items.map((contact) => contact.base.email)).toEqual([
        "c0@example.com",
        "c3@example.com",
        "c6@example.com",
        "c9@example.com"
      ])
      expect(gold.items[0]!.extra).toEqual([{ field_id: plan, format: "text", value: "gold" }])
      expect(mock.requests()[0]!.query).toEqual({ [`extra_field_id[${plan}]`]: "gold" })
      const goldAnas = yield* egoi.contacts.getAllContacts({
        list_id: 1,
        first_name: "Ana",
        extra_field_id: { [plan]: "gold" }
      })
      expect(goldAnas.items.map((contact) => contact.base.email)).toEqual(["c0@example.com", "c6@example.com"])
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("unique fields and extra field formats", () => {
  it.effect("a taken email answers 409 with the documented unique_field_in_use body, on create and on patch", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const ana = yield* add({ email: "ana@example.com" })
      const rui = yield* add({ email: "rui@example.com" })
      expect(yield* conflictOf(add({ first_name: "Other", email: "ana@example.com" }))).toEqual({
        unique_field_in_use: UNIQUE,
        field_id: "email",
        contacts: [ana]
      })
      expect(
        yield* conflictOf(
          egoi.contacts.patchContact({ list_id: 1, contact_id: rui, base: { email: "ana@example.com" } })
        )
      ).toEqual({ unique_field_in_use: UNIQUE, field_id: "email", contacts: [ana] })
      yield* add({ cellphone: "351-910000000" })
      expect(yield* conflictOf(add({ cellphone: "351-910000000" }))).toMatchObject({ field_id: "cellphone" })
      // A contact may keep its own value, and a freed value can be taken.
      yield* egoi.contacts.patchContact({
        list_id: 1,
        contact_id: ana,
        base: { email: "ana@example.com", first_name: "Ana" }
      })
      yield* egoi.contacts.patchContact({ list_id: 1, contact_id: ana, base: { email: "ana.silva@example.com" } })
      expect(yield* add({ email: "ana@example.com" })).toMatch(CONTACT_ID)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("a unique extra field answers 409 naming the field; a non-unique one may repeat", () =>
    Effect.gen(function* () {
      yield* twoLists
      const nif = yield* extraField("NIF", "number", true)
      const city = yield* extraField("City", "text")
      const ana = yield* add({ email: "ana@example.com" }, [
        { field_id: nif, value: "123456789" },
        { field_id: city, value: "Porto" }
      ])
      const clash = add({ email: "rui@example.com" }, [
        { field_id: nif, value: "123456789" },
        { field_id: city, value: "Porto" }
      ])
      expect(yield* conflictOf(clash)).toEqual({ unique_field_in_use: UNIQUE, field_id: String(nif), contacts: [ana] })
      expect(yield* add({ email: "rui@example.com" }, [{ field_id: city, value: "Porto" }])).toMatch(CONTACT_ID)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("checks extra values against the list's field formats and options", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const since = yield* extraField("Since", "date")
      const points = yield* extraField("Points", "number")
      const work = yield* extraField("Work email", "email")
      const mobile = yield* extraField("Work mobile", "cellphone")
      const plan = yield* extraField("Plan", "options")
      const basic = yield* egoi.fields.createFieldOption({ list_id: 1, field_id: plan, en: "Basic" })
      const pro = yield* egoi.fields.createFieldOption({ list_id: 1, field_id: plan, en: "Pro" })

      const ok = yield* add({ email: "ana@example.com" }, [
        { field_id: since, value: "2020-02-29" },
        { field_id: points, value: "12.5" },
        { field_id: work, value: "ana@work.example" },
        { field_id: mobile, value: "351-930000000" },
        { field_id: plan, value: [basic.option_id, pro.option_id] }
      ])
      expect((yield* get(ok)).extra).toEqual([
        { field_id: since, format: "date", value: "2020-02-29" },
        { field_id: points, format: "number", value: "12.5" },
        { field_id: work, format: "email", value: "ana@work.example" },
        { field_id: mobile, format: "cellphone", value: "351-930000000" },
        { field_id: plan, format: "options", value: [basic.option_id, pro.option_id] }
      ])

      const refusal = (extra: Extra) => invalidFieldsOf(add({ first_name: "Rui" }, extra))
      expect(
        yield* refusal([
          { field_id: since, value: "yesterday" },
          { field_id: points, value: "a lot" },
          { field_id: work, value: "rui at work" },
          { field_id: mobile, value: "930000000" }
        ])
      ).toEqual([`extra.${mobile}`, `extra.${points}`, `extra.${since}`, `extra.${work}`].sort())
      expect(yield* refusal([{ field_id: plan, value: [basic.option_id, 999] }])).toEqual([`extra.${plan}`])
      expect(yield* refusal([{ field_id: plan, value: "Pro" }])).toEqual([`extra.${plan}`])
      expect(yield* refusal([{ field_id: 4242, value: "x" }])).toEqual(["extra.4242"])
      // Fields belong to a list: the other list has none.
      expect(
        yield* invalidFieldsOf(add({ email: "x@example.com" }, [{ field_id: since, value: "2020-01-01" }], 2))
      ).toEqual([`extra.${since}`])
      expect((yield* egoi.contacts.getAllContacts({ list_id: 1 })).total_items).toBe(1)
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("tags and segments", () => {
  it.effect("attached tags show in tags and detach removes them, each leaving an activity with its tag_id", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const vip = yield* egoi.tags.createTag({ name: "vip" })
      const trial = yield* egoi.tags.createTag({ name: "trial" })
      const ana = yield* add({ email: "ana@example.com" })
      const rui = yield* add({ email: "rui@example.com" })
      expect(yield* egoi.contacts.actionAttachTag({ list_id: 1, tag_id: vip.tag_id, contacts: [ana, rui] })).toEqual({
        result: "success"
      })
      yield* egoi.contacts.actionAttachTag({ list_id: 1, tag_id: trial.tag_id, contacts: [ana] })
      expect((yield* get(ana)).tags).toEqual([vip.tag_id, trial.tag_id])
      const page = yield* egoi.contacts.getAllContacts({ list_id: 1 })
      expect(page.items.map((contact) => contact.tags)).toEqual([[vip.tag_id, trial.tag_id], [vip.tag_id]])

      yield* egoi.contacts.actionDetachTag({ list_id: 1, tag_id: vip.tag_id, contacts: [ana] })
      expect((yield* get(ana)).tags).toEqual([trial.tag_id])
      expect((yield* get(rui)).tags).toEqual([vip.tag_id])
      const activities = yield* trail(ana)
      expect(activities.filter((a) => a.action_name === "attach_tag").map((a) => a.action_data)).toEqual([
        { tag_id: vip.tag_id },
        { tag_id: trial.tag_id }
      ])
      expect(activities.filter((a) => a.action_name === "detach_tag").map((a) => a.action_data)).toEqual([
        { tag_id: vip.tag_id }
      ])
      const missing = yield* Effect.flip(egoi.contacts.actionAttachTag({ list_id: 1, tag_id: 999, contacts: [ana] }))
      expect(missing).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("attaches a tag by segment and by a field's values", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      yield* seed({ segments: [savedSegment("Gmail", [["email", "ends_with", "@gmail.com"]])] })
      const ana = yield* add({ email: "ana@gmail.com" })
      const rui = yield* add({ email: "rui@example.com" })
      const eva = yield* add({ email: "eva@gmail.com" })
      const tag = yield* egoi.tags.createTag({ name: "gmail" })
      yield* egoi.contacts.actionAttachTag({ list_id: 1, tag_id: tag.tag_id, segment_id: "1" })
      const tagsOf = Effect.forEach([ana, rui, eva], (id) => Effect.map(get(id), (contact) => contact.tags))
      expect(yield* tagsOf).toEqual([[tag.tag_id], [], [tag.tag_id]])

      const other = yield* egoi.tags.createTag({ name: "by-field" })
      yield* egoi.contacts.actionAttachTag({
        list_id: 1,
        tag_id: other.tag_id,
        field_id: "email",
        contacts: ["rui@example.com", "nobody@example.com"]
      })
      expect(yield* tagsOf).toEqual([[tag.tag_id], [other.tag_id], [tag.tag_id]])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("getAllContactsBySegment selects by saved conditions, by tag and by status (auto)", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const vip = yield* egoi.tags.createTag({ name: "vip" })
      yield* seed({
        segments: [
          savedSegment(
            "Anas whose last name starts with S",
            [
              ["first_name", "equal_to", "ana"],
              ["last_name", "begins_with", "S"]
            ],
            { boolean_operator: "and" }
          ),
          { list_id: 1, name: "Inactive", type: "auto", rule: { status: ["inactive"] } },
          { list_id: 2, name: "Elsewhere", type: "auto", rule: { status: ["active"] } }
        ]
      })
      const ana = yield* add({ first_name: "Ana", last_name: "Silva", email: "ana@example.com" })
      yield* add({ first_name: "Ana", last_name: "Costa", email: "ana.costa@example.com" })
      const rui = yield* add({ first_name: "Rui", last_name: "Santos", email: "rui@example.com", status: "inactive" })
      yield* egoi.contacts.actionAttachTag({ list_id: 1, tag_id: vip.tag_id, contacts: [rui] })

      const emails = (segmentId: string, showRemoved?: boolean) =>
        Effect.map(
          egoi.contacts.getAllContactsBySegment({
            list_id: 1,
            segment_id: segmentId,
            ...(showRemoved === undefined ? {} : { show_removed: showRemoved })
          }),
          (page) => page.items.map((contact) => contact.base.email)
        )
      expect(yield* emails("1")).toEqual(["ana@example.com"])
      expect(yield* emails("2")).toEqual(["rui@example.com"])
      expect(yield* emails(`tag_${vip.tag_id}`)).toEqual(["rui@example.com"])
      expect((yield* egoi.contacts.getAllContactsBySegment({ list_id: 1, segment_id: "1" })).total_items).toBe(1)

      // Removed contacts leave a segment unless show_removed is set.
      yield* egoi.contacts.actionUnsubscribeContact({ list_id: 1, data: [{ contact_id: ana }] })
      expect(yield* emails("1")).toEqual([])
      expect(yield* emails("1", true)).toEqual(["ana@example.com"])

      for (const segmentId of ["999", "3"]) {
        // "3" is a segment of list 2: not one of list 1.
        const missing = yield* Effect.flip(egoi.contacts.getAllContactsBySegment({ list_id: 1, segment_id: segmentId }))
        expect(missing).toBeInstanceOf(EgoiError.NotFound)
      }
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("statuses", () => {
  const statuses = (ids: ReadonlyArray<string>) =>
    Effect.forEach(ids, (id) => Effect.map(get(id), (c) => c.base.status))

  it.effect("activates and deactivates all contacts or some, leaving removed contacts untouched", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const active = yield* add({ email: "a@example.com" })
      const inactive = yield* add({ email: "i@example.com", status: "inactive" })
      const unconfirmed = yield* add({ email: "u@example.com", status: "unconfirmed" })
      const removed = yield* add({ email: "r@example.com" })
      yield* egoi.contacts.actionUnsubscribeContact({ list_id: 1, data: [{ contact_id: removed }] })
      const all = [active, inactive, unconfirmed, removed]
      expect(yield* statuses(all)).toEqual(["active", "inactive", "unconfirmed", "removed"])

      expect(yield* egoi.contacts.actionActivateContacts({ list_id: 1, type: "all" })).toEqual({ result: "success" })
      expect(yield* statuses(all)).toEqual(["active", "active", "active", "removed"])
      yield* egoi.contacts.actionDeactivateContacts({ list_id: 1, type: "contacts", contacts: [active, removed] })
      expect(yield* statuses(all)).toEqual(["inactive", "active", "active", "removed"])
      yield* egoi.contacts.actionDeactivateContacts({ list_id: 1, type: "all" })
      expect(yield* statuses(all)).toEqual(["inactive", "inactive", "inactive", "removed"])
      yield* egoi.contacts.actionActivateContacts({ list_id: 1, type: "contacts", contacts: [inactive, removed] })
      expect(yield* statuses(all)).toEqual(["inactive", "active", "inactive", "removed"])

      expect((yield* trail(inactive)).map((a) => a.action_name)).toEqual([
        "subscription",
        "resubscription",
        "edit_subscription",
        "resubscription"
      ])
      expect((yield* trail(removed)).map((a) => a.action_name)).toEqual(["subscription", "unsubscribe"])
      const missing = yield* Effect.flip(egoi.contacts.actionActivateContacts({ list_id: 999, type: "all" }))
      expect(missing).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect(
    "unsubscribes contacts, sorting the others into the documented buckets, and suppresses their channels",
    () =>
      Effect.gen(function* () {
        const { egoi } = yield* clientAndMock
        yield* twoLists
        const ana = yield* add({ email: "ana@example.com", cellphone: "351-910000001" })
        const rui = yield* add({ email: "rui@example.com" })
        const elsewhere = yield* add({ email: "eva@example.com" }, undefined, 2)
        yield* egoi.contacts.actionUnsubscribeContact({ list_id: 1, data: [{ contact_id: rui }] })

        const result = yield* egoi.contacts.actionUnsubscribeContact({
          list_id: 1,
          data: [
            {
              contact_id: ana,
              unsubscription_method: "manual",
              unsubscription_reason: "not_interested",
              unsubscription_observation: "asked by phone"
            },
            { contact_id: rui },
            { contact_id: elsewhere }
          ]
        })
        expect(result).toEqual({
          success: [ana],
          errors: { contact_already_removed: [rui], contact_not_in_list: [elsewhere] }
        })
        expect((yield* get(ana)).base).toMatchObject({
          status: "removed",
          unsubscription_method: "manual",
          unsubscription_reason: "not_interested",
          unsubscription_observation: "asked by phone",
          unsubscription_date: NOW_TEXT
        })
        expect((yield* get(rui)).base).toMatchObject({ unsubscription_method: "api", unsubscription_reason: "other" })
        expect((yield* get(elsewhere, 2)).base.status).toBe("active")

        const suppressed = yield* egoi.suppressionList.getAllSuppressionList({ method: "unsubscribe", limit: 100 })
        expect(suppressed.items.map((entry) => [entry.type, entry.value]).sort()).toEqual([
          ["cellphone", "351-910000001"],
          ["email", "ana@example.com"],
          ["email", "rui@example.com"]
        ])
        expect((yield* trail(ana)).at(-1)?.action_name).toBe("unsubscribe")
      }).pipe(Effect.provide(mockClient()))
  )
})

describe("forget, search and activities", () => {
  it.effect("forget erases the contact: getContact is 404 and searchContacts no longer finds it", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const ana = yield* add({ email: "ana@example.com", phone: "351-220000000" })
      const rui = yield* add({ email: "rui@example.com" })
      yield* add({ email: "ana@example.com" }, undefined, 2)
      expect((yield* egoi.contacts.searchContacts({ contact: "ana@example.com" })).items).toHaveLength(2)

      expect(yield* egoi.contacts.actionForgetContacts({ list_id: 1, contacts: [ana] })).toEqual({ result: "success" })
      expect(yield* Effect.flip(get(ana))).toBeInstanceOf(EgoiError.NotFound)
      expect(yield* invalidFieldsOf(trail(ana))).toEqual(["contact_id"])
      expect((yield* egoi.contacts.searchContacts({ contact: "ana@example.com" })).items).toEqual([
        { contact_id: expect.any(String), list_id: 2 }
      ])
      const byPhone = yield* Effect.flip(egoi.contacts.searchContacts({ type: "phone", contact: "351-220000000" }))
      expect(byPhone).toBeInstanceOf(EgoiError.NotFound)
      const page = yield* egoi.contacts.getAllContacts({ list_id: 1 })
      expect(page.items.map((contact) => contact.base.contact_id)).toEqual([rui])
      // A forgotten contact's channels stay suppressed.
      const suppressed = yield* egoi.suppressionList.getAllSuppressionList({ method: "forgotten" })
      expect(suppressed.items.map((entry) => entry.value).sort()).toEqual(["351-220000000", "ana@example.com"])
      // forget documents no 404: a missing list is an invalid list_id.
      expect(yield* invalidFieldsOf(egoi.contacts.actionForgetContacts({ list_id: 999, contacts: [rui] }))).toEqual([
        "list_id"
      ])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("searchContacts finds a contact by email, cellphone or phone across every list", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const a = yield* add({ email: "ana@example.com", cellphone: "351-910000000" })
      const b = yield* add({ email: "ana@example.com", phone: "351-220000000" }, undefined, 2)
      expect((yield* egoi.contacts.searchContacts({ contact: "ana@example.com" })).items).toEqual([
        { contact_id: a, list_id: 1 },
        { contact_id: b, list_id: 2 }
      ])
      expect((yield* egoi.contacts.searchContacts({ type: "cellphone", contact: "351-910000000" })).items).toEqual([
        { contact_id: a, list_id: 1 }
      ])
      expect((yield* egoi.contacts.searchContacts({ type: "phone", contact: "351-220000000" })).items).toEqual([
        { contact_id: b, list_id: 2 }
      ])
      const nobody = yield* Effect.flip(egoi.contacts.searchContacts({ contact: "nobody@example.com" }))
      expect(nobody).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("every action leaves an activity, filterable by action_name and date, a page at a time", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const tag = yield* egoi.tags.createTag({ name: "vip" })
      const ana = yield* add({ email: "ana@example.com", consent: "any" })
      yield* egoi.contacts.patchContact({
        list_id: 1,
        contact_id: ana,
        base: { first_name: "Ana", consent: "consent" }
      })
      yield* egoi.contacts.actionAttachTag({ list_id: 1, tag_id: tag.tag_id, contacts: [ana] })
      yield* egoi.contacts.actionDetachTag({ list_id: 1, tag_id: tag.tag_id, contacts: [ana] })
      yield* seed({ automations: [{ list_id: 1, title: "Welcome" }] })
      yield* egoi.contacts.actionStartAutomation({ list_id: 1, automation_id: 1, action_id: 1, contacts: [ana] })
      yield* egoi.contacts.actionDeactivateContacts({ list_id: 1, type: "all" })
      yield* egoi.contacts.actionActivateContacts({ list_id: 1, type: "all" })
      yield* egoi.contacts.actionUnsubscribeContact({ list_id: 1, data: [{ contact_id: ana }] })

      const activities = yield* trail(ana)
      expect(activities.map((a) => [a.action_name, a.action_data])).toEqual([
        ["subscription", undefined],
        ["edit_subscription", undefined],
        ["change_consent", undefined],
        ["attach_tag", { tag_id: tag.tag_id }],
        ["detach_tag", { tag_id: tag.tag_id }],
        ["automation_event", { automation_id: 1 }],
        ["edit_subscription", undefined],
        ["resubscription", undefined],
        ["unsubscribe", undefined]
      ])
      for (const activity of activities) expect(activity.date).toMatch(DATE_TIME)
      const query = { list_id: 1, contact_id: ana }
      const edits = yield* egoi.contacts.getAllContactActivities({ ...query, action_name: "edit_subscription" })
      expect(edits.items).toHaveLength(2)
      const none = yield* egoi.contacts.getAllContactActivities({ ...query, date_min: "2999-01-01 00:00:00" })
      expect(none.items).toEqual([])
      const page = yield* egoi.contacts.getAllContactActivities({ ...query, offset: 3, limit: 2 })
      expect(page.items.map((a) => a.action_name)).toEqual(["attach_tag", "detach_tag"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("a seeded contact has the fields, status, tags and activities it was seeded with", () =>
    Effect.gen(function* () {
      yield* twoLists
      yield* seed({
        tags: [{ name: "vip" }],
        extraFields: [{ list_id: 1, name: "City", format: "text" }],
        contacts: [
          {
            list_id: 1,
            contact_id: "ABCDEF0123",
            base: { email: "ana@example.com", status: "unconfirmed", subscription_method: "form" },
            extra: [{ field_id: 1, value: "Porto" }],
            tags: [1],
            activities: [
              { action_name: "email_open", date: "2024-04-01 09:00:00", action_data: { campaign_hash: "abc" } },
              { action_name: "email_click" }
            ]
          }
        ]
      })
      const contact = yield* get("abcdef0123")
      expect(contact.base).toMatchObject({
        contact_id: "abcdef0123",
        email: "ana@example.com",
        status: "unconfirmed",
        subscription_method: "form",
        subscription_date: NOW_TEXT
      })
      expect(contact.extra).toEqual([{ field_id: 1, format: "text", value: "Porto" }])
      expect(contact.tags).toEqual([1])
      expect(yield* trail("abcdef0123")).toEqual([
        { action_name: "email_open", date: "2024-04-01 09:00:00", action_data: { campaign_hash: "abc" } },
        { action_name: "email_click", date: NOW_TEXT }
      ])
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("updates", () => {
  it.effect("updateContactByField changes the contact a unique field identifies, answering 201", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* twoLists
      const nif = yield* extraField("NIF", "text", true)
      const ana = yield* add({ email: "ana@example.com", first_name: "Ana" }, [{ field_id: nif, value: "111" }])
      const rui = yield* add({ email: "rui@example.com", first_name: "Rui" }, [{ field_id: nif, value: "222" }])
      mock.clearRequests()
      const updated = yield* egoi.contacts.updateContactByField({
        list_id: 1,
        compare_field: { field_id: "email", value: "ana@example.com" },
        base: { last_name: "Silva" }
      })
      expect(updated).toEqual({ contact_id: ana })
      expect(mock.requests()[0]).toMatchObject({ method: "POST", path: "/lists/1/contacts/by-field", status: 201 })
      expect((yield* get(ana)).base).toMatchObject({ first_name: "Ana", last_name: "Silva" })

      yield* egoi.contacts.updateContactByField({
        list_id: 1,
        compare_field: { field_id: String(nif), value: "222" },
        base: { first_name: "Rui Pedro" }
      })
      expect((yield* get(rui)).base.first_name).toBe("Rui Pedro")
      expect((yield* trail(rui)).map((a) => a.action_name)).toEqual(["subscription", "edit_subscription"])

      // No contact has the value; the field is not unique.
      for (const compare_field of [
        { field_id: "email", value: "nobody@example.com" },
        { field_id: "first_name", value: "Ana" }
      ]) {
        const refused = egoi.contacts.updateContactByField({ list_id: 1, compare_field, base: { last_name: "X" } })
        expect(yield* invalidFieldsOf(refused)).toEqual(["compare_field"])
      }
      // The new value is taken.
      const taken = egoi.contacts.updateContactByField({
        list_id: 1,
        compare_field: { field_id: "email", value: "rui@example.com" },
        base: { email: "ana@example.com" }
      })
      expect(yield* conflictOf(taken)).toEqual({ unique_field_in_use: UNIQUE, field_id: "email", contacts: [ana] })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("actionUpdateContacts sets the same values on contacts, a segment or all, never on removed ones", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const city = yield* extraField("City", "text")
      yield* seed({ segments: [savedSegment("Example", [["email", "contains", "@example"]])] })
      const a = yield* add({ email: "a@example.com" })
      const b = yield* add({ email: "b@example.com" })
      const c = yield* add({ email: "c@other.org" })
      const removed = yield* add({ email: "r@example.com" })
      yield* egoi.contacts.actionUnsubscribeContact({ list_id: 1, data: [{ contact_id: removed }] })
      const everyone = [a, b, c, removed]
      const names = Effect.forEach(everyone, (id) => Effect.map(get(id), (contact) => contact.base.first_name))

      expect(
        yield* egoi.contacts.actionUpdateContacts({
          list_id: 1,
          type: "contacts",
          contacts: [a, removed],
          base: { first_name: "One" }
        })
      ).toEqual({ result: "success" })
      expect(yield* names).toEqual(["One", undefined, undefined, undefined])
      yield* egoi.contacts.actionUpdateContacts({
        list_id: 1,
        type: "segment",
        segment_id: "1",
        base: { first_name: "Two" },
        extra: [{ field_id: city, value: "Braga" }]
      })
      expect(yield* names).toEqual(["Two", "Two", undefined, undefined])
      expect((yield* get(b)).extra).toEqual([{ field_id: city, format: "text", value: "Braga" }])
      yield* egoi.contacts.actionUpdateContacts({ list_id: 1, type: "all", base: { last_name: "All" } })
      const lastNames = yield* Effect.forEach(everyone, (id) =>
        Effect.map(get(id), (contact) => contact.base.last_name)
      )
      expect(lastNames).toEqual(["All", "All", "All", undefined])
      expect((yield* trail(a)).map((activity) => activity.action_name)).toEqual([
        "subscription",
        "edit_subscription",
        "edit_subscription",
        "edit_subscription"
      ])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("actionUpdateContacts answers 409 when the payload holds a unique field, base or extra", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const nif = yield* extraField("NIF", "text", true)
      const a = yield* add({ email: "a@example.com" })
      const b = yield* add({ email: "b@example.com" })
      const sameEmail = egoi.contacts.actionUpdateContacts({
        list_id: 1,
        type: "contacts",
        contacts: [a, b],
        base: { email: "same@example.com" }
      })
      expect(yield* conflictOf(sameEmail)).toMatchObject({ unique_field_in_use: UNIQUE, field_id: "email" })
      const sameNif = egoi.contacts.actionUpdateContacts({
        list_id: 1,
        type: "all",
        extra: [{ field_id: nif, value: "999" }]
      })
      expect(yield* conflictOf(sameNif)).toMatchObject({ unique_field_in_use: UNIQUE, field_id: String(nif) })
      // Nothing was changed.
      expect((yield* get(a)).base.email).toBe("a@example.com")
      expect((yield* get(b)).extra).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("actionStartAutomation starts contacts once and reports the queued ones as already_in_queue", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const a = yield* add({ email: "a@example.com" })
      const b = yield* add({ email: "b@example.com" })
      yield* seed({
        automations: [
          { list_id: 1, title: "Welcome" },
          { list_id: 1, title: "Win back" }
        ]
      })
      const start = (automation_id: number, action_id: number, contacts: Array<string>) =>
        egoi.contacts.actionStartAutomation({ list_id: 1, automation_id, action_id, contacts })
      expect(yield* start(1, 1, [a])).toEqual({
        automation_id: 1,
        action_id: 1,
        success: [a],
        error: { already_in_queue: [] }
      })
      expect(yield* start(1, 1, [a, b, "0123456789"])).toEqual({
        automation_id: 1,
        action_id: 1,
        success: [b],
        error: { already_in_queue: [a], contact_not_in_list: ["0123456789"] }
      })
      expect((yield* start(2, 2, [a])).success).toEqual([a])
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("imports and exports", () => {
  const emails = Effect.flatMap(egoi, (client) => client.contacts.getAllContacts({ list_id: 1, limit: 1000 })).pipe(
    Effect.map((page) => page.items.map((contact) => contact.base.email))
  )

  it.scoped(
    "import-bulk queues an operation that getAllOperations shows until it runs, then reports to callback_url",
    () =>
      Effect.gen(function* () {
        const { egoi, mock } = yield* clientAndMock
        const receiver = yield* scopedReceiver()
        yield* twoLists
        yield* add({ email: "old@example.com", first_name: "Old" })
        const accepted = yield* egoi.contacts.actionImportBulk({
          list_id: 1,
          mode: "add",
          compare_field: "email",
          contacts: [
            { base: { email: "old@example.com", first_name: "Changed" } },
            { base: { email: "ana@example.com" } },
            { base: { email: "rui@example.com" } }
          ],
          callback_url: `${receiver.url}/import`
        })
        expect(accepted).toEqual({ result: "success" })
        expect(mock.requests().at(-1)?.status).toBe(202)
        const queued = yield* egoi.operations.getAllOperations()
        expect(queued.items).toEqual([expect.objectContaining({ type: "import_contacts", status: "queued" })])
        expect(yield* emails).toEqual(["old@example.com"])

        yield* runOperations
        expect(yield* emails).toEqual(["old@example.com", "ana@example.com", "rui@example.com"])
        expect(receiver.received.map(({ path, body }) => ({ path, body }))).toEqual([
          { path: "/import", body: { imported: 2, updated: 0, ignored: 1, invalid: 0 } }
        ])
        expect((yield* egoi.operations.getAllOperations()).items).toEqual([])
        const imported = (yield* egoi.contacts.getAllContacts({ list_id: 1, email: "ana@example.com" })).items[0]!
        expect(imported.base.subscription_method).toBe("imported")
        const old = (yield* egoi.contacts.getAllContacts({ list_id: 1, email: "old@example.com" })).items[0]!
        expect(old.base.first_name).toBe("Old")
      }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.scoped("import counts match the modes add, update and update_only, with invalid contacts counted", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const receiver = yield* scopedReceiver()
      yield* twoLists
      const since = yield* extraField("Since", "date")
      yield* add({ email: "a@example.com", first_name: "A" })
      yield* add({ email: "b@example.com", first_name: "B" })
      const batch = (mode: string): Array<Contacts.ContactInput> => [
        { base: { email: "a@example.com", first_name: `A ${mode}` } },
        { base: { email: "b@example.com", first_name: `B ${mode}` } },
        { base: { email: `new-${mode}@example.com` } },
        { base: { email: `bad-${mode}@example.com` }, extra: [{ field_id: since, value: "not a date" }] }
      ]
      for (const mode of ["add", "update", "update_only"] as const) {
        yield* egoi.contacts.actionImportBulk({
          list_id: 1,
          mode,
          compare_field: "email",
          contacts: batch(mode),
          callback_url: `${receiver.url}/${mode}`
        })
      }
      expect((yield* egoi.operations.getAllOperations({ type: "import_contacts" })).total_items).toBe(3)
      yield* runOperations
      expect(Object.fromEntries(receiver.received.map(({ path, body }) => [path, body]))).toEqual({
        "/add": { imported: 1, updated: 0, ignored: 2, invalid: 1 },
        "/update": { imported: 1, updated: 2, ignored: 0, invalid: 1 },
        "/update_only": { imported: 0, updated: 2, ignored: 2, invalid: 0 }
      })
      const page = yield* egoi.contacts.getAllContacts({ list_id: 1, limit: 100 })
      expect(page.items.map((contact) => [contact.base.email, contact.base.first_name])).toEqual([
        ["a@example.com", "A update_only"],
        ["b@example.com", "B update_only"],
        ["new-add@example.com", undefined],
        ["new-update@example.com", undefined]
      ])
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.effect("import refuses a compare_field that is not unique, and a list that does not exist", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* twoLists
      const notUnique = egoi.contacts.actionImportBulk({
        list_id: 1,
        mode: "update",
        compare_field: "first_name",
        contacts: [{ base: { first_name: "A" } }, { base: { first_name: "B" } }]
      })
      expect(yield* invalidFieldsOf(notUnique)).toEqual(["compare_field"])
      const noList = egoi.contacts.actionImportBulk({
        list_id: 999,
        mode: "add",
        compare_field: "email",
        contacts: [{ base: { email: "a@example.com" } }, { base: { email: "b@example.com" } }]
      })
      expect(yield* invalidFieldsOf(noList)).toEqual(["list_id"])
      expect(mock.snapshot().operations).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )

  it.scoped(
    "export queues an operation, then posts where its file is, and the file is downloadable from the mock",
    () =>
      Effect.gen(function* () {
        const { egoi, mock } = yield* clientAndMock
        const receiver = yield* scopedReceiver()
        yield* twoLists
        yield* seed({ segments: [savedSegment("Anas", [["first_name", "equal_to", "Ana"]])] })
        yield* add({ email: "ana@example.com", first_name: "Ana" })
        yield* add({ email: "rui@example.com", first_name: "Rui, Jr. <3 & co" })
        expect(
          yield* egoi.contacts.actionExportContacts({
            list_id: 1,
            format: "csv",
            fields: ["email", "first_name"],
            callback_url: `${receiver.url}/csv`
          })
        ).toEqual({ result: "success" })
        yield* egoi.contacts.actionExportContacts({
          list_id: 1,
          format: "xml",
          fields: ["email", "first_name"],
          callback_url: `${receiver.url}/xml`
        })
        yield* egoi.contacts.actionExportContacts({
          list_id: 1,
          format: "xml",
          segments: ["1"],
          callback_url: `${receiver.url}/segment`
        })
        const queued = yield* egoi.operations.getAllOperations({ type: "export_contacts" })
        expect(queued.items.map((operation) => operation.status)).toEqual(["queued", "queued", "queued"])
        expect(receiver.received).toEqual([])

        yield* runOperations
        expect(receiver.received.map(({ path }) => path).sort()).toEqual(["/csv", "/segment", "/xml"])
        const download = (path: string) =>
          Effect.promise(async () => {
            const callback = receiver.received.find((entry) => entry.path === path)!.body
            const response = await mock.fetch(`${EgoiMock.IN_PROCESS_URL}${callback.file}`)
            return {
              callback,
              status: response.status,
              type: response.headers.get("content-type"),
              text: await response.text()
            }
          })
        const csv = yield* download("/csv")
        expect(csv).toMatchObject({
          callback: { list_id: 1, format: "csv", total_contacts: 2, file: "/__mock/exports/1.csv" },
          status: 200,
          type: "text/csv"
        })
        expect(csv.text.split("\n")).toEqual([
          "email,first_name",
          "ana@example.com,Ana",
          'rui@example.com,"Rui, Jr. <3 & co"'
        ])
        const xml = yield* download("/xml")
        expect(xml).toMatchObject({ callback: { format: "xml", total_contacts: 2 }, type: "application/xml" })
        expect(xml.text).toBe(
          '<?xml version="1.0" encoding="UTF-8"?>\n<contacts>' +
            "<contact><email>ana@example.com</email><first_name>Ana</first_name></contact>" +
            "<contact><email>rui@example.com</email><first_name>Rui, Jr. &lt;3 &amp; co</first_name></contact>" +
            "</contacts>"
        )
        // A segment's export has the segment's contacts, with the default columns.
        const segment = yield* download("/segment")
        expect(segment.callback.total_contacts).toBe(1)
        expect(segment.text).toContain("<contact_id>")
        expect(segment.text).toContain("<email>ana@example.com</email>")
        expect(segment.text).not.toContain("rui@example.com")
        expect((yield* egoi.operations.getAllOperations()).items).toEqual([])
      }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )
})

describe("webhook events of contact actions", () => {
  it.scoped("one event per subscribed action of the webhook's list, and nothing for other lists", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const receiver = yield* scopedReceiver()
      yield* twoLists
      const hook = yield* egoi.webhooks.createWebhook({
        list_id: 1,
        url: `${receiver.url}/newsletter`,
        actions: ["subscription", "edit_subscription", "unsubscribe", "forget_subscription"],
        fields: ["email", "first_name"]
      })
      // The other list's webhook listens for an action nothing below raises on it.
      yield* egoi.webhooks.createWebhook({ list_id: 2, url: `${receiver.url}/customers`, actions: ["resubscription"] })

      const ana = yield* add({ email: "ana@example.com", first_name: "Ana" })
      yield* egoi.contacts.patchContact({ list_id: 1, contact_id: ana, base: { first_name: "Ana Maria" } })
      yield* egoi.contacts.actionUnsubscribeContact({ list_id: 1, data: [{ contact_id: ana }] })
      const rui = yield* add({ email: "rui@example.com" })
      yield* egoi.contacts.actionForgetContacts({ list_id: 1, contacts: [rui] })

      // The same actions on the other list reach no webhook.
      const eva = yield* add({ email: "eva@example.com" }, undefined, 2)
      yield* egoi.contacts.patchContact({ list_id: 2, contact_id: eva, base: { first_name: "Eva" } })
      yield* egoi.contacts.actionUnsubscribeContact({ list_id: 2, data: [{ contact_id: eva }] })
      yield* egoi.contacts.actionForgetContacts({ list_id: 2, contacts: [eva] })

      yield* flushWebhooks
      const event = (action: string, contact: Record<string, unknown>) => ({
        path: "/newsletter",
        body: { list_id: 1, contact, action, date: NOW_TEXT }
      })
      expect(receiver.received.map(({ path, body }) => ({ path, body }))).toEqual([
        event("subscription", { contact_id: ana, email: "ana@example.com", first_name: "Ana" }),
        event("edit_subscription", { contact_id: ana, email: "ana@example.com", first_name: "Ana Maria" }),
        event("unsubscribe", { contact_id: ana, email: "ana@example.com", first_name: "Ana Maria" }),
        event("subscription", { contact_id: rui, email: "rui@example.com" }),
        event("forget_subscription", { contact_id: rui, email: "rui@example.com" })
      ])
      expect(
        mock.webhookDeliveries().map((delivery) => [delivery.webhook_id, delivery.action, delivery.status])
      ).toEqual(
        ["subscription", "edit_subscription", "unsubscribe", "subscription", "forget_subscription"].map((action) => [
          hook.webhook_id,
          action,
          200
        ])
      )
    }).pipe(Effect.provide(mockClient()))
  )

  it.scoped("only the actions a webhook listens for, and no second unsubscribe for a removed contact", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const receiver = yield* scopedReceiver()
      yield* twoLists
      yield* egoi.webhooks.createWebhook({ list_id: 1, url: `${receiver.url}/unsubscribes`, actions: ["unsubscribe"] })
      const ana = yield* add({ email: "ana@example.com" })
      yield* egoi.contacts.patchContact({ list_id: 1, contact_id: ana, base: { last_name: "Silva" } })
      yield* egoi.contacts.actionUnsubscribeContact({ list_id: 1, data: [{ contact_id: ana }] })
      yield* egoi.contacts.actionUnsubscribeContact({ list_id: 1, data: [{ contact_id: ana }] })
      yield* flushWebhooks
      expect(receiver.received.map(({ path, body }) => ({ path, body }))).toEqual([
        {
          path: "/unsubscribes",
          body: { list_id: 1, contact: { contact_id: ana }, action: "unsubscribe", date: NOW_TEXT }
        }
      ])
    }).pipe(Effect.provide(mockClient()))
  )

  it.scoped("bulk actions raise one event per contact they change: imports, updates, status changes", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const receiver = yield* scopedReceiver()
      yield* twoLists
      yield* egoi.webhooks.createWebhook({
        list_id: 1,
        url: `${receiver.url}/all`,
        actions: ["subscription", "edit_subscription", "resubscription"],
        fields: ["email"]
      })
      const ana = yield* add({ email: "ana@example.com" })
      yield* egoi.contacts.actionImportBulk({
        list_id: 1,
        mode: "update",
        compare_field: "email",
        contacts: [{ base: { email: "ana@example.com", first_name: "Ana" } }, { base: { email: "rui@example.com" } }]
      })
      yield* flushWebhooks
      // Nothing is imported until the operation runs.
      expect(receiver.received.map(({ body }) => body.action)).toEqual(["subscription"])
      yield* runOperations
      yield* flushWebhooks
      expect(receiver.received.slice(1).map(({ body }) => [body.action, body.contact.email])).toEqual([
        ["edit_subscription", "ana@example.com"],
        ["subscription", "rui@example.com"]
      ])

      receiver.received.length = 0
      yield* egoi.contacts.actionUpdateContacts({ list_id: 1, type: "all", base: { last_name: "Silva" } })
      yield* egoi.contacts.actionDeactivateContacts({ list_id: 1, type: "contacts", contacts: [ana] })
      yield* egoi.contacts.actionActivateContacts({ list_id: 1, type: "all" })
      yield* flushWebhooks
      expect(receiver.received.map(({ body }) => [body.action, body.contact.email])).toEqual([
        ["edit_subscription", "ana@example.com"],
        ["edit_subscription", "rui@example.com"],
        ["edit_subscription", "ana@example.com"],
        ["resubscription", "ana@example.com"]
      ])
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.scoped("a refused change raises no event", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const receiver = yield* scopedReceiver()
      yield* twoLists
      yield* egoi.webhooks.createWebhook({
        list_id: 1,
        url: `${receiver.url}/all`,
        actions: ["subscription", "edit_subscription"]
      })
      const ana = yield* add({ email: "ana@example.com" })
      const rui = yield* add({ email: "rui@example.com" })
      const taken = yield* raw("PATCH", `/lists/1/contacts/${rui}`, { base: { email: "ana@example.com" } })
      expect(taken.status).toBe(409)
      expect(taken.body.errors).toEqual({ unique_field_in_use: UNIQUE, field_id: "email", contacts: [ana] })
      expect((yield* raw("POST", "/lists/1/contacts", { base: { email: "ana@example.com" } })).status).toBe(409)
      yield* flushWebhooks
      expect(receiver.received.map(({ body }) => [body.action, body.contact.contact_id])).toEqual([
        ["subscription", ana],
        ["subscription", rui]
      ])
    }).pipe(Effect.provide(mockClient()))
  )
})
