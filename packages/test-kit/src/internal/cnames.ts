/**
 * The CNames routes of the mock.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { type CNames, EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, unprocessable } from "./errors.js"
import type { MockState } from "./state.js"

export const cnamesTable = (state: MockState) => state.table<CNames.CName>("cnames", (cname) => cname.cname_id)

/** A host name: dot-separated labels of letters, digits and inner hyphens, ending in a letters-only label. */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

export const layer = (state: MockState) => {
  const cnames = cnamesTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, "cnames", (handlers) =>
    handlers
      .handle("getAllCNames", () =>
        Effect.sync(() => {
          const items = cnames.values().sort((a, b) => a.cname_id - b.cname_id)
          return { total_items: items.length, items }
        })
      )
      .handle("createCName", ({ payload }) =>
        Effect.gen(function* () {
          if (payload.value === undefined) return yield* unprocessable({ value: ["The cname value is required"] })
          if (!HOST_NAME.test(payload.value)) {
            return yield* unprocessable({ value: ["The cname value must be a domain name, e.g. mkt.example.com"] })
          }
          const value = payload.value.toLowerCase()
          if (cnames.values().some((cname) => cname.value === value)) {
            return yield* conflict({ cname_exists: "The provided cname already exists" })
          }
          // Not checked yet: E-goi verifies the DNS record later.
          return cnames.set({ cname_id: cnames.takeId(), value, status: "unverified" })
        })
      )
  )
}
