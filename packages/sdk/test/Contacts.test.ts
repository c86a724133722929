import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import {
  type ContactInput,
  Egoi,
  EgoiConflictError,
  EgoiNotFoundError,
  EgoiUnprocessableEntityError,
  EgoiValidationError
} from "../src/index.js"
import { startReceiver } from "./utils/receiver.js"

const CONFLICT = "A unique field is already being used"

describe("egoi.contacts", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi
  let listId: number
  let otherListId: number

  const add = async (base: ContactInput["base"], extra?: ContactInput["extra"], list = listId) =>
    (await egoi.contacts.createContact({ list_id: list, ...(base ? { base } : {}), ...(extra ? { extra } : {}) }))
      .contact_id
  const get = (contactId: string, list = listId) => egoi.contacts.getContact({ list_id: list, contact_id: contactId })
  const activities = async (contactId: string, list = listId) =>
    (await egoi.contacts.getAllContactActivities({ list_id: list, contact_id: contactId, limit: 100 })).items
  const conflictOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(EgoiConflictError)
    return (error as EgoiConflictError).errors
  }

  beforeEach(async () => {
    mock = EgoiMock.make()
    egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
    listId = (await egoi.lists.createList({ internal_name: "Newsletter" })).list_id
    otherListId = (await egoi.lists.createList({ internal_name: "Customers" })).list_id
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  describe("contacts live in lists", () => {
    it("creates a contact and reads it back with its fields, statistics and traffic sources", async () => {
      const created = await egoi.contacts.createContact({
        list_id: listId,
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
      expect(created.contact_id).toMatch(/^[0-9a-f]{10}$/)
      expect(mock.requests().at(-1)?.status).toBe(201)
      const contact = await get(created.contact_id)
      expect(contact.base).toMatchObject({
        contact_id: created.contact_id,
        status: "active",
        subscription_method: "api",
        first_name: "Ana",
        last_name: "Silva",
        email: "ana@example.com",
        cellphone: "351-910000000",
        birth_date: "1990-05-01",
        language: "pt",
        unsubscription_date: "0000-00-00 00:00:00"
      })
      expect(contact.base.subscription_date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
      expect(contact.extra).toEqual([])
      expect(contact.tags).toEqual([])
      expect(contact.email_stats?.sent).toBe(0)
      expect(contact.traffic_stats).toEqual({ utm: { utm_source: "newsletter" }, advertising: { gclid: "g-1" } })
    })

    it("a contact of one list is not in another; a missing list or contact is 404 where documented", async () => {
      const contactId = await add({ email: "ana@example.com" })
      await expect(get(contactId, otherListId)).rejects.toBeInstanceOf(EgoiNotFoundError)
      expect((await egoi.contacts.getAllContacts({ list_id: otherListId })).total_items).toBe(0)
      await expect(egoi.contacts.getAllContacts({ list_id: 999 })).rejects.toBeInstanceOf(EgoiNotFoundError)
      await expect(get("0123456789")).rejects.toBeInstanceOf(EgoiNotFoundError)
      // createContact documents no 404: a missing list is an invalid list_id.
      const error = await egoi.contacts
        .createContact({ list_id: 999, base: { email: "x@example.com" } })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(EgoiUnprocessableEntityError)
      expect((error as EgoiUnprocessableEntityError).errors).toHaveProperty("list_id")
      // The same email may live in another list.
      await expect(add({ email: "ana@example.com" }, undefined, otherListId)).resolves.toMatch(/^[0-9a-f]{10}$/)
    })

    it("refuses invalid input before sending anything", async () => {
      mock.clearRequests()
      const error = await egoi.contacts
        .createContact({ list_id: listId, base: { email: "not an email", cellphone: "910000000" } })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(EgoiValidationError)
      expect((error as EgoiValidationError).issues.map((issue) => issue.path).sort()).toEqual([
        "base.cellphone",
        "base.email"
      ])
      await expect(egoi.contacts.getContact({ list_id: listId, contact_id: "nope" })).rejects.toBeInstanceOf(
        EgoiValidationError
      )
      expect(mock.requests()).toEqual([])
    })

    it("lists a list's contacts a page at a time, filtered by base fields and by extra field", async () => {
      const plan = await egoi.fields.createExtraField({ list_id: listId, name: "Plan", format: "text" })
      const planId = Number(plan.field_id)
      for (let i = 0; i < 12; i++) {
        await add(
          {
            first_name: i % 2 === 0 ? "Ana" : "Rui",
            email: `c${i}@example.com`,
            ...(i < 3 ? { email_status: "active" } : {})
          },
          [{ field_id: planId, value: i % 3 === 0 ? "gold" : "silver" }]
        )
      }
      const first = await egoi.contacts.getAllContacts({ list_id: listId })
      expect(first.total_items).toBe(12)
      expect(first.items).toHaveLength(10)
      const second = await egoi.contacts.getAllContacts({ list_id: listId, offset: 10, limit: 5 })
      expect(second.items.map((contact) => contact.base.email)).toEqual(["c10@example.com", "c11@example.com"])
      const anas = await egoi.contacts.getAllContacts({ list_id: listId, first_name: "Ana", limit: 100 })
      expect(anas.total_items).toBe(6)
      const active = await egoi.contacts.getAllContacts({ list_id: listId, email_status: true })
      expect(active.items.map((contact) => contact.base.email)).toEqual([
        "c0@example.com",
        "c1@example.com",
        "c2@example.com"
      ])

      mock.clearRequests()
      const gold = await egoi.contacts.getAllContacts({ list_id: listId, extra_field_id: { [planId]: "gold" } })
      expect(gold.total_items).toBe(4)
      expect(gold.items.map((contact) => contact.base.email)).toEqual([
        "c0@example.com",
        "c3@example.com",
        "c6@example.com",
        "c9@example.com"
      ])
      expect(gold.items[0]!.extra).toEqual([{ field_id: planId, format: "text", value: "gold" }])
      expect(mock.requests()[0]!.query).toEqual({ [`extra_field_id[${planId}]`]: "gold" })
      const goldAnas = await egoi.contacts.getAllContacts({
        list_id: listId,
        first_name: "Ana",
        extra_field_id: { [planId]: "gold" }
      })
      expect(goldAnas.items.map((contact) => contact.base.email)).toEqual(["c0@example.com", "c6@example.com"])
    })
  })

  describe("unique fields and extra field formats", () => {
    it("a taken email answers 409 with the documented unique_field_in_use body, on create and on patch", async () => {
      const ana = await add({ email: "ana@example.com" })
      const rui = await add({ email: "rui@example.com" })
      expect(await conflictOf(add({ first_name: "Other", email: "ana@example.com" }))).toEqual({
        unique_field_in_use: CONFLICT,
        field_id: "email",
        contacts: [ana]
      })
      expect(
        await conflictOf(
          egoi.contacts.patchContact({ list_id: listId, contact_id: rui, base: { email: "ana@example.com" } })
        )
      ).toEqual({ unique_field_in_use: CONFLICT, field_id: "email", contacts: [ana] })
      expect(
        await conflictOf(add({ cellphone: "351-910000000" }).then(() => add({ cellphone: "351-910000000" })))
      ).toMatchObject({
        field_id: "cellphone"
      })
      // A contact may keep its own value, and a freed value can be taken.
      await egoi.contacts.patchContact({
        list_id: listId,
        contact_id: ana,
        base: { email: "ana@example.com", first_name: "Ana" }
      })
      await egoi.contacts.patchContact({ list_id: listId, contact_id: ana, base: { email: "ana.silva@example.com" } })
      await expect(add({ email: "ana@example.com" })).resolves.toMatch(/^[0-9a-f]{10}$/)
    })

    it("a unique extra field answers 409 naming the field; a non-unique one may repeat", async () => {
      const nif = Number(
        (await egoi.fields.createExtraField({ list_id: listId, name: "NIF", format: "number", unique: true })).field_id
      )
      const city = Number(
        (await egoi.fields.createExtraField({ list_id: listId, name: "City", format: "text" })).field_id
      )
      const ana = await add({ email: "ana@example.com" }, [
        { field_id: nif, value: "123456789" },
        { field_id: city, value: "Porto" }
      ])
      expect(
        await conflictOf(
          add({ email: "rui@example.com" }, [
            { field_id: nif, value: "123456789" },
            { field_id: city, value: "Porto" }
          ])
        )
      ).toEqual({ unique_field_in_use: CONFLICT, field_id: String(nif), contacts: [ana] })
      await expect(add({ email: "rui@example.com" }, [{ field_id: city, value: "Porto" }])).resolves.toMatch(
        /^[0-9a-f]{10}$/
      )
    })

    it("checks extra values against the list's field formats and options", async () => {
      const field = async (name: string, format: "date" | "number" | "email" | "options" | "cellphone") =>
        Number((await egoi.fields.createExtraField({ list_id: listId, name, format })).field_id)
      const since = await field("Since", "date")
      const points = await field("Points", "number")
      const work = await field("Work email", "email")
      const mobile = await field("Work mobile", "cellphone")
      const plan = await field("Plan", "options")
      const basic = await egoi.fields.createFieldOption({ list_id: listId, field_id: plan, en: "Basic" })
      const pro = await egoi.fields.createFieldOption({ list_id: listId, field_id: plan, en: "Pro" })

      const ok = await add({ email: "ana@example.com" }, [
        { field_id: since, value: "2020-02-29" },
        { field_id: points, value: "12.5" },
        { field_id: work, value: "ana@work.example" },
        { field_id: mobile, value: "351-930000000" },
        { field_id: plan, value: [basic.option_id, pro.option_id] }
      ])
      expect((await get(ok)).extra).toEqual([
        { field_id: since, format: "date", value: "2020-02-29" },
        { field_id: points, format: "number", value: "12.5" },
        { field_id: work, format: "email", value: "ana@work.example" },
        { field_id: mobile, format: "cellphone", value: "351-930000000" },
        { field_id: plan, format: "options", value: [basic.option_id, pro.option_id] }
      ])

      const refusal = async (extra: ContactInput["extra"]) => {
        const error = await add({ first_name: "Rui" }, extra).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(EgoiUnprocessableEntityError)
        return Object.keys((error as EgoiUnprocessableEntityError).errors ?? {}).sort()
      }
      expect(
        await refusal([
          { field_id: since, value: "yesterday" },
          { field_id: points, value: "a lot" },
          { field_id: work, value: "rui at work" },
          { field_id: mobile, value: "930000000" }
        ])
      ).toEqual([`extra.${mobile}`, `extra.${points}`, `extra.${since}`, `extra.${work}`].sort())
      expect(await refusal([{ field_id: plan, value: [basic.option_id, 999] }])).toEqual([`extra.${plan}`])
      expect(await refusal([{ field_id: plan, value: "Pro" }])).toEqual([`extra.${plan}`])
      expect(await refusal([{ field_id: 4242, value: "x" }])).toEqual(["extra.4242"])
      // Fields belong to a list: the other list has none.
      const error = await add(
        { email: "x@example.com" },
        [{ field_id: since, value: "2020-01-01" }],
        otherListId
      ).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(EgoiUnprocessableEntityError)
      expect((await egoi.contacts.getAllContacts({ list_id: listId })).total_items).toBe(1)
    })
  })

  describe("tags and segments", () => {
    it("attached tags show in tags and detach removes them, each leaving an activity with its tag_id", async () => {
      const vip = await egoi.tags.createTag({ name: "vip" })
      const trial = await egoi.tags.createTag({ name: "trial" })
      const ana = await add({ email: "ana@example.com" })
      const rui = await add({ email: "rui@example.com" })
      expect(
        await egoi.contacts.actionAttachTag({ list_id: listId, tag_id: vip.tag_id, contacts: [ana, rui] })
      ).toEqual({
        result: "success"
      })
      await egoi.contacts.actionAttachTag({ list_id: listId, tag_id: trial.tag_id, contacts: [ana] })
      expect((await get(ana)).tags).toEqual([vip.tag_id, trial.tag_id])
      const page = await egoi.contacts.getAllContacts({ list_id: listId })
      expect(page.items.map((contact) => contact.tags)).toEqual([[vip.tag_id, trial.tag_id], [vip.tag_id]])

      await egoi.contacts.actionDetachTag({ list_id: listId, tag_id: vip.tag_id, contacts: [ana] })
      expect((await get(ana)).tags).toEqual([trial.tag_id])
      expect((await get(rui)).tags).toEqual([vip.tag_id])
      const trail = await activities(ana)
      expect(trail.filter((a) => a.action_name === "attach_tag").map((a) => a.action_data)).toEqual([
        { tag_id: vip.tag_id },
        { tag_id: trial.tag_id }
      ])
      expect(trail.filter((a) => a.action_name === "detach_tag").map((a) => a.action_data)).toEqual([
        { tag_id: vip.tag_id }
      ])

      await expect(
        egoi.contacts.actionAttachTag({ list_id: listId, tag_id: 999, contacts: [ana] })
      ).rejects.toBeInstanceOf(EgoiNotFoundError)
    })

    it("attaches a tag by segment and by a field's values", async () => {
      mock.seed({
        segments: [
          {
            list_id: listId,
            name: "Gmail",
            type: "saved",
            rule: {
              segment_filter_array: [
                { segment_field: "email", segment_operator: "ends_with", segment_value: "@gmail.com" }
              ]
            }
          }
        ]
      })
      const segmentId = (await egoi.segments.getAllSegments({ list_id: listId, type: "saved" })).items[0]!.segment_id
      const ana = await add({ email: "ana@gmail.com" })
      const rui = await add({ email: "rui@example.com" })
      const eva = await add({ email: "eva@gmail.com" })
      const tag = await egoi.tags.createTag({ name: "gmail" })
      await egoi.contacts.actionAttachTag({ list_id: listId, tag_id: tag.tag_id, segment_id: segmentId })
      expect([(await get(ana)).tags, (await get(rui)).tags, (await get(eva)).tags]).toEqual([
        [tag.tag_id],
        [],
        [tag.tag_id]
      ])

      const other = await egoi.tags.createTag({ name: "by-field" })
      await egoi.contacts.actionAttachTag({
        list_id: listId,
        tag_id: other.tag_id,
        field_id: "email",
        contacts: ["rui@example.com", "nobody@example.com"]
      })
      expect((await get(rui)).tags).toEqual([other.tag_id])
      expect((await get(ana)).tags).toEqual([tag.tag_id])
    })

    it("getAllContactsBySegment selects by saved conditions, by tag and by status (auto)", async () => {
      const vip = await egoi.tags.createTag({ name: "vip" })
      mock.seed({
        segments: [
          {
            list_id: listId,
            name: "Porto or Lisboa Anas",
            type: "saved",
            rule: {
              segment_filter_array: [
                { segment_field: "first_name", segment_operator: "equal_to", segment_value: "ana" },
                { segment_field: "last_name", segment_operator: "begins_with", segment_value: "S" }
              ],
              boolean_operator: "and"
            }
          },
          { list_id: listId, name: "Inactive", type: "auto", rule: { status: ["inactive"] } },
          { list_id: otherListId, name: "Elsewhere", type: "auto", rule: { status: ["active"] } }
        ]
      })
      const [saved, auto] = (await egoi.segments.getAllSegments({ list_id: listId, limit: 100 })).items.filter(
        (segment) => segment.type !== "tag"
      )
      const ana = await add({ first_name: "Ana", last_name: "Silva", email: "ana@example.com" })
      await add({ first_name: "Ana", last_name: "Costa", email: "ana.costa@example.com" })
      const rui = await add({ first_name: "Rui", last_name: "Santos", email: "rui@example.com", status: "inactive" })
      await egoi.contacts.actionAttachTag({ list_id: listId, tag_id: vip.tag_id, contacts: [rui] })

      const emails = async (segmentId: string, showRemoved?: boolean) =>
        (
          await egoi.contacts.getAllContactsBySegment({
            list_id: listId,
            segment_id: segmentId,
            ...(showRemoved === undefined ? {} : { show_removed: showRemoved })
          })
        ).items.map((contact) => contact.base.email)
      expect(await emails(saved!.segment_id)).toEqual(["ana@example.com"])
      expect(await emails(auto!.segment_id)).toEqual(["rui@example.com"])
      expect(await emails(`tag_${vip.tag_id}`)).toEqual(["rui@example.com"])
      const page = await egoi.contacts.getAllContactsBySegment({ list_id: listId, segment_id: saved!.segment_id })
      expect(page.total_items).toBe(1)

      // Removed contacts leave a segment unless show_removed is set.
      await egoi.contacts.actionUnsubscribeContact({ list_id: listId, data: [{ contact_id: ana }] })
      expect(await emails(saved!.segment_id)).toEqual([])
      expect(await emails(saved!.segment_id, true)).toEqual(["ana@example.com"])

      await expect(
        egoi.contacts.getAllContactsBySegment({ list_id: listId, segment_id: "999" })
      ).rejects.toBeInstanceOf(EgoiNotFoundError)
      // A segment of another list is not one of this list.
      const elsewhere = (await egoi.segments.getAllSegments({ list_id: otherListId, type: "auto" })).items[0]!
      await expect(
        egoi.contacts.getAllContactsBySegment({ list_id: listId, segment_id: elsewhere.segment_id })
      ).rejects.toBeInstanceOf(EgoiNotFoundError)
    })
  })

  describe("statuses", () => {
    const statuses = async (ids: ReadonlyArray<string>) =>
      Promise.all(ids.map(async (id) => (await get(id)).base.status))

    it("activates and deactivates all contacts or some, leaving removed contacts untouched", async () => {
      const active = await add({ email: "a@example.com" })
      const inactive = await add({ email: "i@example.com", status: "inactive" })
      const unconfirmed = await add({ email: "u@example.com", status: "unconfirmed" })
      const removed = await add({ email: "r@example.com" })
      await egoi.contacts.actionUnsubscribeContact({ list_id: listId, data: [{ contact_id: removed }] })
      const all = [active, inactive, unconfirmed, removed]
      expect(await statuses(all)).toEqual(["active", "inactive", "unconfirmed", "removed"])

      expect(await egoi.contacts.actionActivateContacts({ list_id: listId, type: "all" })).toEqual({
        result: "success"
      })
      expect(await statuses(all)).toEqual(["active", "active", "active", "removed"])
      await egoi.contacts.actionDeactivateContacts({ list_id: listId, type: "contacts", contacts: [active, removed] })
      expect(await statuses(all)).toEqual(["inactive", "active", "active", "removed"])
      await egoi.contacts.actionDeactivateContacts({ list_id: listId, type: "all" })
      expect(await statuses(all)).toEqual(["inactive", "inactive", "inactive", "removed"])
      await egoi.contacts.actionActivateContacts({ list_id: listId, type: "contacts", contacts: [inactive, removed] })
      expect(await statuses(all)).toEqual(["inactive", "active", "inactive", "removed"])

      const trail = (await activities(inactive)).map((a) => a.action_name)
      expect(trail).toEqual(["subscription", "resubscription", "edit_subscription", "resubscription"])
      expect((await activities(removed)).map((a) => a.action_name)).toEqual(["subscription", "unsubscribe"])
      await expect(egoi.contacts.actionActivateContacts({ list_id: 999, type: "all" })).rejects.toBeInstanceOf(
        EgoiNotFoundError
      )
    })

    it("unsubscribes contacts, sorting the others into the documented buckets, and suppresses their channels", async () => {
      const ana = await add({ email: "ana@example.com", cellphone: "351-910000001" })
      const rui = await add({ email: "rui@example.com" })
      const elsewhere = await add({ email: "eva@example.com" }, undefined, otherListId)
      await egoi.contacts.actionUnsubscribeContact({ list_id: listId, data: [{ contact_id: rui }] })

      const result = await egoi.contacts.actionUnsubscribeContact({
        list_id: listId,
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
      expect((await get(ana)).base).toMatchObject({
        status: "removed",
        unsubscription_method: "manual",
        unsubscription_reason: "not_interested",
        unsubscription_observation: "asked by phone"
      })
      expect((await get(ana)).base.unsubscription_date).not.toBe("0000-00-00 00:00:00")
      expect((await get(elsewhere, otherListId)).base.status).toBe("active")

      const suppressed = await egoi.suppressionList.getAllSuppressionList({ method: "unsubscribe", limit: 100 })
      expect(suppressed.items.map((entry) => [entry.type, entry.value]).sort()).toEqual([
        ["cellphone", "351-910000001"],
        ["email", "ana@example.com"],
        ["email", "rui@example.com"]
      ])
      expect((await activities(ana)).at(-1)?.action_name).toBe("unsubscribe")
    })
  })

  describe("forget, search and activities", () => {
    it("forget erases the contact: getContact is 404 and searchContacts no longer finds it", async () => {
      const ana = await add({ email: "ana@example.com", phone: "351-220000000" })
      const rui = await add({ email: "rui@example.com" })
      await add({ email: "ana@example.com" }, undefined, otherListId)
      expect((await egoi.contacts.searchContacts({ contact: "ana@example.com" })).items).toHaveLength(2)

      expect(await egoi.contacts.actionForgetContacts({ list_id: listId, contacts: [ana] })).toEqual({
        result: "success"
      })
      await expect(get(ana)).rejects.toBeInstanceOf(EgoiNotFoundError)
      await expect(egoi.contacts.getAllContactActivities({ list_id: listId, contact_id: ana })).rejects.toBeInstanceOf(
        EgoiUnprocessableEntityError
      )
      expect((await egoi.contacts.searchContacts({ contact: "ana@example.com" })).items).toEqual([
        { contact_id: expect.any(String), list_id: otherListId }
      ])
      await expect(egoi.contacts.searchContacts({ type: "phone", contact: "351-220000000" })).rejects.toBeInstanceOf(
        EgoiNotFoundError
      )
      const page = await egoi.contacts.getAllContacts({ list_id: listId })
      expect(page.items.map((contact) => contact.base.contact_id)).toEqual([rui])
      // A forgotten contact's channels stay suppressed.
      const suppressed = await egoi.suppressionList.getAllSuppressionList({ method: "forgotten" })
      expect(suppressed.items.map((entry) => entry.value).sort()).toEqual(["351-220000000", "ana@example.com"])
      // forget documents no 404: a missing list is an invalid list_id.
      await expect(egoi.contacts.actionForgetContacts({ list_id: 999, contacts: [rui] })).rejects.toBeInstanceOf(
        EgoiUnprocessableEntityError
      )
    })

    it("searchContacts finds a contact by email, cellphone or phone across every list", async () => {
      const a = await add({ email: "ana@example.com", cellphone: "351-910000000" })
      const b = await add({ email: "ana@example.com", phone: "351-220000000" }, undefined, otherListId)
      expect((await egoi.contacts.searchContacts({ contact: "ana@example.com" })).items).toEqual([
        { contact_id: a, list_id: listId },
        { contact_id: b, list_id: otherListId }
      ])
      expect((await egoi.contacts.searchContacts({ type: "cellphone", contact: "351-910000000" })).items).toEqual([
        { contact_id: a, list_id: listId }
      ])
      expect((await egoi.contacts.searchContacts({ type: "phone", contact: "351-220000000" })).items).toEqual([
        { contact_id: b, list_id: otherListId }
      ])
      await expect(egoi.contacts.searchContacts({ contact: "nobody@example.com" })).rejects.toBeInstanceOf(
        EgoiNotFoundError
      )
    })

    it("every action leaves an activity, filterable by action_name and date", async () => {
      const tag = await egoi.tags.createTag({ name: "vip" })
      const ana = await add({ email: "ana@example.com", consent: "any" })
      await egoi.contacts.patchContact({
        list_id: listId,
        contact_id: ana,
        base: { first_name: "Ana", consent: "consent" }
      })
      await egoi.contacts.actionAttachTag({ list_id: listId, tag_id: tag.tag_id, contacts: [ana] })
      await egoi.contacts.actionDetachTag({ list_id: listId, tag_id: tag.tag_id, contacts: [ana] })
      await egoi.contacts.actionStartAutomation({ list_id: listId, automation_id: 7, action_id: 1, contacts: [ana] })
      await egoi.contacts.actionDeactivateContacts({ list_id: listId, type: "all" })
      await egoi.contacts.actionActivateContacts({ list_id: listId, type: "all" })
      await egoi.contacts.actionUnsubscribeContact({ list_id: listId, data: [{ contact_id: ana }] })

      const trail = await activities(ana)
      expect(trail.map((a) => [a.action_name, a.action_data])).toEqual([
        ["subscription", undefined],
        ["edit_subscription", undefined],
        ["change_consent", undefined],
        ["attach_tag", { tag_id: tag.tag_id }],
        ["detach_tag", { tag_id: tag.tag_id }],
        ["automation_event", { automation_id: 7 }],
        ["edit_subscription", undefined],
        ["resubscription", undefined],
        ["unsubscribe", undefined]
      ])
      for (const activity of trail) expect(activity.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
      const edits = await egoi.contacts.getAllContactActivities({
        list_id: listId,
        contact_id: ana,
        action_name: "edit_subscription"
      })
      expect(edits.items).toHaveLength(2)
      const none = await egoi.contacts.getAllContactActivities({
        list_id: listId,
        contact_id: ana,
        date_min: "2999-01-01 00:00:00"
      })
      expect(none.items).toEqual([])
      const page = await egoi.contacts.getAllContactActivities({
        list_id: listId,
        contact_id: ana,
        offset: 3,
        limit: 2
      })
      expect(page.items.map((a) => a.action_name)).toEqual(["attach_tag", "detach_tag"])
    })
  })

  describe("updates", () => {
    it("updateContactByField changes the contact a unique field identifies, answering 201", async () => {
      const nif = Number(
        (await egoi.fields.createExtraField({ list_id: listId, name: "NIF", format: "text", unique: true })).field_id
      )
      const ana = await add({ email: "ana@example.com", first_name: "Ana" }, [{ field_id: nif, value: "111" }])
      const rui = await add({ email: "rui@example.com", first_name: "Rui" }, [{ field_id: nif, value: "222" }])
      mock.clearRequests()
      const updated = await egoi.contacts.updateContactByField({
        list_id: listId,
        compare_field: { field_id: "email", value: "ana@example.com" },
        base: { last_name: "Silva" }
      })
      expect(updated).toEqual({ contact_id: ana })
      expect(mock.requests()[0]).toMatchObject({
        method: "POST",
        path: `/lists/${listId}/contacts/by-field`,
        status: 201
      })
      expect((await get(ana)).base).toMatchObject({ first_name: "Ana", last_name: "Silva" })

      await egoi.contacts.updateContactByField({
        list_id: listId,
        compare_field: { field_id: String(nif), value: "222" },
        base: { first_name: "Rui Pedro" }
      })
      expect((await get(rui)).base.first_name).toBe("Rui Pedro")
      expect((await activities(rui)).map((a) => a.action_name)).toEqual(["subscription", "edit_subscription"])

      // No contact has the value; the field is not unique; the new value is taken.
      for (const compare_field of [
        { field_id: "email", value: "nobody@example.com" },
        { field_id: "first_name", value: "Ana" }
      ]) {
        const error = await egoi.contacts
          .updateContactByField({ list_id: listId, compare_field, base: { last_name: "X" } })
          .catch((e: unknown) => e)
        expect(error).toBeInstanceOf(EgoiUnprocessableEntityError)
        expect((error as EgoiUnprocessableEntityError).errors).toHaveProperty("compare_field")
      }
      expect(
        await conflictOf(
          egoi.contacts.updateContactByField({
            list_id: listId,
            compare_field: { field_id: "email", value: "rui@example.com" },
            base: { email: "ana@example.com" }
          })
        )
      ).toEqual({ unique_field_in_use: CONFLICT, field_id: "email", contacts: [ana] })
    })

    it("actionUpdateContacts sets the same values on contacts, a segment or all, never on removed ones", async () => {
      const city = Number(
        (await egoi.fields.createExtraField({ list_id: listId, name: "City", format: "text" })).field_id
      )
      mock.seed({
        segments: [
          {
            list_id: listId,
            name: "Example",
            type: "saved",
            rule: {
              segment_filter_array: [
                { segment_field: "email", segment_operator: "contains", segment_value: "@example" }
              ]
            }
          }
        ]
      })
      const segmentId = (await egoi.segments.getAllSegments({ list_id: listId, type: "saved" })).items[0]!.segment_id
      const a = await add({ email: "a@example.com" })
      const b = await add({ email: "b@example.com" })
      const c = await add({ email: "c@other.org" })
      const removed = await add({ email: "r@example.com" })
      await egoi.contacts.actionUnsubscribeContact({ list_id: listId, data: [{ contact_id: removed }] })
      const names = async () => Promise.all([a, b, c, removed].map(async (id) => (await get(id)).base.first_name))

      expect(
        await egoi.contacts.actionUpdateContacts({
          list_id: listId,
          type: "contacts",
          contacts: [a, removed],
          base: { first_name: "One" }
        })
      ).toEqual({ result: "success" })
      expect(await names()).toEqual(["One", undefined, undefined, undefined])
      await egoi.contacts.actionUpdateContacts({
        list_id: listId,
        type: "segment",
        segment_id: segmentId,
        base: { first_name: "Two" },
        extra: [{ field_id: city, value: "Braga" }]
      })
      expect(await names()).toEqual(["Two", "Two", undefined, undefined])
      expect((await get(b)).extra).toEqual([{ field_id: city, format: "text", value: "Braga" }])
      await egoi.contacts.actionUpdateContacts({ list_id: listId, type: "all", base: { last_name: "All" } })
      const lastNames = await Promise.all([a, b, c, removed].map(async (id) => (await get(id)).base.last_name))
      expect(lastNames).toEqual(["All", "All", "All", undefined])
      expect((await activities(a)).map((activity) => activity.action_name)).toEqual([
        "subscription",
        "edit_subscription",
        "edit_subscription",
        "edit_subscription"
      ])
    })

    it("actionUpdateContacts answers 409 when the payload holds a unique field, base or extra", async () => {
      const nif = Number(
        (await egoi.fields.createExtraField({ list_id: listId, name: "NIF", format: "text", unique: true })).field_id
      )
      const a = await add({ email: "a@example.com" })
      const b = await add({ email: "b@example.com" })
      expect(
        await conflictOf(
          egoi.contacts.actionUpdateContacts({
            list_id: listId,
            type: "contacts",
            contacts: [a, b],
            base: { email: "same@example.com" }
          })
        )
      ).toMatchObject({ unique_field_in_use: CONFLICT, field_id: "email" })
      expect(
        await conflictOf(
          egoi.contacts.actionUpdateContacts({ list_id: listId, type: "all", extra: [{ field_id: nif, value: "999" }] })
        )
      ).toMatchObject({ unique_field_in_use: CONFLICT, field_id: String(nif) })
      // Nothing was changed.
      expect((await get(a)).base.email).toBe("a@example.com")
      expect((await get(b)).extra).toEqual([])
    })

    it("actionStartAutomation starts contacts once and reports the queued ones as already_in_queue", async () => {
      const a = await add({ email: "a@example.com" })
      const b = await add({ email: "b@example.com" })
      const first = await egoi.contacts.actionStartAutomation({
        list_id: listId,
        automation_id: 3,
        action_id: 1,
        contacts: [a]
      })
      expect(first).toEqual({ automation_id: 3, action_id: 1, success: [a], error: { already_in_queue: [] } })
      const second = await egoi.contacts.actionStartAutomation({
        list_id: listId,
        automation_id: 3,
        action_id: 1,
        contacts: [a, b]
      })
      expect(second).toEqual({ automation_id: 3, action_id: 1, success: [b], error: { already_in_queue: [a] } })
      const other = await egoi.contacts.actionStartAutomation({
        list_id: listId,
        automation_id: 4,
        action_id: 2,
        contacts: [a]
      })
      expect(other.success).toEqual([a])
    })
  })
})

describe("egoi.contacts imports and exports", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let listId: number

  const open = async (options: EgoiMock.Options = {}) => {
    mock = EgoiMock.make(options)
    egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
    listId = (await egoi.lists.createList({ internal_name: "Newsletter" })).list_id
  }

  beforeEach(async () => {
    receiver = await startReceiver()
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
    await receiver.close()
  })

  const emailsOf = async () =>
    (await egoi.contacts.getAllContacts({ list_id: listId, limit: 1000 })).items.map((contact) => contact.base.email)

  it("import-bulk queues an operation that getAllOperations shows until it runs, then reports to callback_url", async () => {
    await open({ operations: "manual" })
    await egoi.contacts.createContact({ list_id: listId, base: { email: "old@example.com", first_name: "Old" } })
    const accepted = await egoi.contacts.actionImportBulk({
      list_id: listId,
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
    const queued = await egoi.operations.getAllOperations()
    expect(queued.items).toEqual([
      expect.objectContaining({ operation_id: expect.any(Number), type: "import_contacts", status: "queued" })
    ])
    expect(await emailsOf()).toEqual(["old@example.com"])

    await mock.runOperations()
    expect(await emailsOf()).toEqual(["old@example.com", "ana@example.com", "rui@example.com"])
    expect(receiver.received).toEqual([{ path: "/import", body: { imported: 2, updated: 0, ignored: 1, invalid: 0 } }])
    expect((await egoi.operations.getAllOperations()).items).toEqual([])
    const imported = (await egoi.contacts.getAllContacts({ list_id: listId, email: "ana@example.com" })).items[0]!
    expect(imported.base.subscription_method).toBe("imported")
    expect(
      (await egoi.contacts.getAllContacts({ list_id: listId, email: "old@example.com" })).items[0]!.base.first_name
    ).toBe("Old")
  })

  it("import counts match the modes add, update and update_only, with invalid contacts counted", async () => {
    await open({ operations: "manual" })
    const since = Number(
      (await egoi.fields.createExtraField({ list_id: listId, name: "Since", format: "date" })).field_id
    )
    await egoi.contacts.createContact({ list_id: listId, base: { email: "a@example.com", first_name: "A" } })
    await egoi.contacts.createContact({ list_id: listId, base: { email: "b@example.com", first_name: "B" } })
    const batch = (tag: string): Array<ContactInput> => [
      { base: { email: "a@example.com", first_name: `A ${tag}` } },
      { base: { email: "b@example.com", first_name: `B ${tag}` } },
      { base: { email: `new-${tag}@example.com` } },
      { base: { email: `bad-${tag}@example.com` }, extra: [{ field_id: since, value: "not a date" }] }
    ]
    for (const mode of ["add", "update", "update_only"] as const) {
      await egoi.contacts.actionImportBulk({
        list_id: listId,
        mode,
        compare_field: "email",
        contacts: batch(mode),
        callback_url: `${receiver.url}/${mode}`
      })
    }
    expect((await egoi.operations.getAllOperations({ type: "import_contacts" })).total_items).toBe(3)
    await mock.runOperations()
    const report = Object.fromEntries(receiver.received.map(({ path, body }) => [path, body]))
    expect(report).toEqual({
      "/add": { imported: 1, updated: 0, ignored: 2, invalid: 1 },
      "/update": { imported: 1, updated: 2, ignored: 0, invalid: 1 },
      "/update_only": { imported: 0, updated: 2, ignored: 2, invalid: 0 }
    })
    const page = await egoi.contacts.getAllContacts({ list_id: listId, limit: 100 })
    expect(page.items.map((contact) => [contact.base.email, contact.base.first_name])).toEqual([
      ["a@example.com", "A update_only"],
      ["b@example.com", "B update_only"],
      ["new-add@example.com", undefined],
      ["new-update@example.com", undefined]
    ])
  })

  it("import runs on its own in the default mode, and refuses a compare_field that is not unique", async () => {
    await open()
    await egoi.contacts.actionImportBulk({
      list_id: listId,
      mode: "add",
      compare_field: "email",
      contacts: [{ base: { email: "a@example.com" } }, { base: { email: "b@example.com" } }],
      callback_url: `${receiver.url}/done`
    })
    await mock.runOperations()
    expect(await emailsOf()).toEqual(["a@example.com", "b@example.com"])
    expect(receiver.received).toEqual([{ path: "/done", body: { imported: 2, updated: 0, ignored: 0, invalid: 0 } }])
    const error = await egoi.contacts
      .actionImportBulk({
        list_id: listId,
        mode: "update",
        compare_field: "first_name",
        contacts: [{ base: { first_name: "A" } }, { base: { first_name: "B" } }]
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiUnprocessableEntityError)
    await expect(
      egoi.contacts.actionImportBulk({
        list_id: 999,
        mode: "add",
        compare_field: "email",
        contacts: [{ base: { email: "a@example.com" } }, { base: { email: "b@example.com" } }]
      })
    ).rejects.toBeInstanceOf(EgoiUnprocessableEntityError)
  })

  it("export queues an operation, then posts where its file is, and the file is downloadable from the mock", async () => {
    await open({ operations: "manual" })
    mock.seed({
      segments: [
        {
          list_id: listId,
          name: "Anas",
          type: "saved",
          rule: {
            segment_filter_array: [{ segment_field: "first_name", segment_operator: "equal_to", segment_value: "Ana" }]
          }
        }
      ]
    })
    await egoi.contacts.createContact({ list_id: listId, base: { email: "ana@example.com", first_name: "Ana" } })
    await egoi.contacts.createContact({ list_id: listId, base: { email: "rui@example.com", first_name: "Rui, Jr." } })
    expect(
      await egoi.contacts.actionExportContacts({
        list_id: listId,
        format: "csv",
        fields: ["email", "first_name"],
        callback_url: `${receiver.url}/csv`
      })
    ).toEqual({ result: "success" })
    await egoi.contacts.actionExportContacts({
      list_id: listId,
      format: "xml",
      segments: ["1"],
      callback_url: `${receiver.url}/xml`
    })
    const queued = await egoi.operations.getAllOperations({ type: "export_contacts" })
    expect(queued.items.map((operation) => operation.status)).toEqual(["queued", "queued"])
    expect(receiver.received).toEqual([])

    await mock.runOperations()
    expect(receiver.received.map(({ path }) => path).sort()).toEqual(["/csv", "/xml"])
    const download = async (path: string) => {
      const callback = receiver.received.find((entry) => entry.path === path)!.body
      expect(callback.file).toMatch(/^\/.+\.(csv|xml)$/)
      const response = await mock.fetch(`${EgoiMock.IN_PROCESS_URL}${callback.file}`)
      expect(response.status).toBe(200)
      return { callback, text: await response.text(), type: response.headers.get("content-type") }
    }
    const csv = await download("/csv")
    expect(csv.callback).toMatchObject({ list_id: listId, format: "csv", total_contacts: 2 })
    expect(csv.type).toBe("text/csv")
    expect(csv.text.split("\n")).toEqual(["email,first_name", "ana@example.com,Ana", 'rui@example.com,"Rui, Jr."'])
    const xml = await download("/xml")
    expect(xml.callback).toMatchObject({ format: "xml", total_contacts: 1 })
    expect(xml.text).toContain("<email>ana@example.com</email>")
    expect(xml.text).not.toContain("rui@example.com")
    expect((await egoi.operations.getAllOperations()).items).toEqual([])
  })
})

describe("egoi bulk work and pagination at scale", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make({ operations: "manual" })
    egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  const MAX_BODY = 20_000_000

  it("a 50 MB import becomes requests of at most 20 MB each, with every contact accounted for", async () => {
    const listId = (await egoi.lists.createList({ internal_name: "Big" })).list_id
    const notes = Number(
      (await egoi.fields.createExtraField({ list_id: listId, name: "Notes", format: "text" })).field_id
    )
    const total = 25_000
    const filler = "x".repeat(2_000)
    const contacts = function* (): Generator<ContactInput> {
      for (let i = 0; i < total; i++) {
        yield { base: { email: `contact-${i}@example.com` }, extra: [{ field_id: notes, value: `${i}:${filler}` }] }
      }
    }
    const progress: Array<number> = []
    mock.clearRequests()
    const report = await egoi.bulk.importContacts(contacts(), {
      list_id: listId,
      mode: "add",
      compare_field: "email",
      onProgress: ({ requests }) => progress.push(requests)
    })
    expect(report).toMatchObject({ accepted: total, failed: [] })

    const imports = mock.requests().filter((request) => request.path.endsWith("/contacts/actions/import-bulk"))
    expect(imports.length).toBe(report.requests)
    expect(progress).toEqual(imports.map((_, i) => i + 1))
    const sizes = imports.map((request) => Buffer.byteLength(request.body, "utf8"))
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeGreaterThan(50_000_000)
    expect(imports.length).toBeGreaterThanOrEqual(3)
    for (const size of sizes) expect(size).toBeLessThanOrEqual(MAX_BODY)
    expect(imports.every((request) => request.status === 202)).toBe(true)
    const sent = imports.flatMap((request) =>
      (JSON.parse(request.body).contacts as Array<{ base: { email: string } }>).map((contact) => contact.base.email)
    )
    expect(sent).toHaveLength(total)
    expect(new Set(sent).size).toBe(total)

    await mock.runOperations()
    const page = await egoi.contacts.getAllContacts({ list_id: listId, limit: 1 })
    expect(page.total_items).toBe(total)
  }, 60_000)

  it("iterating 25,000 contacts fetches pages lazily: one page for the first 10, 25 pages of 1000 for all", async () => {
    const listId = (await egoi.lists.createList({ internal_name: "Many" })).list_id
    await egoi.contacts.actionImportBulk({
      list_id: listId,
      mode: "add",
      compare_field: "email",
      contacts: Array.from({ length: 25_000 }, (_, i) => ({ base: { email: `c${i}@example.com` } }))
    })
    await mock.runOperations()
    const pageRequests = () =>
      mock.requests().filter((request) => request.method === "GET" && request.path === `/lists/${listId}/contacts`)

    mock.clearRequests()
    const firstTen: Array<string> = []
    for await (const contact of egoi.contacts.getAllContacts({ list_id: listId })) {
      firstTen.push(contact.base.email!)
      if (firstTen.length === 10) break
    }
    expect(firstTen).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}@example.com`))
    expect(pageRequests().map((request) => request.query)).toEqual([{ offset: "0", limit: "1000" }])

    mock.clearRequests()
    const ids = new Set<string>()
    let count = 0
    for await (const contact of egoi.contacts.getAllContacts({ list_id: listId })) {
      ids.add(contact.base.contact_id)
      count++
    }
    expect(count).toBe(25_000)
    expect(ids.size).toBe(25_000)
    expect(pageRequests().map((request) => request.query)).toEqual(
      Array.from({ length: 25 }, (_, i) => ({ offset: String(i * 1000), limit: "1000" }))
    )
  }, 60_000)
})
