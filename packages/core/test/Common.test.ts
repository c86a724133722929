import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Common from "../src/Common.js"

describe("toDate", () => {
  it("reads an E-goi date and time as UTC", () => {
    expect(Common.toDate("2024-03-05 14:07:09")).toStrictEqual(Option.some(new Date(Date.UTC(2024, 2, 5, 14, 7, 9))))
  })

  it("reads a date without a time as midnight UTC", () => {
    expect(Common.toDate("2024-03-05")).toStrictEqual(Option.some(new Date("2024-03-05T00:00:00Z")))
  })

  it.each(["0000-00-00 00:00:00", "0000-00-00", "", null, undefined])(
    "gives none for E-goi's empty date %j",
    (value) => {
      expect(Common.toDate(value)).toStrictEqual(Option.none())
    }
  )

  it.each(["YYYY-MM-DD hh:mm:ss", "2024-03-05T14:07:09Z", "05/03/2024", "2024-03-05 14:07"])(
    "gives none for %j, which is not an E-goi date",
    (value) => {
      expect(Common.toDate(value)).toStrictEqual(Option.none())
    }
  )

  it.each(["2024-02-30 00:00:00", "2023-02-29", "2024-13-01 00:00:00", "2024-01-01 24:00:00", "2024-01-01 10:61:00"])(
    "gives none for %j, which is no real date, rather than rolling it over",
    (value) => {
      expect(Common.toDate(value)).toStrictEqual(Option.none())
    }
  )

  it("accepts the 29th of February of a leap year", () => {
    expect(Common.toDate("2024-02-29 23:59:59")).toStrictEqual(Option.some(new Date("2024-02-29T23:59:59Z")))
  })
})

describe("formatDateTime", () => {
  it("writes YYYY-MM-DD hh:mm:ss in UTC, without milliseconds", () => {
    expect(Common.formatDateTime(new Date(Date.UTC(2024, 2, 5, 4, 7, 9, 987)))).toBe("2024-03-05 04:07:09")
  })

  it("round-trips with toDate", () => {
    const date = new Date(Date.UTC(1999, 11, 31, 23, 59, 58))
    expect(Common.toDate(Common.formatDateTime(date))).toStrictEqual(Option.some(date))
  })

  it("writes what DateTimeParam accepts", () => {
    const formatted = Common.formatDateTime(new Date(Date.UTC(2024, 0, 1)))
    expect(Schema.decodeUnknownSync(Common.DateTimeParam)(formatted)).toBe("2024-01-01 00:00:00")
    expect(Either.isLeft(Schema.decodeUnknownEither(Common.DateTimeParam)("2024-01-01"))).toBe(true)
  })
})

describe("OpenEnum", () => {
  const Status = Common.OpenEnum("active", "blocked")

  it.each(["active", "blocked"])("accepts the documented value %s", (value) => {
    expect(Schema.decodeUnknownSync(Status)(value)).toBe(value)
  })

  it("accepts a value E-goi adds later", () => {
    expect(Schema.decodeUnknownSync(Status)("archived")).toBe("archived")
    expect(Schema.is(Status)("archived")).toBe(true)
  })

  it("still refuses what is not a string", () => {
    expect(Either.isLeft(Schema.decodeUnknownEither(Status)(1))).toBe(true)
    expect(Either.isLeft(Schema.decodeUnknownEither(Status)(null))).toBe(true)
  })
})

describe("request parameters", () => {
  const decode = <A, I>(schema: Schema.Schema<A, I>, value: unknown) => Schema.decodeUnknownEither(schema)(value)
  const message = (result: Either.Either<unknown, { readonly message: string }>) =>
    Either.isLeft(result) ? result.left.message : undefined

  it("reads identifiers, offsets and limits from strings within their bounds", () => {
    expect(decode(Common.IdParam, "12")).toStrictEqual(Either.right(12))
    expect(decode(Common.Offset, "0")).toStrictEqual(Either.right(0))
    expect(decode(Common.Limit, "1000")).toStrictEqual(Either.right(1000))
  })

  it("refuses values out of bounds with one message naming the expectation and the value as sent", () => {
    expect(message(decode(Common.IdParam, "0"))).toBe('Expected an integer >= 1, got "0"')
    expect(message(decode(Common.IdParam, "abc"))).toBe('Expected an integer >= 1, got "abc"')
    expect(message(decode(Common.Offset, "-1"))).toBe('Expected an integer >= 0, got "-1"')
    expect(message(decode(Common.Limit, "1001"))).toBe('Expected an integer from 1 to 1000, got "1001"')
    expect(message(decode(Common.Limit, "1.5"))).toBe('Expected an integer from 1 to 1000, got "1.5"')
    expect(message(decode(Common.Id, 0))).toBe("Expected an integer >= 1, got 0")
  })

  it("refuses an order that is not asc or desc", () => {
    expect(decode(Common.Order, "asc")).toStrictEqual(Either.right("asc"))
    expect(message(decode(Common.Order, "up"))).toBe('Expected one of asc, desc, got "up"')
  })
})
