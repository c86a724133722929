import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as EgoiClient from "../src/EgoiClient.js"
import type * as EgoiConfig from "../src/EgoiConfig.js"
import * as EgoiError from "../src/EgoiError.js"
import * as Stub from "./utils/StubFetch.js"

const API_KEY = "core-test-key-5f2a9c"
const BASE_URL = "https://api.egoiapp.com"

const LIST = {
  list_id: 7,
  internal_name: "Newsletter",
  public_name: "Our news",
  status: "active",
  group_id: 0,
  created: "2024-03-05 14:07:09",
  updated: "2024-03-05 14:07:09"
}

/** Runs `program` with a client over `http`; no rate limit and no retries, so nothing waits on the clock. */
const withClient = <A, E>(
  fetch: typeof globalThis.fetch,
  program: (egoi: EgoiClient.Service) => Effect.Effect<A, E>,
  options: Partial<EgoiConfig.Options> = {}
) =>
  Effect.flatMap(EgoiClient.EgoiClient, program).pipe(
    Effect.provide(
      EgoiClient.layerWith({ apiKey: API_KEY, baseUrl: BASE_URL, rateLimit: false, maxRetries: 0, fetch, ...options })
    )
  )

const query = (url: URL) => Object.fromEntries(url.searchParams)

describe("requests", () => {
  it.effect("sends the Apikey header, accept: application/json, and no trace headers, even inside a span", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ body: { total_items: 0, items: [] } }))
      yield* withClient(stub.fetch, (egoi) => egoi.lists.getAllLists(), { spans: true })
      const sent = stub.sent[0]!
      expect(sent.headers["apikey"]).toBe(API_KEY)
      expect(sent.headers["accept"]).toBe("application/json")
      expect(Object.keys(sent.headers)).not.toContain("traceparent")
      expect(Object.keys(sent.headers)).not.toContain("b3")
      expect(Object.keys(sent.headers)).not.toContain("x-b3-traceid")
    }).pipe(Effect.withSpan("caller"))
  )

  it.effect("builds the URL from the base URL, the path and the query string", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ body: { total_items: 0, items: [] } }))
      yield* withClient(stub.fetch, (egoi) => egoi.lists.getAllLists({ limit: 1 }), {
        baseUrl: "https://egoi.example.test/api/v3/"
      })
      expect(stub.sent[0]!.method).toBe("GET")
      expect(stub.sent[0]!.url.href).toBe("https://egoi.example.test/api/v3/lists?limit=1")
    })
  )

  it.effect("puts list_id in the path and the other fields in the body of updateList", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ body: { ...LIST, internal_name: "News", group_id: 3 } }))
      const list = yield* withClient(stub.fetch, (egoi) =>
        egoi.lists.updateList({ list_id: 7, internal_name: "News", group_id: 3 })
      )
      expect(list).toMatchObject({ list_id: 7, internal_name: "News", group_id: 3 })
      const sent = stub.sent[0]!
      expect(sent.method).toBe("PATCH")
      expect(sent.url.href).toBe(`${BASE_URL}/lists/7`)
      expect(sent.url.search).toBe("")
      expect(sent.contentType).toBe("application/json")
      expect(JSON.parse(sent.body!)).toStrictEqual({ internal_name: "News", group_id: 3 })
    })
  )

  it.effect("puts the parameters of getAllLists in the query string and sends no body", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ body: { total_items: 0, items: [] } }))
      yield* withClient(stub.fetch, (egoi) =>
        egoi.lists.getAllLists({
          offset: 20,
          limit: 10,
          order: "asc",
          order_by: "created",
          internal_name: "News",
          created_min: "2024-01-01 00:00:00"
        })
      )
      const sent = stub.sent[0]!
      expect(sent.url.origin + sent.url.pathname).toBe(`${BASE_URL}/lists`)
      expect(query(sent.url)).toStrictEqual({
        offset: "20",
        limit: "10",
        order: "asc",
        order_by: "created",
        internal_name: "News",
        created_min: "2024-01-01 00:00:00"
      })
      expect(sent.body).toBeUndefined()
    })
  )

  // The types refuse `undefined` (exact optional properties); a JavaScript caller may still pass it.
  it.effect("leaves out parameters given as undefined", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ body: { total_items: 0, items: [] } }))
      yield* withClient(stub.fetch, (egoi) =>
        egoi.lists.getAllLists({ limit: undefined, offset: 5 } as { offset: number })
      )
      expect(query(stub.sent[0]!.url)).toStrictEqual({ offset: "5" })
    })
  )
})

