/**
 * A list's extra fields by name: `{ Plan: "Gold", Birthday: "1990-01-31" }` turned into the
 * `extra: [{ field_id, value }]` E-goi takes (option labels into option IDs), and a contact's
 * `extra` turned back into names and labels. Unknown names and options are refused before anything
 * is sent, naming the field.
 *
 * ```ts
 * const resolver = yield* ExtraFields.resolver
 * const extra = yield* resolver.encode(1, { Plan: "Gold" }) // [{ field_id: 3, value: [2] }]
 * ```
 *
 * @since 0.1.0
 */
import * as Cache from "effect/Cache"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Common from "./Common.js"
import type * as Contacts from "./Contacts.js"
import { type EgoiError, RequestValidationError } from "./EgoiError.js"
import type { EgoiTransport } from "./EgoiTransport.js"
import * as Fields from "./Fields.js"
import * as GroupClient from "./GroupClient.js"
import * as Pagination from "./Pagination.js"

type ExtraFieldInput = typeof Contacts.ExtraFieldInput.Type
type ExtraFieldValue = typeof Contacts.ExtraFieldValue.Type

/**
 * One extra field of a list, with its options' IDs by label (every language, lower case) and each
 * option's label (the first language that has one, in E-goi's order).
 *
 * @since 0.1.0
 * @category models
 */
export interface ExtraField {
  readonly field_id: number
  readonly name: string
  readonly format: string
  readonly unique: boolean
  readonly optionIds: ReadonlyMap<string, number>
  readonly labels: ReadonlyMap<number, string>
}

/**
 * A value given by name: text (or a number) for most formats; for an `options` field, option labels
 * or IDs, one or several (an array, or one text with `;` between them).
 *
 * @since 0.1.0
 * @category models
 */
export type Value = string | number | ReadonlyArray<string | number>

/**
 * Values of extra fields by field name (or ID, as a string).
 *
 * @since 0.1.0
 * @category models
 */
export type ValuesByName = Readonly<Record<string, Value>>

/**
 * A contact's extra values by field name: text, a number, or option labels for an `options` field.
 *
 * @since 0.1.0
 * @category models
 */
export type DecodedValues = Readonly<Record<string, string | number | ReadonlyArray<string>>>

/**
 * The extra field a field of `getAllFields` is, or `undefined` for a base field. A label given in
 * several languages, or by several options, belongs to the first option that has it.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromField = (field: Fields.ComplexField): ExtraField | undefined => {
  if (field.type === "base" || !/^\d+$/.test(field.field_id)) return undefined
  const optionIds = new Map<string, number>()
  const labels = new Map<number, string>()
  for (const option of field.options ?? []) {
    for (const language of Common.LANGUAGES) {
      const label = option[language]
      if (!label) continue
      if (!labels.has(option.option_id)) labels.set(option.option_id, label)
      if (!optionIds.has(label.toLowerCase())) optionIds.set(label.toLowerCase(), option.option_id)
    }
  }
  return {
    field_id: Number(field.field_id),
    name: field.name,
    format: field.format,
    unique: field.unique === true,
    optionIds,
    labels
  }
}

const fieldsClient = GroupClient.make(Fields.FieldsGroup)

/**
 * Every extra field of a list, read from `getAllFields` (every page: it answers a few fields at a
 * time unless told otherwise).
 *
 * @since 0.1.0
 * @category constructors
 */
export const list = (listId: number): Effect.Effect<ReadonlyArray<ExtraField>, EgoiError, EgoiTransport> =>
  Effect.flatMap(fieldsClient, (fields) =>
    Pagination.stream(fields.getAllFields, { list_id: listId, limit: Common.MAX_PAGE_SIZE }).pipe(
      Stream.runCollect,
      Effect.map((all) =>
        Chunk.toReadonlyArray(all).flatMap((field) => {
          const extra = fromField(field)
          return extra ? [extra] : []
        })
      )
    )
  )

const normalize = (name: string) => name.trim().toLowerCase()

/**
 * The field a name or ID (`"Plan"`, `"plan"`, `"3"`) designates among a list's extra fields.
 *
 * @since 0.1.0
 * @category accessors
 */
