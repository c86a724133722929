/**
 * Lists in the mock: IDs from 1, what is created, changed and removed is kept; pages, order and
 * filters as E-goi's; the list limit.
 */
import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { mockClient, raw, seed } from "./utils/client.js"

describe("lists", () => {
  it.effect("assigns increasing IDs and keeps what was created, changed and removed", () =>
    Effect.gen(function* () {
      const first = yield* raw("POST", "/lists", { internal_name: "First" })
      const second = yield* raw("POST", "/lists", { internal_name: "Second", public_name: "Public" })
      expect([first.status, first.body.list_id, second.body.list_id]).toEqual([201, 1, 2])
      expect(first.body.public_name).toBe("First")
      expect((yield* raw("PATCH", "/lists/1", { group_id: 7 })).body.group_id).toBe(7)
      expect((yield* raw("DELETE", "/lists/2")).status).toBe(204)
      expect((yield* raw("GET", "/lists/2")).status).toBe(404)
      expect((yield* raw("GET", "/lists")).body.items.map((list: { list_id: number }) => list.list_id)).toEqual([1])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("pages, orders and filters like E-goi: 10 by default, descending by ID", () =>
    Effect.gen(function* () {
      yield* seed({
        lists: Array.from({ length: 15 }, (_, i) => ({ internal_name: `List ${String(i).padStart(2, "0")}` }))
      })
      const first = yield* raw("GET", "/lists")
      expect(first.body.total_items).toBe(15)
      expect(first.body.items).toHaveLength(10)
      expect(first.body.items[0].list_id).toBe(15)
      const asc = yield* raw("GET", "/lists?order=asc&order_by=internal_name&offset=12&limit=5")
      expect(asc.body.items.map((list: { internal_name: string }) => list.internal_name)).toEqual([
        "List 12",
        "List 13",
        "List 14"
      ])
      const filtered = yield* raw("GET", "/lists?internal_name=list%2001")
      expect(filtered.body).toMatchObject({ total_items: 1, items: [{ internal_name: "List 01" }] })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("enforces the list limit with the documented 409", () =>
    Effect.gen(function* () {
      yield* raw("POST", "/lists", { internal_name: "Only" })
      const refused = yield* raw("POST", "/lists", { internal_name: "One too many" })
      expect(refused.status).toBe(409)
      expect(refused.body.errors).toEqual({ list_limit_reached: "The maximum number of allowed lists was reached" })
    }).pipe(Effect.provide(mockClient({ maxLists: 1 })))
  )
})
