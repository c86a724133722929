/**
 * Failures as a person reads them, on stderr, and the exit code of each kind: core's errors by the
 * kind its error table gives them, the CLI's own by their tag. An error from E-goi shows its status,
 * title and detail, and each field it names on a line of its own.
 *
 * @internal
 */
import * as EgoiError from "@egoi-ts/core/EgoiError"
import { RowsNotImported } from "./errors.js"
import { ExitCode } from "./exitCode.js"
import { styleFor } from "./style.js"
import type { Terminal } from "./terminal.js"

/** The exit code of each kind of failure of core's error table. */
const EXIT_BY_KIND: Record<EgoiError.Kind, number> = {
  invalid: ExitCode.invalidInput,
  config: ExitCode.invalidInput,
  "not-found": ExitCode.notFound,
  auth: ExitCode.auth,
  "rate-limit": ExitCode.rateLimited,
  network: ExitCode.network,
  conflict: ExitCode.error,
  server: ExitCode.error,
  decode: ExitCode.error
}

/** The exit codes of the CLI's own failures (`errors.ts`). */
const EXIT_BY_TAG: Record<string, number> = {
  CliUsageError: ExitCode.invalidInput,
  MissingApiKey: ExitCode.auth,
  FileError: ExitCode.error
}

/**
 * The exit code for a failure: by its kind for core's errors, by its tag for the CLI's own. An
 * import that left rows out exits as the first request E-goi refused (a spent quota is 5, as for
 * any call), or 2 when every failed row was invalid input.
 */
export const exitCodeOf = (error: unknown): number => {
  const kind = EgoiError.kindOf(error)
  if (kind !== undefined) return EXIT_BY_KIND[kind]
  if (error instanceof RowsNotImported) {
    return error.rejection === undefined ? ExitCode.invalidInput : exitCodeOf(error.rejection)
  }
  const tag = (error as { readonly _tag?: unknown } | null | undefined)?._tag
  return (typeof tag === "string" && EXIT_BY_TAG[tag]) || ExitCode.error
}

interface ApiFailure {
  readonly status: number
  readonly title: string
  readonly detail?: string | undefined
  readonly errors?: Record<string, unknown> | undefined
  readonly method?: string | undefined
  readonly path?: string | undefined
}

const isApiFailure = (error: unknown): error is ApiFailure =>
  EgoiError.kindOf(error) !== undefined &&
  typeof (error as ApiFailure).status === "number" &&
  typeof (error as ApiFailure).title === "string"

const reasonText = (value: unknown): string =>
  Array.isArray(value) ? value.map(reasonText).join("; ") : typeof value === "string" ? value : JSON.stringify(value)

/** The lines that describe a failure, the first one a sentence of its own. */
export const describeError = (error: unknown): ReadonlyArray<string> => {
  if (isApiFailure(error)) {
    const where = error.method && error.path ? `${error.method} ${error.path}: ` : ""
    const detail = error.detail ? `: ${error.detail}` : " (E-goi gave no detail)"
    const reasons = Object.entries(error.errors ?? {}).map(([field, reason]) => `  ${field}: ${reasonText(reason)}`)
    return [`${where}${error.status} ${error.title}${detail}`, ...reasons]
  }
  const tag = (error as { readonly _tag?: unknown } | null | undefined)?._tag
  if (tag === "RequestValidationError") return [(error as Error).message, "Nothing was sent."]
  if (error instanceof Error || (typeof error === "object" && error !== null && "message" in error)) {
    return [String((error as Error).message)]
  }
  return [String(error)]
}

/** Prints a failure on stderr and returns the exit code for it. */
export const reportError = (terminal: Terminal, error: unknown, hints: ReadonlyArray<string> = []): number => {
  const [first, ...rest] = describeError(error)
  terminal.err(`${styleFor(terminal.errColor).red("Error:")} ${first}`)
  for (const line of [...rest, ...hints]) terminal.err(line)
  return exitCodeOf(error)
}
