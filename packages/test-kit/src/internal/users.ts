/**
 * The Users routes of the mock.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Users } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, notFound } from "./errors.js"
import { matchesText, page, withinDates } from "./query.js"
import type { MockState } from "./state.js"

export const usersTable = (state: MockState) => state.table<Users.User>("users", (user) => user.user_id)

/** Adds a user, as the account's user management would (there is no create operation in the API). */
export const insertUser = (
  state: MockState,
  fields: {
    readonly username: string
    readonly first_name: string
    readonly last_name: string
    readonly is_admin?: boolean
    readonly status?: "active" | "inactive"
    readonly phone?: string
    readonly created?: string
  }
): Users.User => {
  const table = usersTable(state)
  const created = fields.created ?? state.now()
  return table.set({
    user_id: table.takeId(),
    username: fields.username,
    is_admin: fields.is_admin ?? false,
    first_name: fields.first_name,
    last_name: fields.last_name,
    email: fields.username,
    ...(fields.phone === undefined ? {} : { phone: fields.phone }),
    profile_image: "",
    status: fields.status ?? "active",
    created,
    updated: created
  })
}

export const layer = (state: MockState) => {
  const users = usersTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, "users", (handlers) =>
    handlers
      .handle("getAllUsers", ({ urlParams }) =>
        Effect.sync(() =>
          page(
            users
              .values()
              .filter(
                (user) =>
                  matchesText(user.username, urlParams.username) &&
                  (urlParams.status === undefined || user.status === urlParams.status) &&
                  withinDates(user.created, urlParams.created_min, urlParams.created_max) &&
                  withinDates(user.updated, urlParams.updated_min, urlParams.updated_max)
              ),
            urlParams,
            "user_id"
          )
        )
      )
      .handle("deleteUser", ({ path }) =>
        Effect.gen(function* () {
          const user = users.get(path.user_id)
          if (!user) return yield* notFound(`User ${path.user_id} does not exist`)
          // The account keeps its administrators: removing one is refused, as the documented 409.
          if (user.is_admin)
            return yield* conflict({ user_is_admin: "An administrator of the account cannot be removed" })
          users.delete(user.user_id)
        })
      )
  )
}
