/**
 * The CLI's own failures, next to core's: each is a tagged error whose exit code `report.ts` derives,
 * so a command fails with one of these or with core's errors, never with a bare exception.
 *
 * @internal
 */
import * as Data from "effect/Data"

/** No API key for an operation that needs one. */
export class MissingApiKey extends Data.TaggedError("MissingApiKey")<{}> {
  override get message() {
    return "No API key: set EGOI_API_KEY, save one in a profile (egoi config set api-key), or use --mock for the embedded mock"
  }
}

/** Input the CLI refuses before sending anything: a flag value, a body, a file that cannot be read as records. */
export class CliUsageError extends Data.TaggedError("CliUsageError")<{ readonly detail: string }> {
  override get message() {
    return this.detail
  }
}

/** A file (or stdout) the CLI could not open or write. */
export class FileError extends Data.TaggedError("FileError")<{ readonly path: string; readonly reason: string }> {
  override get message() {
    return `Cannot write ${this.path}: ${this.reason}`
  }
}

/**
 * An import that left rows out. `rejection` is the first error E-goi answered for a request, if any
 * request was refused; without one, every failed row was invalid and never sent.
 */
export class RowsNotImported extends Data.TaggedError("RowsNotImported")<{
  readonly failed: number
  readonly rows: number
  readonly rejection: unknown
}> {
  override get message() {
    return `${this.failed} of ${this.rows} rows were not imported`
  }
}
