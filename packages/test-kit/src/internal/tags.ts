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

export const layer = (state: MockState) =>
  HttpApiBuilder.group(EgoiApi.EgoiApi, "tags", (handlers) => {
    const find = (tagId: number) =>
      Effect.suspend(() => {
        const tag = state.tags.get(tagId)
        return tag ? Effect.succeed(tag) : Effect.fail(notFound(`Tag ${tagId} does not exist`))
      })
    const nameTaken = (name: string, except?: number) =>
      [...state.tags.values()].some((tag) => tag.tag_id !== except && tag.name.toLowerCase() === name.toLowerCase())
    return handlers
      .handle("getAllTags", ({ urlParams }) => Effect.sync(() => page(state.tags.values(), urlParams, "tag_id")))
      .handle("createTag", ({ payload }) =>
        Effect.gen(function* () {
          if (payload.name === undefined) {
            return yield* unprocessable({ name: ["The name of the tag is required"] })
          }
          if (nameTaken(payload.name)) {
            return yield* conflict({ name_already_exists: "The provided name already exists" })
          }
          const tag: Tags.Tag = { tag_id: state.takeTagId(), name: payload.name, color: payload.color ?? DEFAULT_COLOR }
          state.tags.set(tag.tag_id, tag)
          return tag
        })
      )
      .handle("updateTag", ({ path, payload }) =>
        Effect.flatMap(find(path.tag_id), (tag) => {
          if (payload.name !== undefined && nameTaken(payload.name, tag.tag_id)) {
            return Effect.fail(conflict({ name_already_exists: "The provided name already exists" }))
          }
          const updated: Tags.Tag = {
            ...tag,
            ...(payload.name === undefined ? {} : { name: payload.name }),
            ...(payload.color === undefined ? {} : { color: payload.color })
          }
          state.tags.set(tag.tag_id, updated)
          return Effect.succeed(updated)
        })
      )
      .handle("deleteTag", ({ path }) =>
        Effect.map(find(path.tag_id), (tag) => {
          state.tags.delete(tag.tag_id)
        })
      )
  })