export const find = (fields: ReadonlyArray<ExtraField>, nameOrId: string): ExtraField | undefined => {
  if (/^\d+$/.test(nameOrId)) return fields.find((field) => field.field_id === Number(nameOrId))
  const key = normalize(nameOrId)
  return fields.find((field) => normalize(field.name) === key)
}

/**
 * The option IDs of values of an `options` field: each an option ID, or a label in any of its
 * languages and in any case. `Left` holds a message for each value the field has no option for.
 *
 * @since 0.1.0
 * @category constructors
 */
export const optionIds = (
  field: ExtraField,
  values: ReadonlyArray<string | number>
): Either.Either<ReadonlyArray<number>, ReadonlyArray<string>> => {
  const ids: Array<number> = []
  const errors: Array<string> = []
  for (const value of values) {
    const text = String(value).trim()
    if (text === "") continue
    const id =
      /^\d+$/.test(text) && field.labels.has(Number(text)) ? Number(text) : field.optionIds.get(text.toLowerCase())
    if (id === undefined) errors.push(`${field.name} has no option ${JSON.stringify(text)}`)
    else if (!ids.includes(id)) ids.push(id)
  }
  return errors.length > 0 ? Either.left(errors) : Either.right(ids)
}

/**
 * Values by name as E-goi's `extra`, against a list's fields. `Left` holds an issue per unknown
 * field or option, its path being the name as given.
 *
 * @since 0.1.0
 * @category constructors
 */
export const encodeWith = (
  fields: ReadonlyArray<ExtraField>,
  values: ValuesByName
): Either.Either<
  ReadonlyArray<ExtraFieldInput>,
  ReadonlyArray<{ readonly path: string; readonly message: string }>
> => {
  const extra: Array<ExtraFieldInput> = []
  const issues: Array<{ path: string; message: string }> = []
  for (const [name, value] of Object.entries(values)) {
    const field = find(fields, name)
    if (field === undefined) {
      const known = fields.map((candidate) => candidate.name).join(", ")
      issues.push({
        path: name,
        message: `the list has no extra field ${JSON.stringify(name)} (it has: ${known || "none"})`
      })
      continue
    }
    if (field.format === "options") {
      // Several labels may also come as one text, separated by `;` (as a CSV cell or a CLI flag gives them).
      const given = Array.isArray(value) ? value : typeof value === "string" ? value.split(";") : [value as number]
      const ids = optionIds(field, given)
      if (Either.isLeft(ids)) {
        const known = [...field.labels.values()].join(", ")
        for (const message of ids.left) issues.push({ path: name, message: `${message} (it has: ${known})` })
      } else extra.push({ field_id: field.field_id, value: ids.right })
    } else if (Array.isArray(value)) {
      issues.push({ path: name, message: `${field.name} is a ${field.format} field and takes one value` })
    } else extra.push({ field_id: field.field_id, value: String(value) })
  }
  return issues.length > 0 ? Either.left(issues) : Either.right(extra)
}

/**
 * A contact's `extra` by field name, option IDs given as their labels; values of fields the list no
 * longer has keep their ID as name.
 *
 * @since 0.1.0
 * @category constructors
 */
export const decodeWith = (fields: ReadonlyArray<ExtraField>, extra: ReadonlyArray<ExtraFieldValue>): DecodedValues => {
  const byId = new Map(fields.map((field) => [field.field_id, field]))
  const out: Record<string, string | number | ReadonlyArray<string>> = {}
  for (const item of extra) {
    if (item.value === undefined) continue
    const field = byId.get(item.field_id)
    const name = field?.name ?? String(item.field_id)
    out[name] = Array.isArray(item.value)
      ? item.value.map((id: number) => field?.labels.get(id) ?? String(id))
      : (item.value as string | number)
  }
  return out
}

/**
 * Resolves names against each list's extra fields, read once and kept in a `Cache` (five minutes by
 * default); a name or option not found is looked up again in a fresh copy before it is refused, so a
 * field added since is found.
 *
 * @since 0.1.0
 * @category models
 */
