/**
 * The Utilities group of the mock: the countries, from the fixed table in `countries.ts`.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import type { MockContext } from "../context.js"
import { COUNTRIES, countriesForPhone } from "../countries.js"

export const group = "utilities"

/** The countries are a fixed table, the same for every account. */
export const seeds = {}

export const layer = (_context: MockContext) =>
  HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers.handle("getAllCountries", ({ urlParams }) =>
      Effect.sync(() => {
        const items =
          urlParams.phone === undefined ? COUNTRIES.map((record) => record.country) : countriesForPhone(urlParams.phone)
        return { total_items: items.length, items }
      })
    )
  )
