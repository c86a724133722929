/**
 * A fast path for decoding answers: a schema's AST compiled once into plain functions that decode a
 * parsed JSON body to what `effect/Schema` would decode it to, or say it cannot. Effect's own decoder
 * interprets the AST on every value and builds `Either`s and issues as it goes; on a page of 1,000
 * contacts that is two and a half times the cost of `JSON.parse` itself. These functions do the same
 * checks and transformations with nothing allocated but the output.
 *
 * Only what answers use is compiled (objects, records, arrays, unions, refinements, keywords,
 * literals, and transformations whose decode is synchronous); anything else makes the schema fall
 * back to Effect's decoder. A value the fast path refuses is decoded again by Effect's decoder, which
 * says what is wrong: the fast path decides nothing on its own. `Decoder.test.ts` checks that both
 * agree on every answer schema of the definition.
 *
 * @internal
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as ParseResult from "effect/ParseResult"
import type * as AST from "effect/SchemaAST"

/** What a decoder gives for a value it cannot decode. */
export const FAIL: unique symbol = Symbol.for("@egoi-ts/core/internal/decoder/FAIL")

/** Decodes one value, or gives {@link FAIL}. */
export type Decode = (input: unknown) => unknown

const OPTIONS: AST.ParseOptions = {}

/** Thrown while compiling a node the fast path does not handle. */
class Unsupported extends Error {}

const isRecord = (input: unknown): input is Record<PropertyKey, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input)

/** The synchronous result of a transformation or filter, or `undefined` when it is not an `Either`. */
const settled = (result: unknown): Either.Either<unknown, ParseResult.ParseIssue> | undefined =>
  Either.isEither(result) ? (result as Either.Either<unknown, ParseResult.ParseIssue>) : undefined

/** A node's decoder, compiled once per schema even where the node is shared (a schema is a DAG: no `Suspend`). */
const compileNode = (ast: AST.AST, memo: Map<AST.AST, Decode>): Decode => {
  let decode = memo.get(ast)
  if (decode === undefined) {
    decode = build(ast, memo)
    memo.set(ast, decode)
  }
  return decode
}

const build = (ast: AST.AST, memo: Map<AST.AST, Decode>): Decode => {
  switch (ast._tag) {
    case "StringKeyword":
      return (input) => (typeof input === "string" ? input : FAIL)
    case "NumberKeyword":
      return (input) => (typeof input === "number" ? input : FAIL)
    case "BooleanKeyword":
      return (input) => (typeof input === "boolean" ? input : FAIL)
    case "UndefinedKeyword":
      return (input) => (input === undefined ? input : FAIL)
    case "UnknownKeyword":
    case "AnyKeyword":
    case "VoidKeyword":
      return (input) => input
    case "Literal": {
      const literal = ast.literal
      return (input) => (input === literal ? input : FAIL)
    }
    case "Refinement": {
      const from = compileNode(ast.from, memo)
      return (input) => {
        const value = from(input)
        if (value === FAIL) return FAIL
        const issue = ast.filter(value, OPTIONS, ast)
        return Option.isNone(issue) ? value : FAIL
      }
    }
    case "Union": {
      const members = ast.types.map((member) => compileNode(member, memo))
      return (input) => {
        for (const member of members) {
          const value = member(input)
          if (value !== FAIL) return value
        }
        return FAIL
      }
    }
    case "TupleType": {
      if (ast.elements.length > 0 || ast.rest.length !== 1) throw new Unsupported("tuple")
      const item = compileNode(ast.rest[0]!.type, memo)
      return (input) => {
        if (!Array.isArray(input)) return FAIL
        const output = new Array(input.length)
        for (let i = 0; i < input.length; i++) {
          const value = item(input[i])
          if (value === FAIL) return FAIL
          output[i] = value
        }
        return output
      }
    }
    case "TypeLiteral":
      return typeLiteral(ast, memo)
    case "Transformation":
      return transformation(ast, memo)
    default:
      throw new Unsupported(ast._tag)
  }
}

const typeLiteral = (ast: AST.TypeLiteral, memo: Map<AST.AST, Decode>): Decode => {
  if (ast.propertySignatures.length === 0 && ast.indexSignatures.length === 0) {
    return (input) => (input === null || input === undefined ? FAIL : input)
  }
  const properties = ast.propertySignatures.map((signature) => {
    if (typeof signature.name !== "string") throw new Unsupported("symbol key")
    return { name: signature.name, optional: signature.isOptional, decode: compileNode(signature.type, memo) }
  })
  const names = new Set(properties.map((property) => property.name))
  const indexes = ast.indexSignatures.map((signature) => {
    if (signature.parameter._tag !== "StringKeyword") throw new Unsupported("index signature")
    return compileNode(signature.type, memo)
  })
  return (input) => {
    if (!isRecord(input)) return FAIL
    const output: Record<string, unknown> = {}
    for (const { name, optional, decode } of properties) {
      if (!Object.hasOwn(input, name)) {
        if (optional) continue
        // As Effect does: a required field that is missing is decoded from `undefined`.
        const value = decode(undefined)
        if (value === FAIL) return FAIL
        output[name] = value
        continue
      }
      const value = decode(input[name])
      if (value === FAIL) return FAIL
      output[name] = value
    }
    for (const decode of indexes) {
      for (const key of Object.keys(input)) {
        const value = decode(input[key])
        if (value === FAIL) return FAIL
        if (!names.has(key)) output[key] = value
      }
    }
    return output
  }
}

const transformation = (ast: AST.Transformation, memo: Map<AST.AST, Decode>): Decode => {
  const from = compileNode(ast.from, memo)
  const to = compileNode(ast.to, memo)
  const kind = ast.transformation
  switch (kind._tag) {
    case "FinalTransformation":
      return (input) => {
        const decoded = from(input)
        if (decoded === FAIL) return FAIL
        const result = settled(kind.decode(decoded, OPTIONS, ast, input))
        return result === undefined || Either.isLeft(result) ? FAIL : to(result.right)
      }
    case "TypeLiteralTransformation":
      return (input) => {
        const decoded = from(input)
        if (decoded === FAIL) return FAIL
        const output = decoded as Record<PropertyKey, unknown>
        for (const property of kind.propertySignatureTransformations) {
          const given = Object.hasOwn(output, property.from) ? Option.some(output[property.from]) : Option.none()
          const value = property.decode(given)
          delete output[property.from]
          if (Option.isSome(value)) output[property.to] = value.value
        }
        return to(output)
      }
    default:
      throw new Unsupported(kind._tag)
  }
}

/**
 * The fast decoder of a schema's AST, or `undefined` when the schema uses something the fast path
 * does not handle (then Effect's decoder is the only one).
 */
export const compile = (ast: AST.AST): Decode | undefined => {
  try {
    return compileNode(ast, new Map())
  } catch (error) {
    if (error instanceof Unsupported) return undefined
    throw error
  }
}
