/**
 * The Tags routes of the mock.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Tags } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, notFound, unprocessable } from "./errors.js"
import { page } from "./query.js"
import type { MockState } from "./state.js"

const DEFAULT_COLOR = "#FFFFFF"

export const tagsTable = (state: MockState) => state.table<Tags.Tag>("tags", (tag) => tag.tag_id)

/** Adds a tag, as `createTag` does. */
export const insertTag = (state: MockState, fields: { readonly name: string; readonly color?: string | undefined }) => {
  const table = tagsTable(state)
  return table.set({ tag_id: table.takeId(), name: fields.name, color: fields.color ?? DEFAULT_COLOR })
}

export const layer = (state: MockState) => {
  const tags = tagsTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, "tags", (handlers) => {
    const find = (tagId: number) =>
      Effect.suspend(() => {
        const tag = tags.get(tagId)
        return tag ? Effect.succeed(tag) : Effect.fail(notFound(`Tag ${tagId} does not exist`))
      })
    const nameTaken = (name: string, except?: number) =>
      tags.values().some((tag) => tag.tag_id !== except && tag.name.toLowerCase() === name.toLowerCase())
    const taken = () => conflict({ name_already_exists: "The provided name already exists" })
    return handlers
      .handle("getAllTags", ({ urlParams }) => Effect.sync(() => page(tags.values(), urlParams, "tag_id")))
      .handle("createTag", ({ payload }) =>
        Effect.gen(function* () {
          if (payload.name === undefined) return yield* unprocessable({ name: ["The name of the tag is required"] })
          if (nameTaken(payload.name)) return yield* taken()
          return insertTag(state, { name: payload.name, color: payload.color })
        })
      )
      .handle("updateTag", ({ path, payload }) =>
        Effect.gen(function* () {
          const tag = yield* find(path.tag_id)
          if (payload.name !== undefined && nameTaken(payload.name, tag.tag_id)) return yield* taken()
          return tags.set({
            ...tag,
            ...(payload.name === undefined ? {} : { name: payload.name }),
            ...(payload.color === undefined ? {} : { color: payload.color })
          })
        })
      )
      .handle("deleteTag", ({ path }) =>
        Effect.map(find(path.tag_id), (tag) => {
          tags.delete(tag.tag_id)
        })
      )
  })
}
