import { EgoiError } from "@egoi-ts/core"
import { describe, expect, it } from "vitest"
import { CliUsageError, FileError, MissingApiKey, RowsNotImported } from "../src/internal/errors.js"
import { ExitCode } from "../src/internal/exitCode.js"
import { describeError, exitCodeOf, reportError } from "../src/internal/report.js"
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
      "Error: No API key: set EGOI_API_KEY, save one in a profile (egoi config set api-key), or use --mock for the embedded mock"
    ])
  })

  it("shows E-goi's status, title and detail, each field it names on a line, and says when it gave no detail", () => {
    const unprocessable = new EgoiError.UnprocessableEntity({
      status: 422,
      title: "Unprocessable Entity",
      detail: "The request parameters failed validation",
      errors: { list_id: ["List 99 does not exist"], name: "Too long" },
      method: "GET",
      path: "/lists/99/fields"
    })
    expect(describeError(unprocessable)).toEqual([
      "GET /lists/99/fields: 422 Unprocessable Entity: The request parameters failed validation",
      "  list_id: List 99 does not exist",
      "  name: Too long"
    ])
    const bare = new EgoiError.NotFound({ status: 404, title: "Not Found", detail: "", method: "GET", path: "/nope" })
    expect(describeError(bare)).toEqual(["GET /nope: 404 Not Found (E-goi gave no detail)"])
  })

  it("colors the label only with colors on", () => {
    const { terminal, err } = recordingTerminal({ isTTY: true, color: true })
    reportError(terminal, new CliUsageError({ detail: "bad" }))
    expect(err).toEqual(["\u001b[31mError:\u001b[39m bad"])
  })
})
