import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import {
  Egoi,
  EgoiConflictError,
  EgoiNotFoundError,
  EgoiUnprocessableEntityError,
  EgoiValidationError
} from "../src/index.js"

describe("egoi.fields", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi
  let listId: number

  beforeEach(async () => {
    mock = EgoiMock.make()
    egoi = new Egoi({ fetch: mock.fetch, baseUrl: EgoiMock.IN_PROCESS_URL, apiKey: "k", rateLimit: false })
    listId = (await egoi.lists.createList({ internal_name: "Newsletter" })).list_id
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  it("creates, renames and deletes an extra field", async () => {
    const field = await egoi.fields.createExtraField({ list_id: listId, name: "City", format: "text" })
    expect(field).toEqual({ field_id: expect.stringMatching(/^\d+$/), name: "City", format: "text", unique: false })
    const fieldId = Number(field.field_id)
    const renamed = await egoi.fields.patchExtraField({
      list_id: listId,
      field_id: fieldId,
      name: "Town",
      unique: true
    })
    expect(renamed).toEqual({ ...field, name: "Town", unique: true })
    await expect(egoi.fields.deleteExtraField({ list_id: listId, field_id: fieldId })).resolves.toBeUndefined()
    await expect(egoi.fields.deleteExtraField({ list_id: listId, field_id: fieldId })).rejects.toBeInstanceOf(
      EgoiNotFoundError
    )
  })

  it("lists the base and extra fields, and changes whether a base field is unique", async () => {
    const field = await egoi.fields.createExtraField({
      list_id: listId,
      name: "Plan",
      format: "options",
      unique: false
    })
    const all = await egoi.fields.getAllFields({ list_id: listId, limit: 100 })
    expect(all.map((f) => [f.type, f.field_id])).toEqual([
      ["base", "first_name"],
      ["base", "last_name"],
      ["base", "birth_date"],
      ["base", "language"],
      ["base", "email"],
      ["base", "cellphone"],
      ["base", "phone"],
      ["extra", field.field_id]
    ])
    expect(all.find((f) => f.field_id === "email")?.unique).toBe(true)
    const patched = await egoi.fields.patchBaseField({ list_id: listId, field_id: "email", unique: false })
    expect(patched).toEqual({ field_id: "email", name: "Email", format: "email", unique: false })
    const again = await egoi.fields.getAllFields({ list_id: listId, offset: 4, limit: 1 })
    expect(again).toEqual([{ type: "base", ...patched }])
    await expect(
      egoi.fields.patchBaseField({ list_id: listId, field_id: "nickname", unique: true })
    ).rejects.toBeInstanceOf(EgoiNotFoundError)
  })

  it("creates, lists, updates and deletes the options of an options field", async () => {
    const field = await egoi.fields.createExtraField({ list_id: listId, name: "Plan", format: "options" })
    const fieldId = Number(field.field_id)
    const basic = await egoi.fields.createFieldOption({ list_id: listId, field_id: fieldId, en: "Basic", pt: "Básico" })
    const pro = await egoi.fields.createFieldOption({ list_id: listId, field_id: fieldId, en: "Pro" })
    expect(basic).toEqual({ option_id: expect.any(Number), en: "Basic", pt: "Básico" })
    const updated = await egoi.fields.updateFieldOption({
      list_id: listId,
      field_id: fieldId,
      option_id: pro.option_id,
      fr: "Pro (fr)"
    })
    expect(updated).toEqual({ option_id: pro.option_id, en: "Pro", fr: "Pro (fr)" })
    expect(await egoi.fields.getAllFieldOptions({ list_id: listId, field_id: fieldId })).toEqual({
      items: [basic, updated]
    })
    await egoi.fields.deleteFieldOption({ list_id: listId, field_id: fieldId, option_id: basic.option_id })
    expect((await egoi.fields.getAllFieldOptions({ list_id: listId, field_id: fieldId })).items).toEqual([updated])
    const fields = await egoi.fields.getAllFields({ list_id: listId })
    expect(fields.find((f) => f.field_id === field.field_id)?.options).toEqual([updated])
    await expect(
      egoi.fields.deleteFieldOption({ list_id: listId, field_id: fieldId, option_id: basic.option_id })
    ).rejects.toBeInstanceOf(EgoiNotFoundError)
  })

  it("answers 422 for options on a text field, and 409 field_in_use for a field a segment uses", async () => {
    const text = await egoi.fields.createExtraField({ list_id: listId, name: "Notes", format: "text" })
    await expect(
      egoi.fields.createFieldOption({ list_id: listId, field_id: Number(text.field_id), en: "x" })
    ).rejects.toBeInstanceOf(EgoiUnprocessableEntityError)
    mock.seed({
      segments: [
        {
          list_id: listId,
          name: "Has notes",
          type: "saved",
          rule: {
            segment_filter_array: [{ segment_field: text.field_id, segment_operator: "contains", segment_value: "a" }]
          }
        }
      ]
    })
    const error = await egoi.fields
      .deleteExtraField({ list_id: listId, field_id: Number(text.field_id) })
      .catch((e) => e)
    expect(error).toBeInstanceOf(EgoiConflictError)
    expect((error as EgoiConflictError).errors).toMatchObject({ field_in_use: expect.any(String) })
  })

  it("refuses an unknown format before sending, naming the field", async () => {
    mock.clearRequests()
    const error = await egoi.fields
      .createExtraField({ list_id: listId, name: "Color", format: "colour" as "text" })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiValidationError)
    expect((error as EgoiValidationError).issues.map((issue) => issue.path)).toEqual(["format"])
    expect(mock.requests()).toHaveLength(0)
  })
})
