/**
 * The Utilities routes of the mock: the countries, from the fixed table in `countries.ts`.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { COUNTRIES, countriesForPhone } from "./countries.js"

export const layer = HttpApiBuilder.group(EgoiApi.EgoiApi, "utilities", (handlers) =>
  handlers.handle("getAllCountries", ({ urlParams }) =>
    Effect.sync(() => {
      const items =
        urlParams.phone === undefined ? COUNTRIES.map((record) => record.country) : countriesForPhone(urlParams.phone)
      return { total_items: items.length, items }
    })
  )
)
