/**
 * Where the columns of a file go when it is imported, and what a record becomes: a base field of a
 * contact, one of the list's extra fields (by name or ID, option labels turned into option IDs), or
 * nothing. Pure: no services, no I/O, so every rule is tested in-process.
 *
 * @internal
 */
import * as Contacts from "@egoi-ts/core/Contacts"
import * as ExtraFields from "@egoi-ts/core/ExtraFields"
import * as Parameters from "@egoi-ts/core/Parameters"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as AST from "effect/SchemaAST"
import type { SourceRecord } from "./records.js"

/**
 * The base fields a column can set: those of core's `ContactBaseInput` that take one value (push
 * tokens, which take a list, are left to JSON records).
 */
export const BASE_FIELDS: ReadonlyArray<string> = (
  Schema.typeSchema(Contacts.ContactBaseInput).ast as AST.TypeLiteral
).propertySignatures
  .filter((signature) => Parameters.kindOf(signature.type)._tag !== "json")
  .map((signature) => String(signature.name))

/** The keys a `--failed` file adds to each record, so it can be fixed and imported again as it is. */
export const FAILURE_KEYS: ReadonlyArray<string> = ["line", "error"]

/** A header as a field name: any case, spaces or dashes for underscores (`First Name` is `first_name`). */
export const normalize = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")

/** Where each column of a file goes: a base field, an extra field, or nowhere. */
export interface ColumnMapping {
  readonly base: ReadonlyMap<string, string>
  readonly extra: ReadonlyMap<string, ExtraFields.ExtraField>
  readonly ignored: ReadonlyArray<string>
}

/** No column mapped yet. */
export const emptyMapping: ColumnMapping = { base: new Map(), extra: new Map(), ignored: [] }

/**
 * Maps columns by header name: to a base field, else to one of the list's extra fields by name or ID
 * (`extra:` may prefix either). `explicit` (`--map column=field`) decides for a column first; a
 * column it maps to a field the list lacks is an error, any other unknown column is ignored.
 */
export const mapColumns = (
  columns: ReadonlyArray<string>,
  extraFields: ReadonlyArray<ExtraFields.ExtraField>,
  explicit: ReadonlyMap<string, string>
): Either.Either<ColumnMapping, string> => {
  const base = new Map<string, string>()
  const extra = new Map<string, ExtraFields.ExtraField>()
  const ignored: Array<string> = []
  const extraByKey = new Map<string, ExtraFields.ExtraField>()
  for (const field of extraFields) {
    extraByKey.set(normalize(field.name), field)
    extraByKey.set(String(field.field_id), field)
  }
  for (const column of columns) {
    const target = explicit.get(column)
    const key = normalize(target ?? column)
    const extraField = extraByKey.get(key.replace(/^extra:/, ""))
    if (BASE_FIELDS.includes(key)) base.set(column, key)
    else if (extraField) extra.set(column, extraField)
    else if (target !== undefined) return Either.left(`--map ${column}=${target}: the list has no field ${target}`)
    else ignored.push(column)
  }
  return Either.right({ base, extra, ignored })
}

/** Whether a record is a contact as E-goi takes it (`{ base, extra }`) rather than columns to map. */
export const isContactRecord = (data: Readonly<Record<string, unknown>>): boolean => "base" in data || "extra" in data

/**
 * The mapping with the columns it has not seen yet added (JSON records may each bring keys the
 * earlier ones lacked), and which of those new columns are not imported, leaving out the keys of a
 * `--failed` file.
 */
export const extendMapping = (
  mapping: ColumnMapping,
  columns: ReadonlyArray<string>,
  extraFields: ReadonlyArray<ExtraFields.ExtraField>,
  explicit: ReadonlyMap<string, string>
): Either.Either<{ readonly mapping: ColumnMapping; readonly notImported: ReadonlyArray<string> }, string> => {
  const unseen = columns.filter(
    (column) => !mapping.base.has(column) && !mapping.extra.has(column) && !mapping.ignored.includes(column)
  )
  if (unseen.length === 0) return Either.right({ mapping, notImported: [] })
  return Either.map(mapColumns(unseen, extraFields, explicit), (added) => ({
    mapping: {
      base: new Map([...mapping.base, ...added.base]),
      extra: new Map([...mapping.extra, ...added.extra]),
      ignored: [...mapping.ignored, ...added.ignored]
    },
    notImported: added.ignored.filter((column) => !FAILURE_KEYS.includes(column))
  }))
}

const withoutFailureKeys = (data: Record<string, unknown>): Record<string, unknown> =>
  FAILURE_KEYS.some((key) => key in data)
    ? Object.fromEntries(Object.entries(data).filter(([key]) => !FAILURE_KEYS.includes(key)))
    : data

const decodeContact = Schema.decodeUnknownEither(Contacts.ContactInput, { errors: "all", onExcessProperty: "error" })

/** The option IDs of a cell of an options field: IDs or labels (any case), separated by `,` `;` or `|`. */
const optionIds = (
  column: string,
  field: ExtraFields.ExtraField,
  cell: string
): Either.Either<ReadonlyArray<number>, ReadonlyArray<string>> =>
  Either.mapLeft(ExtraFields.optionIds(field, cell.split(/[,;|]/)), (errors) =>
    errors.map((error) => `${column}: ${error}`)
  )

/** The contact the mapped columns of a record make; empty cells are left out. */
const contactFromColumns = (
  data: Readonly<Record<string, unknown>>,
  mapping: ColumnMapping
): Either.Either<Record<string, unknown>, string> => {
  const base: Record<string, unknown> = {}
  const extra: Array<{ field_id: number; value: unknown }> = []
  const errors: Array<string> = []
  for (const [column, raw] of Object.entries(data)) {
    if (raw === undefined || raw === null || raw === "") continue
    const baseField = mapping.base.get(column)
    const extraField = mapping.extra.get(column)
    if (baseField) base[baseField] = String(raw)
    else if (extraField?.format === "options") {
      const ids = optionIds(column, extraField, String(raw))
      if (Either.isLeft(ids)) errors.push(...ids.left)
      else if (ids.right.length > 0) extra.push({ field_id: extraField.field_id, value: ids.right })
    } else if (extraField) extra.push({ field_id: extraField.field_id, value: String(raw) })
  }
  if (errors.length > 0) return Either.left(errors.join("; "))
  return Either.right({
    ...(Object.keys(base).length > 0 ? { base } : {}),
    ...(extra.length > 0 ? { extra } : {})
  })
}

/** Turns one record into a contact, or says why it cannot be one (every reason, with its field). */
export const toContact = (
  record: SourceRecord,
  mapping: ColumnMapping
): Either.Either<Contacts.ContactInput, string> => {
  const candidate = isContactRecord(record.data)
    ? Either.right(withoutFailureKeys(record.data))
    : contactFromColumns(record.data, mapping)
  return Either.flatMap(candidate, (contact) => {
    if (!("base" in contact) && !("extra" in contact)) return Either.left("no mapped field has a value")
    return Either.mapLeft(decodeContact(contact), (error) =>
      ParseResult.ArrayFormatter.formatErrorSync(error)
        .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
        .join("; ")
    )
  })
}

/** `--compare-field`: a base field, an extra field's ID, or an extra field's name (sent as its ID). */
export const compareFieldOf = (given: string, extraFields: ReadonlyArray<ExtraFields.ExtraField>): string => {
  if (BASE_FIELDS.includes(given) || /^\d+$/.test(given)) return given
  const key = normalize(given.replace(/^extra:/, ""))
  const field = extraFields.find((candidate) => normalize(candidate.name) === key)
  return field ? String(field.field_id) : given
}
