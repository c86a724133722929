/**
 * The My Account and Ping routes of the mock.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, unprocessable } from "./errors.js"
import type { MockState } from "./state.js"

export const layer = (state: MockState) =>
  HttpApiBuilder.group(EgoiApi.EgoiApi, "myAccount", (handlers) =>
    handlers
      .handle("getMyAccount", () => Effect.sync(() => state.account))
      .handle("enableTe", ({ payload }) =>
        Effect.gen(function* () {
          if (state.account.module_info?.te?.enabled) {
            return yield* conflict({
              domain_already_defined: "Track&Engage is already enabled for a domain of this account"
            })
          }
          if (payload.list_id !== undefined && !state.lists.has(payload.list_id)) {
            return yield* unprocessable({ list_id: [`List ${payload.list_id} does not exist`] })
          }
          state.account = { ...state.account, module_info: { ...state.account.module_info, te: { enabled: true } } }
          return { result: true, response: "success" }
        })
      )
      .handle("enableTransactional", () =>
        Effect.suspend(() => {
          if (state.transactionalEnabled) {
            return Effect.fail(conflict({ client_already_enabled: "Transactional is already enabled" }))
          }
          state.transactionalEnabled = true
          return Effect.void
        })
      )
  )

export const pingLayer = HttpApiBuilder.group(EgoiApi.EgoiApi, "ping", (handlers) =>
  handlers.handle("ping", () => Effect.succeed({ result: "pong" }))
)