describe("validation before sending", () => {
  const invalid = (program: (egoi: EgoiClient.Service) => Effect.Effect<unknown, unknown>) =>
    Effect.gen(function* () {
      const http = Stub.forbidden()
      const error = yield* Effect.flip(withClient(http.fetch, program))
      expect(http.calls).toBe(0)
      expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
      return error as EgoiError.RequestValidationError
    })

  it.effect("refuses list_id 0", () =>
    Effect.gen(function* () {
      const error = yield* invalid((egoi) => egoi.lists.getList({ list_id: 0 }))
      expect(error.operation).toBe("getList")
      expect(error.issues).toStrictEqual([{ path: "list_id", message: "Expected an integer >= 1, got 0" }])
      expect(error.message).toContain("list_id")
    })
  )

  it.effect("refuses limit 5000", () =>
    Effect.gen(function* () {
      const error = yield* invalid((egoi) => egoi.lists.getAllLists({ limit: 5000 }))
      expect(error.operation).toBe("getAllLists")
      expect(error.issues).toStrictEqual([{ path: "limit", message: "Expected an integer from 1 to 1000, got 5000" }])
    })
  )

  it.effect("refuses a parameter the operation does not have", () =>
    Effect.gen(function* () {
      const error = yield* invalid((egoi) => egoi.lists.getAllLists({ limt: 10 } as never))
      expect(error.issues).toStrictEqual([{ path: "limt", message: "is not a parameter of getAllLists" }])
    })
  )

  it.effect("refuses createList without internal_name", () =>
    Effect.gen(function* () {
      const error = yield* invalid((egoi) => egoi.lists.createList({ public_name: "Our news" } as never))
      expect(error.operation).toBe("createList")
      expect(error.issues.map((issue) => issue.path)).toStrictEqual(["internal_name"])
    })
  )

  it.effect("reports every broken field at once", () =>
    Effect.gen(function* () {
      const error = yield* invalid((egoi) => egoi.lists.updateList({ list_id: 0, group_id: 0, internal_name: "" }))
      expect(error.issues.map((issue) => issue.path).sort()).toStrictEqual(["group_id", "internal_name", "list_id"])
    })
  )

  it.effect("refuses an order_by value that is not documented", () =>
    Effect.gen(function* () {
      const error = yield* invalid((egoi) => egoi.tags.getAllTags({ order_by: "size" as never }))
      expect(error.issues).toStrictEqual([
        { path: "order_by", message: 'Expected one of tag_id, name, color, got "size"' }
      ])
    })
  )
})

