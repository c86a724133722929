import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as Common from "../src/Common.js"
import * as Contacts from "../src/Contacts.js"
import { EgoiApi } from "../src/EgoiApi.js"
import * as EgoiError from "../src/EgoiError.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

const CONTACT = "8f3a27ef26"

/** What createContact, patchContact and updateContactByField answer. */
const ContactIdResponse = Schema.Struct({ contact_id: Contacts.ContactId })

/** What searchContacts answers. */
const SearchResult = Schema.Struct({
  items: Schema.Array(Schema.Struct({ contact_id: Contacts.ContactId, list_id: Schema.Int }))
})

const request = (operation: string) => fixture(`contacts/${operation}.request.json`) as Record<string, unknown>

/**
 * The documented import sample with its placeholders made real: it carries one contact (the same
 * page says at least 2), `notify: [0]` (a user ID, >= 1) and `callback_url: "string"` (an http(s) URL).
 */
const importSample = () => {
  const sample = request("actionImportBulk")
  const [contact] = sample.contacts as Array<{ base: Record<string, unknown> }>
  return {
    ...sample,
    contacts: [contact, { ...contact, base: { ...contact!.base, email: "second@e-goi.com" } }],
    notify: [1],
    callback_url: "https://example.com/egoi/import"
  }
}

describeSamples({
  group: "contacts",
  params: {
    getAllContacts: { list_id: 1 },
    createContact: { list_id: 1, ...request("createContact") },
    getContact: { list_id: 1, contact_id: CONTACT },
    patchContact: { list_id: 1, contact_id: CONTACT, ...request("patchContact") },
    updateContactByField: { list_id: 1, ...request("updateContactByField") },
    searchContacts: { contact: "example@e-goi.com" },
    getAllContactActivities: { list_id: 1, contact_id: CONTACT },
    getAllContactsBySegment: { list_id: 1, segment_id: "1" },
    actionImportBulk: { list_id: 1, ...importSample() },
    actionExportContacts: { list_id: 1, ...request("actionExportContacts") },
    actionForgetContacts: { list_id: 1, ...request("actionForgetContacts") },
    actionAttachTag: { list_id: 1, ...request("actionAttachTag") },
    actionDetachTag: { list_id: 1, ...request("actionDetachTag") },
    actionActivateContacts: { list_id: 1, ...request("actionActivateContacts") },
    actionDeactivateContacts: { list_id: 1, ...request("actionDeactivateContacts") },
    actionUnsubscribeContact: { list_id: 1, ...request("actionUnsubscribeContact") },
    actionStartAutomation: { list_id: 1, ...request("actionStartAutomation") },
    actionUpdateContacts: { list_id: 1, ...request("actionUpdateContacts") }
  },
  samples: [
    {
      file: "contacts/getAllContacts.200.json",
      operation: "getAllContacts",
      status: 200,
      schema: Contacts.ContactCollection
    },
    { file: "contacts/createContact.201.json", operation: "createContact", status: 201, schema: ContactIdResponse },
    { file: "contacts/getContact.200.json", operation: "getContact", status: 200, schema: Contacts.ComplexContact },
    { file: "contacts/patchContact.200.json", operation: "patchContact", status: 200, schema: ContactIdResponse },
    {
      file: "contacts/updateContactByField.201.json",
      operation: "updateContactByField",
      status: 201,
      schema: ContactIdResponse
    },
    { file: "contacts/searchContacts.200.json", operation: "searchContacts", status: 200, schema: SearchResult },
    {
      file: "contacts/searchContacts.200.openapi.json",
      operation: "searchContacts",
      status: 200,
      schema: SearchResult
    },
    {
      file: "contacts/getAllContactActivities.200.json",
      operation: "getAllContactActivities",
      status: 200,
      schema: Contacts.ActivityCollection
    },
    {
      file: "contacts/getAllContactsBySegment.200.json",
      operation: "getAllContactsBySegment",
      status: 200,
      schema: Contacts.ContactCollection
    },
    {
      file: "contacts/actionImportBulk.202.json",
      operation: "actionImportBulk",
      status: 202,
      schema: Common.Accepted
    },
    {
      file: "contacts/actionExportContacts.202.json",
      operation: "actionExportContacts",
      status: 202,
      schema: Common.Accepted
    },
    {
      file: "contacts/actionForgetContacts.202.json",
      operation: "actionForgetContacts",
      status: 202,
      schema: Common.Accepted
    },
    { file: "contacts/actionAttachTag.202.json", operation: "actionAttachTag", status: 202, schema: Common.Accepted },
    { file: "contacts/actionDetachTag.202.json", operation: "actionDetachTag", status: 202, schema: Common.Accepted },
    {
      file: "contacts/actionActivateContacts.202.json",
      operation: "actionActivateContacts",
      status: 202,
      schema: Common.Accepted
    },
    {
      file: "contacts/actionDeactivateContacts.202.json",
      operation: "actionDeactivateContacts",
      status: 202,
      schema: Common.Accepted
    },
    {
      file: "contacts/actionUnsubscribeContact.200.json",
      operation: "actionUnsubscribeContact",
      status: 200,
      schema: Contacts.UnsubscribeResult
    },
    {
      file: "contacts/actionUnsubscribeContact.200.openapi.json",
      operation: "actionUnsubscribeContact",
      status: 200,
      schema: Contacts.UnsubscribeResult
    },
    {
      file: "contacts/actionStartAutomation.200.json",
      operation: "actionStartAutomation",
      status: 200,
      schema: Contacts.StartAutomationResult
    },
    {
      file: "contacts/actionUpdateContacts.202.json",
      operation: "actionUpdateContacts",
      status: 202,
      schema: Common.Accepted
    }
  ],
  noContent: []
})

