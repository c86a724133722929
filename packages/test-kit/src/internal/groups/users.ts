/**
 * The Users group of the mock: the account's users (the `users` table). The API cannot create
 * users, so they come from seeds (the demo has three).
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Users } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, found } from "../answers.js"
import type { MockContext } from "../context.js"
import { matchesText, page, withinDates } from "../query.js"
import type { MockState } from "../state.js"

export const group = "users"

/** Table `users`, keyed by `user_id`. */
export const usersTable = (state: MockState) => state.table<Users.User>("users", (user) => user.user_id)

/** A user to seed: its username (also its email), names, and whether it is an active administrator. */
export interface UserSeed {
  readonly username: string
  readonly first_name: string
  readonly last_name: string
  /** `false` by default. */
  readonly is_admin?: boolean | undefined
  /** `active` by default. */
  readonly status?: "active" | "inactive" | undefined
  readonly phone?: string | undefined
  /** `YYYY-MM-DD hh:mm:ss`; now by default. */
  readonly created?: string | undefined
}

/** Adds a user, as the account's user management would. */
export const insertUser = (state: MockState, seed: UserSeed): Users.User => {
  const table = usersTable(state)
  const created = seed.created ?? state.now()
  return table.set({
    user_id: table.takeId(),
    username: seed.username,
    is_admin: seed.is_admin ?? false,
    first_name: seed.first_name,
    last_name: seed.last_name,
    email: seed.username,
    ...(seed.phone === undefined ? {} : { phone: seed.phone }),
    profile_image: "",
    status: seed.status ?? "active",
    created,
    updated: created
  })
}

export const seeds = {
  users: (context: MockContext, seed: UserSeed) => void insertUser(context.state, seed)
}

export const layer = ({ state }: MockContext) => {
  const users = usersTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
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
          const user = yield* found(users.get(path.user_id), () => `User ${path.user_id} does not exist`)
          // The account keeps its administrators: removing one is refused, as the documented 409.
          if (user.is_admin) {
            return yield* conflict({ user_is_admin: "An administrator of the account cannot be removed" })
          }
          users.delete(user.user_id)
        })
      )
  )
}
