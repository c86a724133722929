/**
 * Turns one endpoint of the definition into what the client needs to call it: a function from the
 * one flat parameter object to the request to send (checked and encoded in one pass, before
 * anything is sent), and the decoders of its answers. Compiled once per endpoint.
 *
 * @internal
 */
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import {
  AccountQuotaExceeded,
  type ApiError,
  byStatus,
  PayloadTooLarge,
  RequestValidationError,
  TooManyRequests,
  titleOf,
  UnexpectedStatus
} from "../EgoiError.js"
import * as Pagination from "../Paging.js"
import * as Parameters from "../Parameters.js"
import * as Decoder from "./decoder.js"
import { quote } from "./messages.js"
import type { StatusFailure } from "./transport.js"

/** A request ready to send: the path with its parameters in place, the query string, the JSON body. */
export interface Prepared {
  readonly method: string
  readonly path: string
  /** `""`, or the query string with its leading `?`. */
  readonly query: string
  readonly body: string | undefined
  /** Whether the request carries the API key: only where the definition declares authentication. */
  readonly authenticated: boolean
}

/** One issue with the input or with an answer: where, and what is wrong. */
export interface Issue {
  readonly path: string
  readonly message: string
}

/** What the client knows of one operation. */
export interface Compiled {
  readonly name: string
  readonly method: string
  /** The route as declared, `/lists/:list_id`. */
  readonly route: string
  readonly paging: Pagination.Kind | undefined
  readonly prepare: (params: unknown) => Either.Either<Prepared, RequestValidationError>
  /** The statuses the operation documents for its errors. */
  readonly errorStatuses: ReadonlySet<number>
  /** Decodes the body of a 2xx answer; an answer off the schema gives its issues beside the parsed JSON. */
  readonly decode: (status: number, text: string) => Decoded
}

/** A decoded answer, or the parsed body (or text) with the issues that keep it from decoding. */
export type Decoded =
  | { readonly _tag: "Decoded"; readonly value: unknown }
  | { readonly _tag: "Drift"; readonly raw: unknown; readonly issues: ReadonlyArray<Issue> }

type Part = "path" | "urlParams" | "payload"

interface PartSpec {
  readonly part: Part
  /** The property names of the part, or `undefined` when the whole `body` parameter is the part. */
  readonly keys: ReadonlyArray<string> | undefined
  readonly encode: (input: unknown) => Either.Either<unknown, ReadonlyArray<Issue>>
}

/** How much of a bad value a message quotes, and the most any message keeps. */
const QUOTE_LIMIT = 60
const MESSAGE_LIMIT = 1000

/**
 * Keeps an error message short whatever the input was: the value it quotes after `actual` or `got`
 * is cut after {@link QUOTE_LIMIT} characters (a 2 MB string gives a short message, not a 2 MB one).
 */
