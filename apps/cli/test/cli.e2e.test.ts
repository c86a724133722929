/**
 * End-to-end tests of the bundled CLI: every test runs `node dist/egoi.js ...` as a subprocess, with
 * stdout a pipe (so the CLI prints JSON), against a `MockServer` on a loopback port or the embedded mock.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { EgoiMock, MockServer } from "@egoi-ts/test-kit"
import { afterAll, beforeAll, describe, expect, it, type TestContext } from "vitest"
import { egoi, json, start } from "./utils/egoi.js"

const KEY = "e2e-test-key"

/** The parts of the mock's state the tests read. */
interface MockState {
  readonly lists: ReadonlyArray<{
    readonly list_id: number
    readonly internal_name: string
    readonly public_name: string
  }>
  readonly tags: ReadonlyArray<{ readonly tag_id: number; readonly name: string; readonly color: string }>
  readonly account: { readonly module_info?: { readonly te?: { readonly enabled?: boolean } } }
  readonly transactionalEnabled: boolean
}

const stateOf = (mock: EgoiMock.EgoiMock) => mock.snapshot() as unknown as MockState

/** A mock server for one test, closed when the test ends, and the CLI pointed at it. */
const startServer = async (context: TestContext, options: MockServer.Options = {}) => {
  const server = await MockServer.start({ seed: "demo", port: 0, ...options })
  context.onTestFinished(() => server.close())
  const { mock, url } = server
  const listNamed = (name: string) => stateOf(mock).lists.find((list) => list.internal_name === name)
  return {
    url,
    mock,
    state: () => stateOf(mock),
    /** Runs `egoi <args> --base-url <url>` with an API key in the environment. */
    run: (args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
      egoi([...args, "--base-url", url], { EGOI_API_KEY: KEY, ...env }),
    requestCount: () => mock.requests().length,
    lastRequest: () => mock.requests().at(-1)!,
    listNamed,
    tagNamed: (name: string) => stateOf(mock).tags.find((tag) => tag.name === name),
    /** Adds a list straight into the mock and returns its ID. */
    seedList: (name: string): number => {
      mock.seed({ lists: [{ internal_name: name }] })
      return listNamed(name)!.list_id
    }
  }
}

// Every test has its own mock server, so they run concurrently: most of a run is the CLI starting up.
describe.concurrent("egoi (bundled)", { timeout: 30_000 }, () => {
  describe("one command per operation: egoi <group> <operation>", () => {
    it("covers every operation of the API definition", async () => {
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

    it("lists get-all-lists --limit 2 prints { total_items, items }", async (context) => {
      const server = await startServer(context)
      server.mock.seed({ lists: [{ internal_name: "a" }, { internal_name: "b" }, { internal_name: "c" }] })
      const page = json(await server.run(["lists", "get-all-lists", "--limit", "2"]))
      expect(Object.keys(page).sort()).toEqual(["items", "total_items"])
      expect(page.total_items).toBe(server.state().lists.length)
      expect(page.items).toHaveLength(2)
      expect(page.items[0]).toHaveProperty("list_id")
      expect(server.lastRequest()).toMatchObject({ method: "GET", path: "/lists", query: { limit: "2" }, status: 200 })
    })

    it("lists create-list creates the list", async (context) => {
      const server = await startServer(context)
      const created = json(await server.run(["lists", "create-list", "--internal-name", "X", "--public-name", "Y"]))
      expect(created).toMatchObject({ internal_name: "X", public_name: "Y" })
      expect(typeof created.list_id).toBe("number")
      expect(server.listNamed("X")).toMatchObject({ list_id: created.list_id, public_name: "Y" })
      const fetched = json(await server.run(["lists", "get-list", "--list-id", String(created.list_id)]))
      expect(fetched).toMatchObject({ list_id: created.list_id, internal_name: "X", public_name: "Y" })
    })

    it("lists update-list changes only the given fields", async (context) => {
      const server = await startServer(context)
      const listId = server.seedList("To update")
      const updated = json(
        await server.run(["lists", "update-list", "--list-id", String(listId), "--internal-name", "Z"])
      )
      expect(updated).toMatchObject({ list_id: listId, internal_name: "Z", public_name: "To update" })
      expect(server.listNamed("Z")?.list_id).toBe(listId)
      expect(server.lastRequest()).toMatchObject({ method: "PATCH", path: `/lists/${listId}`, status: 200 })
    })

    it("lists delete-list exits 0 and prints nothing", async (context) => {
      const server = await startServer(context)
      const listId = server.seedList("To delete")
      const result = await server.run(["lists", "delete-list", "--list-id", String(listId)])
      expect(result.code).toBe(0)
      expect(result.stdout).toBe("")
      expect(server.lastRequest()).toMatchObject({ method: "DELETE", path: `/lists/${listId}`, status: 204 })
      expect(server.listNamed("To delete")).toBeUndefined()
    })

    it("tags create-tag, get-all-tags, update-tag and delete-tag", async (context) => {
      const server = await startServer(context)
      const created = json(await server.run(["tags", "create-tag", "--name", "e2e-tag", "--color", "#123456"]))
      expect(created).toMatchObject({ name: "e2e-tag", color: "#123456" })
      expect(server.tagNamed("e2e-tag")?.tag_id).toBe(created.tag_id)

      const all = json(await server.run(["tags", "get-all-tags"]))
      expect(all.total_items).toBe(server.state().tags.length)
      expect(all.items).toContainEqual(created)

      const tagId = String(created.tag_id)
      const updated = json(await server.run(["tags", "update-tag", "--tag-id", tagId, "--name", "e2e-renamed"]))
      expect(updated).toEqual({ tag_id: created.tag_id, name: "e2e-renamed", color: "#123456" })
      expect(server.tagNamed("e2e-renamed")?.tag_id).toBe(created.tag_id)

      const deleted = await server.run(["tags", "delete-tag", "--tag-id", tagId])
      expect(deleted.code).toBe(0)
      expect(deleted.stdout).toBe("")
      expect(server.state().tags.some((tag) => tag.tag_id === created.tag_id)).toBe(false)
    })

    it("my-account get-my-account prints the account", async (context) => {
      const server = await startServer(context)
      const account = json(await server.run(["my-account", "get-my-account"]))
      expect(account).toEqual(server.state().account)
      expect(account.general_info.name).toBe("Mock Account")
    })

    it("my-account enable-te --domain sends the domain", async (context) => {
      const server = await startServer(context)
      const result = json(await server.run(["my-account", "enable-te", "--domain", "example.com"]))
      expect(result).toEqual({ result: true, response: "success" })
      const request = server.lastRequest()
      expect(request).toMatchObject({ method: "POST", path: "/my-account/actions/enable-te", status: 200 })
      expect(JSON.parse(request.body)).toMatchObject({ domain: "example.com" })
      expect(server.state().account.module_info?.te?.enabled).toBe(true)
    })

    it("my-account enable-transactional exits 0 with no output", async (context) => {
      const server = await startServer(context)
      const result = await server.run(["my-account", "enable-transactional"])
      expect(result.code).toBe(0)
      expect(result.stdout).toBe("")
      expect(server.lastRequest()).toMatchObject({ method: "POST", path: "/my-account/actions/enable-transactional" })
      expect(server.state().transactionalEnabled).toBe(true)
    })

    it("ping is one command, since its group holds only that operation", async (context) => {
      const server = await startServer(context)
      expect(json(await server.run(["ping"]))).toEqual({ result: "pong" })
      expect(server.lastRequest()).toMatchObject({ method: "POST", path: "/ping", status: 200 })
    })
  })

  describe("--body", () => {
    let dir: string
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "egoi-cli-e2e-"))
    })
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true })
    })

    it("takes inline JSON", async (context) => {
      const server = await startServer(context)
      const created = json(await server.run(["lists", "create-list", "--body", '{"internal_name":"FromBody"}']))
      expect(created.internal_name).toBe("FromBody")
      expect(JSON.parse(server.lastRequest().body)).toEqual({ internal_name: "FromBody" })
      expect(server.listNamed("FromBody")?.list_id).toBe(created.list_id)
    })

    it("reads @file", async (context) => {
      const server = await startServer(context)
      const file = join(dir, "list.json")
      await writeFile(file, JSON.stringify({ internal_name: "FromFile", public_name: "Public from file" }))
      const created = json(await server.run(["lists", "create-list", "--body", `@${file}`]))
      expect(created).toMatchObject({ internal_name: "FromFile", public_name: "Public from file" })
      expect(server.listNamed("FromFile")?.list_id).toBe(created.list_id)
    })

    it("lets flags override the body's fields", async (context) => {
      const server = await startServer(context)
      const file = join(dir, "override.json")
      await writeFile(file, JSON.stringify({ internal_name: "From file", public_name: "Kept" }))
      const [fromFile, inline] = await Promise.all([
        server.run(["lists", "create-list", "--body", `@${file}`, "--internal-name", "Flag wins"]),
        server.run([
          "lists",
          "create-list",
          "--body",
          '{"internal_name":"Body","public_name":"P"}',
          "--public-name",
          "Q"
        ])
      ])
      expect(json(fromFile)).toMatchObject({ internal_name: "Flag wins", public_name: "Kept" })
      expect(json(inline)).toMatchObject({ internal_name: "Body", public_name: "Q" })
    })

    it("refuses a body that is not JSON, or a missing file, with exit 2 and sends nothing", async (context) => {
      const server = await startServer(context)
      const [invalid, missing] = await Promise.all([
        server.run(["lists", "create-list", "--body", "{not json"]),
        server.run(["lists", "create-list", "--body", `@${join(dir, "absent.json")}`])
      ])
      expect(invalid.code).toBe(2)
      expect(invalid.stderr).toContain("--body")
      expect(missing.code).toBe(2)
      expect(missing.stderr).toContain("cannot read the file")
      expect(server.requestCount()).toBe(0)
    })
  })

  describe("exit codes", () => {
    it("404 → 3", async (context) => {
      const server = await startServer(context)
      const result = await server.run(["lists", "get-list", "--list-id", "999"])
      expect(result.code).toBe(3)
      expect(result.stdout).toBe("")
      expect(result.stderr).toContain("404")
      expect(server.lastRequest()).toMatchObject({ method: "GET", path: "/lists/999", status: 404 })
    })

    it("invalid input → 2, names the field, and sends nothing", async (context) => {
      const server = await startServer(context)
      const result = await server.run(["lists", "get-all-lists", "--limit", "5000"])
      expect(result.code).toBe(2)
      expect(result.stdout).toBe("")
      expect(result.stderr).toContain("limit")
      expect(result.stderr).toContain("Nothing was sent")
      expect(server.requestCount()).toBe(0)
    })

    it("a required field missing → 2, names the field, and sends nothing", async (context) => {
      const server = await startServer(context)
      const result = await server.run(["lists", "create-list", "--public-name", "No internal name"])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain("internal_name")
      expect(server.requestCount()).toBe(0)
    })

    it("a flag value of the wrong type → 2", async (context) => {
      const server = await startServer(context)
      const result = await server.run(["lists", "get-list", "--list-id", "abc"])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain("--list-id")
      expect(server.requestCount()).toBe(0)
    })

    it("an unknown flag or choice → 2", async (context) => {
      const server = await startServer(context)
      const results = await Promise.all([
        server.run(["lists", "get-all-lists", "--order", "sideways"]),
        server.run(["lists", "get-all-lists", "--no-such-flag"])
      ])
      expect(results.map((result) => result.code)).toEqual([2, 2])
      expect(server.requestCount()).toBe(0)
    })

    it("no API key (no EGOI_API_KEY, no --mock) → 4, naming EGOI_API_KEY", async (context) => {
      const server = await startServer(context)
      const result = await egoi(["lists", "get-all-lists", "--base-url", server.url])
      expect(result.code).toBe(4)
      expect(result.stdout).toBe("")
      expect(result.stderr).toContain("EGOI_API_KEY")
      expect(server.requestCount()).toBe(0)
    })

    it("401 from the server → 4", async (context) => {
      const server = await startServer(context, { apiKeys: ["right"] })
      const [wrong, right] = await Promise.all([
        server.run(["lists", "get-all-lists"], { EGOI_API_KEY: "wrong" }),
        server.run(["lists", "get-all-lists"], { EGOI_API_KEY: "right" })
      ])
      expect(wrong.code).toBe(4)
      expect(wrong.stdout).toBe("")
      expect(wrong.stderr).toContain("401")
      // The same call with the accepted key succeeds.
      expect(json(right).items.length).toBeGreaterThan(0)
      expect(server.mock.requests().map((request) => request.status)).toEqual(expect.arrayContaining([200, 401]))
    })

    it("429 with the account quota spent → 5, without a retry", async (context) => {
      const server = await startServer(context)
      server.mock.faults.add({ route: "GET /my-account", status: 429, headers: { "x-account-remaining": "0" } })
      const result = await server.run(["my-account", "get-my-account"])
      expect(result.code).toBe(5)
      expect(result.stdout).toBe("")
      expect(server.mock.requests()).toEqual([
        expect.objectContaining({ method: "GET", path: "/my-account", status: 429 })
      ])
    })

    it("500 on a POST → 1, without a retry and without creating anything", async (context) => {
      const server = await startServer(context)
      server.mock.faults.add({ route: "POST /lists", status: 500 })
      const lists = server.state().lists.length
      const result = await server.run(["lists", "create-list", "--internal-name", "Never created"])
      expect(result.code).toBe(1)
      expect(result.stdout).toBe("")
      expect(result.stderr).toContain("500")
      expect(server.mock.requests()).toEqual([expect.objectContaining({ method: "POST", path: "/lists", status: 500 })])
      expect(server.state().lists).toHaveLength(lists)
    })
  })

  it("never shows the API key, whether given in EGOI_API_KEY or --api-key", async (context) => {
    const SECRET = "egoi-e2e-SECRET-3f9c1d7a5b"
    const server = await startServer(context)
    const strict = await startServer(context, { apiKeys: ["right"] })
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

  describe("--dry-run", () => {
    it("prints the request as curl, with the key as a placeholder, and sends nothing", async (context) => {
      const server = await startServer(context)
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
      const server = await startServer(context)
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

  describe("egoi api", () => {
    it("GET /lists --query limit=1", async (context) => {
      const server = await startServer(context)
      const page = json(await server.run(["api", "GET", "/lists", "--query", "limit=1"]))
      expect(page.items).toHaveLength(1)
      expect(page.total_items).toBe(server.state().lists.length)
      expect(server.lastRequest()).toMatchObject({ method: "GET", path: "/lists", query: { limit: "1" } })
    })

    it("POST /tags --body", async (context) => {
      const server = await startServer(context)
      const tag = json(await server.run(["api", "POST", "/tags", "--body", '{"name":"raw"}']))
      expect(tag).toMatchObject({ name: "raw" })
      expect(server.tagNamed("raw")?.tag_id).toBe(tag.tag_id)
      expect(JSON.parse(server.lastRequest().body)).toEqual({ name: "raw" })
    })

    it("maps an error status to its exit code", async (context) => {
      const server = await startServer(context)
      expect((await server.run(["api", "GET", "/lists/999"])).code).toBe(3)
    })
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

  it("tour runs against the embedded mock and shows the commands, a 404's exit code and a curl line", async () => {
    const result = await egoi(["tour"])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain("$ egoi lists create-list")
    expect(result.stdout).toContain("(exit code 3)")
    expect(result.stdout).toContain("(exit code 2)")
    expect(result.stdout).toMatch(/^curl -X POST /m)
  })

  it("--json is accepted and prints JSON", async (context) => {
    const server = await startServer(context)
    const [page, account] = await Promise.all([
      server.run(["lists", "get-all-lists", "--limit", "1", "--json"]),
      egoi(["my-account", "get-my-account", "--json", "--mock"])
    ])
    expect(json(page).items).toHaveLength(1)
    expect(json(account).general_info).toBeDefined()
  })

  it("--no-color and NO_COLOR are accepted, and no escape codes are printed", async () => {
    const [flag, variable] = await Promise.all([
      egoi(["lists", "get-list", "--list-id", "999", "--mock", "--no-color"]),
      egoi(["lists", "get-list", "--list-id", "999", "--mock"], { NO_COLOR: "1" })
    ])
    for (const result of [flag, variable]) {
      expect(result.code).toBe(3)
      expect(result.stderr).toMatch(/^Error: GET \/lists\/999: 404/)
      expect(result.stderr + result.stdout).not.toContain("\u001b[")
    }
  })
})
