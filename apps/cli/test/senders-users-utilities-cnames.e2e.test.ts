/**
 * End-to-end tests of the bundled CLI for the Senders, Users, Utilities and CNames groups: each runs
 * `node dist/egoi.js <group> <operation> ...` as a subprocess (stdout a pipe, so the CLI prints JSON)
 * against a `MockServer` on a loopback port.
 */
import { MockServer } from "@egoi-ts/test-kit"
import { describe, expect, it, type TestContext } from "vitest"
import { egoi, json } from "./utils/egoi.js"

/** Runs `egoi <args> --base-url <url>` with an API key. */
const egoiAt = (url: string, args: ReadonlyArray<string>) =>
  egoi([...args, "--base-url", url], { EGOI_API_KEY: "e2e-directory-key" })

const startServer = async (context: TestContext) => {
  const server = await MockServer.start({ seed: "demo", port: 0 })
  context.onTestFinished(() => server.close())
  return {
    mock: server.mock,
    run: (args: ReadonlyArray<string>) => egoiAt(server.url, args),
    lastRequest: () => server.mock.requests().at(-1)!
  }
}

describe.concurrent("egoi senders | users | utilities | cnames (bundled)", { timeout: 30_000 }, () => {
  it("senders create-email-sender, then get-all-email-senders lists it", async (context) => {
    const server = await startServer(context)
    const created = json(
      await server.run(["senders", "create-email-sender", "--email", "news@example.com", "--name", "E-goi"])
    )
    expect(created).toEqual({
      sender_id: created.sender_id,
      name: "E-goi",
      email: "news@example.com",
      status: "moderation"
    })
    expect(server.lastRequest()).toMatchObject({ method: "POST", path: "/senders/email", status: 201 })
    expect(JSON.parse(server.lastRequest().body)).toEqual({ email: "news@example.com", name: "E-goi" })
    const page = json(await server.run(["senders", "get-all-email-senders", "--status", "moderation"]))
    expect(page).toEqual({ items: [created] })
  })

  it("senders create-phone-sender refuses a phone without its dialing code: exit 2, nothing sent", async (context) => {
    const server = await startServer(context)
    const result = await server.run(["senders", "create-phone-sender", "--phone", "910000000", "--file", "YWJj"])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("phone")
    expect(server.mock.requests()).toHaveLength(0)
  })

  it("users delete-user removes a user; get-all-users no longer lists it", async (context) => {
    const server = await startServer(context)
    const before = json(await server.run(["users", "get-all-users", "--order", "asc"]))
    const user = before.items.find((candidate: { is_admin: boolean }) => !candidate.is_admin)
    expect(user).toBeDefined()
    const deleted = await server.run(["users", "delete-user", "--user-id", String(user.user_id)])
    expect(deleted.code).toBe(0)
    expect(deleted.stdout).toBe("")
    expect(server.lastRequest()).toMatchObject({ method: "DELETE", path: `/users/${user.user_id}`, status: 204 })
    const after = json(await server.run(["users", "get-all-users"]))
    expect(after.total_items).toBe(before.total_items - 1)
    expect(after.items.map((candidate: { user_id: number }) => candidate.user_id)).not.toContain(user.user_id)
  })

  it("utilities get-all-countries --phone 351-910000000 prints Portugal", async (context) => {
    const server = await startServer(context)
    const countries = json(await server.run(["utilities", "get-all-countries", "--phone", "351-910000000"]))
    expect(countries).toEqual({
      total_items: 1,
      items: [expect.objectContaining({ name: "Portugal", iso_code: "PT", currency: "EUR", country_code: "351" })]
    })
    expect(server.lastRequest()).toMatchObject({ path: "/utilities/countries", query: { phone: "351-910000000" } })
  })

  it("cnames create-cname, then get-all-cnames; a second create is a 409 (exit 1)", async (context) => {
    const server = await startServer(context)
    const created = json(await server.run(["cnames", "create-cname", "--value", "mkt.example.com"]))
    expect(created).toMatchObject({ value: "mkt.example.com", status: "unverified" })
    expect(json(await server.run(["cnames", "get-all-cnames"]))).toEqual({ total_items: 1, items: [created] })
    const again = await server.run(["cnames", "create-cname", "--value", "mkt.example.com"])
    expect(again.code).toBe(1)
    expect(again.stderr).toContain("409")
  })
})
