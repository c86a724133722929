/**
 * Which E-goi the CLI talks to and with what key (`client.ts`), through the command line in-process: the key
 * from EGOI_API_KEY or --api-key and never shown, none for an operation that needs none, --dry-run
 * (curl, nothing sent) and --mock (the embedded mock).
 */
import { EgoiMock } from "@egoi-ts/test-kit"
import { describe, expect, it } from "vitest"
import { egoi, json } from "./utils/egoi.js"
import { demoServer, KEY, stateOf } from "./utils/server.js"

describe.concurrent("egoi client", () => {
  describe("the API key", () => {
    it("no API key (no EGOI_API_KEY, no --mock) → 4, naming EGOI_API_KEY", async (context) => {
      const server = await demoServer(context)
      const result = await egoi(["lists", "get-all-lists", "--base-url", server.url])
      expect(result.code).toBe(4)
      expect(result.stdout).toBe("")
      expect(result.stderr).toContain("EGOI_API_KEY")
      expect(server.requestCount()).toBe(0)
    })

    it("is not needed, nor sent, for an operation the definition declares public: ping", async (context) => {
      const server = await demoServer(context, { apiKeys: ["right"] })
      const [without, withKey] = await Promise.all([
        egoi(["ping", "--base-url", server.url]),
        server.run(["ping"], { EGOI_API_KEY: "right" })
      ])
      expect(json(without)).toEqual({ result: "pong" })
      expect(json(withKey)).toEqual({ result: "pong" })
      const requests = server.mock.requests()
      expect(requests.map((request) => [request.method, request.path, request.status])).toEqual([
        ["POST", "/ping", 200],
        ["POST", "/ping", 200]
      ])
      for (const request of requests) expect(request.headers.apikey).toBeUndefined()
    })

    it("never shows the API key, whether given in EGOI_API_KEY or --api-key", async (context) => {
      const SECRET = "egoi-e2e-SECRET-3f9c1d7a5b"
      const server = await demoServer(context)
      const strict = await demoServer(context, { apiKeys: ["right"] })
      const scenarios: ReadonlyArray<{
        readonly name: string
        readonly args: ReadonlyArray<string>
        readonly code: number
      }> = [
        { name: "success", args: ["lists", "get-all-lists", "--limit", "1", "--base-url", server.url], code: 0 },
        { name: "401", args: ["lists", "get-all-lists", "--base-url", strict.url], code: 4 },
        { name: "404", args: ["lists", "get-list", "--list-id", "999", "--base-url", server.url], code: 3 },
        { name: "validation", args: ["lists", "get-all-lists", "--limit", "0", "--base-url", server.url], code: 2 },
        {
          name: "dry run",
          args: ["lists", "create-list", "--internal-name", "Dry", "--dry-run", "--base-url", server.url],
          code: 0
        }
      ]
      const runs = scenarios.flatMap((scenario) => [
        { ...scenario, via: "EGOI_API_KEY", result: egoi(scenario.args, { EGOI_API_KEY: SECRET }) },
        { ...scenario, via: "--api-key", result: egoi([...scenario.args, "--api-key", SECRET]) }
      ])
      for (const run of runs) {
        const result = await run.result
        const label = `${run.name} with ${run.via}`
        expect(result.code, label).toBe(run.code)
        expect(result.stdout, label).not.toContain(SECRET)
        expect(result.stderr, label).not.toContain(SECRET)
      }
      // The servers did get requests (so the key was sent), and their logs do not keep it.
      const received = [...server.mock.requests(), ...strict.mock.requests()]
      expect(received.map((request) => request.status).sort()).toEqual([200, 200, 401, 401, 404, 404])
      for (const request of received) expect(request.headers.apikey).toBe("[redacted]")
      expect(JSON.stringify(received)).not.toContain(SECRET)
    })
  })

  describe("--dry-run", () => {
    it("prints the request as curl, with the key as a placeholder, and sends nothing", async (context) => {
      const server = await demoServer(context)
      const result = await server.run(["lists", "create-list", "--internal-name", "DryRun", "--dry-run"])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain("curl -X POST")
      expect(result.stdout).toContain(`'${server.url}/lists'`)
      expect(result.stdout).toContain(`-d '{"internal_name":"DryRun"}'`)
      expect(result.stdout).toContain('-H "Apikey: $EGOI_API_KEY"')
      expect(result.stdout).not.toContain(KEY)
      expect(result.stdout.toLowerCase()).not.toContain("traceparent")
      expect(server.requestCount()).toBe(0)
      expect(server.listNamed("DryRun")).toBeUndefined()
    })

    it("needs no key, and a request without a body has no -d", async () => {
      const result = await egoi(["lists", "get-list", "--list-id", "7", "--dry-run"])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain("curl -X GET 'https://api.egoiapp.com/lists/7'")
      expect(result.stdout).not.toContain("-d ")
    })

    it("still validates first", async () => {
      const result = await egoi(["lists", "get-all-lists", "--limit", "5000", "--dry-run"])
      expect(result.code).toBe(2)
      expect(result.stdout).toBe("")
    })
  })

  describe("--mock", () => {
    const demoTags = async () => {
      const mock = EgoiMock.make({ seed: "demo" })
      const tags = stateOf(mock).tags
      await mock.dispose()
      return tags.map((tag) => ({ tag_id: tag.tag_id, name: tag.name }))
    }
    const tagsOf = (page: { readonly items: ReadonlyArray<{ readonly tag_id: number; readonly name: string }> }) =>
      page.items.map((tag) => ({ tag_id: tag.tag_id, name: tag.name }))

    it("answers from the embedded demo mock with no key, and sends nothing out", async (context) => {
      const server = await demoServer(context)
      const page = json(await egoi(["tags", "get-all-tags", "--mock", "--base-url", server.url]))
      const expected = await demoTags()
      expect(expected.length).toBeGreaterThan(0)
      expect(page.total_items).toBe(expected.length)
      expect(tagsOf(page)).toEqual(expect.arrayContaining(expected))
      expect(page.items).toHaveLength(expected.length)
      expect(server.requestCount()).toBe(0)
    })

    it("is also turned on by EGOI_MOCK=1", async () => {
      const page = json(await egoi(["tags", "get-all-tags"], { EGOI_MOCK: "1" }))
      const expected = await demoTags()
      expect(tagsOf(page)).toEqual(expect.arrayContaining(expected))
      expect(page.items).toHaveLength(expected.length)
    })
  })
})
