import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as ConnectedSites from "../src/ConnectedSites.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

describeSamples({
  group: "connectedSites",
  params: {
    getAllConnectedSites: {},
    createConnectedSites: fixture("connected-sites/createConnectedSites.request.json"),
    getConnectedSites: { domain: "e-goi.com" },
    deleteConnectedSites: { domain: "e-goi.com" }
  },
  samples: [
    {
      file: "connected-sites/getAllConnectedSites.200.json",
      operation: "getAllConnectedSites",
      status: 200,
      schema: ConnectedSites.ConnectedSiteCollection
    },
    {
      file: "connected-sites/getAllConnectedSites.200.openapi.json",
      operation: "getAllConnectedSites",
      status: 200,
      schema: ConnectedSites.ConnectedSiteCollection
    },
    {
      file: "connected-sites/createConnectedSites.200.json",
      operation: "createConnectedSites",
      status: 200,
      schema: ConnectedSites.ConnectedSiteDetail
    },
    {
      file: "connected-sites/getConnectedSites.200.json",
      operation: "getConnectedSites",
      status: 200,
      schema: ConnectedSites.ConnectedSiteDetail
    },
    {
      file: "connected-sites/getConnectedSites.200.openapi.json",
      operation: "getConnectedSites",
      status: 200,
      schema: ConnectedSites.ConnectedSiteDetail
    }
  ],
  noContent: ["deleteConnectedSites"]
})

describe("requests", () => {
  it.effect("getConnectedSites and deleteConnectedSites carry the domain in the path", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "connectedSites",
        "deleteConnectedSites",
        { domain: "www.shop-1.example.com" },
        { status: 204 }
      )
      expect(sent[0]!.method).toBe("DELETE")
      expect(sent[0]!.url.pathname).toBe("/connectedsites/www.shop-1.example.com")
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses a site that is not a domain name, or without a list", () =>
    Effect.gen(function* () {
      const error = yield* refused("connectedSites", "createConnectedSites", { domain: "http://shop.example.com" })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["domain", "list_id"])
      expect(error.issues.find((issue) => issue.path === "domain")!.message).toBe(
        'Expected a domain name such as shop.example.com (no scheme, no path), got "http://shop.example.com"'
      )
    })
  )

  it.effect("refuses a path domain with a slash, and list_id 0", () =>
    Effect.gen(function* () {
      const error = yield* refused("connectedSites", "getConnectedSites", { domain: "shop.example.com/x" })
      expect(error.issues.map((issue) => issue.path)).toEqual(["domain"])
      const zero = yield* refused("connectedSites", "createConnectedSites", { domain: "e-goi.com", list_id: 0 })
      expect(zero.issues.map((issue) => issue.path)).toEqual(["list_id"])
    })
  )

  it.effect("refuses parameters the listing does not take, and a domain with a scheme on delete", () =>
    Effect.gen(function* () {
      const listing = yield* refused("connectedSites", "getAllConnectedSites", { limit: 5 })
      expect(listing.issues).toStrictEqual([{ path: "limit", message: "is not a parameter of getAllConnectedSites" }])
      const remove = yield* refused("connectedSites", "deleteConnectedSites", { domain: "https://e-goi.com" })
      expect(remove.issues.map((issue) => issue.path)).toEqual(["domain"])
    })
  )
})
