/**
 * The fast path for decoding answers agrees with `effect/Schema` on every answer schema of the
 * definition: the same output for what Effect decodes, a refusal for what Effect refuses.
 */
import * as Arbitrary from "effect/Arbitrary"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as AST from "effect/SchemaAST"
import { describe, expect, it } from "vitest"
import * as Contacts from "../src/Contacts.js"
import { EgoiApi } from "../src/EgoiApi.js"
import * as Decoder from "../src/internal/decoder.js"

type AnySchema = Schema.Schema<unknown, unknown, never>

/** Every success schema of the definition with a body, by operation. */
const answers = Object.values(EgoiApi.groups).flatMap((group) =>
  Object.values(
    (group as unknown as { endpoints: Record<string, { name: string; successSchema: AnySchema }> }).endpoints
  )
    .filter((endpoint) => (endpoint.successSchema.ast as AST.AST)._tag !== "VoidKeyword")
    .map((endpoint) => [endpoint.name, endpoint.successSchema] as const)
)

const effectDecode = (schema: AnySchema) =>
  ParseResult.decodeUnknownEither(schema, { errors: "all", onExcessProperty: "ignore" })

describe("the fast decoder", () => {
  it("compiles every answer schema of the definition", () => {
    expect(
      answers.filter(([, schema]) => Decoder.compile(schema.ast) === undefined).map(([name]) => name)
    ).toStrictEqual([])
  })

  it.each(answers)("%s: decodes what Effect decodes, to the same value", (_, schema) => {
    const fast = Decoder.compile(schema.ast)!
    const effect = effectDecode(schema)
    const valid = Arbitrary.make(Schema.encodedBoundSchema(schema))
    FastCheck.assert(
      FastCheck.property(valid, (body) => {
        const expected = effect(body)
        const actual = fast(structuredClone(body))
        if (Either.isLeft(expected)) return actual === Decoder.FAIL
        expect(actual).toStrictEqual(expected.right)
        return true
      }),
      { numRuns: 40, seed: 7 }
    )
  })

  it.each(answers)("%s: refuses what Effect refuses, and takes what it takes, of any JSON", (_, schema) => {
    const fast = Decoder.compile(schema.ast)!
    const effect = effectDecode(schema)
    FastCheck.assert(
      FastCheck.property(FastCheck.jsonValue({ maxDepth: 3 }), (body) => {
        const expected = effect(body)
        const actual = fast(structuredClone(body))
        return Either.isLeft(expected)
          ? actual === Decoder.FAIL
          : Option.isSome(Option.some(actual)) && actual !== Decoder.FAIL
      }),
      { numRuns: 60, seed: 11 }
    )
  })

  it("refuses a page whose one contact strays, so Effect's decoder can say where", () => {
    const fast = Decoder.compile(Contacts.ContactCollection.ast)!
    const good = { total_items: 1, items: [{ base: { contact_id: "0123456789" } }] }
    expect(fast(good)).toStrictEqual({
      total_items: 1,
      items: [{ base: { contact_id: "0123456789" }, extra: [], tags: [] }]
    })
    expect(fast({ ...good, items: [{ base: { contact_id: 7 } }] })).toBe(Decoder.FAIL)
  })
})
