import { describe, expect, it } from "vitest"
import { cellsOf, summarize, tableOf } from "../src/internal/table.js"

/** A contact as getAllContacts answers it: base fields nested, extra fields and tags as lists. */
const contact = (index: number) => ({
  base: {
    contact_id: `a1b2c3d4e${index}`,
    status: "active",
    consent: "any",
    subscription_method: "api",
    subscription_date: "2024-01-01 00:00:00",
    unsubscription_reason: "",
    first_name: `Ana ${index}`,
    last_name: "Silva",
    birth_date: "1990-01-31",
    language: "en",
    email: `ana${index}@example.com`,
    email_status: "active",
    cellphone: "",
    push_token_android: []
  },
  extra: [
    { field_id: 1, format: "text", value: "gold" },
    { field_id: 2, format: "options", value: [1, 3] }
  ],
  tags: [1, 2]
})

describe("tableOf", () => {
  it("shows a contact's ID, names, email and status first, its base fields as columns of their own", () => {
    const table = tableOf([contact(1), contact(2)], 80)
    expect(table.columns.slice(0, 5)).toEqual(["contact_id", "first_name", "last_name", "email", "status"])
    expect(table.rows[0]!.slice(0, 5)).toEqual(["a1b2c3d4e1", "Ana 1", "Silva", "ana1@example.com", "active"])
    // Nothing is a cut-off JSON object.
    expect(table.rows.flat().some((cell) => cell.includes("{"))).toBe(false)
  })

  it("adds columns while they fit the width, and counts those left out", () => {
    const narrow = tableOf([contact(1)], 60)
    const wide = tableOf([contact(1)], 400)
    expect(narrow.columns.length).toBeLessThan(wide.columns.length)
    expect(narrow.hidden).toBe(wide.columns.length - narrow.columns.length)
    expect(narrow.columns.join("  ").length).toBeLessThanOrEqual(60)
    // Columns empty in every row are left out, even with room.
    expect(wide.columns).not.toContain("cellphone")
    expect(wide.columns).not.toContain("unsubscription_reason")
    expect(wide.columns).toEqual(expect.arrayContaining(["extra", "tags"]))
  })
})

describe("cellsOf and summarize", () => {
  it("summarizes lists and objects, and keeps a nested field under its path when the record has one of that name", () => {
    expect(summarize([1, 2])).toBe("1, 2")
    expect(summarize([{ a: 1 }, { a: 2 }, { a: 3 }])).toBe("3 items")
    expect(summarize({ a: 1, b: 2 })).toBe("2 fields")
    expect(summarize(null)).toBe("")
    const cells = cellsOf({ status: "sent", report: { status: "open", opens: 3 } })
    expect([...cells]).toEqual([
      ["status", "sent"],
      ["report.status", "open"],
      ["opens", "3"]
    ])
  })
})
