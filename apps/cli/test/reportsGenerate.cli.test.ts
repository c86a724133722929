/**
 * `egoi reports <kind>` through the command line, in-process, against a `MockServer` of its own:
 * the report generated with every column of its kind, waited for, its file written to --output and
 * its path printed; bad input refused before any request.
 */
import { readFile, writeFile } from "node:fs/promises"
import { AdvancedReports } from "@egoi-ts/core"
import { parse } from "csv-parse/sync"
import { describe, expect, it, type TestContext } from "vitest"
import { REPORT_COMMANDS } from "../src/commands/reportsGenerate.js"
import { tempDir } from "./utils/files.js"
import { startServer } from "./utils/server.js"

const PERIOD = ["--from", "2000-01-01", "--to", "2099-12-31"]

/** A server with list 1 of five contacts who were sent an email campaign, and where to write files. */
const sentServer = async (context: TestContext) => {
  const server = await startServer(context, { rateLimit: false })
  server.mock.seed({
    lists: [{ internal_name: "Newsletter" }],
    emailSenders: [{ name: "News", email: "news@example.com", status: "active" }],
    contacts: Array.from({ length: 5 }, (_, i) => ({ list_id: 1, base: { email: `person${i}@example.com` } }))
  })
  const { path } = await tempDir(context)
  const html = path("news.html")
  await writeFile(html, '<h1>News</h1><a href="https://example.com/sale">Sale</a>')
  const sent = await server.run(["email", "send", "--list", "1", "--sender", "1", "--subject", "News", "--html", html])
  expect(sent.code, sent.stderr).toBe(0)
  await server.mock.runOperations()
  const recipients = (server.mock.snapshot().activities as ReadonlyArray<{ key: string; items: Array<any> }>)
    .filter((row) => row.items.some((activity) => activity.action_name === "email_send"))
    .map((row) => row.key.split(":")[1]!)
  return { ...server, path, recipients }
}

describe("the report commands", () => {
  it("cover every kind of advanced report", () => {
    expect(REPORT_COMMANDS.map((command) => command.kind).sort()).toEqual(
      Object.keys(AdvancedReports.REPORT_KINDS).sort()
    )
  })
})

describe.concurrent("egoi reports", () => {
  it("sends: generates, waits, writes the file to --output and prints its path", async (context) => {
    const server = await sentServer(context)
    const output = server.path("sends.csv")
    const result = await server.run([
      "reports",
      "sends",
      ...PERIOD,
      "--list",
      "1",
      "--output",
      output,
      "--interval",
      "1"
    ])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.trim()).toBe(output)
    expect(result.stderr).toContain(`(sends): ${server.recipients.length} rows written to ${output}`)
    const rows = parse(await readFile(output, "utf8"), { columns: true }) as Array<Record<string, string>>
    expect(rows.map((row) => row.contact_id).sort()).toEqual([...server.recipients].sort())
    // Every column of the kind was asked for.
    expect(Object.keys(rows[0]!)).toEqual([
      "list_id",
      "contact_id",
      "email",
      "destination",
      "internal_name",
      "campaign_hash",
      "send_date",
      "group",
      "channel",
      "type",
      "sender"
    ])
    const asked = server.mock.requests().find((request) => request.path === "/reports/advanced/sends")!
    expect(JSON.parse(asked.body)).toMatchObject({
      title: "sends 2000-01-01 to 2099-12-31",
      range: { start: "2000-01-01 00:00:00", end: "2099-12-31 23:59:59" },
      lists: [1]
    })
  })

  it("email-events goes through the same code, selecting the campaigns of the list", async (context) => {
    const server = await sentServer(context)
    const output = server.path("events.csv")
    const result = await server.run([
      "reports",
      "email-events",
      ...PERIOD,
      "--list",
      "1",
      "--field",
      "email",
      "--output",
      output,
      "--interval",
      "1",
      "--json"
    ])
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: "email-events", rows: server.recipients.length, output })
    const rows = parse(await readFile(output, "utf8"), { columns: true }) as Array<Record<string, string>>
    expect(rows.map((row) => row.contact_id).sort()).toEqual([...server.recipients].sort())
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["opens", "clicks", "bounces", "url", "city"]))
    const asked = server.mock.requests().find((request) => request.path === "/reports/advanced/email-events")!
    expect(JSON.parse(asked.body)).toMatchObject({
      campaigns: [{ list_id: 1, type: "all" }],
      options: { include_unopens: true }
    })
  })

  it("refuses a fourth list for contact activity before sending anything, naming the field", async (context) => {
    const server = await sentServer(context)
    const before = server.requestCount()
    const lists = ["1", "2", "3", "4"].flatMap((list) => ["--list", list])
    const result = await server.run([
      "reports",
      "contact-activity",
      ...PERIOD,
      ...lists,
      "--output",
      server.path("a.csv")
    ])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain("lists")
    // The listing of reports may be read first; nothing is asked for.
    expect(
      server.mock
        .requests()
        .slice(before)
        .every((request) => request.method === "GET")
    ).toBe(true)
  })
})
