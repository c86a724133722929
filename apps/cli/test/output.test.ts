import { describe, expect, it } from "vitest"
import { printResult } from "../src/internal/output.js"
import { recordingTerminal } from "./utils/terminal.js"

const print = (
  result: unknown,
  options: { paging?: "page" | "array"; json?: boolean; tty?: boolean; width?: number } = {}
) => {
  const { terminal, out, err } = recordingTerminal({ isTTY: options.tty ?? true, width: options.width ?? 100 })
  printResult(terminal, result, { json: options.json ?? false, label: "getThing", paging: options.paging })
  return { out: out.join("\n"), err }
}

const PAGE = {
  total_items: 5,
  items: [
    { list_id: 1, internal_name: "Newsletter" },
    { list_id: 2, internal_name: "Customers", status: "active" }
  ]
}

describe("printResult", () => {
  it("prints JSON when piped or with --json", () => {
    expect(print(PAGE, { paging: "page", tty: false }).out).toBe(JSON.stringify(PAGE, null, 2))
    expect(print(PAGE, { paging: "page", json: true }).out).toBe(JSON.stringify(PAGE, null, 2))
  })

  it("prints the items of a page as a table on a terminal, and how many there are on stderr", () => {
    expect(print(PAGE, { paging: "page" })).toEqual({
      out: ["LIST_ID  INTERNAL_NAME  STATUS", "1        Newsletter", "2        Customers      active"].join("\n"),
      err: ["2 of 5 · --all fetches every page"]
    })
    expect(print({ items: [] }, { paging: "page" })).toEqual({ out: "(none)", err: ["0 in all"] })
  })

  it("prints the items of an operation answering a bare array as a table, lists of objects counted", () => {
    const fields = [
      { field_id: "email", name: "Email" },
      { field_id: "3", name: "Plan", options: [{ option_id: 1 }, { option_id: 2 }] }
    ]
    expect(print(fields, { paging: "array" }).out).toBe(
      ["FIELD_ID  NAME   OPTIONS", "email     Email", "3         Plan   2 items"].join("\n")
    )
  })

  it("prints any other answer as field-value pairs, nested fields by their path, lists of objects as tables", () => {
    expect(print({ general_info: { name: "Mock", id: 7 }, tags: [1, 2] }).out).toBe(
      ["FIELD              VALUE", "general_info.name  Mock", "general_info.id    7", "tags               1, 2"].join(
        "\n"
      )
    )
    // A collection that comes whole (no paging declared): its total as a pair, its items as a table.
    expect(print({ total_items: 1, items: [{ cname_id: 1, value: "mkt.example.com" }] })).toEqual({
      out: ["FIELD        VALUE", "total_items  1", "", "items:", "CNAME_ID  VALUE", "1         mkt.example.com"].join(
        "\n"
      ),
      err: []
    })
  })

  it("says an empty answer is done only on a terminal", () => {
    expect(print(undefined)).toEqual({ out: "", err: ["getThing: done"] })
    expect(print(undefined, { tty: false })).toEqual({ out: "", err: [] })
  })

  it("makes the header bold only with colors on", () => {
    const { terminal, out } = recordingTerminal({ isTTY: true, color: true })
    printResult(terminal, { a: 1 }, { json: false, label: "x", paging: undefined })
    expect(out[0]).toBe("\u001b[1mFIELD  VALUE\u001b[22m\na      1")
  })
})
