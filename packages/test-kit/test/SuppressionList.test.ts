/**
 * The suppression list in the mock: one entry per type and value, manual entries from the API,
 * filters and pages, and only manual entries deleted.
 */
import { it } from "@effect/vitest"
import { EgoiError, Pagination } from "@egoi-ts/core"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { describe, expect } from "vitest"
import { addSuppression, isSuppressed } from "../src/internal/groups/suppressionList.js"
import { makeRandom } from "../src/internal/random.js"
import { MockState } from "../src/internal/state.js"
import { clientAndMock, mockClient, NOW, NOW_TEXT, raw, seed } from "./utils/client.js"

describe("suppression list", () => {
  it.effect("keeps one entry per type and value, emails, domains and users in lower case", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seed({ suppressionList: [{ type: "email", value: "Ana@Example.com", method: "unsubscribe" }] })
      yield* egoi.suppressionList.createSuppressionList({
        type: "email",
        value: ["ana@example.com", "ANA@example.COM"]
      })
      yield* egoi.suppressionList.createSuppressionList({ type: "email_user", value: ["ana"] })
      const all = yield* egoi.suppressionList.getAllSuppressionList({ order: "asc" })
      expect(all.items.map((entry) => [entry.id, entry.type, entry.value, entry.method])).toEqual([
        [1, "email", "ana@example.com", "unsubscribe"],
        [2, "email_user", "ana", "manual"]
      ])
    }).pipe(Effect.provide(mockClient()))
  )

  it("suppresses an email by its own entry, or by an entry for its domain or its user", () => {
    const state = new MockState(() => NOW, makeRandom(0))
    addSuppression(state, { type: "email_domain", value: "spam.example" })
    addSuppression(state, { type: "email_user", value: "noreply" })
    addSuppression(state, { type: "cellphone", value: "351-910000000" })
    expect(isSuppressed(state, "email", "someone@SPAM.example")).toBe(true)
    expect(isSuppressed(state, "email", "noreply@example.com")).toBe(true)
    expect(isSuppressed(state, "email", "ana@example.com")).toBe(false)
    expect(isSuppressed(state, "cellphone", "351-910000000")).toBe(true)
    expect(isSuppressed(state, "phone", "351-910000000")).toBe(false)
  })

  it.effect("adds manual entries answering 202, filters and pages, and deletes only manual ones", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const added = yield* raw("POST", "/suppression-list", {
        type: "email",
        value: ["a@example.com", "b@example.com"]
      })
      expect(added).toEqual({ status: 202, body: { result: "success" } })
      yield* raw("POST", "/suppression-list", { type: "cellphone", value: ["351-910000000"] })
      yield* seed({ suppressionList: [{ type: "email", value: "c@example.com", method: "bounce" }] })
      const all = yield* raw("GET", "/suppression-list")
      expect(all.body.total_items).toBe(4)
      expect(all.body.items.map((entry: { value: string }) => entry.value)).toEqual([
        "c@example.com",
        "351-910000000",
        "b@example.com",
        "a@example.com"
      ])
      expect(all.body.items[3]).toEqual({
        id: 1,
        value: "a@example.com",
        type: "email",
        method: "manual",
        created: NOW_TEXT
      })
      const manual = yield* raw("GET", "/suppression-list?type=email&method=manual&order=asc&order_by=value&limit=1")
      expect(manual.body).toMatchObject({ total_items: 2, items: [{ value: "a@example.com" }] })
      expect((yield* raw("GET", "/suppression-list?value=c@")).body.total_items).toBe(1)

      const refused = yield* Effect.flip(egoi.suppressionList.deleteSuppressionList({ suppression_id: 4 }))
      expect(refused).toBeInstanceOf(EgoiError.Conflict)
      expect(refused).toMatchObject({ errors: { unremovable_entry: "Unremovable Entry" } })
      expect((yield* raw("DELETE", "/suppression-list/1")).status).toBe(204)
      expect((yield* raw("DELETE", "/suppression-list/1")).status).toBe(404)
      expect((yield* egoi.suppressionList.getAllSuppressionList()).total_items).toBe(3)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("filters by the creation date", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seed({
        suppressionList: [
          { type: "email", value: "old@example.com", created: "2023-01-01 00:00:00" },
          { type: "email", value: "new@example.com" }
        ]
      })
      const recent = yield* egoi.suppressionList.getAllSuppressionList({ created_min: "2024-01-01 00:00:00" })
      expect(recent.items.map((entry) => entry.value)).toEqual(["new@example.com"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers every page of the list to a stream", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* egoi.suppressionList.createSuppressionList({
        type: "email",
        value: Array.from({ length: 23 }, (_, i) => `user${i}@example.com`)
      })
      mock.clearRequests()
      const all = yield* Stream.runCollect(
        Pagination.stream(egoi.suppressionList.getAllSuppressionList, { limit: 10, order: "asc" as const })
      )
      const values = Chunk.toReadonlyArray(all).map((entry) => entry.value)
      expect(values).toHaveLength(23)
      expect(values[0]).toBe("user0@example.com")
      expect(mock.requests().map((request) => request.query.offset)).toEqual(["0", "10", "20"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("a phone not written <country code>-<number> is refused before it reaches the mock", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const error = yield* Effect.flip(
        egoi.suppressionList.createSuppressionList({ type: "phone", value: ["351-300404336", "300404336"] })
      )
      expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
      expect((error as EgoiError.RequestValidationError).issues.map((issue) => issue.path)).toEqual(["value.1"])
      expect(mock.requests()).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )
})
