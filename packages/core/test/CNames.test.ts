import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as CNames from "../src/CNames.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

describeSamples({
  group: "cnames",
  params: { getAllCNames: {}, createCName: { value: "mkt.example.com" } },
  samples: [
    { file: "cnames/getAllCNames.200.json", operation: "getAllCNames", status: 200, schema: CNames.CNameCollection },
    {
      file: "cnames/getAllCNames.200.openapi.json",
      operation: "getAllCNames",
      status: 200,
      schema: CNames.CNameCollection
    },
    { file: "cnames/createCName.201.json", operation: "createCName", status: 201, schema: CNames.CName }
  ],
  noContent: []
})

describe("createCName", () => {
  it.effect("posts the value", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "cnames",
        "createCName",
        { value: "mkt.example.com" },
        { status: 201, body: fixture("cnames/createCName.201.json") }
      )
      expect(sent[0]!.method).toBe("POST")
      expect(sent[0]!.url.pathname).toBe("/cnames")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({ value: "mkt.example.com" })
    })
  )

  it.effect("refuses an empty value and an unknown parameter, naming them", () =>
    Effect.gen(function* () {
      const error = yield* refused("cnames", "createCName", { value: "", status: "verified" })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["status", "value"])
    })
  )

  it('keeps an undocumented status such as "pending"', () => {
    const cname = fixture("cnames/createCName.201.json") as Record<string, unknown>
    expect(Schema.decodeUnknownSync(CNames.CName)({ ...cname, status: "pending" }).status).toBe("pending")
    expect(() => Schema.decodeUnknownSync(CNames.CName)({ value: "mkt.example.com" })).toThrow(/cname_id/)
  })
})