export const shorten = (message: string): string => {
  const marker = /, (?:actual|got) /.exec(message)
  if (marker) {
    const at = marker.index + marker[0].length
    const value = message.slice(at)
    if (value.length > QUOTE_LIMIT + 20) {
      return `${message.slice(0, at)}${value.slice(0, QUOTE_LIMIT)}… (${value.length} characters)`
    }
  }
  return message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT)}…` : message
}

/** The issues of a parse error, each with its field path from `prefix` and a short message. */
export const issuesOf = (
  error: ParseResult.ParseError | ParseResult.ParseIssue,
  prefix: ReadonlyArray<PropertyKey> = []
): Array<Issue> =>
  (ParseResult.isParseError(error)
    ? ParseResult.ArrayFormatter.formatErrorSync(error)
    : ParseResult.ArrayFormatter.formatIssueSync(error)
  ).map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join("."),
    message: shorten(issue.message)
  }))

/** The fields of an object shape that must hold one literal value, such as `type: "all"`. */
const literalFields = (ast: AST.AST): ReadonlyArray<readonly [string, AST.LiteralValue]> => {
  const type = AST.typeAST(ast)
  return type._tag === "TypeLiteral"
    ? type.propertySignatures.flatMap((signature) =>
        signature.type._tag === "Literal" ? [[String(signature.name), signature.type.literal] as const] : []
      )
    : []
}

const ENCODE_OPTIONS = { errors: "all", onExcessProperty: "error" } as const

/**
 * Checks a value against a schema and encodes it for the wire, with every issue reported and unknown
 * fields refused at every depth. A union of shapes (a body that is one of several forms) is tried
 * shape by shape, and a failure reports the issues of the closest shape only, rather than every
 * shape's complaints at once.
 */
const encoder = (schema: Schema.Schema<unknown, unknown>, prefix: ReadonlyArray<string>): PartSpec["encode"] => {
  const ast = schema.ast
  const members =
    ast._tag === "Union"
      ? ast.types
      : ast._tag === "Transformation" && ast.to._tag === "Union" && ast.from === ast.to
        ? ast.to.types
        : undefined
  const whole = ParseResult.encodeUnknownEither(schema, ENCODE_OPTIONS)
  const run = (encode: typeof whole) => (input: unknown) => Either.mapLeft(encode(input), (e) => issuesOf(e, prefix))
  if (members === undefined) return run(whole)
  const shapes = members.map((member) => ({
    encode: run(ParseResult.encodeUnknownEither(Schema.make<unknown, unknown, never>(member), ENCODE_OPTIONS)),
    discriminators: literalFields(member)
  }))
  // The literal fields every shape has (`type`), with the values they take across the shapes.
  const discriminators = new Map<string, Array<AST.LiteralValue>>()
  for (const { discriminators: fields } of shapes) {
    for (const [name, literal] of fields) discriminators.set(name, [...(discriminators.get(name) ?? []), literal])
  }
  for (const [name, literals] of discriminators) if (literals.length !== shapes.length) discriminators.delete(name)
  return (input) => {
    let closest: { readonly issues: ReadonlyArray<Issue>; readonly rank: number } | undefined
    for (const { encode, discriminators } of shapes) {
      const result = encode(input)
      if (Either.isRight(result)) return result
      // A shape whose literal field (`type: "all"`) the input contradicts is the farthest of all.
      const contradicted = discriminators.some(
        ([name, literal]) => (input as Record<string, unknown> | undefined)?.[name] !== literal
      )
      const rank = result.left.length + (contradicted ? 1_000 : 0)
      if (closest === undefined || rank < closest.rank) closest = { issues: result.left, rank }
    }
    const issues = closest?.issues ?? []
    // A value that no shape takes is reported against the values of every shape, not the closest one's.
    return Either.left(
      issues.map((issue) => {
        const literals = discriminators.get(issue.path.slice(prefix.length ? prefix.join(".").length + 1 : 0))
        if (literals === undefined) return issue
        const given = (input as Record<string, unknown> | undefined)?.[issue.path.split(".").at(-1)!]
        return { path: issue.path, message: `Expected one of ${literals.join(", ")}, got ${quote(given)}` }
      })
    )
  }
}

const isParameterObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

/** `a=1&b=2` from an encoded query record, repeating a key for each value of an array. */
const queryString = (query: Record<string, unknown>): string => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item))
    else search.append(key, String(value))
  }
  const text = search.toString()
  return text === "" ? "" : `?${text}`
}

/** `/lists/:list_id` with each parameter in place, percent-encoded so a value cannot change the route. */
const pathBuilder = (route: string) => {
  const segments = route.split(/:(\w+)/)
  return (params: Record<string, unknown> | undefined): string => {
    let path = segments[0]!
    for (let i = 1; i < segments.length; i += 2) {
      path += encodeURIComponent(String(params?.[segments[i]!] ?? "")) + segments[i + 1]!
    }
    return path
  }
}

const compiled = new WeakMap<object, Compiled>()

/**
 * What the client needs to call one endpoint. `successes` and `errors` are the status maps
 * `HttpApi.reflect` gives for it; `authenticated`, whether the definition declares that its calls need the key.
 */
export const compile = (
  endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps,
  successes: ReadonlyMap<number, { readonly ast: Option.Option<AST.AST> }>,
  errors: ReadonlyMap<number, unknown>,
  authenticated: boolean
): Compiled => {
  const cached = compiled.get(endpoint)
  if (cached) return cached
  const specs: Array<PartSpec> = []
  const add = (part: Part, schema: Option.Option<Schema.Schema.All>) => {
    if (Option.isNone(schema)) return
    const value = schema.value as Schema.Schema<unknown, unknown>
    const keys = Parameters.fieldNames(value)
    specs.push({ part, keys, encode: encoder(value, keys === undefined ? ["body"] : []) })
  }
  add("path", endpoint.pathSchema)
  add("urlParams", endpoint.urlParamsSchema)
  add("payload", endpoint.payloadSchema)
  const known = new Set(specs.flatMap((spec) => spec.keys ?? ["body"]))
  const buildPath = pathBuilder(endpoint.path)
  const name = endpoint.name

  const prepare = (params: unknown): Either.Either<Prepared, RequestValidationError> => {
    const invalid = (issues: ReadonlyArray<Issue>) =>
      Either.left(new RequestValidationError({ operation: name, issues: dedupe(issues) }))
    if (params !== undefined && !isParameterObject(params)) {
      return invalid([
        {
          path: "",
          message: shorten(
            `Expected the parameters as an object, got ${Array.isArray(params) ? "an array" : typeof params === "object" ? String(params) : JSON.stringify(String(params))}`
          )
        }
      ])
    }
    const input = params ?? {}
    const issues: Array<Issue> = []
    for (const key of Object.keys(input)) {
      if (!known.has(key) && input[key] !== undefined) {
        issues.push({ path: key, message: `is not a parameter of ${name}` })
      }
    }
    const encoded: Record<Part, unknown> = { path: undefined, urlParams: undefined, payload: undefined }
    for (const spec of specs) {
      let value: unknown
      if (spec.keys === undefined) {
        value = Object.hasOwn(input, "body") ? input.body : undefined
      } else {
        const picked: Record<string, unknown> = {}
        for (const key of spec.keys) {
          // Own properties only: a parameter inherited from a prototype is not a parameter given.
          if (Object.hasOwn(input, key) && input[key] !== undefined) picked[key] = input[key]
        }
        value = picked
      }
      const result = spec.encode(value)
      if (Either.isLeft(result)) issues.push(...result.left)
      else encoded[spec.part] = result.right
    }
    if (issues.length > 0) return invalid(issues)
    return Either.right({
      method: endpoint.method,
      path: buildPath(encoded.path as Record<string, unknown> | undefined),
      query: encoded.urlParams ? queryString(encoded.urlParams as Record<string, unknown>) : "",
      body: encoded.payload === undefined ? undefined : JSON.stringify(encoded.payload),
      authenticated
    })
  }

  const decoders = new Map<number, (text: string) => Decoded>()
  for (const [status, { ast }] of successes) {
    if (Option.isNone(ast) || HttpApiSchema.isVoid(ast.value)) {
      decoders.set(status, () => ({ _tag: "Decoded", value: undefined }))
      continue
    }
    const decode = ParseResult.decodeUnknownEither(Schema.make<unknown, unknown, never>(ast.value), {
      errors: "all",
      onExcessProperty: "ignore"
    })
    const fast = Decoder.compile(ast.value)
    decoders.set(status, (text) => {
      if (text === "") return { _tag: "Decoded", value: undefined }
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        return { _tag: "Drift", raw: text, issues: [{ path: "", message: "The body is not JSON" }] }
      }
      if (fast !== undefined) {
        const value = fast(json)
        if (value !== Decoder.FAIL) return { _tag: "Decoded", value }
      }
      // Refused by the fast path (or none for this schema): Effect's decoder decides, and says why.
      const result = decode(json)
      return Either.isRight(result)
        ? { _tag: "Decoded", value: result.right }
        : { _tag: "Drift", raw: json, issues: issuesOf(result.left) }
    })
  }
  // A 2xx other than the documented one (200 for a documented 201, say) decodes as the documented one.
  const [fallback] = decoders.values()
  const decode = (status: number, text: string): Decoded =>
    (decoders.get(status) ?? fallback ?? (() => ({ _tag: "Decoded", value: undefined }) as const))(text)

  const result: Compiled = {
    name,
    method: endpoint.method,
    route: endpoint.path,
    paging: Pagination.kindOf(endpoint),
    prepare,
    errorStatuses: new Set(errors.keys()),
    decode
  }
  compiled.set(endpoint, result)
  return result
}

const dedupe = (issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> =>
  issues.filter(
    (issue, index) =>
      issues.findIndex((other) => other.path === issue.path && other.message === issue.message) === index
  )

const parseErrorBody = (body: string): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(body)
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/**
 * The typed error for a non-2xx answer, given the statuses the operation documents: the class of
 * the error table for a documented status, `UnexpectedStatus` for any other.
 */
export const errorFromStatus = (
  failure: StatusFailure,
  documented: ReadonlySet<number> | "all"
): ApiError | UnexpectedStatus => {
  const body = parseErrorBody(failure.body)
  const known = byStatus.get(failure.status)
  const fields = {
    status: failure.status,
    title: typeof body.title === "string" ? body.title : titleOf(failure.status),
    detail: typeof body.detail === "string" ? shorten(body.detail) : "",
    ...(typeof body.type === "string" ? { type: body.type } : {}),
    ...(body.errors && typeof body.errors === "object" ? { errors: body.errors as Record<string, unknown> } : {}),
    method: failure.method,
    path: failure.path
  }
  if (failure.isAccountQuota) return new AccountQuotaExceeded({ ...fields, rateLimit: failure.rateLimit })
  if (failure.status === 429) return new TooManyRequests({ ...fields, rateLimit: failure.rateLimit })
  if (failure.status === 413) return new PayloadTooLarge(fields)
  if (known && (documented === "all" || documented.has(failure.status))) return new known(fields)
  return new UnexpectedStatus({ ...fields, body: failure.body.slice(0, 2000) })
}
