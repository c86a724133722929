/**
 * End-to-end tests of the hand-written commands of the bundled CLI (`commands.ts`): `egoi api` (raw
 * calls), `egoi openapi` and `egoi mock serve`.
 */
import { describe, expect, it } from "vitest"
import { egoi, json, start } from "./utils/egoi.js"
import { demoServer } from "./utils/server.js"

describe.concurrent("egoi api | openapi | mock serve", () => {
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

    it("maps an error status to its exit code", async (context) => {
      const server = await demoServer(context)
      expect((await server.run(["api", "GET", "/lists/999"])).code).toBe(3)
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

  it("mock serve --port 0 prints its URL, serves the mock, and stops on SIGINT", async () => {
    const child = start(["mock", "serve", "--port", "0", "--seed", "demo"])
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal }))
    )
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = ""
        child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
          stdout += chunk
          const newline = stdout.indexOf("\n")
          if (newline >= 0) resolve(stdout.slice(0, newline))
        })
        child.on("error", reject)
        child.on("exit", (code) => reject(new Error(`mock serve exited early with ${code}`)))
      })
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const response = await fetch(`${url}/lists`, { headers: { Apikey: "x" } })
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toContain("application/json")
      const page = (await response.json()) as { items: Array<unknown> }
      expect(page.items.length).toBeGreaterThan(0)

      child.kill("SIGINT")
      // Ctrl-C is how the server is meant to stop: a clean exit, and the port closed.
      expect(await exited).toEqual({ code: 0, signal: null })
      await expect(fetch(`${url}/lists`, { headers: { Apikey: "x" } })).rejects.toThrow()
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
    }
  })
})