describe("validation at every depth", () => {
  const invalid = (program: (egoi: EgoiClient.Service) => Effect.Effect<unknown, unknown>) =>
    Effect.gen(function* () {
      const http = Stub.forbidden()
      const error = yield* Effect.flip(withClient(http.fetch, program))
      expect(http.calls).toBe(0)
      expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
      return error as EgoiError.RequestValidationError
    })
  const paths = (error: EgoiError.RequestValidationError) => error.issues.map((issue) => issue.path)

  it.effect("refuses an unknown field inside a body, not only at the top", () =>
    Effect.gen(function* () {
      const error = yield* invalid((egoi) =>
        egoi.contacts.createContact({ list_id: 1, base: { emial: "ana@example.com" } } as never)
      )
      expect(paths(error)).toStrictEqual(["base.emial"])
      const deep = yield* invalid((egoi) =>
        egoi.contacts.createContact({ list_id: 1, extra: [{ field_id: 1, value: "x", colour: 1 }] } as never)
      )
      expect(paths(deep)).toStrictEqual(["extra.0.colour"])
    })
  )

  it.effect("refuses an impossible date and time, and sends a Date or an RFC 3339 string in E-goi's notation", () =>
    Effect.gen(function* () {
      const impossible = yield* invalid((egoi) => egoi.lists.getAllLists({ created_min: "2020-13-45 25:61:61" }))
      expect(paths(impossible)).toStrictEqual(["created_min"])
      expect(impossible.issues[0]!.message).toContain("2020-13-45 25:61:61")
      expect(
        paths(yield* invalid((egoi) => egoi.lists.getAllLists({ created_min: "2024-02-30T10:00:00Z" })))
      ).toStrictEqual(["created_min"])
      expect(
        paths(yield* invalid((egoi) => egoi.lists.getAllLists({ created_min: new Date(Number.NaN) })))
      ).toStrictEqual(["created_min"])

      const stub = Stub.make(() => ({ body: { total_items: 0, items: [] } }))
      yield* withClient(stub.fetch, (egoi) =>
        Effect.all([
          egoi.lists.getAllLists({ created_min: new Date(Date.UTC(2024, 2, 5, 14, 7, 9)) }),
          egoi.lists.getAllLists({ created_min: "2024-03-05T15:07:09+01:00" }),
          egoi.lists.getAllLists({ created_min: "2024-03-05 14:07:09" })
        ])
      )
      expect(stub.sent.map((request) => request.url.searchParams.get("created_min"))).toStrictEqual([
        "2024-03-05 14:07:09",
        "2024-03-05 14:07:09",
        "2024-03-05 14:07:09"
      ])
    })
  )

  it.effect("refuses a BigInt ID, parameters that are not an object, and a body missing a required field", () =>
    Effect.gen(function* () {
      expect(paths(yield* invalid((egoi) => egoi.lists.getList({ list_id: 7n } as never)))).toStrictEqual(["list_id"])
      const number = yield* invalid((egoi) => egoi.lists.getAllLists(42 as never))
      expect(number.issues[0]!.message).toContain("object")
      expect(paths(yield* invalid((egoi) => egoi.lists.getAllLists([] as never)))).toStrictEqual([""])
      expect(paths(yield* invalid((egoi) => egoi.tags.createTag({} as never)))).toStrictEqual(["name"])
    })
  )

  it.effect("takes only the parameters' own properties: an inherited list_id is not a list_id", () =>
    Effect.gen(function* () {
      const inherited = Object.create({ list_id: 7 }) as { list_id: number }
      expect(paths(yield* invalid((egoi) => egoi.lists.getList(inherited)))).toStrictEqual(["list_id"])
    })
  )

  it.effect("quotes only the start of a huge bad value", () =>
    Effect.gen(function* () {
      const email = `${"a".repeat(2_000_000)}@`
      const error = yield* invalid((egoi) => egoi.contacts.createContact({ list_id: 1, base: { email } }))
      expect(paths(error)).toStrictEqual(["base.email"])
      expect(error.message.length).toBeLessThan(300)
    })
  )

  it.effect("refuses removed as the status a change sets, which only create and import take", () =>
    Effect.gen(function* () {
      const error = yield* invalid((egoi) =>
        egoi.contacts.patchContact({ list_id: 1, contact_id: "0123456789", base: { status: "removed" as never } })
      )
      expect(paths(error)).toStrictEqual(["base.status"])
      expect(error.issues[0]!.message).toContain("active, inactive, unconfirmed")
    })
  )

  it.effect("asks the file only of an alphanumeric SMS sender, and a number of a numeric one", () =>
    Effect.gen(function* () {
      const named = yield* invalid((egoi) =>
        egoi.senders.createCellphoneSender({ type: "alpha_numeric", cellphone: "Shop" } as never)
      )
      expect(paths(named)).toStrictEqual(["file"])
      const numbered = yield* invalid((egoi) =>
        egoi.senders.createCellphoneSender({ type: "numeric", cellphone: "Shop" })
      )
      expect(paths(numbered)).toStrictEqual(["cellphone"])
      const stub = Stub.make(() => ({
        status: 201,
        body: { sender_id: 1, cellphone: "351-910000000", type: "numeric", status: "moderation" }
      }))
      yield* withClient(stub.fetch, (egoi) =>
        egoi.senders.createCellphoneSender({ type: "numeric", cellphone: "351-910000000" })
      )
      expect(JSON.parse(stub.sent[0]!.body!)).toStrictEqual({ type: "numeric", cellphone: "351-910000000" })
    })
  )
})

