import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as Users from "../src/Users.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

describeSamples({
  group: "users",
  params: { getAllUsers: {}, deleteUser: { user_id: 1 } },
  samples: [
    { file: "users/getAllUsers.200.json", operation: "getAllUsers", status: 200, schema: Users.UserCollection }
  ],
  noContent: ["deleteUser"]
})

describe("requests", () => {
  it.effect("getAllUsers sends every documented filter", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "users",
        "getAllUsers",
        {
          username: "ana",
          status: "active",
          created_min: "2024-01-01 00:00:00",
          updated_max: "2024-12-31 23:59:59",
          order: "asc",
          order_by: "username",
          offset: 0,
          limit: 50
        },
        { body: { total_items: 0, items: [] } }
      )
      expect(sent[0]!.url.pathname).toBe("/users")
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({
        username: "ana",
        status: "active",
        created_min: "2024-01-01 00:00:00",
        updated_max: "2024-12-31 23:59:59",
        order: "asc",
        order_by: "username",
        offset: "0",
        limit: "50"
      })
    })
  )

  it.effect("deleteUser deletes at the user's path", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient("users", "deleteUser", { user_id: 7 }, { status: 204 })
      expect(sent[0]!.method).toBe("DELETE")
      expect(sent[0]!.url.pathname).toBe("/users/7")
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses user_id 0, naming it", () =>
    Effect.gen(function* () {
      const error = yield* refused("users", "deleteUser", { user_id: 0 })
      expect(error.issues).toStrictEqual([{ path: "user_id", message: "Expected an integer >= 1, got 0" }])
    })
  )

  it.effect("refuses an undocumented status, order_by, date format and limit", () =>
    Effect.gen(function* () {
      const error = yield* refused("users", "getAllUsers", {
        status: "blocked",
        order_by: "created",
        created_min: "2024-01-01",
        limit: 0
      })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["created_min", "limit", "order_by", "status"])
    })
  )
})

describe("tolerance", () => {
  const user = (fixture("users/getAllUsers.200.json") as { items: Array<Record<string, unknown>> }).items[0]!

  it('keeps an undocumented status and the empty date "0000-00-00 00:00:00"', () => {
    const decoded = Schema.decodeUnknownSync(Users.User)({ ...user, status: "pending", updated: "0000-00-00 00:00:00" })
    expect(decoded.status).toBe("pending")
    expect(decoded.updated).toBe("0000-00-00 00:00:00")
  })

  it("decodes a user with only its ID, dropping unknown fields", () => {
    expect(Schema.decodeUnknownSync(Users.User)({ user_id: 3, language: "pt" })).toStrictEqual({ user_id: 3 })
  })

  it("still refuses a field of the wrong type", () => {
    expect(() => Schema.decodeUnknownSync(Users.User)({ ...user, is_admin: "no" })).toThrow(/is_admin/)
  })
})
