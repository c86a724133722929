import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as Utilities from "../src/Utilities.js"
import { callThroughClient, describeSamples, refused } from "./utils/DocumentedSamples.js"

describeSamples({
  group: "utilities",
  params: { getAllCountries: {} },
  samples: [
    {
      file: "utilities/getAllCountries.200.json",
      operation: "getAllCountries",
      status: 200,
      schema: Utilities.CountryCollection
    },
    {
      file: "utilities/getAllCountries.200.openapi.json",
      operation: "getAllCountries",
      status: 200,
      schema: Utilities.CountryCollection
    }
  ],
  noContent: []
})

describe("getAllCountries", () => {
  it.effect("sends the phone filter", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "utilities",
        "getAllCountries",
        { phone: "351-910000000" },
        { body: { total_items: 0, items: [] } }
      )
      expect(sent[0]!.method).toBe("GET")
      expect(sent[0]!.url.pathname).toBe("/utilities/countries")
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({ phone: "351-910000000" })
    })
  )

  it.effect("takes no paging parameters", () =>
    Effect.gen(function* () {
      const error = yield* refused("utilities", "getAllCountries", { limit: 10 })
      expect(error.issues).toStrictEqual([{ path: "limit", message: "is not a parameter of getAllCountries" }])
    })
  )

  it("decodes a country with fields E-goi may add or leave out", () => {
    expect(
      Schema.decodeUnknownSync(Utilities.Country)({ country: 2, name: "Spain", iso_code: "ES", flag: "es.png" })
    ).toStrictEqual({ country: 2, name: "Spain", iso_code: "ES" })
    expect(() => Schema.decodeUnknownSync(Utilities.Country)({ country: 0, name: "Nowhere" })).toThrow(/country/)
  })
})
