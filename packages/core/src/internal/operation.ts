/**
 * Turns one endpoint of the definition into an operation of the client: a single flat parameter
 * object checked before anything is sent, split into path, query and body, and every failure
 * mapped to the error model.
 *
 * @internal
 */
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import {
  AccountQuotaExceeded,
  byStatus,
  PayloadTooLarge,
  RequestValidationError,
  ResponseDecodeError,
  TooManyRequests,
  UnexpectedStatus
} from "../EgoiError.js"
import { type CallOptions, currentCallOptions, type StatusFailure } from "./transport.js"

type Part = "path" | "urlParams" | "payload"

interface PartSpec {
  readonly part: Part
  /** The property names of the part, or `undefined` when the whole `body` parameter is the part. */
  readonly keys: ReadonlyArray<string> | undefined
  readonly validate: (input: unknown) => Either.Either<unknown, ParseResult.ParseError>
}

/**
 * The field names of an object schema; for a union of objects (a body that is one of several
 * shapes), the names of every member, so its fields can still be given flat.
 */
const propertyNames = (ast: AST.AST): ReadonlyArray<string> | undefined => {
  if (ast._tag === "Union") {
    const members = ast.types.map(propertyNames)
    return members.every((names) => names !== undefined) ? [...new Set(members.flat() as Array<string>)] : undefined
  }
  if (ast._tag === "Refinement") return propertyNames(ast.from)
  try {
    const signatures = AST.getPropertySignatures(ast)
    return signatures.length > 0 || ast._tag === "TypeLiteral" ? signatures.map((ps) => String(ps.name)) : undefined
  } catch {
    return undefined
  }
}

const formatIssues = (error: ParseResult.ParseError, prefix: ReadonlyArray<PropertyKey>) =>
  ParseResult.ArrayFormatter.formatErrorSync(error).map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join("."),
    message: issue.message
  }))

/** The fields of an object shape that must hold one literal value, such as `type: "all"`. */
const literalFields = (ast: AST.AST): ReadonlyArray<readonly [string, AST.LiteralValue]> =>
  ast._tag === "TypeLiteral"
    ? ast.propertySignatures.flatMap((signature) =>
        signature.type._tag === "Literal" ? [[String(signature.name), signature.type.literal] as const] : []
      )
    : []

/**
 * Checks a value against a schema with every issue reported. A union of shapes (a body that is one
 * of several forms) is checked shape by shape, and a failure reports the issues of the closest
 * shape only, rather than every shape's complaints at once.
 */
const validator = (ast: AST.AST): PartSpec["validate"] => {
  const options = { errors: "all", onExcessProperty: "ignore" } as const
  const whole = Schema.validateEither(Schema.make<unknown>(ast), options)
  if (ast._tag !== "Union") return whole
  const members = ast.types.map((member) => ({
    validate: Schema.validateEither(Schema.make<unknown>(member), options),
    discriminators: literalFields(member)
  }))
  return (input) => {
    let closest: { readonly error: ParseResult.ParseError; readonly rank: number } | undefined
    for (const { validate, discriminators } of members) {
      const result = validate(input)
      if (Either.isRight(result)) return result
      // A shape whose literal field (`type: "all"`) the input contradicts is the farthest of all.
      const contradicted = discriminators.some(
        ([name, literal]) => (input as Record<string, unknown> | undefined)?.[name] !== literal
      )
      const rank = ParseResult.ArrayFormatter.formatErrorSync(result.left).length + (contradicted ? 1_000 : 0)
      if (closest === undefined || rank < closest.rank) closest = { error: result.left, rank }
    }
    return closest ? Either.left(closest.error) : whole(input)
  }
}

/** Splits and checks the flat parameters of one endpoint. */
export const makeRequestBuilder = (endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps) => {
  const specs: Array<PartSpec> = []
  const add = (part: Part, schema: Option.Option<Schema.Schema.All>) => {
    if (Option.isNone(schema)) return
    const typeSchema = Schema.typeSchema(schema.value as Schema.Schema<unknown, unknown, never>)
    specs.push({ part, keys: propertyNames(typeSchema.ast), validate: validator(typeSchema.ast) })
  }
  add("path", endpoint.pathSchema)
  add("urlParams", endpoint.urlParamsSchema)
  add("payload", endpoint.payloadSchema)
  const known = new Set(specs.flatMap((spec) => spec.keys ?? ["body"]))

  return (
    params: Record<string, unknown> | undefined
  ): Either.Either<Record<Part, unknown>, RequestValidationError> => {
    const input = params ?? {}
    const issues: Array<{ path: string; message: string }> = []
    for (const key of Object.keys(input)) {
      if (!known.has(key) && input[key] !== undefined) {
        issues.push({ path: key, message: `is not a parameter of ${endpoint.name}` })
      }
    }
    const request: Record<Part, unknown> = { path: undefined, urlParams: undefined, payload: undefined }
    for (const spec of specs) {
      let value: unknown
      if (spec.keys === undefined) {
        value = input.body
      } else {
        const picked: Record<string, unknown> = {}
        for (const key of spec.keys) if (input[key] !== undefined) picked[key] = input[key]
        value = picked
      }
      const result = spec.validate(value)
      if (Either.isLeft(result)) issues.push(...formatIssues(result.left, spec.keys === undefined ? ["body"] : []))
      else request[spec.part] = result.right
    }
    const distinct = issues.filter(
      (issue, index) =>
        issues.findIndex((other) => other.path === issue.path && other.message === issue.message) === index
    )
    return distinct.length > 0
      ? Either.left(new RequestValidationError({ operation: endpoint.name, issues: distinct }))
      : Either.right(request)
  }
}

