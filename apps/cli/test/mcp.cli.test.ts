/**
 * `egoi mcp` with the official MCP SDK's client, in-process (`utils/mcpClient.ts`), against a
 * `MockServer`: the tools derived from the definition, read-only unless --allow-writes, --groups,
 * results as JSON and E-goi's errors as tool errors. The same over real stdio, spawned, is in
 * `smoke.e2e.test.ts`.
 */
import { EgoiApi } from "@egoi-ts/core"
import { describe, expect, it } from "vitest"
import { catalog } from "../src/internal/definition.js"
import { toolsOf } from "../src/internal/mcpTools.js"
import { egoi } from "./utils/egoi.js"
import { mcpClient } from "./utils/mcpClient.js"
import { demoServer, KEY } from "./utils/server.js"

const text = (result: unknown) =>
  (result as { content: ReadonlyArray<{ readonly text: string }> }).content.map((part) => part.text).join("\n")

describe("toolsOf", () => {
  const tools = toolsOf(EgoiApi.EgoiApi, catalog())
  const tool = (name: string) => tools.find((candidate) => candidate.name === name)!

  it("makes one tool per operation, named by its operationId, with its summary and route", () => {
    expect(tools).toHaveLength(catalog().groups.flatMap((group) => group.operations).length)
    expect(tool("getAllLists").description).toContain("GET /lists")
    expect(tool("getAllLists").description).toContain("offset and limit")
    expect(tool("getList").annotations).toMatchObject({ readOnlyHint: true })
    expect(tool("deleteList").annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true })
    expect(tool("createList").annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false })
  })

  it("gives each a JSON Schema of its parameters from the schemas: kinds, bounds, descriptions, required", () => {
    expect(tool("getList").inputSchema).toEqual({
      type: "object",
      properties: { list_id: { type: "integer", minimum: 1, description: "ID of the list" } },
      required: ["list_id"],
      additionalProperties: false
    })
    const limit = (tool("getAllLists").inputSchema.properties as Record<string, unknown>).limit
    expect(limit).toMatchObject({ type: "integer", minimum: 1, maximum: 1000 })
    const contact = tool("createContact").inputSchema
    expect(contact.required).toEqual(["list_id"])
    expect(JSON.stringify(contact)).not.toContain("$ref")
    expect((contact.properties as any).base.properties.email).toMatchObject({ type: "string" })
  })
})

describe("egoi mcp", () => {
  it("lists the read-only tools, answers a read as JSON, and refuses a write", async (context) => {
    const server = await demoServer(context)
    const { client, close, stderr } = await mcpClient(["--base-url", server.url], { EGOI_API_KEY: KEY })
    const { tools } = await client.listTools()
    const names = tools.map((tool) => tool.name)
    expect(names).toContain("getAllLists")
    expect(names).not.toContain("createList")
    expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true)

    const page = await client.callTool({ name: "getAllLists", arguments: { limit: 1 } })
    expect(page.isError).toBeFalsy()
    expect(JSON.parse(text(page))).toMatchObject({
      total_items: server.state().lists.length,
      items: [expect.any(Object)]
    })

    const refused = await client.callTool({ name: "createList", arguments: { internal_name: "Agent" } })
    expect(refused.isError).toBe(true)
    expect(text(refused)).toContain("--allow-writes")
    expect(server.listNamed("Agent")).toBeUndefined()
    expect(await close()).toBe(0)
    expect(stderr.text).toContain("read-only")
  })

  it("with --allow-writes, does a write; E-goi's errors are tool errors with its detail", async (context) => {
    const server = await demoServer(context)
    const { client, close } = await mcpClient(["--base-url", server.url, "--allow-writes"], { EGOI_API_KEY: KEY })
    const created = await client.callTool({ name: "createList", arguments: { internal_name: "Agent" } })
    expect(created.isError).toBeFalsy()
    expect(server.listNamed("Agent")?.list_id).toBe(JSON.parse(text(created)).list_id)

    const missing = await client.callTool({ name: "getList", arguments: { list_id: 999 } })
    expect(missing.isError).toBe(true)
    expect(text(missing)).toContain("404 Not Found: List 999 does not exist")
    const invalid = await client.callTool({ name: "getAllLists", arguments: { limit: 5000 } })
    expect(invalid.isError).toBe(true)
    expect(text(invalid)).toContain("limit")
    await close()
  })

  it("--groups chooses the toolsets, and names the groups when it names none", async (context) => {
    const server = await demoServer(context)
    const { client, close } = await mcpClient(["--base-url", server.url, "--groups", "tags,my-account"], {
      EGOI_API_KEY: KEY
    })
    const names = (await client.listTools()).tools.map((tool) => tool.name)
    expect(names.sort()).toEqual(["getAllTags", "getMyAccount"])
    const other = await client.callTool({ name: "getAllLists", arguments: {} })
    expect(text(other)).toContain("--groups lists")
    await close()
    const wrong = await egoi(["mcp", "--groups", "nope", "--mock"])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain("lists, contacts")
  })

  it("starts without a key only against the mock", async () => {
    const result = await egoi(["mcp"])
    expect(result.code).toBe(4)
    expect(result.stderr).toContain("EGOI_API_KEY")
  })
})
