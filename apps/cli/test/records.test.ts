import { readFile } from "node:fs/promises"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { describe, expect, it } from "vitest"
import {
  csvCell,
  csvLine,
  fileSink,
  formatOf,
  inGroups,
  type RecordFormat,
  readRecords,
  recordWriter,
  type SourceRecord
} from "../src/internal/records.js"
import { tempDir } from "./utils/files.js"

const all = async <A>(source: AsyncIterable<A>): Promise<Array<A>> => {
  const items: Array<A> = []
  for await (const item of source) items.push(item)
  return items
}

describe("formatOf", () => {
  it("takes the given format, else the extension's, else CSV", () => {
    expect(formatOf("people.csv", "ndjson")).toBe("ndjson")
    const files = ["people.json", "PEOPLE.JSON", "people.ndjson", "people.jsonl", "people.csv", "people.txt", "people"]
    expect(files.map((file) => formatOf(file, undefined))).toEqual([
      "json",
      "json",
      "ndjson",
      "ndjson",
      "csv",
      "csv",
      "csv"
    ])
  })
})

describe("csvCell and csvLine", () => {
  it("quote a cell only when it holds a comma, a quote or a line break, doubling quotes", () => {
    expect(csvCell("plain text")).toBe("plain text")
    expect(csvCell("a,b")).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell("two\nlines")).toBe('"two\nlines"')
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"')
  })

  it("write nothing for a missing value, numbers and booleans as text, objects as JSON", () => {
    expect(csvCell(undefined)).toBe("")
    expect(csvCell(null)).toBe("")
    expect(csvCell(0)).toBe("0")
    expect(csvCell(false)).toBe("false")
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"')
    expect(csvCell([1, 2])).toBe('"[1,2]"')
    expect(csvLine(["a", undefined, 3, "x,y"])).toBe('a,,3,"x,y"')
  })
})

describe("readRecords", () => {
  it("reads CSV with a byte order mark and quoted cells, each record with its last line", async (context) => {
    const { file } = await tempDir(context)
    const path = await file("people.csv", '\uFEFFemail,note\na@example.com,"two\nlines"\n\nb@example.com, padded \n')
    expect(await all(readRecords(path, "csv"))).toEqual([
      { line: 3, data: { email: "a@example.com", note: "two\nlines" } },
      { line: 5, data: { email: "b@example.com", note: "padded" } }
    ])
  })

  it("reads NDJSON, skipping blank lines and keeping each record's line", async (context) => {
    const { file } = await tempDir(context)
    const path = await file("people.ndjson", '{"email":"a@example.com"}\n\n  \r\n{"email":"b@example.com"}\r\n')
    expect(await all(readRecords(path, "ndjson"))).toEqual([
      { line: 1, data: { email: "a@example.com" } },
      { line: 4, data: { email: "b@example.com" } }
    ])
  })

  it("reads a JSON array element by element, brackets and quotes inside strings included", async (context) => {
    const { file } = await tempDir(context)
    const records = [
      { email: "a@example.com", note: 'a "quoted" ] bracket, and a comma' },
      { base: { email: "b@example.com" }, extra: [{ field_id: 1, value: [1, 2] }] },
      { note: "back\\slash {" }
    ]
    const path = await file("people.json", `\uFEFF  ${JSON.stringify(records, null, 2)}\n`)
    expect(await all(readRecords(path, "json"))).toEqual(records.map((data, index) => ({ line: index + 1, data })))
    expect(await all(readRecords(await file("empty.json", "[ ]"), "json"))).toEqual([])
  })

  it("refuses a JSON file that is not an array, or an array that is not closed", async (context) => {
    const { file } = await tempDir(context)
    await expect(all(readRecords(await file("object.json", '{"email":"a"}'), "json"))).rejects.toThrow(
      "Expected a JSON array of records"
    )
    await expect(all(readRecords(await file("open.json", '[{"email":"a"},'), "json"))).rejects.toThrow(
      "The JSON array is not closed"
    )
  })
})

describe("inGroups", () => {
  it("passes the items on in arrays of the given size, the last one shorter", async () => {
    async function* numbers() {
      for (let i = 1; i <= 7; i++) yield i
    }
    expect(await all(inGroups(numbers(), 3))).toEqual([[1, 2, 3], [4, 5, 6], [7]])
    expect(await all(inGroups(numbers(), 7))).toEqual([[1, 2, 3, 4, 5, 6, 7]])
  })
})

describe("recordWriter", () => {
  const records = [
    { email: "a@example.com", note: "one, two", line: 2, error: 'bad "value"' },
    { email: "b@example.com", line: 5, error: "other" }
  ]

  const written = async (path: string, format: RecordFormat, items: ReadonlyArray<Record<string, unknown>>) => {
    await Effect.runPromise(
      Effect.gen(function* () {
        const writer = recordWriter(yield* fileSink(path), format)
        for (const item of items) yield* writer.write(item)
        yield* writer.close
      })
    )
    return readFile(path, "utf8")
  }

  it("writes CSV with the first record's keys as the header, and reads back", async (context) => {
    const { path } = await tempDir(context)
    const text = await written(path("failed.csv"), "csv", records)
    expect(text).toBe('email,note,line,error\na@example.com,"one, two",2,"bad ""value"""\nb@example.com,,5,other\n')
    const back = await all(readRecords(path("failed.csv"), "csv"))
    expect(back.map((record: SourceRecord) => record.data)).toEqual([
      { email: "a@example.com", note: "one, two", line: "2", error: 'bad "value"' },
      { email: "b@example.com", note: "", line: "5", error: "other" }
    ])
  })

  it("writes a JSON array (empty when no record came) and NDJSON, both reading back", async (context) => {
    const { path } = await tempDir(context)
    expect(JSON.parse(await written(path("failed.json"), "json", records))).toEqual(records)
    expect(await written(path("none.json"), "json", [])).toBe("[]\n")
    expect((await all(readRecords(path("failed.json"), "json"))).map((record) => record.data)).toEqual(records)
    const ndjson = await written(path("failed.ndjson"), "ndjson", records)
    expect(
      ndjson
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line))
    ).toEqual(records)
    expect(await written(path("none.ndjson"), "ndjson", [])).toBe("")
  })
})

describe("fileSink", () => {
  it("fails with a FileError naming the path when the file cannot be opened", async (context) => {
    const { path } = await tempDir(context)
    const missing = path("no-such-directory/out.csv")
    const result = await Effect.runPromise(Effect.either(fileSink(missing)))
    expect(Either.isLeft(result) && result.left).toMatchObject({ _tag: "FileError", path: missing })
    expect(Either.isLeft(result) && result.left.message).toMatch(/^Cannot write .*out\.csv: ENOENT/)
  })
})
