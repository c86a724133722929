import { EgoiError } from "@egoi-ts/core"
import { describe, expect, it } from "vitest"
import { CliUsageError, FileError, MissingApiKey, RowsNotImported } from "../src/internal/errors.js"
import { ExitCode, exitCodeOf, printResult, reportError } from "../src/internal/output.js"
import { recordingTerminal } from "./utils/terminal.js"

/** An error of a class of core's table, for its class alone (which is all the exit code depends on). */
const instanceOf = (ErrorClass: (typeof EgoiError.ALL_ERRORS)[number]): unknown => Object.create(ErrorClass.prototype)

/** The exit code of each kind of core's errors, as the README documents them. */
const DOCUMENTED: Record<EgoiError.Kind, number> = {
  invalid: 2,
  config: 2,
  "not-found": 3,
  auth: 4,
  "rate-limit": 5,
  network: 6,
  conflict: 1,
  server: 1,
  decode: 1
}

describe("exitCodeOf", () => {
  it("gives every error of core's table the code documented for its kind", () => {
    for (const ErrorClass of EgoiError.ALL_ERRORS) {
      expect(exitCodeOf(instanceOf(ErrorClass)), ErrorClass._tag).toBe(DOCUMENTED[ErrorClass.kind])
    }
    expect(exitCodeOf(instanceOf(EgoiError.NotFound))).toBe(ExitCode.notFound)
    expect(exitCodeOf(instanceOf(EgoiError.AccountQuotaExceeded))).toBe(ExitCode.rateLimited)
    expect(exitCodeOf(instanceOf(EgoiError.TimeoutError))).toBe(ExitCode.network)
  })

  it("gives the CLI's own failures theirs, and 1 to anything else", () => {
    expect(exitCodeOf(new CliUsageError({ detail: "x" }))).toBe(2)
    expect(exitCodeOf(new MissingApiKey())).toBe(4)
    expect(exitCodeOf(new FileError({ path: "out.csv", reason: "EACCES" }))).toBe(1)
    expect(exitCodeOf(new Error("boom"))).toBe(1)
    expect(exitCodeOf(undefined)).toBe(1)
    expect(exitCodeOf({ _tag: "SomethingElse" })).toBe(1)
  })

  it("exits an import with failed rows as the first request E-goi refused, or 2 when only invalid rows failed", () => {
    const rows = { failed: 3, rows: 10 }
    expect(exitCodeOf(new RowsNotImported({ ...rows, rejection: undefined }))).toBe(2)
    expect(exitCodeOf(new RowsNotImported({ ...rows, rejection: instanceOf(EgoiError.AccountQuotaExceeded) }))).toBe(5)
    expect(exitCodeOf(new RowsNotImported({ ...rows, rejection: instanceOf(EgoiError.InternalServerError) }))).toBe(1)
    expect(exitCodeOf(new RowsNotImported({ ...rows, rejection: instanceOf(EgoiError.TransportError) }))).toBe(6)
    expect(new RowsNotImported({ ...rows, rejection: undefined }).message).toBe("3 of 10 rows were not imported")
  })
})

describe("reportError", () => {
  it("prints the error on stderr and returns its exit code; a refused request says nothing was sent", () => {
    const { terminal, out, err } = recordingTerminal({ isTTY: true })
    const invalid = new EgoiError.RequestValidationError({
      operation: "getAllLists",
      issues: [{ path: "limit", message: "Expected an integer from 1 to 1000, got 5000" }]
    })
    expect(reportError(terminal, invalid)).toBe(2)
    expect(reportError(terminal, new MissingApiKey())).toBe(4)
    expect(out).toEqual([])
    expect(err).toEqual([
      "Error: Invalid parameters for getAllLists: limit: Expected an integer from 1 to 1000, got 5000",
      "Nothing was sent.",
      "Error: No API key: set EGOI_API_KEY (or pass --api-key), or use --mock for the embedded mock"
    ])
  })

  it("colors the label only with colors on", () => {
    const { terminal, err } = recordingTerminal({ isTTY: true, color: true })
    reportError(terminal, new CliUsageError({ detail: "bad" }))
    expect(err).toEqual(["\u001b[31mError:\u001b[0m bad"])
  })
})

describe("printResult", () => {
  const print = (result: unknown, options: { paging?: "page" | "array"; json?: boolean; tty?: boolean } = {}) => {
    const { terminal, out, err } = recordingTerminal({ isTTY: options.tty ?? true })
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

  it("prints JSON when piped or with --json", () => {
    expect(print(PAGE, { paging: "page", tty: false }).out).toBe(JSON.stringify(PAGE, null, 2))
    expect(print(PAGE, { paging: "page", json: true }).out).toBe(JSON.stringify(PAGE, null, 2))
  })

  it("prints the items of a page as a table on a terminal, and how many there are in all on stderr", () => {
    expect(print(PAGE, { paging: "page" })).toEqual({
      out: ["LIST_ID  INTERNAL_NAME  STATUS", "1        Newsletter", "2        Customers      active"].join("\n"),
      err: ["2 of 5"]
    })
    expect(print({ items: [] }, { paging: "page" })).toEqual({ out: "(no items)", err: [] })
  })

  it("prints the items of an operation answering a bare array as a table", () => {
    const fields = [
      { field_id: "email", name: "Email" },
      { field_id: "3", name: "Plan", options: [{ option_id: 1 }] }
    ]
    expect(print(fields, { paging: "array" }).out).toBe(
      ["FIELD_ID  NAME   OPTIONS", "email     Email", '3         Plan   [{"option_id":1}]'].join("\n")
    )
  })

  it("prints any other answer as field-value pairs, nested fields by their path, lists of objects as tables", () => {
    expect(print({ general_info: { name: "Mock", id: 7 }, tags: [1, 2] }).out).toBe(
      ["FIELD              VALUE", "general_info.name  Mock", "general_info.id    7", "tags               [1,2]"].join(
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

  it("cuts long cells, and says an empty answer is done only on a terminal", () => {
    const long = "x".repeat(60)
    expect(print({ note: long }).out).toContain(`${"x".repeat(47)}…`)
    expect(print(undefined)).toEqual({ out: "", err: ["getThing: done"] })
    expect(print(undefined, { tty: false })).toEqual({ out: "", err: [] })
  })

  it("makes the header bold only with colors on", () => {
    const { terminal, out } = recordingTerminal({ isTTY: true, color: true })
    printResult(terminal, { a: 1 }, { json: false, label: "x", paging: undefined })
    expect(out[0]).toBe("\u001b[1mFIELD  VALUE\u001b[0m\na      1")
  })
})
