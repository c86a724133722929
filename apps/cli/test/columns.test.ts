import type { ExtraField } from "@egoi-ts/core/ExtraFields"
import * as Either from "effect/Either"
import { describe, expect, it } from "vitest"
import {
  BASE_FIELDS,
  type ColumnMapping,
  compareFieldOf,
  emptyMapping,
  extendMapping,
  mapColumns,
  toContact
} from "../src/internal/columns.js"

const PLAN: ExtraField = {
  field_id: 3,
  name: "Plan",
  format: "text",
  unique: false,
  optionIds: new Map(),
  labels: new Map()
}
const TIER: ExtraField = {
  field_id: 4,
  name: "Customer Tier",
  format: "options",
  unique: false,
  optionIds: new Map([
    ["gold", 11],
    ["silver", 12],
    ["ouro", 11]
  ]),
  labels: new Map([
    [11, "Gold"],
    [12, "Silver"]
  ])
}
const FIELDS = [PLAN, TIER]

const mapped = (columns: ReadonlyArray<string>, explicit: ReadonlyMap<string, string> = new Map()): ColumnMapping =>
  Either.getOrThrow(mapColumns(columns, FIELDS, explicit))

describe("BASE_FIELDS", () => {
  it("are the base fields of core's contact input that take one value", () => {
    expect([...BASE_FIELDS].sort()).toEqual(
      [
        "birth_date",
        "cellphone",
        "cellphone_status",
        "consent",
        "email",
        "email_status",
        "first_name",
        "language",
        "last_name",
        "phone",
        "phone_status",
        "status"
      ].sort()
    )
  })
})

describe("mapColumns", () => {
  it("maps headers of any case, spaces or dashes to base fields, and others to extra fields by name or ID", () => {
    const mapping = mapped(["E-mail ", "Email", "First Name", "last-name", "plan", "4", "extra:customer tier", "Notes"])
    expect(Object.fromEntries(mapping.base)).toEqual({
      Email: "email",
      "First Name": "first_name",
      "last-name": "last_name"
    })
    expect(Object.fromEntries([...mapping.extra].map(([column, field]) => [column, field.field_id]))).toEqual({
      plan: 3,
      "4": 4,
      "extra:customer tier": 4
    })
    // `E-mail` normalizes to `e_mail`, which is no field.
    expect(mapping.ignored).toEqual(["E-mail ", "Notes"])
  })

  it("lets --map decide for a column, to a base field or an extra field by name or ID", () => {
    const mapping = mapped(
      ["Correo", "Plano", "Nivel", "Email"],
      new Map([
        ["Correo", "email"],
        ["Plano", "Plan"],
        ["Nivel", "4"],
        ["Email", "first_name"]
      ])
    )
    expect(Object.fromEntries(mapping.base)).toEqual({ Correo: "email", Email: "first_name" })
    expect(mapping.extra.get("Plano")).toBe(PLAN)
    expect(mapping.extra.get("Nivel")).toBe(TIER)
    expect(mapping.ignored).toEqual([])
  })

  it("refuses --map to a field the list lacks", () => {
    expect(mapColumns(["Cor"], FIELDS, new Map([["Cor", "colour"]]))).toEqual(
      Either.left("--map Cor=colour: the list has no field colour")
    )
  })
})

describe("extendMapping", () => {
  it("adds only the columns not seen before, and reports the new ones not imported, not a failed file's line and error", () => {
    const first = Either.getOrThrow(extendMapping(emptyMapping, ["email", "Notes", "line", "error"], FIELDS, new Map()))
    expect(first.notImported).toEqual(["Notes"])
    expect(first.mapping.ignored).toEqual(["Notes", "line", "error"])
    const second = Either.getOrThrow(
      extendMapping(first.mapping, ["email", "Notes", "Plan", "Extra"], FIELDS, new Map())
    )
    expect(second.notImported).toEqual(["Extra"])
    expect(Object.fromEntries(second.mapping.base)).toEqual({ email: "email" })
    expect(second.mapping.extra.get("Plan")).toBe(PLAN)
    const same = Either.getOrThrow(extendMapping(second.mapping, ["email", "Plan"], FIELDS, new Map()))
    expect(same).toEqual({ mapping: second.mapping, notImported: [] })
  })
})

describe("toContact", () => {
  const mapping = mapped(["Email", "First Name", "Cellphone", "Plan", "Tier", "Notes"], new Map([["Tier", "4"]]))
  const record = (data: Record<string, unknown>, line = 2) => ({ line, data })

  it("makes base and extra fields of the mapped columns, leaving out empty cells and unmapped columns", () => {
    const contact = toContact(
      record({ Email: "ana@example.com", "First Name": "Ana", Cellphone: "", Plan: "pro", Tier: "", Notes: "x" }),
      mapping
    )
    expect(contact).toEqual(
      Either.right({
        base: { email: "ana@example.com", first_name: "Ana" },
        extra: [{ field_id: 3, value: "pro" }]
      })
    )
  })

  it("turns option labels (any case, any language) and the field's option IDs into IDs, separated by , ; or |", () => {
    for (const [cell, ids] of [
      ["Gold", [11]],
      ["gold;Silver", [11, 12]],
      ["OURO | 12", [11, 12]],
      ["11, silver", [11, 12]]
    ] as const) {
      expect(toContact(record({ Email: "a@example.com", Tier: cell }), mapping)).toEqual(
        Either.right({ base: { email: "a@example.com" }, extra: [{ field_id: 4, value: ids }] })
      )
    }
  })

  it("refuses an option ID the field lacks, as it refuses a label", () => {
    expect(toContact(record({ Email: "a@example.com", Tier: "13" }), mapping)).toEqual(
      Either.left('Tier: Customer Tier has no option "13"')
    )
  })

  it("refuses a label the field lacks, naming the column, the field and the label", () => {
    expect(toContact(record({ Email: "a@example.com", Tier: "Gold;Bronze;Platinum" }), mapping)).toEqual(
      Either.left('Tier: Customer Tier has no option "Bronze"; Tier: Customer Tier has no option "Platinum"')
    )
  })

  it("refuses an invalid value with every reason and its field path", () => {
    expect(toContact(record({ Email: "not-an-email", Cellphone: "12345" }), mapping)).toEqual(
      Either.left(
        'base.email: Expected an email address, got "not-an-email"; ' +
          'base.cellphone: Expected a number as <country code>-<number>, e.g. 351-910000000, got "12345"'
      )
    )
  })

  it("refuses a record with no mapped value", () => {
    expect(toContact(record({ Notes: "only notes", Email: "" }), mapping)).toEqual(
      Either.left("no mapped field has a value")
    )
  })

  it("takes a { base, extra } record as it is, without the line and error a failed file adds", () => {
    const contact = { base: { email: "a@example.com" }, extra: [{ field_id: 3, value: "pro" }] }
    expect(toContact(record({ ...contact, line: 4, error: "earlier failure" }), emptyMapping)).toEqual(
      Either.right(contact)
    )
    expect(Either.isLeft(toContact(record({ base: { email: "a@example.com" }, unknown: 1 }), emptyMapping))).toBe(true)
  })
})

describe("compareFieldOf", () => {
  it("keeps a base field or an ID, turns an extra field's name into its ID, and leaves anything else to E-goi", () => {
    const given = ["email", "cellphone", "7", "customer tier", "extra:Plan", "Nothing"]
    expect(given.map((field) => compareFieldOf(field, FIELDS))).toEqual([
      "email",
      "cellphone",
      "7",
      "4",
      "3",
      "Nothing"
    ])
  })
})
