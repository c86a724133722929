/**
 * Tables that show what matters on a terminal. The fields of a nested object are columns of their
 * own (a contact's `base.email` is `email`), lists and deeper objects are summarized (`1, 2`,
 * `3 items`), columns empty in every row are left out, and the columns that identify and name a
 * record come first: its ID, its names and email, its status. Columns are added in that order while
 * they fit the terminal; `--json` keeps everything.
 *
 * @internal
 */
import type { Style } from "./style.js"

const MAX_CELL = 40

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const isScalar = (value: unknown) => value === null || typeof value !== "object"

/** A value in one cell: scalars as they are, lists of scalars joined, anything larger counted. */
export const summarize = (value: unknown): string => {
  if (value === undefined || value === null) return ""
  if (Array.isArray(value)) {
    if (value.length === 0) return ""
    if (value.every(isScalar)) return value.map(summarize).join(", ")
    return `${value.length} item${value.length === 1 ? "" : "s"}`
  }
  if (isRecord(value)) {
    const size = Object.keys(value).length
    return size === 0 ? "" : `${size} field${size === 1 ? "" : "s"}`
  }
  return String(value)
}

const cut = (text: string, width: number) => {
  const line = text.replace(/\s+/g, " ")
  return line.length > width ? `${line.slice(0, width - 1)}…` : line
}

/**
 * A record's cells by column: its own fields, and the fields of each nested object under their own
 * names (under `object.field` when the record has a field of that name too).
 */
export const cellsOf = (record: Record<string, unknown>): ReadonlyMap<string, string> => {
  const cells = new Map<string, string>()
  for (const [key, value] of Object.entries(record)) {
    if (!isRecord(value)) {
      cells.set(key, summarize(value))
      continue
    }
    for (const [inner, innerValue] of Object.entries(value)) {
      cells.set(inner in record || cells.has(inner) ? `${key}.${inner}` : inner, summarize(innerValue))
    }
  }
  return cells
}

/** Columns that name a record, in the order they are shown after its ID. */
const NAMES = [
  "name",
  "internal_name",
  "public_name",
  "first_name",
  "last_name",
  "email",
  "username",
  "title",
  "subject",
  "value",
  "cellphone",
  "phone",
  "url",
  "domain"
]

const STATES = ["status", "type", "format"]

/** Where a column stands among the others: its record's ID, then names, then states, then the rest. */
const rankOf = (column: string, firstId: string | undefined): number => {
  if (column === firstId) return 0
  const name = NAMES.indexOf(column)
  if (name >= 0) return 1 + name / 100
  if (STATES.includes(column)) return 2 + STATES.indexOf(column) / 100
  return 3
}

export interface Table {
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  /** Columns that had a value in some row but did not fit. */
  readonly hidden: number
}

/** The columns and rows that fit `width` characters, the most telling columns first. */
export const tableOf = (records: ReadonlyArray<Record<string, unknown>>, width: number): Table => {
  const cells = records.map(cellsOf)
  const all: Array<string> = []
  for (const row of cells) for (const key of row.keys()) if (!all.includes(key)) all.push(key)
  const filled = all.filter((column) => cells.some((row) => (row.get(column) ?? "") !== ""))
  const firstId = filled.find((column) => column === "id" || column.endsWith("_id"))
  const ranked = filled
    .map((column, index) => ({ column, index, rank: rankOf(column, firstId) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
  const widthOf = (column: string) =>
    Math.max(column.length, ...cells.map((row) => Math.min(MAX_CELL, (row.get(column) ?? "").length)))
  const columns: Array<string> = []
  let used = 0
  for (const { column } of ranked) {
    const needed = widthOf(column) + (columns.length > 0 ? 2 : 0)
    if (columns.length >= 2 && used + needed > width) continue
    columns.push(column)
    used += needed
  }
  return {
    columns,
    rows: cells.map((row) => columns.map((column) => cut(row.get(column) ?? "", MAX_CELL))),
    hidden: filled.length - columns.length
  }
}

/** A table as text: a header in capitals (bold on a terminal), columns two spaces apart. */
export const renderTable = (
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  style: Style
): string => {
  const widths = header.map((name, index) => Math.max(name.length, ...rows.map((row) => (row[index] ?? "").length)))
  const line = (cells: ReadonlyArray<string>) =>
    cells
      .map((text, index) => text.padEnd(widths[index]!))
      .join("  ")
      .trimEnd()
  return [style.bold(line(header.map((name) => name.toUpperCase()))), ...rows.map(line)].join("\n")
}

/** Records as a table that fits `width`, and how many columns did not. */
export const recordsTable = (
  records: ReadonlyArray<Record<string, unknown>>,
  width: number,
  style: Style
): { readonly text: string; readonly hidden: number } => {
  if (records.length === 0) return { text: "(none)", hidden: 0 }
  const table = tableOf(records, width)
  return { text: renderTable(table.columns, table.rows, style), hidden: table.hidden }
}

/** Field-value pairs of an object, nested objects flattened as `object.field`. */
export const pairsOf = (value: Record<string, unknown>, prefix = ""): Array<[string, string]> =>
  Object.entries(value).flatMap(([key, inner]): Array<[string, string]> => {
    const name = prefix ? `${prefix}.${key}` : key
    return isRecord(inner) && Object.keys(inner).length > 0 ? pairsOf(inner, name) : [[name, cut(summarize(inner), 80)]]
  })
