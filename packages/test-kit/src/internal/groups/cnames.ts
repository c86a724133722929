/**
 * The CNames group of the mock: the account's domains (the `cnames` table), stored in lower case.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { type CNames, EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, unprocessable } from "../answers.js"
import type { MockContext } from "../context.js"
import type { MockState } from "../state.js"

export const group = "cnames"

/** Table `cnames`, keyed by `cname_id`. */
export const cnamesTable = (state: MockState) => state.table<CNames.CName>("cnames", (cname) => cname.cname_id)

/** A CNAME to seed: the domain, `unverified` unless a status is given. */
export interface CNameSeed {
  readonly value: string
  readonly status?: string | undefined
}

/** Adds a CNAME, as `createCName` does: in lower case, not verified until E-goi checks its DNS record. */
export const insertCName = (state: MockState, seed: CNameSeed): CNames.CName => {
  const table = cnamesTable(state)
  return table.set({ cname_id: table.takeId(), value: seed.value.toLowerCase(), status: seed.status ?? "unverified" })
}

export const seeds = {
  cnames: (context: MockContext, seed: CNameSeed) => void insertCName(context.state, seed)
}

/** A host name: dot-separated labels of letters, digits and inner hyphens, ending in a letters-only label. */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

export const layer = ({ state }: MockContext) => {
  const cnames = cnamesTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
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
          return insertCName(state, { value })
        })
      )
  )
}
