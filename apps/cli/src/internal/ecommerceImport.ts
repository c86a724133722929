/**
 * `egoi ecommerce import-products` and `egoi ecommerce import-orders`: a shop's catalog or past orders
 * from a CSV, JSON or NDJSON file of any size, as a stream, with `recordImport.ts` (shared with
 * `egoi contacts import`) doing the reading, counting, `--failed` and `--dry-run`.
 *
 * A column is a field of the record by its name (any case, spaces or dashes for underscores), or
 * the one `--map COLUMN=FIELD` names; for products, `--map COLUMN=custom_attributes.ALIAS` makes a
 * column a custom attribute. The fields and their kinds come from core's schemas: a CSV cell of a
 * number field is read as a number, and of a list field as a JSON array or values separated by `|`
 * (`Clothing>Women|Sale`). Each record is checked against the schema before it is sent.
 *
 * @internal
 */
import * as Bulk from "@egoi-ts/core/Bulk"
import * as Ecommerce from "@egoi-ts/core/Ecommerce"
import * as Parameters from "@egoi-ts/core/Parameters"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as AST from "effect/SchemaAST"
import { FAILURE_KEYS, normalize } from "./columns.js"
import { CliUsageError } from "./errors.js"
import type { Io } from "./io.js"
import {
  describeCounts,
  type ImportCounts,
  importRecords,
  type RecordHandling,
  runImportCommand
} from "./recordImport.js"
import type { RecordFormat, SourceRecord } from "./records.js"
import type { Parsed } from "./spec.js"
import type { Terminal } from "./terminal.js"

/** The fields of a record schema, by name, with the kind of value each takes. */
const fieldsOf = (schema: Schema.Schema.Any): ReadonlyMap<string, Parameters.ValueKind> =>
  new Map(
    (Schema.typeSchema(schema as Schema.Schema<unknown>).ast as AST.TypeLiteral).propertySignatures.map((signature) => [
      String(signature.name),
      Parameters.kindOf(signature.type)
    ])
  )

const CUSTOM_ATTRIBUTE = "custom_attributes."

/** Where each column goes: a field, a custom attribute, or nowhere. */
interface Mapping {
  readonly fields: ReadonlyMap<string, string>
  readonly attributes: ReadonlyMap<string, string>
  readonly ignored: ReadonlyArray<string>
}

const emptyMapping: Mapping = { fields: new Map(), attributes: new Map(), ignored: [] }

/** The mapping extended with columns not seen before, and those of them that are not imported. */
const extendMapping = (
  mapping: Mapping,
  columns: ReadonlyArray<string>,
  fields: ReadonlyMap<string, Parameters.ValueKind>,
  explicit: ReadonlyMap<string, string>,
  attributes: boolean
): Either.Either<{ readonly mapping: Mapping; readonly notImported: ReadonlyArray<string> }, string> => {
  const seen = (column: string) =>
    mapping.fields.has(column) || mapping.attributes.has(column) || mapping.ignored.includes(column)
  const next = {
    fields: new Map(mapping.fields),
    attributes: new Map(mapping.attributes),
    ignored: [...mapping.ignored]
  }
  const notImported: Array<string> = []
  for (const column of columns) {
    if (seen(column)) continue
    const target = explicit.get(column)
    if (attributes && target?.startsWith(CUSTOM_ATTRIBUTE) && target.length > CUSTOM_ATTRIBUTE.length) {
      next.attributes.set(column, target.slice(CUSTOM_ATTRIBUTE.length))
      continue
    }
    const key = normalize(target ?? column)
    if (fields.has(key)) next.fields.set(column, key)
    else if (target !== undefined) return Either.left(`--map ${column}=${target}: there is no field ${target}`)
    else {
      next.ignored.push(column)
      if (!FAILURE_KEYS.includes(column)) notImported.push(column)
    }
  }
  return Either.right({ mapping: next, notImported })
}