type Endpoint = {
  readonly payloadSchema: Option.Option<Schema.Schema<any, any, never>>
  readonly urlParamsSchema: Option.Option<Schema.Schema<any, any, never>>
}

const endpoint = (operation: string) =>
  (EgoiApi.groups as unknown as Record<string, { endpoints: Record<string, Endpoint> }>).contacts!.endpoints[operation]!

const REQUEST_SAMPLES = [
  { operation: "createContact", status: 201 },
  { operation: "patchContact", status: 200 },
  { operation: "updateContactByField", status: 201 },
  { operation: "actionExportContacts", status: 202 },
  { operation: "actionForgetContacts", status: 202 },
  { operation: "actionAttachTag", status: 202 },
  { operation: "actionDetachTag", status: 202 },
  { operation: "actionActivateContacts", status: 202 },
  { operation: "actionDeactivateContacts", status: 202 },
  { operation: "actionUnsubscribeContact", status: 200 },
  { operation: "actionStartAutomation", status: 200 },
  { operation: "actionUpdateContacts", status: 202 }
]

const PATH_PARAMS: Record<string, Record<string, unknown>> = {
  patchContact: { list_id: 1, contact_id: CONTACT }
}

describe("documented request samples", () => {
  describe.each(REQUEST_SAMPLES)("$operation", ({ operation, status }) => {
    const sample = request(operation)

    it("is a valid body for the server side of the definition", () => {
      const payload = Option.getOrThrow(endpoint(operation).payloadSchema)
      expect(Schema.decodeUnknownSync(payload)(sample)).toStrictEqual(sample)
    })

    it.effect("is sent by the client exactly as documented", () =>
      Effect.gen(function* () {
        const { sent } = yield* callThroughClient(
          "contacts",
          operation,
          { list_id: 1, ...PATH_PARAMS[operation], ...sample },
          { status, body: fixture(`contacts/${operation}.${status}.json`) }
        )
        expect(sent).toHaveLength(1)
        expect(JSON.parse(sent[0]!.body!)).toStrictEqual(sample)
      })
    )
  })

  it("the OpenAPI export example is a valid body too", () => {
    const sample = fixture("contacts/actionExportContacts.request.openapi.json")
    const payload = Option.getOrThrow(endpoint("actionExportContacts").payloadSchema)
    expect(Schema.decodeUnknownSync(payload)(sample)).toStrictEqual(sample)
  })

  it.effect("the import sample goes out as documented once its placeholders are real", () =>
    Effect.gen(function* () {
      const body = importSample()
      const { sent } = yield* callThroughClient(
        "contacts",
        "actionImportBulk",
        { list_id: 1, ...body },
        { status: 202, body: { result: "success" } }
      )
      expect(sent[0]!.url.pathname).toBe("/lists/1/contacts/actions/import-bulk")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual(body)
    })
  )

  it.effect("the import sample as printed is refused for its placeholders, naming each", () =>
    Effect.gen(function* () {
      const error = yield* refused("contacts", "actionImportBulk", { list_id: 1, ...request("actionImportBulk") })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["callback_url", "contacts", "notify.0"])
    })
  )

  it("the import callback sample decodes with ImportCallback", () => {
    const sample = fixture("contacts/actionImportBulk.callback.json")
    expect(Schema.decodeUnknownSync(Contacts.ImportCallback)(sample)).toStrictEqual(sample)
  })

  it("an import from a file decodes as the file form", () => {
    const body = {
      mode: "update",
      compare_field: "email",
      file: { url: "https://example.com/contacts.csv", field_mapping: [{ field_id: "email", column_name: "Email" }] }
    }
    const payload = Option.getOrThrow(endpoint("actionImportBulk").payloadSchema)
    expect(Schema.decodeUnknownSync(payload)(body)).toStrictEqual(body)
    expect(Schema.is(Contacts.ImportBulkFileRequest)(body)).toBe(true)
  })
})

