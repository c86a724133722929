import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { describe, expect } from "vitest"
import * as EgoiClient from "../src/EgoiClient.js"
import * as ExtraFields from "../src/ExtraFields.js"
import type * as Fields from "../src/Fields.js"
import * as Stub from "./utils/StubFetch.js"

const TIER: Fields.ComplexField = {
  type: "extra",
  field_id: "7",
  name: "Tier",
  format: "options",
  options: [
    { option_id: 1, en: "Gold", pt: "Ouro", fr: "Or" },
    { option_id: 2, en: "Silver", pt: "Prata", de: "Silber" },
    { option_id: 3, es: "Oro", en: "gold" }
  ]
}
const PLAN: Fields.ComplexField = { type: "extra", field_id: "3", name: "Plan", format: "text", unique: true }
const fields = [ExtraFields.fromField(TIER)!, ExtraFields.fromField(PLAN)!]

const withStub = <A, E>(stub: ReturnType<typeof Stub.make>, effect: Effect.Effect<A, E, any>) =>
  effect.pipe(Effect.provide(EgoiClient.layerWith({ apiKey: "k", rateLimit: false, maxRetries: 0, fetch: stub.fetch })))

describe("fromField", () => {
  it("leaves base fields out", () => {
    expect(ExtraFields.fromField({ type: "base", field_id: "email", name: "Email", format: "email" })).toBeUndefined()
    // A field without a type is known by its ID: a base field's is a name.
    expect(ExtraFields.fromField({ field_id: "first_name", name: "First name", format: "text" })).toBeUndefined()
  })

  it("maps labels of every language, in lower case, to the first option that has them; each option to its label", () => {
    const tier = fields[0]!
    expect(tier).toMatchObject({ field_id: 7, name: "Tier", format: "options", unique: false })
    expect(Object.fromEntries(tier.optionIds)).toEqual({
      gold: 1,
      ouro: 1,
      or: 1,
      silver: 2,
      prata: 2,
      silber: 2,
      oro: 3
    })
    expect(Object.fromEntries(tier.labels)).toEqual({ 1: "Gold", 2: "Silver", 3: "gold" })
    expect(fields[1]!.unique).toBe(true)
  })
})

describe("encodeWith and decodeWith", () => {
  it("turn names and labels into IDs and back, in any case, several options as an array or joined with ;", () => {
    expect(ExtraFields.encodeWith(fields, { tier: "ouro;Silver", Plan: "pro" })).toEqual(
      Either.right([
        { field_id: 7, value: [1, 2] },
        { field_id: 3, value: "pro" }
      ])
    )
    expect(ExtraFields.encodeWith(fields, { "7": [2], "3": 42 })).toEqual(
      Either.right([
        { field_id: 3, value: "42" },
        { field_id: 7, value: [2] }
      ])
    )
    expect(
      ExtraFields.decodeWith(fields, [
        { field_id: 7, value: [2, 1] },
        { field_id: 3, value: "pro" },
        { field_id: 99, value: "kept" }
      ])
    ).toEqual({ Tier: ["Silver", "Gold"], Plan: "pro", "99": "kept" })
  })

  it("refuse an unknown field, an unknown option and several values for a text field, naming each", () => {
    const issues = Either.getLeft(ExtraFields.encodeWith(fields, { Plann: "x", Tier: "Bronze", Plan: ["a", "b"] }))
    expect(issues._tag).toBe("Some")
    const all = issues._tag === "Some" ? issues.value : []
    expect(all.map((issue) => issue.path)).toEqual(["Plann", "Tier", "Plan"])
    expect(all[0]!.message).toContain("no extra field")
    expect(all[1]!.message).toContain('Tier has no option "Bronze"')
  })
})

describe("list and the resolver", () => {
  const base = (i: number): Fields.ComplexField => ({
    type: "base",
    field_id: `base_${i}`,
    name: `Base ${i}`,
    format: "text"
  })

  it.effect("list reads every page of getAllFields, 1000 fields at a time", () => {
    const stub = Stub.make((request) => {
      const offset = Number(request.url.searchParams.get("offset"))
      return {
        body:
          offset === 0
            ? Array.from({ length: 1000 }, (_, i) => base(i))
            : [
                { type: "extra", field_id: "1001", name: "Plan", format: "text" },
                { type: "extra", field_id: "1002", name: "City", format: "text" }
              ]
      }
    })
    return Effect.gen(function* () {
      const found = yield* withStub(stub, ExtraFields.list(5))
      expect(found.map((field) => field.name)).toEqual(["Plan", "City"])
      expect(stub.sent.map((request) => request.url.search)).toEqual([
        "?offset=0&limit=1000",
        "?offset=1000&limit=1000"
      ])
    })
  })

  it.effect("the resolver reads a list's fields once, and again only for a name it does not know", () => {
    let known: Array<Fields.ComplexField> = [PLAN]
    const stub = Stub.make(() => ({ body: known }))
    return Effect.gen(function* () {
      const resolver = yield* ExtraFields.make()
      expect(yield* resolver.encode(1, { Plan: "a" })).toEqual([{ field_id: 3, value: "a" }])
      expect(yield* resolver.encode(1, { plan: "b" })).toEqual([{ field_id: 3, value: "b" }])
      expect(stub.sent).toHaveLength(1)
      // A field added since the cache was filled is found by looking again.
      known = [PLAN, TIER]
      expect(yield* resolver.encode(1, { Tier: "gold" })).toEqual([{ field_id: 7, value: [1] }])
      expect(stub.sent).toHaveLength(2)
      // An unknown name is refused after one fresh look, naming the field.
      const error = yield* Effect.flip(resolver.encode(1, { Nope: "x" }, "upsertContact"))
      expect(error._tag).toBe("RequestValidationError")
      expect(error._tag === "RequestValidationError" && error.issues.map((issue) => issue.path)).toEqual([
        "fields.Nope"
      ])
      expect(stub.sent).toHaveLength(3)
    }).pipe((effect) => withStub(stub, effect))
  })
})
