/**
 * The response samples of E-goi's reference (the rendered documentation and the OpenAPI `example`s) for
 * Lists, Tags, My Account and Ping, kept as fixtures, decode with the success schema of their operation
 * and come back unchanged through the client; and responses that stray from them still decode.
 */
import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as Lists from "../src/Lists.js"
import * as MyAccount from "../src/MyAccount.js"
import * as Ping from "../src/Ping.js"
import * as Tags from "../src/Tags.js"
import { callThroughClient, describeSamples, fixture } from "./utils/DocumentedSamples.js"

describeSamples({
  group: "lists",
  samples: [
    { file: "lists/getAllLists.200.json", operation: "getAllLists", status: 200, schema: Lists.ListCollection },
    { file: "lists/getAllLists.200.openapi.json", operation: "getAllLists", status: 200, schema: Lists.ListCollection },
    { file: "lists/createList.201.json", operation: "createList", status: 201, schema: Lists.List },
    { file: "lists/createList.201.openapi.json", operation: "createList", status: 201, schema: Lists.List },
    { file: "lists/getList.200.json", operation: "getList", status: 200, schema: Lists.ComplexList },
    { file: "lists/updateList.200.json", operation: "updateList", status: 200, schema: Lists.List }
  ],
  noContent: ["deleteList"],
  params: {
    getAllLists: {},
    createList: { internal_name: "Internal name" },
    getList: { list_id: 1 },
    updateList: { list_id: 1, internal_name: "Internal name" },
    deleteList: { list_id: 1 }
  }
})

describeSamples({
  group: "tags",
  samples: [
    { file: "tags/getAllTags.200.json", operation: "getAllTags", status: 200, schema: Tags.TagCollection },
    { file: "tags/getAllTags.200.openapi.json", operation: "getAllTags", status: 200, schema: Tags.TagCollection },
    { file: "tags/createTag.201.json", operation: "createTag", status: 201, schema: Tags.Tag },
    { file: "tags/updateTag.200.json", operation: "updateTag", status: 200, schema: Tags.Tag }
  ],
  noContent: ["deleteTag"],
  params: {
    getAllTags: {},
    createTag: { name: "Your custom tag" },
    updateTag: { tag_id: 1, name: "Your custom tag" },
    deleteTag: { tag_id: 1 }
  }
})

describeSamples({
  group: "myAccount",
  samples: [
    { file: "my-account/getMyAccount.200.json", operation: "getMyAccount", status: 200, schema: MyAccount.MyAccount },
    { file: "my-account/enableTe.200.json", operation: "enableTe", status: 200, schema: MyAccount.TeResponse }
  ],
  noContent: ["enableTransactional"],
  params: { getMyAccount: {}, enableTe: { domain: "e-goi.com" }, enableTransactional: {} }
})

describeSamples({
  group: "ping",
  samples: [{ file: "ping/ping.200.json", operation: "ping", status: 200, schema: Ping.Pong }],
  noContent: [],
  params: { ping: {} }
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
      const { result } = yield* callThroughClient("lists", "getList", { list_id: 1 }, { body })
      const list = result as Lists.ComplexList
      expect(list.status).toBe("archived")
      expect(list).not.toHaveProperty("language")
    })
  )

  it("still refuses a body that breaks a documented type", () => {
    expect(() => Schema.decodeUnknownSync(Lists.List)({ ...list, list_id: undefined })).toThrow(/list_id/)
    expect(() => Schema.decodeUnknownSync(Lists.List)({ ...list, status: 1 })).toThrow(/status/)
    expect(() => Schema.decodeUnknownSync(Tags.Tag)({ tag_id: 0, name: "zero" })).toThrow(/tag_id/)
    expect(() => Schema.decodeUnknownSync(Ping.Pong)({})).toThrow(/result/)
  })
})
