import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Egoi } from "../src/index.js"

describe("utilities, through the SDK against the mock", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make()
    egoi = new Egoi({
      apiKey: "sdk-utilities-key",
      baseUrl: EgoiMock.IN_PROCESS_URL,
      fetch: mock.fetch,
      rateLimit: false
    })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  it("lists every ISO 3166-1 country with its ISO code, currency and dialing code", async () => {
    const { total_items, items } = await egoi.utilities.getAllCountries()
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
  })

  it("filters by phone: the countries whose dialing code the number starts with", async () => {
    const portugal = await egoi.utilities.getAllCountries({ phone: "351-910000000" })
    expect(portugal).toEqual({
      total_items: 1,
      items: [expect.objectContaining({ name: "Portugal", iso_code: "PT", currency: "EUR", country_code: "351" })]
    })
    expect(mock.requests().at(-1)).toMatchObject({ path: "/utilities/countries", query: { phone: "351-910000000" } })

    const isoCodes = async (phone: string) =>
      (await egoi.utilities.getAllCountries({ phone })).items.map((country) => country.iso_code).sort()
    expect(await isoCodes("44-7700900123")).toEqual(["GB", "GG", "IM", "JE"])
    expect(await isoCodes("7-7011234567")).toEqual(["KZ", "RU"])
    // North America shares `1`; a country with its own area code is told apart by it.
    expect(await isoCodes("1-2685551234")).toEqual(["AG"])
    expect(await isoCodes("1-2125551234")).toEqual(["CA", "UM", "US"])
    expect(await isoCodes("5511987654321")).toEqual(["BR"])
    expect(await isoCodes("999-123456")).toEqual([])
  })
})
