/**
 * Schemas shared by every resource: identifiers, pagination parameters, ordering, E-goi dates and
 * open enums.
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { expected, quote } from "./internal/messages.js"

/**
 * A numeric resource identifier as it appears in bodies: an integer `>= 1`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Id = Schema.Int.pipe(Schema.greaterThanOrEqualTo(1)).annotations({
  identifier: "Id",
  message: expected("an integer >= 1"),
  title: "ID",
  description: "A resource identifier, an integer greater than or equal to 1"
})

/**
 * A numeric identifier carried in a path or query string: a string on the wire, an integer `>= 1` in code.
 *
 * @since 0.1.0
 * @category schemas
 */
export const IdParam = Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(1)).annotations({
  message: expected("an integer >= 1"),
  description: "A resource identifier, an integer greater than or equal to 1"
})

/**
 * The `list_id` path parameter, which most routes start with (`/lists/:list_id/...`). Spread it into a
 * path struct: `Schema.Struct({ ...ListIdPath, field_id: IdParam })`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListIdPath = { list_id: IdParam.annotations({ description: "ID of the list" }) } as const

/**
 * The languages E-goi knows, for contacts, lists and the labels of field options.
 *
 * @since 0.1.0
 * @category constants
 */
export const LANGUAGES = ["en", "pt", "br", "es", "de", "hu", "fr"] as const

/**
 * One of {@link LANGUAGES}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Language = Schema.Literal(...LANGUAGES).annotations({
  message: expected(`one of ${LANGUAGES.join(", ")}`)
})

/**
 * @since 0.1.0
 * @category models
 */
export type Language = typeof Language.Type

/**
 * An absolute `http` or `https` URL that E-goi calls or downloads (a `callback_url`, a file to import).
 *
 * @since 0.1.0
 * @category schemas
 */
export const HttpUrl = Schema.String.pipe(
  Schema.filter(
    (value) => {
      try {
        const url = new URL(value)
        return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== ""
      } catch {
        return false
      }
    },
    { message: expected("an http or https URL") }
  )
).annotations({
  description: "An absolute http or https URL",
  // Random strings are almost never URLs: generate URLs for property tests instead of filtering.
  arbitrary: () => (fc) => fc.webUrl({ validSchemes: ["http", "https"] })
})

/**
 * E-goi's answer to a request it accepted and will carry out in the background (202).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Accepted = Schema.Struct({
  result: Schema.String.annotations({ description: "success" })
}).annotations({ identifier: "AcceptedResponse" })

/**
 * The `offset` query parameter: the index of the first element, starting at zero.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Offset = Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(0)).annotations({
  message: expected("an integer >= 0"),
  description: "Element offset (starting at zero for the first element)"
})

/**
 * The largest page E-goi returns.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_PAGE_SIZE = 1000

/**
 * The `limit` query parameter: how many elements to return, 1 to 1000.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Limit = Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, MAX_PAGE_SIZE)).annotations({
  message: expected(`an integer from 1 to ${MAX_PAGE_SIZE}`),
  description: "Number of items to return (1 to 1000)"
})

/**
 * A request enum: one of the given literals, with one clear message when the value is none of them.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Choice = <const Literals extends readonly [string, ...Array<string>]>(...literals: Literals) =>
  Schema.Literal(...literals).annotations({ message: expected(`one of ${literals.join(", ")}`) })

/**
 * The `order` query parameter.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Order = Choice("asc", "desc").annotations({ description: "Type of order" })

/**
 * An E-goi date and time as the API writes it, `YYYY-MM-DD hh:mm:ss`, kept as given (including
 * E-goi's "no date" value `0000-00-00 00:00:00`). Use {@link toDate} to convert.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DateTime = Schema.String.annotations({
  identifier: "DateTime",
  description: "A date and time, YYYY-MM-DD hh:mm:ss"
})

const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

/** A date and time with an offset, as RFC 3339 writes it: `2024-03-05T14:07:09Z`, `2024-03-05T15:07:09+01:00`. */
const RFC_3339_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i