describe("responses", () => {
  it.effect("turns a 404 body into NotFound with the method, path, title and detail", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({
        status: 404,
        body: { title: "Not Found", status: 404, detail: "The list does not exist" }
      }))
      const error = yield* Effect.flip(withClient(stub.fetch, (egoi) => egoi.lists.getList({ list_id: 7 })))
      expect(error).toBeInstanceOf(EgoiError.NotFound)
      expect(error).toMatchObject({
        _tag: "NotFound",
        status: 404,
        method: "GET",
        path: "/lists/7",
        title: "Not Found",
        detail: "The list does not exist"
      })
      expect(error.message).toBe("GET /lists/7: 404 Not Found: The list does not exist")
      expect(error.message).not.toContain(API_KEY)
      expect(stub.sent).toHaveLength(1)
    })
  )

  it.effect("turns a status the operation does not document into UnexpectedStatus", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 404, body: { title: "Not Found", status: 404, detail: "No route" } }))
      const error = yield* Effect.flip(withClient(stub.fetch, (egoi) => egoi.lists.getAllLists()))
      expect(error).toBeInstanceOf(EgoiError.UnexpectedStatus)
      expect(error).toMatchObject({ status: 404, method: "GET", path: "/lists" })
    })
  )

  it.effect("accepts a 200 where 201 is documented", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 200, body: LIST }))
      const list = yield* withClient(stub.fetch, (egoi) => egoi.lists.createList({ internal_name: "Newsletter" }))
      expect(list).toStrictEqual(LIST)
      expect(stub.sent[0]!.method).toBe("POST")
      expect(JSON.parse(stub.sent[0]!.body!)).toStrictEqual({ internal_name: "Newsletter" })
    })
  )

  it.effect("answers a 200 body that drifts from the schema as it came, and reports the drift to onDrift", () =>
    Effect.gen(function* () {
      const drifted = { ...LIST, list_id: "seven", status: "archived", extra_field: 1 }
      const stub = Stub.make(() => ({ status: 200, body: drifted }))
      const drifts: Array<EgoiConfig.Drift> = []
      const list = yield* withClient(stub.fetch, (egoi) => egoi.lists.getList({ list_id: 7 }), {
        onDrift: (drift) => drifts.push(drift)
      })
      expect(list).toStrictEqual(drifted)
      expect(drifts).toHaveLength(1)
      expect(drifts[0]).toMatchObject({ operation: "getList", method: "GET", path: "/lists/7", status: 200 })
      // A new enum value and a new field are not drift: responses are open to what E-goi adds.
      expect(drifts[0]!.issues.map((issue) => issue.path)).toStrictEqual(["list_id"])
    })
  )

  it.effect("fails with ResponseDecodeError in strict mode when a 200 body does not match the schema", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 200, body: { ...LIST, list_id: "seven" } }))
      const error = yield* Effect.flip(
        withClient(stub.fetch, (egoi) => egoi.lists.getList({ list_id: 7 }), { strict: true })
      )
      expect(error).toBeInstanceOf(EgoiError.ResponseDecodeError)
      const decodeError = error as EgoiError.ResponseDecodeError
      expect(decodeError.method).toBe("GET")
      expect(decodeError.path).toBe("/lists/7")
      expect(decodeError.status).toBe(200)
      expect(decodeError.detail).toContain("list_id")
    })
  )

  it.effect("reports the status actually answered when a 201 body does not match the schema", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 201, body: { tag_id: 0, name: "vip" } }))
      const error = yield* Effect.flip(
        withClient(stub.fetch, (egoi) => egoi.tags.createTag({ name: "vip" }), { strict: true })
      )
      expect(error).toBeInstanceOf(EgoiError.ResponseDecodeError)
      expect((error as EgoiError.ResponseDecodeError).status).toBe(201)
      expect(error.message).toContain("answered 201")
    })
  )

  it.effect("reports a 200 answered where 201 is documented when its body does not match the schema", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 200, body: { tag_id: 0, name: "vip" } }))
      const error = yield* Effect.flip(
        withClient(stub.fetch, (egoi) => egoi.tags.createTag({ name: "vip" }), { strict: true })
      )
      expect(error).toBeInstanceOf(EgoiError.ResponseDecodeError)
      expect((error as EgoiError.ResponseDecodeError).status).toBe(200)
    })
  )

  it.effect("fails with ResponseDecodeError in strict mode when the body is not JSON", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 200, body: "<html>maintenance</html>" }))
      const error = yield* Effect.flip(withClient(stub.fetch, (egoi) => egoi.ping.ping(), { strict: true }))
      expect(error).toBeInstanceOf(EgoiError.ResponseDecodeError)
    })
  )
})