describe("validation before sending", () => {
  it.effect("a contact ID that is not 10 hexadecimal characters is refused, naming contact_id", () =>
    Effect.gen(function* () {
      for (const contactId of ["8f3a27ef2", "8f3a27ef26a", "8f3a27ef2g"]) {
        const error = yield* refused("contacts", "getContact", { list_id: 1, contact_id: contactId })
        expect(error.issues).toStrictEqual([
          {
            path: "contact_id",
            message: `Expected a contact ID of 10 hexadecimal characters, got ${JSON.stringify(contactId)}`
          }
        ])
      }
      const forget = yield* refused("contacts", "actionForgetContacts", { list_id: 1, contacts: [CONTACT, "xyz"] })
      expect(forget.issues.map((issue) => issue.path)).toEqual(["contacts.1"])
    })
  )

  it.effect("a phone or cellphone not written <country code>-<number> is refused, naming the field", () =>
    Effect.gen(function* () {
      const error = yield* refused("contacts", "createContact", {
        list_id: 1,
        base: { cellphone: "910000000", phone: "+351 220000000" }
      })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["base.cellphone", "base.phone"])
      expect(error.issues[0]!.message).toMatch(/351-910000000/)
    })
  )

  it.effect("a bad email, birth date or language is refused, naming each", () =>
    Effect.gen(function* () {
      const error = yield* refused("contacts", "patchContact", {
        list_id: 1,
        contact_id: CONTACT,
        base: { email: "ana at example.com", birth_date: "10/01/1975", language: "xx" }
      })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["base.birth_date", "base.email", "base.language"])
      expect(error.issues.find((issue) => issue.path === "base.email")!.message).toBe(
        'Expected an email address, got "ana at example.com"'
      )
    })
  )

  it.effect("forget takes at most 1000 contacts: 1001 are refused, 1000 go out", () =>
    Effect.gen(function* () {
      const ids = Array.from({ length: 1001 }, (_, i) => i.toString(16).padStart(10, "0"))
      const error = yield* refused("contacts", "actionForgetContacts", { list_id: 1, contacts: ids })
      expect(error.issues).toStrictEqual([{ path: "contacts", message: "Expected at most 1000 items, got 1001" }])
      const { sent } = yield* callThroughClient(
        "contacts",
        "actionForgetContacts",
        { list_id: 1, contacts: ids.slice(0, Contacts.MAX_FORGET) },
        { status: 202, body: { result: "success" } }
      )
      expect(JSON.parse(sent[0]!.body!).contacts).toHaveLength(1000)
    })
  )

  it.effect("import-bulk needs at least 2 contacts and says to use createContact for one", () =>
    Effect.gen(function* () {
      const error = yield* refused("contacts", "actionImportBulk", {
        list_id: 1,
        mode: "add",
        compare_field: "email",
        contacts: [{ base: { email: "ana@example.com" } }]
      })
      expect(error.issues).toStrictEqual([
        { path: "contacts", message: "Expected at least 2 contacts; use createContact for one" }
      ])
    })
  )

  it.effect("import-bulk checks each contact, naming its position", () =>
    Effect.gen(function* () {
      const error = yield* refused("contacts", "actionImportBulk", {
        list_id: 1,
        mode: "merge",
        compare_field: "email",
        contacts: [{ base: { email: "ana@example.com" } }, { base: { email: "not-an-email" } }]
      })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["contacts.1.base.email", "mode"])
    })
  )

  it.effect("duplicate contact IDs are refused where E-goi wants them unique", () =>
    Effect.gen(function* () {
      const twice = [CONTACT, "aa3b21ef1a", CONTACT]
      for (const operation of ["actionForgetContacts", "actionStartAutomation"]) {
        const error = yield* refused("contacts", operation, {
          list_id: 1,
          automation_id: 1,
          action_id: 1,
          contacts: twice
        }).pipe(Effect.map((error) => error.issues.filter((issue) => issue.path === "contacts")))
        expect(error).toStrictEqual([{ path: "contacts", message: `Expected distinct items, got "${CONTACT}" twice` }])
      }
      const tag = yield* refused("contacts", "actionAttachTag", { list_id: 1, tag_id: 1, contacts: twice })
      expect(tag.issues.map((issue) => issue.message)).toContain(`Expected distinct items, got "${CONTACT}" twice`)
      const activate = yield* refused("contacts", "actionActivateContacts", {
        list_id: 1,
        type: "contacts",
        contacts: twice
      })
      expect(activate.issues).toStrictEqual([
        { path: "contacts", message: `Expected distinct items, got "${CONTACT}" twice` }
      ])
    })
  )

  it.effect('type "contacts" without contacts is refused, naming contacts rather than type', () =>
    Effect.gen(function* () {
      for (const operation of ["actionActivateContacts", "actionDeactivateContacts", "actionUpdateContacts"]) {
        const error = yield* refused("contacts", operation, { list_id: 1, type: "contacts" })
        expect({ operation, paths: error.issues.map((issue) => issue.path) }).toStrictEqual({
          operation,
          paths: ["contacts"]
        })
      }
      const empty = yield* refused("contacts", "actionDeactivateContacts", {
        list_id: 1,
        type: "contacts",
        contacts: []
      })
      expect(empty.issues).toStrictEqual([{ path: "contacts", message: "Expected at least 1 item, got 0" }])
    })
  )

  it.effect("actionUpdateContacts refuses an unknown type and a segment type without segment_id", () =>
    Effect.gen(function* () {
      const segment = yield* refused("contacts", "actionUpdateContacts", { list_id: 1, type: "segment" })
      expect(segment.issues.map((issue) => issue.path)).toEqual(["segment_id"])
      const unknown = yield* refused("contacts", "actionUpdateContacts", { list_id: 1, type: "everyone" })
      expect(unknown.issues.map((issue) => issue.path)).toContain("type")
    })
  )

  it.effect("unsubscribe refuses an unknown method or reason and an empty data array", () =>
    Effect.gen(function* () {
      const error = yield* refused("contacts", "actionUnsubscribeContact", {
        list_id: 1,
        data: [{ contact_id: CONTACT, unsubscription_method: "email", unsubscription_reason: "bored" }]
      })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual([
        "data.0.unsubscription_method",
        "data.0.unsubscription_reason"
      ])
      const empty = yield* refused("contacts", "actionUnsubscribeContact", { list_id: 1, data: [] })
      expect(empty.issues.map((issue) => issue.path)).toEqual(["data"])
    })
  )

  it.effect("an extra field needs an ID >= 1, an export a known format, a callback an http(s) URL", () =>
    Effect.gen(function* () {
      const extra = yield* refused("contacts", "createContact", { list_id: 1, extra: [{ field_id: 0, value: "x" }] })
      expect(extra.issues.map((issue) => issue.path)).toEqual(["extra.0.field_id"])
      const exported = yield* refused("contacts", "actionExportContacts", {
        list_id: 1,
        format: "xlsx",
        callback_url: "ftp://example.com/drop"
      })
      expect(exported.issues.map((issue) => issue.path).sort()).toEqual(["callback_url", "format"])
    })
  )

  it.effect("filters are checked too: limit, a status that is not a boolean, an unknown parameter", () =>
    Effect.gen(function* () {
      const error = yield* refused("contacts", "getAllContacts", {
        list_id: 1,
        limit: 1001,
        email_status: "yes",
        nickname: "ana"
      })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["email_status", "limit", "nickname"])
      const activities = yield* refused("contacts", "getAllContactActivities", {
        list_id: 1,
        contact_id: CONTACT,
        date_min: "2024-01-01",
        action_name: "email_opened"
      })
      expect(activities.issues.map((issue) => issue.path).sort()).toEqual(["action_name", "date_min"])
      const search = yield* refused("contacts", "searchContacts", { type: "fax" })
      expect(search.issues.map((issue) => issue.path).sort()).toEqual(["contact", "type"])
    })
  )
})

