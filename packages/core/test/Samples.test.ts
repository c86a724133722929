/**
 * The response samples of E-goi's reference (the rendered documentation and the OpenAPI `example`s),
 * kept as fixtures, decode with the success schema of their operation, and come back unchanged
 * through the client.
 */
import { readFileSync } from "node:fs"
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as HttpClient from "@effect/platform/HttpClient"
import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import { EgoiApi } from "../src/EgoiApi.js"
import * as EgoiClient from "../src/EgoiClient.js"
import * as Lists from "../src/Lists.js"
import * as MyAccount from "../src/MyAccount.js"
import * as Ping from "../src/Ping.js"
import * as Tags from "../src/Tags.js"
import * as Stub from "./utils/StubHttpClient.js"

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), "utf8"))

type AnySchema = Schema.Schema<any, any, never>

const endpointOf = (group: string, operation: string) => {
  const endpoint = (EgoiApi.groups as Record<string, { endpoints: Record<string, unknown> }>)[group]?.endpoints[
    operation
  ] as { readonly successSchema: AnySchema } | undefined
  if (!endpoint) throw new Error(`no operation ${group}.${operation}`)
  return endpoint
}

interface Sample {
  readonly file: string
  readonly group: string
  readonly operation: string
  readonly status: number
  /** The named schema the sample is documented with. */
  readonly schema: AnySchema
}

const SAMPLES: ReadonlyArray<Sample> = [
  {
    file: "lists/getAllLists.200.json",
    group: "lists",
    operation: "getAllLists",
    status: 200,
    schema: Lists.ListCollection
  },
  {
    file: "lists/getAllLists.200.openapi.json",
    group: "lists",
    operation: "getAllLists",
    status: 200,
    schema: Lists.ListCollection
  },
  { file: "lists/createList.201.json", group: "lists", operation: "createList", status: 201, schema: Lists.List },
  {
    file: "lists/createList.201.openapi.json",
    group: "lists",
    operation: "createList",
    status: 201,
    schema: Lists.List
  },
  { file: "lists/getList.200.json", group: "lists", operation: "getList", status: 200, schema: Lists.ComplexList },
  { file: "lists/updateList.200.json", group: "lists", operation: "updateList", status: 200, schema: Lists.List },
  { file: "tags/getAllTags.200.json", group: "tags", operation: "getAllTags", status: 200, schema: Tags.TagCollection },
  {
    file: "tags/getAllTags.200.openapi.json",
    group: "tags",
    operation: "getAllTags",
    status: 200,
    schema: Tags.TagCollection
  },
  { file: "tags/createTag.201.json", group: "tags", operation: "createTag", status: 201, schema: Tags.Tag },
  { file: "tags/updateTag.200.json", group: "tags", operation: "updateTag", status: 200, schema: Tags.Tag },
  {
    file: "my-account/getMyAccount.200.json",
    group: "myAccount",
    operation: "getMyAccount",
    status: 200,
    schema: MyAccount.MyAccount
  },
  {
    file: "my-account/enableTe.200.json",
    group: "myAccount",
    operation: "enableTe",
    status: 200,
    schema: MyAccount.TeResponse
  },
  { file: "ping/ping.200.json", group: "ping", operation: "ping", status: 200, schema: Ping.Pong }
]

/** The operations that answer 204 with no body: no sample to decode. */
const NO_CONTENT = [
  { group: "lists", operation: "deleteList" },
  { group: "tags", operation: "deleteTag" },
  { group: "myAccount", operation: "enableTransactional" }
] as const

/** Parameters that pass validation, for calling each operation through the client. */
const PARAMS: Record<string, Record<string, unknown>> = {
  getAllLists: {},
  createList: { internal_name: "Internal name" },
  getList: { list_id: 1 },
  updateList: { list_id: 1, internal_name: "Internal name" },
  deleteList: { list_id: 1 },
  getAllTags: {},
  createTag: { name: "Your custom tag" },
  updateTag: { tag_id: 1, name: "Your custom tag" },
  deleteTag: { tag_id: 1 },
  getMyAccount: {},
  enableTe: { domain: "e-goi.com" },
  enableTransactional: {},
  ping: {}
}

const callThroughClient = (group: string, operation: string, reply: Stub.Reply) => {
  const stub = Stub.make(() => reply)
  return Effect.gen(function* () {
    const egoi = (yield* EgoiClient.EgoiClient) as unknown as Record<
      string,
      Record<string, (params: unknown) => Effect.Effect<unknown, unknown>>
    >
    return yield* egoi[group]![operation]!(PARAMS[operation])
  }).pipe(
    Effect.provide(
      EgoiClient.layerWith({ apiKey: "samples-key", rateLimit: false, maxRetries: 0 }).pipe(
        Layer.provide(Layer.succeed(HttpClient.HttpClient, stub.client))
      )
    )
  )
}

