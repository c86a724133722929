/**
 * Utilities: reference data, such as the countries E-goi knows with their dialing codes.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Collection, Id, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"

/**
 * A country as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Country = Schema.Struct({
  /** E-goi's ID of the country. */
  country: Id,
  name: Schema.optional(Schema.String),
  /** ISO 3166-1 alpha-2 code, e.g. `PT`. */
  iso_code: Schema.optional(Schema.String),
  /** ISO 4217 currency code, e.g. `EUR`. */
  currency: Schema.optional(Schema.String),
  /** International dialing code, without `+`, e.g. `351`: the part before the dash of E-goi's phone numbers. */
  country_code: Schema.optional(Schema.String)
}).annotations({ identifier: "Country" })

/**
 * @since 0.1.0
 * @category models
 */
export type Country = typeof Country.Type

/**
 * Every country, in one answer: the operation takes no `offset`/`limit`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CountryCollection = Collection(Country, "CountryCollection")

/**
 * The Utilities group: `getAllCountries`.
 *
 * @since 0.1.0
 * @category api
 */
export const UtilitiesGroup = Endpoint.authenticatedGroup("utilities", "Utilities").add(
  Endpoint.get("getAllCountries", "/utilities/countries")
    .setUrlParams(
      Schema.Struct({
        phone: optionalParam(
          Schema.String.annotations({
            description: "A phone number: only the countries whose dialing code it starts with, e.g. 351-910000000"
          })
        )
      })
    )
    .addSuccess(CountryCollection)
    .addError(Wire.UnprocessableEntity)
    .annotate(OpenApi.Summary, "List the countries with their ISO code, currency and dialing code")
)