describe("requests", () => {
  it.effect('the deep-object filter extra_field_id: { "5": "gold" } goes on the wire as extra_field_id[5]=gold', () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "contacts",
        "getAllContacts",
        { list_id: 3, limit: 50, email_status: true, extra_field_id: { "5": "gold", "12": "Porto" } },
        { body: { total_items: 0, items: [] } }
      )
      expect(sent[0]!.url.pathname).toBe("/lists/3/contacts")
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({
        limit: "50",
        email_status: "true",
        "extra_field_id[5]": "gold",
        "extra_field_id[12]": "Porto"
      })
      expect(sent[0]!.url.search).toContain("extra_field_id%5B5%5D=gold")
    })
  )

  it("a wire query with extra_field_id[5]=gold decodes back to the object parameter", () => {
    const query = Option.getOrThrow(endpoint("getAllContacts").urlParamsSchema)
    expect(
      Schema.decodeUnknownSync(query)({ "extra_field_id[5]": "gold", offset: "20", first_name: "Ana" })
    ).toStrictEqual({ extra_field_id: { "5": "gold" }, offset: 20, first_name: "Ana" })
    expect(Schema.decodeUnknownSync(query)({ limit: "10" })).toStrictEqual({ limit: 10 })
    expect(Schema.encodeSync(query)({ extra_field_id: { "7": "a b" } })).toStrictEqual({ "extra_field_id[7]": "a b" })
  })

  it.effect("an extra field value that is not text is refused, naming it", () =>
    Effect.gen(function* () {
      const error = yield* refused("contacts", "getAllContacts", { list_id: 1, extra_field_id: { "5": 7 } })
      expect(error.issues.map((issue) => issue.path)).toEqual(["extra_field_id.5"])
    })
  )

  it.effect("tags go to the list by contacts, by segment or by a field's values", () =>
    Effect.gen(function* () {
      const bySegment = yield* callThroughClient(
        "contacts",
        "actionAttachTag",
        { list_id: 2, tag_id: 4, segment_id: "7" },
        { status: 202, body: { result: "success" } }
      )
      expect(bySegment.sent[0]!.url.pathname).toBe("/lists/2/contacts/actions/attach-tag")
      expect(JSON.parse(bySegment.sent[0]!.body!)).toStrictEqual({ tag_id: 4, segment_id: "7" })
      const byField = yield* callThroughClient(
        "contacts",
        "actionDetachTag",
        { list_id: 2, tag_id: 4, field_id: "email", contacts: ["ana@example.com"] },
        { status: 202, body: { result: "success" } }
      )
      expect(byField.sent[0]!.url.pathname).toBe("/lists/2/contacts/actions/detach-tag")
      expect(JSON.parse(byField.sent[0]!.body!)).toStrictEqual({
        tag_id: 4,
        field_id: "email",
        contacts: ["ana@example.com"]
      })
    })
  )

  it.effect("searchContacts goes to /contacts/search with type and contact", () =>
    Effect.gen(function* () {
      const { sent, result } = yield* callThroughClient(
        "contacts",
        "searchContacts",
        { type: "cellphone", contact: "351-910000000" },
        { body: {} }
      )
      expect(sent[0]!.url.pathname).toBe("/contacts/search")
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({
        type: "cellphone",
        contact: "351-910000000"
      })
      expect(result).toStrictEqual({ items: [] })
    })
  )

  it.effect("a 409 on createContact is a Conflict carrying E-goi's unique_field_in_use body", () =>
    Effect.gen(function* () {
      const body = {
        title: "Conflict",
        status: 409,
        detail: "The request could not be completed due to a conflict with the current state of the target resource",
        errors: { unique_field_in_use: "A unique field is already being used", field_id: "email", contacts: [CONTACT] }
      }
      const error = yield* Effect.flip(
        callThroughClient("contacts", "createContact", { list_id: 1, base: { email: "a@b.co" } }, { status: 409, body })
      )
      expect(error).toBeInstanceOf(EgoiError.Conflict)
      expect((error as EgoiError.Conflict).errors).toStrictEqual(body.errors)
      expect((error as EgoiError.Conflict).path).toBe("/lists/1/contacts")
    })
  )

  it.effect("a 404 where the reference documents none is an unexpected status, not NotFound", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(
        callThroughClient(
          "contacts",
          "getAllContactActivities",
          { list_id: 1, contact_id: CONTACT },
          { status: 404, body: { title: "Not Found", status: 404 } }
        )
      )
      expect(error).toBeInstanceOf(EgoiError.UnexpectedStatus)
    })
  )
})

