/**
 * Utilities in the mock: the 249 ISO 3166-1 countries, filtered by the dialing code a phone
 * number starts with.
 */
import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { clientAndMock, mockClient } from "./utils/client.js"

describe("countries", () => {
  it.effect("lists every ISO 3166-1 country with its ISO code, currency and dialing code", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const { total_items, items } = yield* egoi.utilities.getAllCountries()
      expect(total_items).toBe(249)
      expect(items).toHaveLength(249)
      expect(new Set(items.map((country) => country.iso_code)).size).toBe(249)
      expect(new Set(items.map((country) => country.country)).size).toBe(249)
      for (const country of items) {
        expect(country.iso_code).toMatch(/^[A-Z]{2}$/)
        expect(country.country_code).toMatch(/^\d{1,4}$/)
        // Antarctica is the one country without a currency.
        expect(country.currency).toMatch(country.iso_code === "AQ" ? /^$/ : /^[A-Z]{3}$/)
      }
      const byIso = new Map(items.map((country) => [country.iso_code, country]))
      expect(byIso.get("PT")).toMatchObject({ name: "Portugal", currency: "EUR", country_code: "351" })
      expect(byIso.get("BR")).toMatchObject({ name: "Brazil", currency: "BRL", country_code: "55" })
      expect(byIso.get("JP")).toMatchObject({ name: "Japan", currency: "JPY", country_code: "81" })
      expect(byIso.get("US")).toMatchObject({ name: "United States", currency: "USD", country_code: "1" })
      expect(byIso.get("GB")).toMatchObject({ currency: "GBP", country_code: "44" })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("filters by phone: the countries with the longest dialing code the number starts with", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const portugal = yield* egoi.utilities.getAllCountries({ phone: "351-910000000" })
      expect(portugal).toEqual({
        total_items: 1,
        items: [expect.objectContaining({ name: "Portugal", iso_code: "PT", currency: "EUR", country_code: "351" })]
      })
      expect(mock.requests().at(-1)).toMatchObject({ path: "/utilities/countries", query: { phone: "351-910000000" } })

      const isoCodes = (phone: string) =>
        Effect.map(egoi.utilities.getAllCountries({ phone }), (page) =>
          page.items.map((country) => country.iso_code).sort()
        )
      expect(yield* isoCodes("44-7700900123")).toEqual(["GB", "GG", "IM", "JE"])
      expect(yield* isoCodes("7-7011234567")).toEqual(["KZ", "RU"])
      // North America shares `1`; a country with its own area code is told apart by it.
      expect(yield* isoCodes("1-2685551234")).toEqual(["AG"])
      expect(yield* isoCodes("1-2125551234")).toEqual(["CA", "UM", "US"])
      expect(yield* isoCodes("5511987654321")).toEqual(["BR"])
      expect(yield* isoCodes("999-123456")).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )
})
