/**
 * `egoi api` (raw calls, `apiCall.ts`) and `egoi openapi` through the command line, in-process,
 * against a `MockServer`.
 */
import { describe, expect, it } from "vitest"
import { egoi, json } from "./utils/egoi.js"
import { demoServer } from "./utils/server.js"

describe.concurrent("egoi api | openapi", () => {
  describe("egoi api", () => {
    it("GET /lists --query limit=1", async (context) => {
      const server = await demoServer(context)
      const page = json(await server.run(["api", "GET", "/lists", "--query", "limit=1"]))
      expect(page.items).toHaveLength(1)
      expect(page.total_items).toBe(server.state().lists.length)
      expect(server.lastRequest()).toMatchObject({ method: "GET", path: "/lists", query: { limit: "1" } })
    })

    it("POST /tags --body", async (context) => {
      const server = await demoServer(context)
      const tag = json(await server.run(["api", "POST", "/tags", "--body", '{"name":"raw"}']))
      expect(tag).toMatchObject({ name: "raw" })
      expect(server.tagNamed("raw")?.tag_id).toBe(tag.tag_id)
      expect(JSON.parse(server.lastRequest().body)).toEqual({ name: "raw" })
    })

    it("maps an error status to its exit code, and takes the method in any case", async (context) => {
      const server = await demoServer(context)
      expect((await server.run(["api", "GET", "/lists/999"])).code).toBe(3)
      expect(json(await server.run(["api", "get", "/lists"])).items.length).toBeGreaterThan(0)
    })

    it("prints E-goi's message for a route it does not know, and says the definition has none", async (context) => {
      const server = await demoServer(context)
      const result = await server.run(["api", "GET", "/nope"])
      expect(result.code).toBe(3)
      expect(result.stderr).toContain("Error: GET /nope: 404 Not Found")
      expect(result.stderr).toContain("No operation of the definition has the route GET /nope")
    })
    it("needs no key for a route the definition declares public, and prints a page as the definition says", async (context) => {
      const server = await demoServer(context)
      const [ping, lists] = await Promise.all([
        egoi(["api", "POST", "/ping", "--base-url", server.url]),
        egoi(["api", "GET", "/lists", "--base-url", server.url])
      ])
      expect(json(ping)).toEqual({ result: "pong" })
      // Any other route needs the key.
      expect(lists.code).toBe(4)
      expect(server.mock.requests().map((request) => request.path)).toEqual(["/ping"])
    })
  })

  it("openapi covers every operation of the API definition the end-to-end tests run", async () => {
    const document = json(await egoi(["openapi"]))
    const operationIds = Object.values(document.paths as Record<string, Record<string, { operationId: string }>>)
      .flatMap((methods) => Object.values(methods).map((operation) => operation.operationId))
      .sort()
    // The operations the tests below run.
    expect(operationIds).toEqual(
      expect.arrayContaining([
        "createList",
        "createTag",
        "deleteList",
        "deleteTag",
        "enableTe",
        "enableTransactional",
        "getAllLists",
        "getAllTags",
        "getList",
        "getMyAccount",
        "ping",
        "updateList",
        "updateTag"
      ])
    )
  })

  it("openapi prints the OpenAPI document", async () => {
    const document = json(await egoi(["openapi"]))
    expect(document.openapi).toMatch(/^3\./)
    const item = document.paths["/lists/{list_id}"]
    expect(Object.keys(item).sort()).toEqual(["delete", "get", "patch"])
    expect(item.get.operationId).toBe("getList")
    expect(item.patch.operationId).toBe("updateList")
    expect(item.delete.operationId).toBe("deleteList")
  })
})
