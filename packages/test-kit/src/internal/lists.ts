/**
 * The Lists routes of the mock.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, notFound } from "./errors.js"
import { matchesText, page, withinDates } from "./query.js"
import type { MockState, StoredList } from "./state.js"

/** The largest number of lists an account may hold before `createList` answers 409. */
export const DEFAULT_MAX_LISTS = 1000

const summary = ({ default_language: _, available_languages: __, ...list }: StoredList) => list

export const layer = (state: MockState, maxLists: number) =>
  HttpApiBuilder.group(EgoiApi.EgoiApi, "lists", (handlers) => {
    const find = (listId: number) =>
      Effect.suspend(() => {
        const list = state.lists.get(listId)
        return list ? Effect.succeed(list) : Effect.fail(notFound(`List ${listId} does not exist`))
      })
    return handlers
      .handle("getAllLists", ({ urlParams }) =>
        Effect.sync(() => {
          const lists = [...state.lists.values()].filter(
            (list) =>
              matchesText(list.internal_name, urlParams.internal_name) &&
              matchesText(list.public_name, urlParams.public_name) &&
              withinDates(list.created, urlParams.created_min, urlParams.created_max) &&
              withinDates(list.updated, urlParams.updated_min, urlParams.updated_max)
          )
          const result = page(lists, urlParams, "list_id")
          return { total_items: result.total_items, items: result.items.map(summary) }
        })
      )
      .handle("createList", ({ payload }) =>
        Effect.suspend(() => {
          if (state.lists.size >= maxLists) {
            return Effect.fail(conflict({ list_limit_reached: "The maximum number of allowed lists was reached" }))
          }
          const now = state.now()
          const list: StoredList = {
            list_id: state.takeListId(),
            internal_name: payload.internal_name,
            public_name: payload.public_name ?? payload.internal_name,
            status: "active",
            group_id: 0,
            created: now,
            updated: now,
            default_language: "en",
            available_languages: ["en"]
          }
          state.lists.set(list.list_id, list)
          return Effect.succeed(summary(list))
        })
      )
      .handle("getList", ({ path }) =>
        Effect.map(find(path.list_id), (list) => ({
          ...list,
          stats: {
            total_contacts: 0,
            total_active: 0,
            total_inactive: 0,
            total_removed: 0,
            total_unconfirmed: 0,
            total_waiting_new_confirmation: 0
          }
        }))
      )
      .handle("updateList", ({ path, payload }) =>
        Effect.map(find(path.list_id), (list) => {
          const updated: StoredList = {
            ...list,
            ...(payload.internal_name === undefined ? {} : { internal_name: payload.internal_name }),
            ...(payload.public_name === undefined ? {} : { public_name: payload.public_name }),
            ...(payload.group_id === undefined ? {} : { group_id: payload.group_id }),
            updated: state.now()
          }
          state.lists.set(list.list_id, updated)
          return summary(updated)
        })
      )
      .handle("deleteList", ({ path }) =>
        Effect.map(find(path.list_id), (list) => {
          state.lists.delete(list.list_id)
        })
      )
  })
