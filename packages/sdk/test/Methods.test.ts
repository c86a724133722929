/**
 * Every operation of the definition is a method of the client that sends its documented method and
 * route and answers what E-goi documents: each method is called once with parameters generated from
 * its schemas, against a `fetch` that answers a body generated from its success schema.
 */
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import { EgoiApi, Pagination } from "@egoi-ts/core"
import * as Arbitrary from "effect/Arbitrary"
import * as FastCheck from "effect/FastCheck"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { Egoi, PagePromise } from "../src/index.js"

type AnySchema = Schema.Schema<unknown, unknown, never>

const sample = <A>(arbitrary: FastCheck.Arbitrary<A>, seed: number): A =>
  FastCheck.sample(arbitrary, { numRuns: 1, seed })[0]!

/** Valid parameters for an endpoint: each part generated from the type side of its schema. */
const paramsFor = (endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps, seed: number) => {
  const params: Record<string, unknown> = {}
  for (const schema of [endpoint.pathSchema, endpoint.urlParamsSchema, endpoint.payloadSchema]) {
    if (Option.isNone(schema)) continue
    const value = sample(Arbitrary.make(Schema.typeSchema(schema.value as AnySchema)), seed)
    if (value && typeof value === "object" && !Array.isArray(value)) Object.assign(params, value)
    else params.body = value
  }
  return params
}

/** An answer E-goi could give: a body generated from the encoded side of the success schema, its constraints kept. */
const answerFor = (endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps, seed: number): Response => {
  const success = endpoint.successSchema as AnySchema
  const status = (success.ast.annotations[Symbol.for("@effect/platform/HttpApiSchema/AnnotationStatus")] ??
    200) as number
  if (status === 204) return new Response(null, { status })
  const body = sample(Arbitrary.make(Schema.encodedBoundSchema(success)), seed)
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
}

const routePattern = (path: string) => new RegExp(`^${path.replace(/:\w+/g, "[^/]+")}$`)

const endpoints = Object.values(EgoiApi.EgoiApi.groups).flatMap((group) =>
  Object.values(
    (group as unknown as { endpoints: Record<string, HttpApiEndpoint.HttpApiEndpoint.AnyWithProps> }).endpoints
  ).map((endpoint) => ({ group: group.identifier, endpoint }))
)

describe("every operation of the definition", () => {
  it.each(endpoints.map((entry) => [`${entry.group}.${entry.endpoint.name}`, entry] as const))(
    "%s sends its method and route, and answers the documented body",
    async (_, { group, endpoint }) => {
      const seed = endpoint.name.length * 7919
      const sent: Array<{ method: string; path: string }> = []
      const egoi = new Egoi({
        apiKey: "methods-test",
        rateLimit: false,
        maxRetries: 0,
        strict: true,
        fetch: async (input, init) => {
          const url = new URL(String(input))
          sent.push({ method: init?.method ?? "GET", path: decodeURI(url.pathname) })
          return answerFor(endpoint, seed)
        }
      })
      try {
        const method = (egoi as unknown as Record<string, Record<string, (params: unknown) => PromiseLike<unknown>>>)[
          group
        ]![endpoint.name]!
        const answer = method(paramsFor(endpoint, seed))
        expect(answer instanceof PagePromise).toBe(Pagination.kindOf(endpoint) !== undefined)
        await answer
        expect(sent).toHaveLength(1)
        expect(sent[0]!.method).toBe(endpoint.method)
        expect(sent[0]!.path).toMatch(routePattern(endpoint.path))
      } finally {
        await egoi.close()
      }
    }
  )
})
