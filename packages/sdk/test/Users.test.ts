import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Egoi, EgoiConflictError, EgoiNotFoundError, EgoiValidationError } from "../src/index.js"

interface StoredUser {
  readonly user_id: number
  readonly username: string
  readonly is_admin: boolean
  readonly status: string
}

describe("users, through the SDK against the mock", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi
  const stored = () => mock.snapshot().users as Array<StoredUser>

  beforeEach(() => {
    mock = EgoiMock.make({ seed: "sdk" })
    egoi = new Egoi({ apiKey: "sdk-users-key", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  it("lists the demo account's users, newest ID first, with every documented field", async () => {
    const page = await egoi.users.getAllUsers()
    expect(page.total_items).toBe(stored().length)
    expect(page.items.length).toBeGreaterThanOrEqual(2)
    const ids = page.items.map((user) => user.user_id)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    const admin = page.items.find((user) => user.is_admin)!
    expect(Object.keys(admin).sort()).toEqual(
      [
        "created",
        "email",
        "first_name",
        "is_admin",
        "last_name",
        "phone",
        "profile_image",
        "status",
        "updated",
        "user_id",
        "username"
      ].sort()
    )
    expect(admin.created).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })

  it("filters by username, status and dates, and orders by username", async () => {
    const all = stored()
    const inactive = all.filter((user) => user.status === "inactive")
    expect(inactive.length).toBeGreaterThan(0)
    expect((await egoi.users.getAllUsers({ status: "inactive" })).items.map((user) => user.user_id)).toEqual(
      inactive.map((user) => user.user_id)
    )
    const byName = await egoi.users.getAllUsers({ username: "ADMIN@" })
    expect(byName.items.map((user) => user.username)).toEqual(["admin@example.com"])
    expect((await egoi.users.getAllUsers({ created_min: "2999-01-01 00:00:00" })).items).toEqual([])
    const ordered = await egoi.users.getAllUsers({ order_by: "username", order: "asc" })
    const names = ordered.items.map((user) => user.username!)
    expect(names).toEqual([...names].sort())
  })

  it("iterates every user with for await", async () => {
    const ids: Array<number> = []
    for await (const user of egoi.users.getAllUsers({ limit: 1, order: "asc" })) ids.push(user.user_id)
    expect(ids).toEqual(stored().map((user) => user.user_id))
    expect(mock.requests().map((request) => request.query.offset)).toEqual(ids.map((_, index) => String(index)))
  })

  it("removes a user, then answers 404 for it", async () => {
    const user = stored().find((candidate) => !candidate.is_admin)!
    await expect(egoi.users.deleteUser({ user_id: user.user_id })).resolves.toBeUndefined()
    expect(mock.requests().at(-1)).toMatchObject({ method: "DELETE", path: `/users/${user.user_id}`, status: 204 })
    expect(stored().some((candidate) => candidate.user_id === user.user_id)).toBe(false)
    await expect(egoi.users.deleteUser({ user_id: user.user_id })).rejects.toBeInstanceOf(EgoiNotFoundError)
  })

  it("keeps the account's administrator: removing it is a 409", async () => {
    const admin = stored().find((candidate) => candidate.is_admin)!
    const error = await egoi.users.deleteUser({ user_id: admin.user_id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiConflictError)
    expect(Object.keys((error as EgoiConflictError).errors ?? {})).toEqual(["user_is_admin"])
    expect(stored().some((candidate) => candidate.user_id === admin.user_id)).toBe(true)
  })

  it("refuses an undocumented status filter before sending", async () => {
    const error = await egoi.users.getAllUsers({ status: "blocked" as "active" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiValidationError)
    expect((error as EgoiValidationError).issues.map((issue) => issue.path)).toEqual(["status"])
    expect(mock.requests()).toHaveLength(0)
  })
})
