/**
 * The Lists group of the mock: the `lists` table, and what the other groups ask of a list they are
 * given (that it exists, answered as 404 or 422 as each route documents).
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Lists } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, found, notFound, unprocessable } from "../answers.js"
import type { MockContext } from "../context.js"
import { matchesText, page, withinDates } from "../query.js"
import type { MockState } from "../state.js"

export const group = "lists"

/** The largest number of lists an account may hold before `createList` answers 409. */
export const DEFAULT_MAX_LISTS = 1000

/** A list as the mock stores it: what `getList` returns, counts aside. Table `lists`, keyed by `list_id`. */
export interface StoredList extends Lists.List {
  readonly default_language: string
  readonly available_languages: ReadonlyArray<string>
}

export const listsTable = (state: MockState) => state.table<StoredList>("lists", (list) => list.list_id)

/** A list to seed: its names (the public one is the internal one unless given) and its creation date. */
export interface ListSeed {
  readonly internal_name: string
  readonly public_name?: string | undefined
  /** `YYYY-MM-DD hh:mm:ss`; now by default. */
  readonly created?: string | undefined
}

/** Adds a list, as `createList` does. */
export const insertList = (state: MockState, seed: ListSeed): StoredList => {
  const table = listsTable(state)
  const created = seed.created ?? state.now()
  return table.set({
    list_id: table.takeId(),
    internal_name: seed.internal_name,
    public_name: seed.public_name ?? seed.internal_name,
    status: "active",
    group_id: 0,
    created,
    updated: created,
    default_language: "en",
    available_languages: ["en"]
  })
}

/** Fails with 404 unless the list exists, for the routes that document a 404. */
export const requireList = (state: MockState, listId: number) =>
  Effect.suspend(() => (listsTable(state).has(listId) ? Effect.void : Effect.fail(notFound(missing(listId)))))

/** Fails with a 422 naming `list_id` unless the list exists, for the routes that document no 404. */
export const requireListParam = (state: MockState, listId: number) =>
  Effect.suspend(() =>
    listsTable(state).has(listId) ? Effect.void : Effect.fail(unprocessable({ list_id: [missing(listId)] }))
  )

const missing = (listId: number) => `List ${listId} does not exist`

export const seeds = {
  lists: (context: MockContext, seed: ListSeed) => void insertList(context.state, seed)
}

const summary = ({ default_language: _, available_languages: __, ...list }: StoredList) => list

export const layer = ({ state, options }: MockContext) => {
  const lists = listsTable(state)
  const maxLists = options.maxLists ?? DEFAULT_MAX_LISTS
  const find = (listId: number) => Effect.suspend(() => found(lists.get(listId), () => missing(listId)))
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllLists", ({ urlParams }) =>
        Effect.sync(() => {
          const matching = lists
            .values()
            .filter(
              (list) =>
                matchesText(list.internal_name, urlParams.internal_name) &&
                matchesText(list.public_name, urlParams.public_name) &&
                withinDates(list.created, urlParams.created_min, urlParams.created_max) &&
                withinDates(list.updated, urlParams.updated_min, urlParams.updated_max)
            )
          const result = page(matching, urlParams, "list_id")
          return { total_items: result.total_items, items: result.items.map(summary) }
        })
      )
      .handle("createList", ({ payload }) =>
        Effect.suspend(() =>
          lists.size >= maxLists
            ? Effect.fail(conflict({ list_limit_reached: "The maximum number of allowed lists was reached" }))
            : Effect.succeed(summary(insertList(state, payload)))
        )
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
        Effect.map(find(path.list_id), (list) =>
          summary(
            lists.set({
              ...list,
              ...(payload.internal_name === undefined ? {} : { internal_name: payload.internal_name }),
              ...(payload.public_name === undefined ? {} : { public_name: payload.public_name }),
              ...(payload.group_id === undefined ? {} : { group_id: payload.group_id }),
              updated: state.now()
            })
          )
        )
      )
      .handle("deleteList", ({ path }) =>
        Effect.map(find(path.list_id), (list) => {
          lists.delete(list.list_id)
        })
      )
  )
}