const EXPECTED_DATE_TIME = "a date and time as YYYY-MM-DD hh:mm:ss (UTC), a Date or an RFC 3339 string"

/**
 * A date and time sent to E-goi (a filter such as `created_min`). In code: E-goi's
 * `YYYY-MM-DD hh:mm:ss` (read as UTC), a `Date`, or an RFC 3339 string with its offset; on the wire
 * always E-goi's notation, in UTC. An impossible date (`2020-13-45 25:61:61`) is refused.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DateTimeParam = Schema.transformOrFail(
  Schema.String,
  Schema.Union(Schema.DateFromSelf, Schema.String).annotations({
    description: EXPECTED_DATE_TIME,
    arbitrary: () => (fc) =>
      fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true })
  }),
  {
    strict: true,
    decode: (wire, _, ast) =>
      Option.isSome(toDate(wire)) && DATE_TIME_PATTERN.test(wire)
        ? ParseResult.succeed(wire)
        : ParseResult.fail(new ParseResult.Type(ast, wire, `Expected ${EXPECTED_DATE_TIME}, got ${quote(wire)}`)),
    encode: (value, _, ast) => {
      const refuse = () =>
        ParseResult.fail(new ParseResult.Type(ast, value, `Expected ${EXPECTED_DATE_TIME}, got ${quote(value)}`))
      if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? refuse() : ParseResult.succeed(formatDateTime(value))
      if (DATE_TIME_PATTERN.test(value)) return Option.isSome(toDate(value)) ? ParseResult.succeed(value) : refuse()
      if (!RFC_3339_PATTERN.test(value)) return refuse()
      const instant = Date.parse(value)
      // Date.parse rolls some impossible dates over; what it reads must be what was written.
      const written = value.slice(0, 10)
      const local = new Date(instant + offsetMinutes(value) * 60_000).toISOString().slice(0, 10)
      return Number.isNaN(instant) || written !== local ? refuse() : ParseResult.succeed(formatDateTime(instant))
    }
  }
).annotations({ description: EXPECTED_DATE_TIME, jsonSchema: { type: "string", pattern: DATE_TIME_PATTERN.source } })

/** The offset of an RFC 3339 date and time, in minutes east of UTC. */
const offsetMinutes = (value: string): number => {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(value)
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
}

/**
 * Converts an E-goi date string to a `Date` (read as UTC). E-goi's empty date `0000-00-00 00:00:00`,
 * an empty string or anything unparseable gives `Option.none()`.
 *
 * @since 0.1.0
 * @category conversions
 */
export const toDate = (value: string | null | undefined): Option.Option<Date> => {
  if (!value) return Option.none()
  const match = DATE_TIME_PATTERN.exec(value) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return Option.none()
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = match
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = [y, mo, d, h, mi, s].map(Number)
  if (year === 0 || month === 0 || day === 0) return Option.none()
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second))
  // Date.UTC rolls an impossible date over (2024-02-30 becomes March 1st): such a value is not a date.
  const exact =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  return exact ? Option.some(date) : Option.none()
}

/**
 * Formats a `Date` (or epoch milliseconds) the way E-goi writes dates, `YYYY-MM-DD hh:mm:ss` (UTC).
 *
 * @since 0.1.0
 * @category conversions
 */
export const formatDateTime = (date: Date | number): string =>
  new Date(date).toISOString().slice(0, 19).replace("T", " ")

/**
 * An enum in a response that keeps decoding when E-goi adds a value: the documented literals,
 * or any other string. The type keeps editor completion for the documented literals; at run time it
 * is a string check (a union of literals would cost more on every record of every page, and accept
 * the same values).
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenEnum = <const Literals extends ReadonlyArray<string>>(
  ...literals: Literals
): Schema.Schema<Literals[number] | (string & {}), string> =>
  Schema.String.annotations({
    description: `One of ${literals.map((literal) => JSON.stringify(literal)).join(", ")}, or a value E-goi adds later`
  })

/**
 * A response whose missing fields decode to defaults (`items: []`, say). Unlike
 * `Schema.optionalWith(..., { default })`, the filled-in value is not validated a second time, which
 * halves the cost of decoding a page of a thousand records.
 *
 * @since 0.1.0
 * @category schemas
 */
