/**
 * Tags in the mock: names unique whatever their case, a default color, the documented 404, 409 and 422.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { clientAndMock, mockClient, raw } from "./utils/client.js"

const TAKEN = { name_already_exists: "The provided name already exists" }

describe("tags", () => {
  it.effect("creates a tag white unless a color is given, renames and recolors it, and deletes it", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const vip = yield* egoi.tags.createTag({ name: "vip" })
      expect(vip).toEqual({ tag_id: 1, name: "vip", color: "#FFFFFF" })
      expect(yield* egoi.tags.updateTag({ tag_id: 1, name: "VIP", color: "#FF0000" })).toEqual({
        tag_id: 1,
        name: "VIP",
        color: "#FF0000"
      })
      yield* egoi.tags.deleteTag({ tag_id: 1 })
      expect(yield* egoi.tags.getAllTags()).toEqual({ total_items: 0, items: [] })
      expect(yield* Effect.flip(egoi.tags.deleteTag({ tag_id: 1 }))).toBeInstanceOf(EgoiError.NotFound)
      expect(yield* Effect.flip(egoi.tags.updateTag({ tag_id: 1, name: "x" }))).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses a name another tag has, whatever its case, on create and on rename", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* egoi.tags.createTag({ name: "vip" })
      const trial = yield* egoi.tags.createTag({ name: "trial" })
      expect(yield* Effect.flip(egoi.tags.createTag({ name: "VIP" }))).toMatchObject({ status: 409, errors: TAKEN })
      expect(yield* Effect.flip(egoi.tags.updateTag({ tag_id: trial.tag_id, name: "Vip" }))).toMatchObject({
        status: 409,
        errors: TAKEN
      })
      // A tag keeps its own name.
      expect((yield* egoi.tags.updateTag({ tag_id: trial.tag_id, name: "TRIAL" })).name).toBe("TRIAL")
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 422 naming the name when it is missing", () =>
    Effect.gen(function* () {
      const refused = yield* raw("POST", "/tags", {})
      expect(refused.status).toBe(422)
      expect(Object.keys(refused.body.errors)).toEqual(["name"])
    }).pipe(Effect.provide(mockClient()))
  )
})
