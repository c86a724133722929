import { EgoiClient, type Fields } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import { extraFieldOf, extraFieldsOf } from "../src/internal/extraFields.js"
import { inProcessMock } from "./utils/inProcess.js"

describe("extraFieldOf", () => {
  it("leaves base fields out", () => {
    expect(extraFieldOf({ type: "base", field_id: "email", name: "Email", format: "email" })).toBeUndefined()
    // A field without a type is known by its ID: a base field's is a name.
    expect(extraFieldOf({ field_id: "first_name", name: "First name", format: "text" })).toBeUndefined()
  })

  it("maps option labels of every language, in lower case, to the first option that has them", () => {
    const field = extraFieldOf({
      type: "extra",
      field_id: "7",
      name: "Tier",
      format: "options",
      options: [
        { option_id: 1, en: "Gold", pt: "Ouro", fr: "Or" },
        { option_id: 2, en: "Silver", pt: "Prata", de: "Silber" },
        { option_id: 3, es: "Oro", en: "gold" }
      ]
    })
    expect(field).toMatchObject({ field_id: 7, name: "Tier", format: "options" })
    expect(Object.fromEntries(field!.options!)).toEqual({
      gold: 1,
      ouro: 1,
      or: 1,
      silver: 2,
      prata: 2,
      silber: 2,
      oro: 3
    })
  })
})

describe("extraFieldsOf", () => {
  it("reads every page of getAllFields, 1000 fields at a time", async () => {
    const base = (i: number): Fields.ComplexField => ({
      type: "base",
      field_id: `base_${i}`,
      name: `Base ${i}`,
      format: "text"
    })
    const pages: Record<number, ReadonlyArray<Fields.ComplexField>> = {
      0: Array.from({ length: 1000 }, (_, i) => base(i)),
      1000: [
        { type: "extra", field_id: "1001", name: "Plan", format: "text" },
        { type: "extra", field_id: "1002", name: "City", format: "text" }
      ]
    }
    const requests: Array<unknown> = []
    const client = {
      fields: {
        getAllFields: (params: { offset: number; limit: number }) => {
          requests.push(params)
          return Effect.succeed(pages[params.offset] ?? [])
        }
      }
    } as unknown as EgoiClient.Service
    const fields = await Effect.runPromise(extraFieldsOf(5).pipe(Effect.provideService(EgoiClient.EgoiClient, client)))
    expect(fields.map((field) => field.name)).toEqual(["Plan", "City"])
    expect(requests).toEqual([
      { list_id: 5, offset: 0, limit: 1000 },
      { list_id: 5, offset: 1000, limit: 1000 }
    ])
  })

  it("reads a list's extra fields from E-goi", async (context) => {
    const { account, run } = inProcessMock(context)
    const fields = await account.listWithFields("fields")
    const extra = await run(extraFieldsOf(fields.listId))
    expect(extra.map((field) => [field.field_id, field.name, field.format])).toEqual([
      [fields.plan, "Plan", "text"],
      [fields.tier, "Tier", "options"]
    ])
    expect(Object.fromEntries(extra[1]!.options!)).toEqual({ gold: fields.gold, silver: fields.silver })
  })
})