/** A cell as its field takes it: text for text, a number for a number, a list for a list. */
const cellValue = (raw: unknown, kind: Parameters.ValueKind): unknown => {
  if (typeof raw !== "string") return kind._tag === "string" && typeof raw === "number" ? String(raw) : raw
  const text = raw.trim()
  if ((kind._tag === "number" || kind._tag === "integer") && text !== "" && Number.isFinite(Number(text))) {
    return Number(text)
  }
  if (kind._tag === "json") {
    if (/^[[{]/.test(text)) {
      try {
        return JSON.parse(text)
      } catch {
        return raw
      }
    }
    return text.split("|").map((part) => part.trim())
  }
  return raw
}

/** Builds one record of `schema` from a source record, or says why it cannot be one (every reason, with its field). */
const recordOf = <A>(
  decode: (input: unknown) => Either.Either<A, ParseResult.ParseError>,
  fields: ReadonlyMap<string, Parameters.ValueKind>,
  mapping: Mapping,
  data: Readonly<Record<string, unknown>>
): Either.Either<A, string> => {
  const record: Record<string, unknown> = {}
  const attributes: Array<{ alias: string; value: string }> = []
  for (const [column, raw] of Object.entries(data)) {
    if (raw === undefined || raw === null || raw === "") continue
    const field = mapping.fields.get(column)
    const alias = mapping.attributes.get(column)
    if (field) record[field] = cellValue(raw, fields.get(field)!)
    else if (alias !== undefined) attributes.push({ alias, value: String(raw) })
  }
  if (attributes.length > 0) {
    record.custom_attributes = [...((record.custom_attributes as Array<unknown> | undefined) ?? []), ...attributes]
  }
  if (Object.keys(record).length === 0) return Either.left("no mapped field has a value")
  return Either.mapLeft(decode(record), (error) =>
    ParseResult.ArrayFormatter.formatErrorSync(error)
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ")
  )
}

/** Checking records of one schema: the columns mapped as they first appear, notices for those not imported. */
const checker = <A>(
  schema: Schema.Schema<A, any>,
  map: ReadonlyMap<string, string>,
  terminal: Terminal,
  attributes: boolean
) => {
  const fields = fieldsOf(schema)
  const decode = Schema.decodeUnknownEither(schema, { errors: "all", onExcessProperty: "error" })
  let mapping = emptyMapping
  return (record: SourceRecord): Effect.Effect<Either.Either<A, string>, CliUsageError> =>
    Effect.suspend(() => {
      const extended = extendMapping(mapping, Object.keys(record.data), fields, map, attributes)
      if (Either.isLeft(extended)) return Effect.fail(new CliUsageError({ detail: extended.left }))
      mapping = extended.right.mapping
      if (extended.right.notImported.length > 0) {
        terminal.err(
          `Columns not imported (no field of that name; use --map): ${extended.right.notImported.join(", ")}`
        )
      }
      return Effect.succeed(recordOf(decode, fields, mapping, record.data))
    })
}

/** What both imports are asked to do. */
interface FileOptions {
  readonly file: string
  readonly format: RecordFormat
  /** `--map column=field`. */
  readonly map: ReadonlyMap<string, string>
  readonly failed: string | undefined
  readonly batchSize: number
  readonly concurrency: number
  readonly dryRun: boolean
}

/** What `egoi ecommerce import-products` is asked to do. */
export interface ProductImportOptions extends FileOptions {
  readonly catalog: number
  readonly mode: "add" | "update"
}

/** What `egoi ecommerce import-orders` is asked to do. */
export interface OrderImportOptions extends FileOptions {
  readonly list: number
}

/** The summary of a product import: every row of the file is accepted or failed. */
export interface ProductImportSummary extends ImportCounts {
  readonly file: string
  readonly catalog_id: number
}

/** The summary of an order import: every row of the file is accepted or failed. */
export interface OrderImportSummary extends ImportCounts {
  readonly file: string
  readonly list_id: number
}

const common = (options: FileOptions) => ({
  file: options.file,
  format: options.format,
  failed: options.failed,
  dryRun: options.dryRun,
  batchSize: options.batchSize
})

/** Imports products into a catalog (upserted by identifier), or with `dryRun` only checks them. */
export const importProductsFile = (options: ProductImportOptions, terminal: Terminal) =>
  Effect.map(
    importRecords({
      ...common(options),
      handling: Effect.sync(
        (): RecordHandling<Ecommerce.ProductInput> => ({
          check: checker(Ecommerce.ProductInput, options.map, terminal, true),
          send: (rows) =>
            Bulk.importProducts(rows, {
              catalog_id: options.catalog,
              mode: options.mode,
              batchSize: options.batchSize,
              concurrency: options.concurrency,
              productOf: (row) => row.item
            })
        })
      )
    }),
    ({ counts, rejection }) => ({
      summary: { file: options.file, catalog_id: options.catalog, ...counts } satisfies ProductImportSummary,
      rejection
    })
  )

/** Imports a list's past orders, or with `dryRun` only checks them. */
export const importOrdersFile = (options: OrderImportOptions, terminal: Terminal) =>
  Effect.map(
    importRecords({
      ...common(options),
      handling: Effect.sync(
        (): RecordHandling<Ecommerce.BulkOrder> => ({
          check: checker(Ecommerce.BulkOrder, options.map, terminal, false),
          send: (rows) =>
            Bulk.importOrders(rows, {
              list_id: options.list,
              batchSize: options.batchSize,
              concurrency: options.concurrency,
              orderOf: (row) => row.item
            })
        })
      )
    }),
    ({ counts, rejection }) => ({
      summary: { file: options.file, list_id: options.list, ...counts } satisfies OrderImportSummary,
      rejection
    })
  )

/** The flags both commands share, read. */
const fileOptions = (parsed: Parsed, file: string, format: RecordFormat): FileOptions => {
  const { flags } = parsed
  return {
    file,
    format,
    map: new Map(Object.entries((flags.map as Record<string, string> | undefined) ?? {})),
    failed: flags.failed as string | undefined,
    batchSize: (flags["batch-size"] as number | undefined) ?? Bulk.DEFAULT_BATCH_SIZE,
    concurrency: (flags.concurrency as number | undefined) ?? 2,
    dryRun: flags["dry-run"] === true
  }
}

export const runProductImport = (parsed: Parsed, io: Io): Promise<number> =>
  runImportCommand(parsed, io, (file, format) => {
    const options: ProductImportOptions = {
      ...fileOptions(parsed, file, format),
      catalog: parsed.flags.catalog as number,
      mode: (parsed.flags.mode as ProductImportOptions["mode"] | undefined) ?? "update"
    }
    return {
      ...options,
      run: (terminal) => importProductsFile(options, terminal),
      describe: (summary) =>
        describeCounts(summary, options.failed, {
          noun: "products",
          into: `catalog ${summary.catalog_id}`,
          retrySafe: true
        })
    }
  })

export const runOrderImport = (parsed: Parsed, io: Io): Promise<number> =>
  runImportCommand(parsed, io, (file, format) => {
    const options: OrderImportOptions = { ...fileOptions(parsed, file, format), list: parsed.flags.list as number }
    return {
      ...options,
      run: (terminal) => importOrdersFile(options, terminal),
      describe: (summary) =>
        describeCounts(summary, options.failed, { noun: "orders", into: `list ${summary.list_id}`, retrySafe: false })
    }
  })
