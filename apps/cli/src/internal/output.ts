/**
 * How results and errors reach the terminal: data on stdout (a table on a TTY, JSON when piped or
 * with --json), messages on stderr, and an exit code that says what kind of failure happened.
 */
import { EgoiError } from "@egoi-ts/core"

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

const flatten = (value: unknown, prefix: string, into: Array<[string, string]>) => {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into)
  } else {
    into.push([prefix, cell(value)])
  }
}

/** Prints a result: JSON unless on a TTY without --json; nothing for an empty answer. */
export const printResult = (
  terminal: Terminal,
  result: unknown,
  options: { readonly json: boolean; readonly label: string }
) => {
  if (result === undefined) {
    if (terminal.isTTY) terminal.err(`${options.label}: done`)
    return
  }
  if (options.json || !terminal.isTTY) {
    terminal.out(JSON.stringify(result, null, 2))
    return
  }
  const record = result as { items?: unknown; total_items?: unknown }
  if (record && typeof record === "object" && Array.isArray(record.items)) {
    const items = record.items as Array<Record<string, unknown>>
    const columns = [...new Set(items.flatMap((item) => Object.keys(item)))]
    terminal.out(
      items.length === 0
        ? "(no items)"
        : renderTable(
            columns,
            items.map((item) => columns.map((c) => cell(item[c]))),
            terminal.color
          )
    )
    if (typeof record.total_items === "number") terminal.err(`${items.length} of ${record.total_items}`)
    return
  }
  const pairs: Array<[string, string]> = []
  flatten(result, "", pairs)
  terminal.out(renderTable(["field", "value"], pairs, terminal.color))
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

/** The exit codes of the CLI's own failures. */
const EXIT_BY_TAG: Record<string, number> = {
  CliUsageError: ExitCode.invalidInput,
  MissingApiKey: ExitCode.auth
}

/** The exit code for a failure: by its kind for core's errors, by its tag for the CLI's own. */
export const exitCodeOf = (error: unknown): number => {
  const kind = EgoiError.kindOf(error)
  if (kind !== undefined) return EXIT_BY_KIND[kind]
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
