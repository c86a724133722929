/**
 * The Tags group of the mock: the `tags` table, with names unique regardless of case.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Tags } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, found, unprocessable } from "../answers.js"
import type { MockContext } from "../context.js"
import { page } from "../query.js"
import type { MockState } from "../state.js"

export const group = "tags"

const DEFAULT_COLOR = "#FFFFFF"

/** Table `tags`, keyed by `tag_id`. */
export const tagsTable = (state: MockState) => state.table<Tags.Tag>("tags", (tag) => tag.tag_id)

/** A tag to seed: its name and color (`#FFFFFF` unless given). */
export interface TagSeed {
  readonly name: string
  readonly color?: string | undefined
}

/** Adds a tag, as `createTag` does. */
export const insertTag = (state: MockState, seed: TagSeed): Tags.Tag => {
  const table = tagsTable(state)
  return table.set({ tag_id: table.takeId(), name: seed.name, color: seed.color ?? DEFAULT_COLOR })
}

export const seeds = {
  tags: (context: MockContext, seed: TagSeed) => void insertTag(context.state, seed)
}

export const layer = ({ state }: MockContext) => {
  const tags = tagsTable(state)
  const find = (tagId: number) => Effect.suspend(() => found(tags.get(tagId), () => `Tag ${tagId} does not exist`))
  const nameTaken = (name: string, except?: number) =>
    tags.values().some((tag) => tag.tag_id !== except && tag.name.toLowerCase() === name.toLowerCase())
  const taken = () => conflict({ name_already_exists: "The provided name already exists" })
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
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
  )
}