describe("tolerance", () => {
  const page = fixture("contacts/getAllContacts.200.json") as { items: Array<Record<string, any>> }
  const contact = page.items[0]!

  it("keeps a status, method or activity E-goi may add, and empty unsubscription values", () => {
    const decoded = Schema.decodeUnknownSync(Contacts.Contact)({
      ...contact,
      base: { ...contact.base, status: "bounced", subscription_method: "sso", unsubscription_method: "" }
    })
    expect(decoded.base.status).toBe("bounced")
    expect(decoded.base.subscription_method).toBe("sso")
    expect(Schema.decodeUnknownSync(Contacts.Activity)({ action_name: "whatsapp_send" }).action_name).toBe(
      "whatsapp_send"
    )
  })

  it("a contact without extra or tags decodes with empty arrays; without a contact_id it is refused", () => {
    expect(Schema.decodeUnknownSync(Contacts.Contact)({ base: { contact_id: CONTACT } })).toStrictEqual({
      base: { contact_id: CONTACT },
      extra: [],
      tags: []
    })
    expect(() => Schema.decodeUnknownSync(Contacts.Contact)({ base: {} })).toThrow(/contact_id/)
  })

  it("an options field's value decodes as option IDs, and null statistics dates are kept", () => {
    const decoded = Schema.decodeUnknownSync(Contacts.ComplexContact)({
      ...contact,
      extra: [{ field_id: 2, format: "options", value: [1, 3] }],
      email_stats: { sent: 0, last_send_date: null }
    })
    expect(decoded.extra[0]!.value).toStrictEqual([1, 3])
    expect(decoded.email_stats?.last_send_date).toBeNull()
  })

  it("an unsubscribe answer without errors decodes with none", () => {
    expect(Schema.decodeUnknownSync(Contacts.UnsubscribeResult)({ success: [CONTACT] })).toStrictEqual({
      success: [CONTACT],
      errors: {}
    })
  })
})