export const withDefaults = <S extends Schema.Schema.Any, Out>(
  wire: S,
  fill: (value: Schema.Schema.Type<S>) => Out
): Schema.Schema<Out, Schema.Schema.Encoded<S>, Schema.Schema.Context<S>> =>
  Schema.transform(wire, Schema.Unknown as unknown as Schema.Schema<Out>, {
    strict: false,
    decode: (value) => fill(value as Schema.Schema.Type<S>),
    encode: (value) => value
  }) as any

/**
 * A paginated collection as E-goi returns it: `{ total_items, items }`. A missing `items` decodes as
 * an empty array.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Collection = <Item extends Schema.Schema.Any>(item: Item, identifier: string) =>
  withDefaults(
    Schema.Struct({
      total_items: Schema.optional(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0))),
      items: Schema.optional(Schema.Array(item))
    }).annotations({ identifier }),
    (page): { readonly total_items?: number | undefined; readonly items: ReadonlyArray<Schema.Schema.Type<Item>> } => ({
      ...page,
      items: page.items ?? []
    })
  )

/**
 * E-goi's notation of a phone or cellphone number: country code, a dash, the number (`351-910000000`).
 *
 * @since 0.1.0
 * @category constants
 */
export const PHONE_PATTERN = /^(\d){1,3}-(\d){4,20}$/

/**
 * A phone or cellphone number as E-goi writes it: country code, a dash, the number (`351-910000000`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Phone = Schema.String.pipe(
  Schema.pattern(PHONE_PATTERN, {
    message: expected("a number as <country code>-<number>, e.g. 351-910000000")
  })
).annotations({ description: "Country code, a dash, the number: 351-910000000" })

/**
 * What passes for an email address: something@something.something, no spaces.
 *
 * @since 0.1.0
 * @category constants
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * An email address (a light check: something@something.something, no spaces).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Email = Schema.String.pipe(
  Schema.pattern(EMAIL_PATTERN, { message: expected("an email address") })
).annotations({
  description: "An email address"
})

/**
 * A calendar date, `YYYY-MM-DD`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DateParam = Schema.String.pipe(
  Schema.pattern(/^\d{4}-\d{2}-\d{2}$/, { message: expected("a date as YYYY-MM-DD") })
).annotations({ description: "A date, YYYY-MM-DD" })

/**
 * An array of distinct items, with optional bounds on its length (E-goi's `uniqueItems`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const UniqueArray = <S extends Schema.Schema.Any>(
  item: S,
  bounds: { readonly min?: number; readonly max?: number } = {}
) =>
  Schema.Array(item).pipe(
    Schema.filter((items) => {
      if (bounds.min !== undefined && items.length < bounds.min) {
        return `Expected at least ${bounds.min} item${bounds.min === 1 ? "" : "s"}, got ${items.length}`
      }
      if (bounds.max !== undefined && items.length > bounds.max) {
        return `Expected at most ${bounds.max} items, got ${items.length}`
      }
      const seen = new Set<string>()
      for (const entry of items) {
        const key = JSON.stringify(entry)
        if (seen.has(key)) return `Expected distinct items, got ${key} twice`
        seen.add(key)
      }
      return true
    })
  )

/**
 * An optional request parameter: it may be left out, but not given as `undefined` or `null`
 * (the client drops `undefined` values before checking).
 *
 * @since 0.1.0
 * @category schemas
 */
export const optionalParam = <S extends Schema.Schema.All>(schema: S) => Schema.optionalWith(schema, { exact: true })

/**
 * The query parameters every `offset`/`limit` collection takes.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PageParams = {
  offset: optionalParam(Offset),
  limit: optionalParam(Limit),
  order: optionalParam(Order)
} as const
