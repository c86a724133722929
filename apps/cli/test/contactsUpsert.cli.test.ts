/**
 * `egoi contacts upsert` through the command line, in-process, against a `MockServer` of its own:
 * created, then unchanged, then updated, extra fields and tags by name, and a bad field refused
 * before any contact is sent.
 */
import { describe, expect, it } from "vitest"
import { startServer } from "./utils/server.js"

describe.concurrent("egoi contacts upsert", () => {
  it("creates, then reports unchanged, then updates; fields and tags by name", async (context) => {
    const server = await startServer(context, { rateLimit: false })
    server.mock.seed({
      lists: [{ internal_name: "Newsletter" }],
      extraFields: [{ list_id: 1, name: "Plan", format: "options", options: [{ en: "Basic" }, { en: "Gold" }] }]
    })
    const args = [
      "contacts",
      "upsert",
      "--list",
      "1",
      "--email",
      "ana@example.com",
      "--field",
      "Plan=gold",
      "--tag",
      "vip"
    ]
    const created = await server.run(args)
    expect(created.code, created.stderr).toBe(0)
    const first = JSON.parse(created.stdout)
    expect(first).toMatchObject({ action: "created", tags_attached: [1], raced: false })

    const again = await server.run(args)
    expect(JSON.parse(again.stdout)).toEqual({ ...first, action: "unchanged", tags_attached: [] })

    const changed = await server.run([...args, "--first-name", "Ana", "--field", "Plan=Basic;Gold"])
    expect(changed.code, changed.stderr).toBe(0)
    expect(JSON.parse(changed.stdout)).toMatchObject({ action: "updated", contact_id: first.contact_id })
    const contacts = server.mock.snapshot().contacts as unknown as ReadonlyArray<Record<string, any>>
    expect(contacts).toHaveLength(1)
    expect(contacts[0]!.base.first_name).toBe("Ana")
    expect(contacts[0]!.extra).toEqual([expect.objectContaining({ field_id: 1, value: [1, 2] })])
  })

  it("an unknown extra field is refused with exit code 2, naming it, and no contact is sent", async (context) => {
    const server = await startServer(context, { rateLimit: false })
    server.mock.seed({ lists: [{ internal_name: "Newsletter" }] })
    const result = await server.run([
      "contacts",
      "upsert",
      "--list",
      "1",
      "--email",
      "a@example.com",
      "--field",
      "Plna=Gold"
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("fields.Plna")
    expect(server.mock.requests().some((request) => request.path.includes("/contacts"))).toBe(false)
  })
})
