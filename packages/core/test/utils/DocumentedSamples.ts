/**
 * Checks shared by the tests of one resource module: every documented response sample (kept as a
 * fixture) decodes with its operation's success schema and comes back unchanged through the client,
 * every 204 operation answers `undefined`, and invalid parameters fail before anything is sent.
 */
import { readFileSync } from "node:fs"
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import { EgoiApi } from "../../src/EgoiApi.js"
import * as EgoiClient from "../../src/EgoiClient.js"
import * as EgoiError from "../../src/EgoiError.js"
import * as Stub from "./StubFetch.js"

export const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8"))

type AnySchema = Schema.Schema<any, any, never>

export const endpointOf = (group: string, operation: string) => {
  const endpoint = (EgoiApi.groups as Record<string, { endpoints: Record<string, unknown> }>)[group]?.endpoints[
    operation
  ] as { readonly successSchema: AnySchema } | undefined
  if (!endpoint) throw new Error(`no operation ${group}.${operation}`)
  return endpoint
}

/** The operation names of one group of the definition. */
export const operationsOf = (group: string): Array<string> =>
  Object.keys((EgoiApi.groups as Record<string, { endpoints: Record<string, unknown> }>)[group]?.endpoints ?? {})

export interface Sample {
  readonly file: string
  readonly operation: string
  readonly status: number
  /** The named schema the sample is documented with. */
  readonly schema: AnySchema
}

type Operations = Record<string, Record<string, (params: unknown) => Effect.Effect<unknown, unknown>>>

const withClient = <A, E>(fetch: typeof globalThis.fetch, program: (egoi: Operations) => Effect.Effect<A, E>) =>
  Effect.gen(function* () {
    return yield* program((yield* EgoiClient.EgoiClient) as unknown as Operations)
  }).pipe(
    Effect.provide(
      EgoiClient.layerWith({ apiKey: "samples-key", rateLimit: false, maxRetries: 0, fetch, strict: true })
    )
  )

/** Calls one operation through the client, answered by `reply`; returns the result and what was sent. */
export const callThroughClient = (group: string, operation: string, params: unknown, reply: Stub.Reply) => {
  const stub = Stub.make(() => reply)
  return Effect.map(
    withClient(stub.fetch, (egoi) => egoi[group]![operation]!(params)),
    (result) => ({ result, sent: stub.sent })
  )
}

/** Calls one operation with invalid parameters: it must fail validation with nothing sent. */
export const refused = (group: string, operation: string, params: unknown) =>
  Effect.gen(function* () {
    const http = Stub.forbidden()
    const error = yield* Effect.flip(withClient(http.fetch, (egoi) => egoi[group]![operation]!(params)))
    expect(http.calls).toBe(0)
    expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
    return error as EgoiError.RequestValidationError
  })

/**
 * The sample tests of one group: `samples` (decoded and round-tripped), `noContent` (204
 * operations), with `params` that pass validation for each operation. Also checks that together
 * they cover every operation of the group.
 */
export const describeSamples = (options: {
  readonly group: string
  readonly samples: ReadonlyArray<Sample>
  readonly noContent: ReadonlyArray<string>
  readonly params: Readonly<Record<string, unknown>>
}) => {
  const { group, samples, noContent, params } = options

  describe(`documented response samples of ${group}`, () => {
    it("cover every operation of the group", () => {
      const covered = new Set([...samples.map((sample) => sample.operation), ...noContent])
      expect([...covered].sort()).toStrictEqual(operationsOf(group).sort())
    })

    describe.each(samples)("$file", ({ file, operation, status, schema }) => {
      const sample = fixture(file)
      const endpoint = endpointOf(group, operation)

      it(`is documented with status ${status}`, () => {
        expect(HttpApiSchema.getStatusSuccess(endpoint.successSchema)).toBe(status)
      })

      it(`decodes with the success schema of ${operation}, losing no field`, () => {
        expect(Schema.decodeUnknownSync(endpoint.successSchema)(sample)).toStrictEqual(sample)
      })

      it("decodes with its named schema", () => {
        expect(Schema.decodeUnknownSync(schema)(sample)).toStrictEqual(sample)
      })

      it.effect(`comes back unchanged from ${operation} answered ${status}`, () =>
        Effect.gen(function* () {
          const { result } = yield* callThroughClient(group, operation, params[operation], { status, body: sample })
          expect(result).toStrictEqual(sample)
        })
      )
    })

    describe.each(noContent.map((operation) => ({ operation })))("$operation", ({ operation }) => {
      const endpoint = endpointOf(group, operation)

      it("is documented as 204 No Content", () => {
        expect(HttpApiSchema.getStatusSuccess(endpoint.successSchema)).toBe(204)
        expect(Schema.decodeUnknownSync(endpoint.successSchema)(undefined)).toBeUndefined()
      })

      it.effect("answers undefined for an empty 204", () =>
        Effect.gen(function* () {
          const { result } = yield* callThroughClient(group, operation, params[operation], { status: 204 })
          expect(result).toBeUndefined()
        })
      )
    })
  })
}
