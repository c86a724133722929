/**
 * How results and errors reach the terminal: data on stdout (a table on a TTY, JSON when piped or
 * with --json), messages on stderr, and an exit code that says what kind of failure happened.
 *
 * @internal
 */
import { EgoiError, Pagination } from "@egoi-ts/core"
import { RowsNotImported } from "./errors.js"

/** Exit codes, documented in the README. */
export const ExitCode = {
  ok: 0,
  error: 1,
  invalidInput: 2,
  notFound: 3,
  auth: 4,
  rateLimited: 5,
  network: 6
} as const

export interface Terminal {
  readonly isTTY: boolean
  readonly color: boolean
  readonly out: (text: string) => void
  readonly err: (text: string) => void
}

export const processTerminal = (): Terminal => ({
  isTTY: process.stdout.isTTY === true,
  color: process.stderr.isTTY === true && !process.env.NO_COLOR,
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`)
})

const MAX_CELL = 48

const cell = (value: unknown): string => {
  const text =
    value === undefined || value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value)
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text
}

const renderTable = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, bold: boolean) => {
  const widths = header.map((name, index) => Math.max(name.length, ...rows.map((row) => (row[index] ?? "").length)))
  const line = (cells: ReadonlyArray<string>) =>
    cells
      .map((text, index) => text.padEnd(widths[index]!))
      .join("  ")
      .trimEnd()
  const head = line(header.map((name) => name.toUpperCase()))
  return [bold ? `\u001b[1m${head}\u001b[0m` : head, ...rows.map(line)].join("\n")
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** An array of objects, printed as a table. */
const isRecordArray = (value: unknown): value is ReadonlyArray<Record<string, unknown>> =>
  Array.isArray(value) && value.length > 0 && value.every(isRecord)

const recordsTable = (records: ReadonlyArray<Record<string, unknown>>, bold: boolean) => {
  if (records.length === 0) return "(no items)"
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))]
  return renderTable(
    columns,
    records.map((record) => columns.map((column) => cell(record[column]))),
    bold
  )
}

const flatten = (value: unknown, prefix: string, into: Array<[string, string]>) => {
  if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into)
  } else {
    into.push([prefix, cell(value)])
  }
}

/**
 * Any answer on a terminal: a list of objects as a table; an object as field-value pairs, each of its
 * lists of objects (a collection that does not page) as a table of its own after them.
 */
const renderAnswer = (answer: unknown, bold: boolean): string => {
  if (isRecordArray(answer)) return recordsTable(answer, bold)
  if (!isRecord(answer)) return cell(answer)
  const pairs: Array<[string, string]> = []
  const tables: Array<string> = []
  for (const [key, value] of Object.entries(answer)) {
    if (isRecordArray(value)) tables.push(`${key}:\n${recordsTable(value, bold)}`)
    else flatten(value, key, pairs)
  }
  return [...(pairs.length > 0 ? [renderTable(["field", "value"], pairs, bold)] : []), ...tables].join("\n\n")
}

/**
 * Prints a result: JSON unless on a TTY without --json; nothing for an empty answer. On a terminal,
 * the answer of an operation that pages (as the definition declares) is a table of its items, with
 * how many there are in all on stderr.
 */
export const printResult = (
  terminal: Terminal,
  result: unknown,
  options: { readonly json: boolean; readonly label: string; readonly paging: Pagination.Kind | undefined }
) => {
  if (result === undefined) {
    if (terminal.isTTY) terminal.err(`${options.label}: done`)
    return
  }
  if (options.json || !terminal.isTTY) {
    terminal.out(JSON.stringify(result, null, 2))
    return
  }
  if (options.paging !== undefined) {
    const { items, total } = Pagination.itemsOf(result as Pagination.Page<Record<string, unknown>>)
    terminal.out(recordsTable(items, terminal.color))
    if (total !== undefined) terminal.err(`${items.length} of ${total}`)
    return
  }
  terminal.out(renderAnswer(result, terminal.color))
}

interface TaggedFailure {
  readonly _tag?: string
  readonly message?: string
  readonly issues?: ReadonlyArray<{ readonly path: string; readonly message: string }>
  readonly errors?: Record<string, unknown>
}

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

/** Prints an error on stderr and returns the exit code for it. */
export const reportError = (terminal: Terminal, error: unknown): number => {
  const failure = (error ?? {}) as TaggedFailure
  const label = terminal.color ? "\u001b[31mError:\u001b[0m" : "Error:"
  if (failure._tag === "RequestValidationError" && failure.issues) {
    terminal.err(`${label} ${failure.message}`)
    terminal.err("Nothing was sent.")
  } else {
    terminal.err(`${label} ${failure.message ?? String(error)}`)
  }
  return exitCodeOf(error)
}
