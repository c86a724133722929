/**
 * `egoi email send` and `egoi sms send` through the command line, in-process, against a
 * `MockServer` of their own: the campaign created and sent, its hash printed, `--wait` showing the
 * report once sent; a sender in moderation refused with the draft named; bad input refused before
 * any request.
 */
import { writeFile } from "node:fs/promises"
import { describe, expect, it, type TestContext } from "vitest"
import { tempDir } from "./utils/files.js"
import { startServer } from "./utils/server.js"

const PEOPLE = 6

/** A server with list 1 of contacts (one inactive, one without email), an approved email and SMS sender, and one in moderation. */
const sendServer = async (context: TestContext) => {
  const server = await startServer(context, { rateLimit: false })
  server.mock.seed({
    lists: [{ internal_name: "Newsletter" }],
    tags: [{ name: "VIP" }],
    emailSenders: [
      { name: "News", email: "news@example.com", status: "active" },
      { name: "New", email: "new@example.com" }
    ],
    cellphoneSenders: [{ type: "alpha_numeric", cellphone: "Shop", status: "active" }],
    contacts: [
      ...Array.from({ length: PEOPLE }, (_, i) => ({
        list_id: 1,
        tags: i < 2 ? [1] : [],
        base: { email: `person${i}@example.com`, cellphone: `351-91000000${i}` }
      })),
      { list_id: 1, base: { email: "inactive@example.com", status: "inactive" as const } },
      { list_id: 1, base: { cellphone: "351-919999999" } }
    ]
  })
  const { path } = await tempDir(context)
  const html = path("news.html")
  await writeFile(html, '<h1>May news</h1><a href="https://example.com/may">Read</a>')
  return { ...server, html }
}

const campaignsOf = (server: Awaited<ReturnType<typeof sendServer>>) =>
  server.mock.snapshot().campaigns as ReadonlyArray<{ campaign_hash: string; status: string; title: string }>

describe.concurrent("egoi email send", () => {
  it("creates and sends the campaign, prints its hash, and --wait shows the report once sent", async (context) => {
    const server = await sendServer(context)
    const result = await server.run([
      "email",
      "send",
      "--list",
      "1",
      "--sender",
      "1",
      "--subject",
      "May news",
      "--html",
      server.html,
      "--wait",
      "--interval",
      "1"
    ])
    expect(result.code, result.stderr).toBe(0)
    const output = JSON.parse(result.stdout)
    const [campaign] = campaignsOf(server)
    expect(output).toMatchObject({
      campaign_hash: campaign!.campaign_hash,
      channel: "email",
      list_id: 1,
      status: "sent",
      report: { campaign_hash: campaign!.campaign_hash, overall: { sends: PEOPLE } }
    })
    expect(campaign).toMatchObject({ status: "sent", title: "May news" })
    expect(result.stderr).toContain(`Campaign ${campaign!.campaign_hash} is being sent to list 1`)
    const created = server.mock.requests().find((request) => request.path === "/campaigns/email")!
    expect(JSON.parse(created.body)).toMatchObject({
      content: { type: "html", body: '<h1>May news</h1><a href="https://example.com/may">Read</a>' }
    })
  })

  it("on a terminal prints the hash, then the report in a line", async (context) => {
    const server = await sendServer(context)
    const result = await server.run(
      [
        "email",
        "send",
        "--list",
        "1",
        "--segment",
        "tag_1",
        "--sender",
        "1",
        "--subject",
        "VIP",
        "--html",
        server.html,
        "--wait"
      ],
      {},
      { tty: true }
    )
    expect(result.code, result.stderr).toBe(0)
    const [hash, report] = result.stdout.trim().split("\n")
    expect(hash).toBe(campaignsOf(server)[0]!.campaign_hash)
    expect(report).toMatch(/^sent 2 · opens \d+ \(\d+ unique\) · clicks \d+/)
  })

  it("a sender in moderation is refused (E-goi's 422: exit 2), naming the draft it leaves", async (context) => {
    const server = await sendServer(context)
    const result = await server.run([
      "email",
      "send",
      "--list",
      "1",
      "--sender",
      "2",
      "--subject",
      "x",
      "--html",
      server.html
    ])
    expect(result.code).toBe(2)
    const [draft] = campaignsOf(server)
    expect(draft!.status).toBe("draft")
    expect(result.stderr).toContain(`Campaign ${draft!.campaign_hash} was created, not sent`)
    expect(result.stderr).toContain("only approved senders can send")
  })

  it("refuses a missing HTML file and an empty subject before any request", async (context) => {
    const server = await sendServer(context)
    const missing = await server.run([
      "email",
      "send",
      "--list",
      "1",
      "--sender",
      "1",
      "--subject",
      "x",
      "--html",
      "nope.html"
    ])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("no file nope.html")
    const empty = await server.run([
      "email",
      "send",
      "--list",
      "1",
      "--sender",
      "1",
      "--subject",
      "",
      "--html",
      server.html
    ])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain("subject")
    expect(server.mock.requests()).toEqual([])
  })
})

describe.concurrent("egoi sms send", () => {
  it("sends to every active contact with a cellphone and --wait shows the delivery", async (context) => {
    const server = await sendServer(context)
    const result = await server.run([
      "sms",
      "send",
      "--list",
      "1",
      "--sender",
      "1",
      "--message",
      "Sale today",
      "--wait"
    ])
    expect(result.code, result.stderr).toBe(0)
    const output = JSON.parse(result.stdout)
    expect(output).toMatchObject({ channel: "sms", status: "sent", report: { overall: { sends: PEOPLE + 1 } } })
    const overall = output.report.overall
    expect(overall.delivered + overall.pending + overall.error + overall.invalid).toBe(PEOPLE + 1)
  })
})
