/**
 * How answers reach the terminal: data on stdout (a table on a terminal, JSON when piped or with
 * --json), counts and hints on stderr. The answer of an operation that pages (as the definition
 * declares) is a table of its items; any other answer is field-value pairs, its lists of objects as
 * tables of their own.
 *
 * @internal
 */
import { styleFor } from "./style.js"
import { isRecord, pairsOf, recordsTable, renderTable } from "./table.js"
import type { Terminal } from "./terminal.js"

/** The items of one answer of a paged operation, whichever way it pages, and its total when it gives one. */
export const itemsOf = (
  answer: unknown
): { readonly items: ReadonlyArray<unknown>; readonly total?: number | undefined } =>
  Array.isArray(answer)
    ? { items: answer }
    : isRecord(answer) && Array.isArray(answer.items)
      ? { items: answer.items, total: typeof answer.total_items === "number" ? answer.total_items : undefined }
      : { items: [] }

const isRecordArray = (value: unknown): value is ReadonlyArray<Record<string, unknown>> =>
  Array.isArray(value) && value.length > 0 && value.every(isRecord)

/** Items as a table, with how many there are and what else there is on stderr. */
export const printItems = (
  terminal: Terminal,
  items: ReadonlyArray<unknown>,
  total: number | undefined,
  more: string
) => {
  const { text, hidden } = recordsTable(items.filter(isRecord), terminal.width, styleFor(terminal.color))
  terminal.out(text)
  const notes = [
    total !== undefined && total > items.length ? `${items.length} of ${total}` : `${items.length} in all`,
    total !== undefined && total > items.length ? more : undefined,
    hidden > 0 ? `--json shows ${hidden} more column${hidden === 1 ? "" : "s"}` : undefined
  ].filter(Boolean)
  terminal.err(notes.join(" · "))
}

/** Any answer that does not page, for a person. */
const renderAnswer = (terminal: Terminal, answer: unknown): string => {
  const style = styleFor(terminal.color)
  if (isRecordArray(answer)) return recordsTable(answer, terminal.width, style).text
  if (!isRecord(answer)) return String(answer)
  const pairs: Array<[string, string]> = []
  const tables: Array<string> = []
  for (const [key, value] of Object.entries(answer)) {
    if (isRecordArray(value))
      tables.push(`${style.bold(`${key}:`)}\n${recordsTable(value, terminal.width, style).text}`)
    else pairs.push(...pairsOf({ [key]: value }))
  }
  return [...(pairs.length > 0 ? [renderTable(["field", "value"], pairs, style)] : []), ...tables].join("\n\n")
}

export interface PrintOptions {
  readonly json: boolean
  /** How the call is named in messages (`getList`, `GET /lists/1`). */
  readonly label: string
  readonly paging: "page" | "array" | undefined
}

/**
 * Prints an answer: JSON unless on a terminal without --json; on a terminal, nothing for an empty
 * answer but a word on stderr that it is done.
 */
export const printResult = (terminal: Terminal, result: unknown, options: PrintOptions) => {
  if (result === undefined) {
    if (terminal.isTTY) terminal.err(`${options.label}: done`)
    return
  }
  if (options.json || !terminal.isTTY) {
    terminal.out(JSON.stringify(result, null, 2))
    return
  }
  if (options.paging !== undefined) {
    const { items, total } = itemsOf(result)
    printItems(terminal, items, total, "--all fetches every page")
    return
  }
  terminal.out(renderAnswer(terminal, result))
}