describe("documented response samples", () => {
  // The other groups have their samples in their own test files (Senders.test.ts, ...).
  it("covers all 13 operations of Lists, Tags, My Account and Ping", () => {
    const covered = new Set([...SAMPLES.map((sample) => sample.operation), ...NO_CONTENT.map((op) => op.operation)])
    const groups = EgoiApi.groups as Record<string, { readonly endpoints: object }>
    const defined = ["lists", "tags", "myAccount", "ping"].flatMap((group) => Object.keys(groups[group]!.endpoints))
    expect(defined).toHaveLength(13)
    expect([...covered].sort()).toStrictEqual(defined.sort())
  })

  describe.each(SAMPLES)("$file", ({ file, group, operation, status, schema }) => {
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
        const result = yield* callThroughClient(group, operation, { status, body: sample })
        expect(result).toStrictEqual(sample)
      })
    )
  })

  describe.each(NO_CONTENT)("$operation", ({ group, operation }) => {
    const endpoint = endpointOf(group, operation)

    it("is documented as 204 No Content", () => {
      expect(HttpApiSchema.getStatusSuccess(endpoint.successSchema)).toBe(204)
      expect(Schema.decodeUnknownSync(endpoint.successSchema)(undefined)).toBeUndefined()
    })

    it.effect("answers undefined for an empty 204", () =>
      Effect.gen(function* () {
        expect(yield* callThroughClient(group, operation, { status: 204 })).toBeUndefined()
      })
    )
  })
})

describe("tolerance", () => {
  const list = fixture("lists/createList.201.json") as Record<string, unknown>

  it("decodes a list with an unknown field, dropping it", () => {
    const decoded = Schema.decodeUnknownSync(Lists.List)({ ...list, language: "pt", archived_at: null })
    expect(decoded).toStrictEqual(list)
  })

  it('keeps an undocumented status such as "archived"', () => {
    expect(Schema.decodeUnknownSync(Lists.List)({ ...list, status: "archived" }).status).toBe("archived")
    const page = Schema.decodeUnknownSync(Lists.ListCollection)({ total_items: 1, items: [{ ...list, status: "new" }] })
    expect(page.items[0]!.status).toBe("new")
  })

  it('keeps the empty date "0000-00-00 00:00:00" as given', () => {
    const decoded = Schema.decodeUnknownSync(Lists.List)({ ...list, updated: "0000-00-00 00:00:00" })
    expect(decoded.updated).toBe("0000-00-00 00:00:00")
  })

  it("decodes a collection without items as an empty page", () => {
    expect(Schema.decodeUnknownSync(Tags.TagCollection)({ total_items: 0 })).toStrictEqual({
      total_items: 0,
      items: []
    })
  })

  it("decodes stats and account blocks with unknown fields", () => {
    const complex = fixture("lists/getList.200.json") as { stats: Record<string, unknown> }
    const decoded = Schema.decodeUnknownSync(Lists.ComplexList)({
      ...complex,
      stats: { ...complex.stats, total_bounced: 3 }
    })
    expect(decoded.stats).toStrictEqual(complex.stats)
    const account = fixture("my-account/getMyAccount.200.json") as Record<string, unknown>
    expect(Schema.decodeUnknownSync(MyAccount.MyAccount)({ ...account, sso_info: { enabled: false } })).toStrictEqual(
      account
    )
  })

  it.effect("is tolerant through the client too", () =>
    Effect.gen(function* () {
      const body = { ...(fixture("lists/getList.200.json") as object), status: "archived", language: "pt" }
      const result = (yield* callThroughClient("lists", "getList", { body })) as Lists.ComplexList
      expect(result.status).toBe("archived")
      expect(result).not.toHaveProperty("language")
    })
  )

  it("still refuses a body that breaks a documented type", () => {
    expect(() => Schema.decodeUnknownSync(Lists.List)({ ...list, list_id: undefined })).toThrow(/list_id/)
    expect(() => Schema.decodeUnknownSync(Lists.List)({ ...list, status: 1 })).toThrow(/status/)
    expect(() => Schema.decodeUnknownSync(Tags.Tag)({ tag_id: 0, name: "zero" })).toThrow(/tag_id/)
    expect(() => Schema.decodeUnknownSync(Ping.Pong)({})).toThrow(/result/)
  })
})
