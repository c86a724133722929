/**
 * Reading and writing records as streams, so files of any size take constant memory: CSV (with
 * `csv-parse`), a JSON array (read element by element) and NDJSON. Writes wait when the output is
 * full and fail with a `FileError` (never an uncaught stream error).
 *
 * @internal
 */
import { createReadStream, createWriteStream } from "node:fs"
import { createInterface } from "node:readline"
import { parse } from "csv-parse"
import * as Effect from "effect/Effect"
import { FileError } from "./errors.js"

export type RecordFormat = "csv" | "json" | "ndjson"

/** A record read from a file, with the line (CSV, NDJSON) or position (JSON) it came from. */
export interface SourceRecord {
  readonly line: number
  readonly data: Record<string, unknown>
}

/** The format given, or the one the file's extension names (`.json`, `.ndjson`, `.jsonl`); CSV otherwise. */
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

/** The records of a file, one at a time as the file is read. */
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

/** One CSV line, without its line break. */
export const csvLine = (cells: ReadonlyArray<unknown>): string => cells.map(csvCell).join(",")

/** Where text goes: a file or stdout. */
export interface TextSink {
  /** Writes the text, waiting while the output is full. */
  readonly write: (text: string) => Effect.Effect<void, FileError>
  /** Finishes the output (a file is flushed and closed; stdout stays open). */
  readonly close: Effect.Effect<void, FileError>
}

const sinkOf = (stream: NodeJS.WritableStream, name: string, end: boolean): TextSink => {
  let failure: Error | undefined
  // Kept for the stream's life: an error with no listener would end the process instead of failing the command.
  stream.on("error", (error: Error) => {
    failure ??= error
  })
  const failed = () => Effect.fail(new FileError({ path: name, reason: failure!.message }))
  /** Resumes on `event`, or fails on the stream's error, whichever comes first. */
  const until = (event: "drain" | "finish") =>
    Effect.async<void, FileError>((resume) => {
      const onEvent = () => {
        stream.off("error", onError)
        resume(Effect.void)
      }
      const onError = () => {
        stream.off(event, onEvent)
        resume(failed())
      }
      stream.once(event, onEvent)
      stream.once("error", onError)
    })
  return {
    write: (text) =>
      Effect.suspend(() => {
        if (failure) return failed()
        // A write the stream takes in is done; one past its buffer waits for the buffer to drain.
        return text === "" || stream.write(text) ? Effect.void : until("drain")
      }),
    close: Effect.suspend(() => {
      if (failure) return failed()
      if (!end) return Effect.void
      stream.end()
      return until("finish")
    })
  }
}

/** A file opened for writing (created or emptied), or the reason it cannot be. */
export const fileSink = (path: string): Effect.Effect<TextSink, FileError> =>
  Effect.async<TextSink, FileError>((resume) => {
    const stream = createWriteStream(path)
    const onError = (error: Error) => resume(Effect.fail(new FileError({ path, reason: error.message })))
    stream.once("error", onError)
    stream.once("open", () => {
      stream.off("error", onError)
      resume(Effect.succeed(sinkOf(stream, path, true)))
    })
  })

/** Standard output (or what stands for it), as a sink that never closes it. */
export const stdoutSink = (stdout: NodeJS.WritableStream = process.stdout): TextSink => sinkOf(stdout, "stdout", false)

/** Writes records one after the other in one format, so the file reads back with {@link readRecords}. */
export interface RecordWriter {
  readonly write: (record: Readonly<Record<string, unknown>>) => Effect.Effect<void, FileError>
  /** Ends the records (a JSON array is closed, even when empty) and closes the sink. */
  readonly close: Effect.Effect<void, FileError>
}

/**
 * A writer of records to a sink: CSV with the first record's keys as the header (later records give
 * a value for each, or an empty cell), a JSON array with one element a line, or NDJSON.
 */
export const recordWriter = (sink: TextSink, format: RecordFormat): RecordWriter => {
  let header: ReadonlyArray<string> | undefined
  let count = 0
  return {
    write: (record) =>
      Effect.suspend(() => {
        const first = count++ === 0
        if (format === "csv") {
          const head = first ? `${csvLine((header = Object.keys(record)))}\n` : ""
          return sink.write(`${head}${csvLine(header!.map((column) => record[column]))}\n`)
        }
        const text = JSON.stringify(record)
        return sink.write(format === "json" ? `${first ? "[" : ","}${text}\n` : `${text}\n`)
      }),
    close: Effect.suspend(() =>
      Effect.zipRight(format === "json" ? sink.write(count === 0 ? "[]\n" : "]\n") : Effect.void, sink.close)
    )
  }
}
