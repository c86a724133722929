/**
 * CNames in the mock: domains stored in lower case as unverified, each once.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { clientAndMock, mockClient, seed } from "./utils/client.js"

describe("cnames", () => {
  it.effect("creates CNAMEs in lower case, unverified, and lists them all oldest first", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      expect(yield* egoi.cnames.getAllCNames()).toEqual({ total_items: 0, items: [] })
      const first = yield* egoi.cnames.createCName({ value: "mkt.example.com" })
      expect(first).toEqual({ cname_id: 1, value: "mkt.example.com", status: "unverified" })
      expect(mock.requests().at(-1)).toMatchObject({ method: "POST", path: "/cnames", status: 201 })
      const second = yield* egoi.cnames.createCName({ value: "Links.Example.org" })
      expect(second).toEqual({ cname_id: 2, value: "links.example.org", status: "unverified" })
      yield* seed({ cnames: [{ value: "Mail.Example.net", status: "verified" }] })
      expect(yield* egoi.cnames.getAllCNames()).toEqual({
        total_items: 3,
        items: [first, second, { cname_id: 3, value: "mail.example.net", status: "verified" }]
      })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 409 cname_exists for a CNAME the account has, whatever its case", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* egoi.cnames.createCName({ value: "mkt.example.com" })
      const error = yield* Effect.flip(egoi.cnames.createCName({ value: "MKT.example.com" }))
      expect(error).toBeInstanceOf(EgoiError.Conflict)
      expect(error).toMatchObject({ errors: { cname_exists: "The provided cname already exists" } })
      expect((yield* egoi.cnames.getAllCNames()).total_items).toBe(1)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 422 for a missing value or one that is not a domain", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      for (const params of [{}, { value: "not a domain" }]) {
        const error = yield* Effect.flip(egoi.cnames.createCName(params))
        expect(error).toBeInstanceOf(EgoiError.UnprocessableEntity)
        expect(Object.keys((error as EgoiError.UnprocessableEntity).errors ?? {})).toEqual(["value"])
      }
      expect((yield* egoi.cnames.getAllCNames()).items).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("an empty value is refused before it reaches the mock", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      expect(yield* Effect.flip(egoi.cnames.createCName({ value: "" }))).toBeInstanceOf(
        EgoiError.RequestValidationError
      )
      expect(mock.requests()).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )
})