const parseErrorBody = (body: string): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(body)
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The typed error for a non-2xx response, given the statuses the operation documents. */
export const errorFromStatus = (failure: StatusFailure, documented: ReadonlySet<number>) => {
  const body = parseErrorBody(failure.body)
  const known = byStatus.get(failure.status)
  const fields = {
    status: failure.status,
    title: typeof body.title === "string" ? body.title : (known?.title ?? `HTTP ${failure.status}`),
    detail: typeof body.detail === "string" ? body.detail : "",
    ...(typeof body.type === "string" ? { type: body.type } : {}),
    ...(body.errors && typeof body.errors === "object" ? { errors: body.errors as Record<string, unknown> } : {}),
    method: failure.method,
    path: failure.path
  }
  if (failure.isAccountQuota) return new AccountQuotaExceeded({ ...fields, rateLimit: failure.rateLimit })
  if (failure.status === 429) return new TooManyRequests({ ...fields, rateLimit: failure.rateLimit })
  if (failure.status === 413) return new PayloadTooLarge(fields)
  if (known && documented.has(failure.status)) return new known.make(fields)
  return new UnexpectedStatus({ ...fields, body: failure.body.slice(0, 2000) })
}

/** Wraps a raw `HttpApiClient` endpoint function into an operation of the client. */
export const makeOperation = (
  endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps,
  documentedStatuses: ReadonlySet<number>,
  successAst: Option.Option<AST.AST>,
  send: (request: Record<Part, unknown>) => Effect.Effect<unknown, unknown>
) => {
  const build = makeRequestBuilder(endpoint)
  // The status whose body failed to decode: the documented one, unless another 2xx was answered.
  const successStatus = Option.match(successAst, { onNone: () => 204, onSome: HttpApiSchema.getStatusSuccessAST })
  const decodeSuccess = Option.match(successAst, {
    onNone: () => () => Effect.void as Effect.Effect<unknown, ParseResult.ParseError>,
    onSome: (ast) => {
      const decode = Schema.decodeUnknown(Schema.parseJson(Schema.make(ast)))
      return (text: string) => (text === "" ? Effect.void : decode(text))
    }
  })
  /** The path of one call, `/lists/7` rather than `/lists/:list_id`, as status errors give it. */
  const pathOf = (pathParams: unknown) =>
    endpoint.path.replace(/:(\w+)/g, (_, name: string) =>
      String((pathParams as Record<string, unknown> | undefined)?.[name] ?? `:${name}`)
    )
  const decodeError = (error: ParseResult.ParseError, status: number, path: string) =>
    new ResponseDecodeError({
      method: endpoint.method,
      path,
      status,
      detail: ParseResult.TreeFormatter.formatErrorSync(error)
    })
  const fail =
    (path: string) =>
    (error: unknown): Effect.Effect<never, unknown> => {
      if (ParseResult.isParseError(error)) return Effect.fail(decodeError(error, successStatus, path))
      if (error && typeof error === "object" && (error as { _tag?: unknown })._tag === "StatusFailure") {
        return Effect.fail(errorFromStatus(error as StatusFailure, documentedStatuses))
      }
      return Effect.fail(error)
    }
  return (params?: Record<string, unknown>, options?: CallOptions): Effect.Effect<unknown, unknown> =>
    Effect.suspend(() => {
      const request = build(params)
      if (Either.isLeft(request)) return Effect.fail(request.left)
      // HttpApiClient puts path values in the URL as they are: a "/" in a segment ID would change the route.
      const pathParams = request.right.path as Record<string, unknown> | undefined
      const encoded = pathParams
        ? Object.fromEntries(
            Object.entries(pathParams).map(([name, value]) => [
              name,
              typeof value === "string" ? encodeURIComponent(value) : value
            ])
          )
        : undefined
      const path = pathOf(encoded)
      return send({ ...request.right, path: encoded }).pipe(
        // A 2xx other than the documented one (200 for a documented 201, say) is still a success.
        Effect.catchIf(
          (error): error is HttpClientError.ResponseError =>
            HttpClientError.isHttpClientError(error) &&
            error._tag === "ResponseError" &&
            error.response.status >= 200 &&
            error.response.status < 300,
          (error) =>
            Effect.flatMap(error.response.text, (text) => decodeSuccess(text)).pipe(
              Effect.mapError((cause) =>
                ParseResult.isParseError(cause) ? decodeError(cause, error.response.status, path) : cause
              )
            )
        ),
        Effect.catchAll(fail(path)),
        Effect.locally(currentCallOptions, options ?? {})
      )
    })
}