describe("raw calls", () => {
  it.effect("sends a raw GET through the same transport and answers the parsed JSON", () =>
    Effect.gen(function* () {
      const page = { total_items: 1, items: [LIST] }
      const stub = Stub.make(() => ({ body: page }))
      const result = yield* withClient(stub.fetch, (egoi) =>
        egoi.request({ method: "GET", path: "/lists", query: { limit: 1 } })
      )
      expect(result).toStrictEqual(page)
      const sent = stub.sent[0]!
      expect(sent.method).toBe("GET")
      expect(sent.url.href).toBe(`${BASE_URL}/lists?limit=1`)
      expect(sent.headers["apikey"]).toBe(API_KEY)
      expect(sent.headers["accept"]).toBe("application/json")
    })
  )

  it.effect("sends a raw body as JSON and answers undefined for an empty response", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 204 }))
      const result = yield* withClient(stub.fetch, (egoi) =>
        egoi.request({ method: "POST", path: "my-account/actions/enable-te", body: { domain: "example.com" } })
      )
      expect(result).toBeUndefined()
      expect(stub.sent[0]!.url.href).toBe(`${BASE_URL}/my-account/actions/enable-te`)
      expect(stub.sent[0]!.contentType).toBe("application/json")
      expect(JSON.parse(stub.sent[0]!.body!)).toStrictEqual({ domain: "example.com" })
    })
  )

  it.effect("maps a raw error status to its error class", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ status: 401, body: { title: "Unauthorized", status: 401, detail: "Bad key" } }))
      const error = yield* Effect.flip(withClient(stub.fetch, (egoi) => egoi.request({ method: "GET", path: "/x" })))
      expect(error).toBeInstanceOf(EgoiError.Unauthorized)
      expect(error).toMatchObject({ method: "GET", path: "/x", detail: "Bad key" })
    })
  )
})

describe("authentication", () => {
  it.effect("sends the key only to operations the definition declares authenticated", () =>
    Effect.gen(function* () {
      const stub = Stub.make(() => ({ body: { result: "pong" } }))
      yield* withClient(stub.fetch, (egoi) => egoi.ping.ping())
      expect(stub.sent[0]!.headers.apikey).toBeUndefined()
      const lists = Stub.make(() => ({ body: { total_items: 0, items: [] } }))
      yield* withClient(lists.fetch, (egoi) => egoi.lists.getAllLists())
      expect(lists.sent[0]!.headers.apikey).toBe(API_KEY)
    })
  )
})
