/**
 * Fields in the mock: the base fields of every list, each list's extra fields and their options,
 * which fields are unique, and the documented 404, 409 and 422.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { clientAndMock, mockClient, raw, savedSegment, seed } from "./utils/client.js"

const BASE_FIELDS = ["first_name", "last_name", "birth_date", "language", "email", "cellphone", "phone"]

const twoLists = seed({ lists: [{ internal_name: "Newsletter" }, { internal_name: "Customers" }] })

describe("fields", () => {
  it.effect("lists the base fields, then the list's extra fields with their options, 10 at a time", () =>
    Effect.gen(function* () {
      yield* twoLists
      const color = yield* raw("POST", "/lists/1/fields/extra", { name: "Color", format: "options" })
      expect(color.status).toBe(201)
      yield* raw("POST", "/lists/2/fields/extra", { name: "Elsewhere", format: "text" })
      const red = yield* raw("POST", `/lists/1/fields/extra/${color.body.field_id}/options`, {
        en: "Red",
        pt: "Vermelho"
      })
      const all = yield* raw("GET", "/lists/1/fields?limit=100")
      expect(all.body.map((field: { field_id: string }) => field.field_id)).toEqual([
        ...BASE_FIELDS,
        color.body.field_id
      ])
      expect(all.body.map((field: { type: string }) => field.type)).toEqual([...BASE_FIELDS.map(() => "base"), "extra"])
      expect(all.body.at(-1)).toEqual({
        type: "extra",
        field_id: color.body.field_id,
        name: "Color",
        format: "options",
        unique: false,
        options: [{ option_id: red.body.option_id, en: "Red", pt: "Vermelho" }]
      })
      expect((yield* raw("GET", "/lists/1/fields")).body).toHaveLength(8)
      expect((yield* raw("GET", "/lists/1/fields?offset=7")).body).toHaveLength(1)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("creates an extra field with a numeric ID answered as a string, renames it and deletes it", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const field = yield* egoi.fields.createExtraField({ list_id: 1, name: "City", format: "text" })
      expect(field).toEqual({ field_id: "1", name: "City", format: "text", unique: false })
      const renamed = yield* egoi.fields.patchExtraField({ list_id: 1, field_id: 1, name: "Town", unique: true })
      expect(renamed).toEqual({ ...field, name: "Town", unique: true })
      yield* egoi.fields.deleteExtraField({ list_id: 1, field_id: 1 })
      expect(yield* Effect.flip(egoi.fields.deleteExtraField({ list_id: 1, field_id: 1 }))).toBeInstanceOf(
        EgoiError.NotFound
      )
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect(
    "treats email, cellphone and phone as unique until patchBaseField says otherwise; extra fields by their flag",
    () =>
      Effect.gen(function* () {
        const { egoi } = yield* clientAndMock
        yield* twoLists
        const uniqueOf = (listId: number) =>
          Effect.map(egoi.fields.getAllFields({ list_id: listId, limit: 100 }), (fields) =>
            fields.filter((field) => field.unique).map((field) => field.field_id)
          )
        expect(yield* uniqueOf(1)).toEqual(["email", "cellphone", "phone"])
        const patched = yield* egoi.fields.patchBaseField({ list_id: 1, field_id: "cellphone", unique: false })
        expect(patched).toEqual({ field_id: "cellphone", name: "Cellphone", format: "cellphone", unique: false })
        expect(yield* uniqueOf(1)).toEqual(["email", "phone"])
        expect(yield* uniqueOf(2)).toEqual(["email", "cellphone", "phone"])
        // The same cellphone twice: allowed in list 1 now, still a 409 in list 2.
        for (const listId of [1, 2]) {
          yield* egoi.contacts.createContact({ list_id: listId, base: { cellphone: "351-910000000" } })
        }
        yield* egoi.contacts.createContact({ list_id: 1, base: { cellphone: "351-910000000" } })
        const taken = yield* Effect.flip(
          egoi.contacts.createContact({ list_id: 2, base: { cellphone: "351-910000000" } })
        )
        expect(taken).toMatchObject({ status: 409, errors: { field_id: "cellphone" } })
        expect((yield* raw("PATCH", "/lists/1/fields/base/first_name", { unique: true })).status).toBe(422)
        expect((yield* raw("PATCH", "/lists/1/fields/base/nickname", { unique: true })).status).toBe(404)

        const code = yield* egoi.fields.createExtraField({ list_id: 1, name: "Code", format: "text", unique: true })
        expect(yield* uniqueOf(1)).toEqual(["email", "phone", code.field_id])
        const codeId = Number(code.field_id)
        yield* egoi.contacts.createContact({ list_id: 1, extra: [{ field_id: codeId, value: "A1" }] })
        const clash = yield* Effect.flip(
          egoi.contacts.createContact({ list_id: 1, extra: [{ field_id: codeId, value: "A1" }] })
        )
        expect(clash).toMatchObject({ status: 409, errors: { field_id: code.field_id } })
        yield* egoi.fields.patchExtraField({ list_id: 1, field_id: codeId, unique: false })
        yield* egoi.contacts.createContact({ list_id: 1, extra: [{ field_id: codeId, value: "A1" }] })
        // An extra field that does not exist is not unique: no contact can be found by it.
        const byMissing = yield* raw("POST", "/lists/1/contacts/by-field", {
          compare_field: { field_id: "999", value: "x" },
          base: { first_name: "X" }
        })
        expect(Object.keys(byMissing.body.errors)).toEqual(["compare_field"])
      }).pipe(Effect.provide(mockClient()))
  )

  it.effect("creates, lists, updates and deletes the options of an options field", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      yield* egoi.fields.createExtraField({ list_id: 1, name: "Plan", format: "options" })
      const basic = yield* egoi.fields.createFieldOption({ list_id: 1, field_id: 1, en: "Basic", pt: "Básico" })
      const pro = yield* egoi.fields.createFieldOption({ list_id: 1, field_id: 1, en: "Pro" })
      expect(basic).toEqual({ option_id: 1, en: "Basic", pt: "Básico" })
      const updated = yield* egoi.fields.updateFieldOption({
        list_id: 1,
        field_id: 1,
        option_id: pro.option_id,
        fr: "Pro (fr)"
      })
      expect(updated).toEqual({ option_id: pro.option_id, en: "Pro", fr: "Pro (fr)" })
      expect(yield* egoi.fields.getAllFieldOptions({ list_id: 1, field_id: 1 })).toEqual({ items: [basic, updated] })
      yield* egoi.fields.deleteFieldOption({ list_id: 1, field_id: 1, option_id: basic.option_id })
      expect((yield* egoi.fields.getAllFieldOptions({ list_id: 1, field_id: 1 })).items).toEqual([updated])
      const fields = yield* egoi.fields.getAllFields({ list_id: 1 })
      expect(fields.find((field) => field.field_id === "1")?.options).toEqual([updated])
      const again = yield* Effect.flip(egoi.fields.deleteFieldOption({ list_id: 1, field_id: 1, option_id: 1 }))
      expect(again).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 404 for a missing list, field or option, and 422 for options on a text field", () =>
    Effect.gen(function* () {
      yield* twoLists
      const text = yield* raw("POST", "/lists/1/fields/extra", { name: "Notes", format: "text" })
      expect((yield* raw("POST", "/lists/9/fields/extra", { name: "X", format: "text" })).status).toBe(422)
      expect((yield* raw("PATCH", "/lists/1/fields/extra/999", { name: "X" })).status).toBe(404)
      expect((yield* raw("PATCH", `/lists/2/fields/extra/${text.body.field_id}`, { name: "X" })).status).toBe(404)
      expect((yield* raw("GET", "/lists/1/fields/extra/999/options")).status).toBe(404)
      expect((yield* raw("DELETE", `/lists/1/fields/extra/${text.body.field_id}/options/1`)).status).toBe(404)
      const refused = yield* raw("POST", `/lists/1/fields/extra/${text.body.field_id}/options`, { en: "Yes" })
      expect(refused.status).toBe(422)
      expect(Object.keys(refused.body.errors)).toEqual(["field_id"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("deleting an extra field removes its options", () =>
    Effect.gen(function* () {
      yield* twoLists
      yield* seed({ extraFields: [{ list_id: 1, name: "Color", format: "options", options: [{ en: "Red" }] }] })
      expect((yield* raw("GET", "/lists/1/fields/extra/1/options")).body.items).toHaveLength(1)
      expect((yield* raw("DELETE", "/lists/1/fields/extra/1")).status).toBe(204)
      expect((yield* raw("GET", "/lists/1/fields/extra/1/options")).status).toBe(404)
      expect((yield* raw("GET", "/lists/1/fields?offset=7")).body).toEqual([])
      // The option's record went with it: a new field of the list starts with none.
      yield* raw("POST", "/lists/1/fields/extra", { name: "Color", format: "options" })
      expect((yield* raw("GET", "/lists/1/fields/extra/2/options")).body).toEqual({ items: [] })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("deleteExtraField answers 409 field_in_use while a saved segment uses the field", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* twoLists
      const field = yield* egoi.fields.createExtraField({ list_id: 1, name: "City", format: "text" })
      yield* seed({ segments: [savedSegment("Porto", [[field.field_id, "equal_to", "Porto"]])] })
      const refused = yield* Effect.flip(egoi.fields.deleteExtraField({ list_id: 1, field_id: 1 }))
      expect(refused).toBeInstanceOf(EgoiError.Conflict)
      expect(refused).toMatchObject({
        errors: {
          field_in_use: "The provided extra field is being used in segments or forms",
          field_in_use_data: { segments: [1], forms: [] }
        }
      })
      yield* egoi.segments.deleteSegment({ list_id: 1, segment_id: "1" })
      yield* egoi.fields.deleteExtraField({ list_id: 1, field_id: 1 })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("an unknown format is refused before it reaches the mock, naming the field", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const error = yield* Effect.flip(
        egoi.fields.createExtraField({ list_id: 1, name: "Color", format: "colour" as "text" })
      )
      expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
      expect((error as EgoiError.RequestValidationError).issues.map((issue) => issue.path)).toEqual(["format"])
      expect(mock.requests()).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )
})
