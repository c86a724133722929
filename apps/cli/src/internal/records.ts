/**
 * Reading and writing records as streams, so files of any size take constant memory: CSV (with
 * `csv-parse`), a JSON array (read element by element) and NDJSON.
 */
import { createReadStream } from "node:fs"
import { createInterface } from "node:readline"
import { parse } from "csv-parse"

export type RecordFormat = "csv" | "json" | "ndjson"

/** A record read from a file, with the line (CSV, NDJSON) or position (JSON) it came from. */
export interface SourceRecord {
  readonly line: number
  readonly data: Record<string, unknown>
}

export const formatOf = (file: string, given: RecordFormat | undefined): RecordFormat => {
  if (given) return given
  if (/\.(ndjson|jsonl)$/i.test(file)) return "ndjson"
  if (/\.json$/i.test(file)) return "json"
  return "csv"
}

async function* csvRecords(file: string): AsyncGenerator<SourceRecord> {
  const parser = createReadStream(file).pipe(
    parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, info: true })
  )
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>
    info: { lines: number }
  }>) {
    yield { line: info.lines, data: record }
  }
}

async function* ndjsonRecords(file: string): AsyncGenerator<SourceRecord> {
  let line = 0
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
    line++
    if (text.trim() === "") continue
    yield { line, data: JSON.parse(text) as Record<string, unknown> }
  }
}

/** The elements of a top-level JSON array, parsed one at a time as they arrive. */
async function* jsonArrayRecords(file: string): AsyncGenerator<SourceRecord> {
  let depth = 0
  let inString = false
  let escaped = false
  let started = false
  let element = ""
  let position = 0
  for await (const chunk of createReadStream(file, { encoding: "utf8" }) as AsyncIterable<string>) {
    let from = 0
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i]!
      if (!started) {
        if (char === "[") {
          started = true
          from = i + 1
        } else if (!/\s|\uFEFF/.test(char)) throw new Error("Expected a JSON array of records")
        continue
      }
      if (inString) {
        if (escaped) escaped = false
        else if (char === "\\") escaped = true
        else if (char === '"') inString = false
        continue
      }
      if (char === '"') inString = true
      else if (char === "{" || char === "[") depth++
      else if (char === "}" || char === "]") {
        if (depth === 0 && char === "]") {
          element += chunk.slice(from, i)
          if (element.trim() !== "") yield { line: ++position, data: JSON.parse(element) }
          return
        }
        depth--
      } else if (char === "," && depth === 0) {
        element += chunk.slice(from, i)
        yield { line: ++position, data: JSON.parse(element) }
        element = ""
        from = i + 1
      }
    }
    if (started) element += chunk.slice(from)
  }
  throw new Error("The JSON array is not closed")
}

export const readRecords = (file: string, format: RecordFormat): AsyncIterable<SourceRecord> =>
  format === "csv" ? csvRecords(file) : format === "ndjson" ? ndjsonRecords(file) : jsonArrayRecords(file)

/** The items of a source in arrays of up to `size`, so a consumer pays its per-item overhead once per array. */
export async function* inGroups<A>(source: AsyncIterable<A>, size: number): AsyncGenerator<Array<A>> {
  let group: Array<A> = []
  for await (const item of source) {
    group.push(item)
    if (group.length >= size) {
      yield group
      group = []
    }
  }
  if (group.length > 0) yield group
}

/** One CSV cell, quoted when it must be. */
export const csvCell = (value: unknown): string => {
  const text =
    value === undefined || value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvLine = (cells: ReadonlyArray<unknown>): string => cells.map(csvCell).join(",")