export interface Resolver {
  /** The list's extra fields, as cached. */
  readonly fields: (listId: number) => Effect.Effect<ReadonlyArray<ExtraField>, EgoiError>
  /** Values by name as `extra`; an unknown field or option is a `RequestValidationError` naming it. */
  readonly encode: (
    listId: number,
    values: ValuesByName,
    operation?: string
  ) => Effect.Effect<ReadonlyArray<ExtraFieldInput>, EgoiError>
  /** A contact's `extra` by field name and option label. */
  readonly decode: (listId: number, extra: ReadonlyArray<ExtraFieldValue>) => Effect.Effect<DecodedValues, EgoiError>
  /** The field a name or ID designates; `undefined` after a fresh look finds none. */
  readonly field: (listId: number, nameOrId: string) => Effect.Effect<ExtraField | undefined, EgoiError>
  /** Forgets what is cached of a list (after changing its fields). */
  readonly invalidate: (listId: number) => Effect.Effect<void>
}

/**
 * The resolver of one client, when one is provided (the SDK gives one per client).
 *
 * @since 0.1.0
 * @category tags
 */
export class ExtraFieldsResolver extends Context.Tag("@egoi-ts/core/ExtraFields/Resolver")<
  ExtraFieldsResolver,
  Resolver
>() {}

/**
 * A resolver over the transport in context.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: { readonly timeToLive?: Duration.DurationInput | undefined; readonly capacity?: number | undefined } = {}
): Effect.Effect<Resolver, never, EgoiTransport> =>
  Effect.gen(function* () {
    const context = yield* Effect.context<EgoiTransport>()
    const cache = yield* Cache.make({
      capacity: options.capacity ?? 100,
      timeToLive: options.timeToLive ?? Duration.minutes(5),
      lookup: (listId: number) => Effect.provide(list(listId), context)
    })
    /** Runs `attempt` on the cached fields, and once more on fresh ones when it finds something missing. */
    const withRefresh = <A>(
      listId: number,
      attempt: (fields: ReadonlyArray<ExtraField>) => Option.Option<A>,
      last: (fields: ReadonlyArray<ExtraField>) => A
    ): Effect.Effect<A, EgoiError> =>
      Effect.flatMap(cache.get(listId), (fields) =>
        Option.match(attempt(fields), {
          onSome: Effect.succeed,
          onNone: () => Effect.zipRight(cache.refresh(listId), Effect.map(cache.get(listId), last))
        })
      )
    const resolver: Resolver = {
      fields: (listId) => cache.get(listId),
      encode: (listId, values, operation = "extraFields") =>
        Effect.flatMap(
          withRefresh(
            listId,
            (fields) => Option.liftPredicate(encodeWith(fields, values), Either.isRight),
            (fields) => encodeWith(fields, values)
          ),
          Either.match({
            onLeft: (issues) =>
              Effect.fail(
                new RequestValidationError({
                  operation,
                  issues: issues.map((issue) => ({ path: `fields.${issue.path}`, message: issue.message }))
                })
              ),
            onRight: Effect.succeed
          })
        ),
      decode: (listId, extra) =>
        withRefresh(
          listId,
          (fields) => {
            const known = new Set(fields.map((field) => field.field_id))
            return extra.every((item) => known.has(item.field_id))
              ? Option.some(decodeWith(fields, extra))
              : Option.none()
          },
          (fields) => decodeWith(fields, extra)
        ),
      field: (listId, nameOrId) =>
        withRefresh(
          listId,
          (fields) => Option.fromNullable(find(fields, nameOrId)),
          (fields) => find(fields, nameOrId)
        ),
      invalidate: (listId) => cache.invalidate(listId)
    }
    return resolver
  })

/**
 * Provides one resolver, so every workflow of a program shares its cache.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<ExtraFieldsResolver, never, EgoiTransport> = Layer.effect(ExtraFieldsResolver, make())

/**
 * The resolver provided, or a new one (with a cache of its own) when none is.
 *
 * @since 0.1.0
 * @category accessors
 */
export const resolver: Effect.Effect<Resolver, never, EgoiTransport> = Effect.flatMap(
  Effect.serviceOption(ExtraFieldsResolver),
  Option.match({ onSome: Effect.succeed, onNone: () => make() })
)
