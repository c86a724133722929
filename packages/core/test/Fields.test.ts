import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as EgoiError from "../src/EgoiError.js"
import * as Fields from "../src/Fields.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

const OPTION = { en: "English example", pt: "Portuguese example" }

describeSamples({
  group: "fields",
  params: {
    getAllFields: { list_id: 1 },
    createExtraField: { list_id: 1, name: "string", format: "date", unique: true },
    patchExtraField: { list_id: 1, field_id: 1, name: "Field name", unique: true },
    deleteExtraField: { list_id: 1, field_id: 1 },
    patchBaseField: { list_id: 1, field_id: "email", unique: true },
    getAllFieldOptions: { list_id: 1, field_id: 1 },
    createFieldOption: { list_id: 1, field_id: 1, ...OPTION },
    updateFieldOption: { list_id: 1, field_id: 1, option_id: 1, ...OPTION },
    deleteFieldOption: { list_id: 1, field_id: 1, option_id: 1 }
  },
  samples: [
    { file: "fields/getAllFields.200.json", operation: "getAllFields", status: 200, schema: Fields.ComplexFieldArray },
    { file: "fields/createExtraField.201.json", operation: "createExtraField", status: 201, schema: Fields.Field },
    {
      file: "fields/createExtraField.201.openapi.json",
      operation: "createExtraField",
      status: 201,
      schema: Fields.Field
    },
    { file: "fields/patchExtraField.200.json", operation: "patchExtraField", status: 200, schema: Fields.Field },
    { file: "fields/patchBaseField.200.json", operation: "patchBaseField", status: 200, schema: Fields.Field },
    {
      file: "fields/getAllFieldOptions.200.json",
      operation: "getAllFieldOptions",
      status: 200,
      schema: Fields.FieldOptionCollection
    },
    {
      file: "fields/getAllFieldOptions.200.openapi.json",
      operation: "getAllFieldOptions",
      status: 200,
      schema: Fields.FieldOptionCollection
    },
    {
      file: "fields/createFieldOption.201.json",
      operation: "createFieldOption",
      status: 201,
      schema: Fields.FieldOption
    },
    {
      file: "fields/updateFieldOption.200.json",
      operation: "updateFieldOption",
      status: 200,
      schema: Fields.FieldOption
    }
  ],
  noContent: ["deleteExtraField", "deleteFieldOption"]
})

describe("requests", () => {
  it.effect("createExtraField posts the field to the list's extra fields", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "fields",
        "createExtraField",
        { list_id: 4, name: "City", format: "text", unique: false },
        { status: 201, body: { field_id: "9", name: "City", format: "text", unique: false } }
      )
      expect(sent[0]!.method).toBe("POST")
      expect(sent[0]!.url.pathname).toBe("/lists/4/fields/extra")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({ name: "City", format: "text", unique: false })
    })
  )

  it.effect("patchBaseField takes the base field's name in the path", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "fields",
        "patchBaseField",
        { list_id: 2, field_id: "cellphone", unique: false },
        { body: { field_id: "cellphone", name: "Cellphone", format: "cellphone", unique: false } }
      )
      expect(sent[0]!.method).toBe("PATCH")
      expect(sent[0]!.url.pathname).toBe("/lists/2/fields/base/cellphone")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({ unique: false })
    })
  )

  it.effect("getAllFields pages with offset and limit; option routes nest under the field", () =>
    Effect.gen(function* () {
      const fields = yield* callThroughClient(
        "fields",
        "getAllFields",
        { list_id: 1, offset: 10, limit: 5 },
        { body: [] }
      )
      expect(fields.result).toStrictEqual([])
      expect(fields.sent[0]!.url.pathname).toBe("/lists/1/fields")
      expect(Object.fromEntries(fields.sent[0]!.url.searchParams)).toStrictEqual({ offset: "10", limit: "5" })
      const option = yield* callThroughClient(
        "fields",
        "updateFieldOption",
        { list_id: 1, field_id: 2, option_id: 3, fr: "Oui" },
        { body: { option_id: 3, fr: "Oui" } }
      )
      expect(option.sent[0]!.url.pathname).toBe("/lists/1/fields/extra/2/options/3")
      expect(JSON.parse(option.sent[0]!.body!)).toStrictEqual({ fr: "Oui" })
    })
  )

  it.effect("a 409 on deleteExtraField is a Conflict with E-goi's field_in_use reason", () =>
    Effect.gen(function* () {
      const body = {
        title: "Conflict",
        status: 409,
        detail: "The request could not be completed due to a conflict with the current state of the target resource",
        errors: {
          field_in_use: "The provided extra field is being used in segments or forms",
          field_in_use_data: { segments: [3], forms: [] }
        }
      }
      const error = yield* Effect.flip(
        callThroughClient("fields", "deleteExtraField", { list_id: 1, field_id: 2 }, { status: 409, body })
      )
      expect(error).toBeInstanceOf(EgoiError.Conflict)
      expect((error as EgoiError.Conflict).errors).toStrictEqual(body.errors)
      expect((error as EgoiError.Conflict).path).toBe("/lists/1/fields/extra/2")
    })
  )
})

