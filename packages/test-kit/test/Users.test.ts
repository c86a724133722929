/**
 * Users in the mock: the account's users, seeded (the demo has three), listed with the documented
 * filters, removed except for an administrator.
 */
import { it } from "@effect/vitest"
import { EgoiError, Pagination } from "@egoi-ts/core"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { describe, expect } from "vitest"
import { clientAndMock, mockClient, seed } from "./utils/client.js"

interface StoredUser {
  readonly user_id: number
  readonly username: string
  readonly is_admin: boolean
  readonly status: string
}

const stored = Effect.map(clientAndMock, ({ mock }) => mock.snapshot().users as Array<StoredUser>)

describe("users", () => {
  it.effect("the demo account's users are listed newest ID first, with every documented field", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const page = yield* egoi.users.getAllUsers()
      expect(page.total_items).toBe(3)
      expect(page.items.map((user) => [user.username, user.is_admin, user.status])).toEqual([
        ["intern@example.com", false, "inactive"],
        ["marketing@example.com", false, "active"],
        ["admin@example.com", true, "active"]
      ])
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
    }).pipe(Effect.provide(mockClient({ seed: "demo" })))
  )

  it.effect("filters by username, status and dates, and orders by username", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seed({
        users: [
          { username: "zoe@example.com", first_name: "Zoe", last_name: "A", created: "2023-06-01 00:00:00" },
          { username: "admin@example.com", first_name: "Ana", last_name: "B", is_admin: true },
          { username: "bob@example.com", first_name: "Bob", last_name: "C", status: "inactive" }
        ]
      })
      const inactive = yield* egoi.users.getAllUsers({ status: "inactive" })
      expect(inactive.items.map((user) => user.username)).toEqual(["bob@example.com"])
      const byName = yield* egoi.users.getAllUsers({ username: "ADMIN@" })
      expect(byName.items.map((user) => user.username)).toEqual(["admin@example.com"])
      expect((yield* egoi.users.getAllUsers({ created_min: "2999-01-01 00:00:00" })).items).toEqual([])
      const older = yield* egoi.users.getAllUsers({ created_max: "2024-01-01 00:00:00" })
      expect(older.items.map((user) => user.username)).toEqual(["zoe@example.com"])
      const ordered = yield* egoi.users.getAllUsers({ order_by: "username", order: "asc" })
      expect(ordered.items.map((user) => user.username)).toEqual([
        "admin@example.com",
        "bob@example.com",
        "zoe@example.com"
      ])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers every page to a stream", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const all = yield* Stream.runCollect(
        Pagination.stream(egoi.users.getAllUsers, { limit: 1, order: "asc" as const })
      )
      const ids = Chunk.toReadonlyArray(all).map((user) => user.user_id)
      expect(ids).toEqual((yield* stored).map((user) => user.user_id))
      expect(mock.requests().map((request) => request.query.offset)).toEqual(ids.map((_, index) => String(index)))
    }).pipe(Effect.provide(mockClient({ seed: "demo" })))
  )

  it.effect("removes a user, then answers 404 for it", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const user = (yield* stored).find((candidate) => !candidate.is_admin)!
      yield* egoi.users.deleteUser({ user_id: user.user_id })
      expect(mock.requests().at(-1)).toMatchObject({ method: "DELETE", path: `/users/${user.user_id}`, status: 204 })
      expect((yield* stored).some((candidate) => candidate.user_id === user.user_id)).toBe(false)
      expect(yield* Effect.flip(egoi.users.deleteUser({ user_id: user.user_id }))).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient({ seed: "demo" })))
  )

  it.effect("keeps the account's administrator: removing it is a 409", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const admin = (yield* stored).find((candidate) => candidate.is_admin)!
      const error = yield* Effect.flip(egoi.users.deleteUser({ user_id: admin.user_id }))
      expect(error).toBeInstanceOf(EgoiError.Conflict)
      expect(Object.keys((error as EgoiError.Conflict).errors ?? {})).toEqual(["user_is_admin"])
      expect((yield* stored).some((candidate) => candidate.user_id === admin.user_id)).toBe(true)
    }).pipe(Effect.provide(mockClient({ seed: "demo" })))
  )

  it.effect("an undocumented status filter is refused before it reaches the mock", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const error = yield* Effect.flip(egoi.users.getAllUsers({ status: "blocked" as "active" }))
      expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
      expect((error as EgoiError.RequestValidationError).issues.map((issue) => issue.path)).toEqual(["status"])
      expect(mock.requests()).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )
})