describe("validation before sending", () => {
  it.effect("createExtraField refuses an unknown format, an empty name and list_id 0, naming each", () =>
    Effect.gen(function* () {
      const error = yield* refused("fields", "createExtraField", { list_id: 0, name: "", format: "currency" })
      expect(error.issues).toStrictEqual([
        { path: "list_id", message: "Expected an integer >= 1, got 0" },
        { path: "name", message: "Expected a non-empty name" },
        {
          path: "format",
          message: 'Expected one of date, text, cellphone, phone, number, email, options, got "currency"'
        }
      ])
    })
  )

  it.effect("createExtraField needs a name and a format", () =>
    Effect.gen(function* () {
      const error = yield* refused("fields", "createExtraField", { list_id: 1 })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["format", "name"])
    })
  )

  it.effect("getAllFields takes no order and a limit up to 1000", () =>
    Effect.gen(function* () {
      const error = yield* refused("fields", "getAllFields", { list_id: 1, order: "asc", limit: 5000 })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["limit", "order"])
    })
  )

  it.effect("option routes refuse option_id 0 and a label that is not text", () =>
    Effect.gen(function* () {
      const error = yield* refused("fields", "updateFieldOption", { list_id: 1, field_id: 1, option_id: 0, en: 7 })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["en", "option_id"])
    })
  )

  it.effect("patchBaseField refuses an empty field_id and a unique that is not a boolean", () =>
    Effect.gen(function* () {
      const error = yield* refused("fields", "patchBaseField", { list_id: 1, field_id: "", unique: "yes" })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["field_id", "unique"])
    })
  )
})

describe("tolerance", () => {
  const field = fixture("fields/createExtraField.201.json") as Record<string, unknown>

  it("keeps a format E-goi may add and drops unknown fields", () => {
    expect(Schema.decodeUnknownSync(Fields.Field)({ ...field, format: "url", position: 3 })).toStrictEqual({
      ...field,
      format: "url"
    })
  })

  it("decodes a field without unique, and a complex field without type or options", () => {
    const { unique: _, ...withoutUnique } = field
    expect(Schema.decodeUnknownSync(Fields.Field)(withoutUnique)).toStrictEqual(withoutUnique)
    expect(Schema.decodeUnknownSync(Fields.ComplexField)(field)).toStrictEqual(field)
  })

  it("still refuses a field without a name or an option with option_id 0", () => {
    expect(() => Schema.decodeUnknownSync(Fields.Field)({ ...field, name: undefined })).toThrow(/name/)
    expect(() => Schema.decodeUnknownSync(Fields.FieldOption)({ option_id: 0 })).toThrow(/option_id/)
  })

  it("ExtraFieldFormat, for requests, takes exactly the seven documented formats", () => {
    for (const format of Fields.EXTRA_FIELD_FORMATS) expect(Schema.is(Fields.ExtraFieldFormat)(format)).toBe(true)
    expect(Fields.EXTRA_FIELD_FORMATS).toHaveLength(7)
    expect(Schema.is(Fields.ExtraFieldFormat)("url")).toBe(false)
  })
})
