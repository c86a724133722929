/**
 * The Fields group of the mock: the base fields every list has, the extra fields of each list (the
 * `extraFields` table), the options of the extra fields of format `options` (`fieldOptions`), and
 * what `patchBaseField` changed (`baseFields`). The contact store reads fields through the
 * functions exported here.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { Common, EgoiApi, type Fields } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, found, notFound, unprocessable } from "../answers.js"
import { isExtraFieldId } from "../contactModel.js"
import type { MockContext } from "../context.js"
import { slice } from "../query.js"
import type { MockState } from "../state.js"
import { requireList, requireListParam } from "./lists.js"
import { segmentsUsingExtraField } from "./segments.js"

export const group = "fields"

/** An extra field of a list. Table `extraFields`, keyed by `${list_id}:${field_id}`. */
export interface StoredExtraField {
  readonly list_id: number
  readonly field_id: number
  readonly name: string
  readonly format: Fields.ExtraFieldFormat
  readonly unique: boolean
}

/** An option of an extra field of format `options`. Table `fieldOptions`, keyed by `${list_id}:${field_id}:${option_id}`. */
export interface StoredFieldOption extends Fields.FieldOption {
  readonly list_id: number
  readonly field_id: number
}

/** What `patchBaseField` changed for one list. Table `baseFields`, keyed by `${list_id}:${field_id}`. */
export interface StoredBaseField {
  readonly list_id: number
  readonly field_id: string
  readonly unique: boolean
}

/** An option's label in each language it has one for. */
export type Labels = { -readonly [Language in Common.Language]?: string }

/** The base fields of every list, in the order `getAllFields` lists them. */
const BASE_FIELDS: ReadonlyArray<{
  readonly field_id: string
  readonly name: string
  readonly format: Fields.ExtraFieldFormat
}> = [
  { field_id: "first_name", name: "First name", format: "text" },
  { field_id: "last_name", name: "Last name", format: "text" },
  { field_id: "birth_date", name: "Birth date", format: "date" },
  { field_id: "language", name: "Language", format: "text" },
  { field_id: "email", name: "Email", format: "email" },
  { field_id: "cellphone", name: "Cellphone", format: "cellphone" },
  { field_id: "phone", name: "Phone", format: "phone" }
]

/** The IDs of the base fields: `first_name`, `last_name`, `birth_date`, `language`, `email`, `cellphone`, `phone`. */
export const baseFieldIds: ReadonlyArray<string> = BASE_FIELDS.map((field) => field.field_id)

/** The base fields that identify a contact: unique unless `patchBaseField` says otherwise, and the only ones that can be. */
export const UNIQUE_BASE_FIELDS = ["email", "cellphone", "phone"] as const

const canBeUnique = (fieldId: string) => (UNIQUE_BASE_FIELDS as ReadonlyArray<string>).includes(fieldId)

export const extraFieldsTable = (state: MockState) =>
  state.table<StoredExtraField>("extraFields", (field) => `${field.list_id}:${field.field_id}`)

export const fieldOptionsTable = (state: MockState) =>
  state.table<StoredFieldOption>("fieldOptions", (option) => `${option.list_id}:${option.field_id}:${option.option_id}`)

export const baseFieldsTable = (state: MockState) =>
  state.table<StoredBaseField>("baseFields", (field) => `${field.list_id}:${field.field_id}`)

/** The extra fields of a list, by ID. */
export const extraFieldsOf = (state: MockState, listId: number): ReadonlyArray<StoredExtraField> =>
  extraFieldsTable(state)
    .values()
    .filter((field) => field.list_id === listId)
    .sort((a, b) => a.field_id - b.field_id)

/** One extra field of a list, if it exists. */
export const extraFieldOf = (state: MockState, listId: number, fieldId: number): StoredExtraField | undefined =>
  extraFieldsTable(state).get(`${listId}:${fieldId}`)

/** The options of an extra field, by ID (none for a field of another format). */
export const optionsOf = (state: MockState, listId: number, fieldId: number): ReadonlyArray<StoredFieldOption> =>
  fieldOptionsTable(state)
    .values()
    .filter((option) => option.list_id === listId && option.field_id === fieldId)
    .sort((a, b) => a.option_id - b.option_id)

/** The option IDs of an extra field, ascending. */
export const optionIdsOf = (state: MockState, listId: number, fieldId: number): ReadonlyArray<number> =>
  optionsOf(state, listId, fieldId).map((option) => option.option_id)

/**
 * Whether a field of a list is unique: for a base field (`email`, ...), E-goi's rule that email,
 * cellphone and phone identify a contact unless `patchBaseField` turned that off, and no other base
 * field; for an extra field (its number, or its number as a string), its `unique` flag.
 */
export const isUniqueField = (state: MockState, listId: number, fieldId: string | number): boolean => {
  if (typeof fieldId === "number" || isExtraFieldId(fieldId)) {
    return extraFieldOf(state, listId, Number(fieldId))?.unique ?? false
  }
  return baseFieldsTable(state).get(`${listId}:${fieldId}`)?.unique ?? canBeUnique(fieldId)
}

/** An extra field to seed: its list, name, format, whether it is unique, and for an `options` field its options. */
export interface ExtraFieldSeed {
  readonly list_id: number
  readonly name: string
  readonly format: Fields.ExtraFieldFormat
  /** `false` by default. */
  readonly unique?: boolean | undefined
  /** The options of an `options` field, each its labels by language (`{ en: "Red", pt: "Vermelho" }`). */
  readonly options?: ReadonlyArray<Labels> | undefined
}

/** Adds an extra field to a list, as `createExtraField` does (the list is not checked), with its options. */
export const insertExtraField = (state: MockState, seed: ExtraFieldSeed): StoredExtraField => {
  const table = extraFieldsTable(state)
  const field = table.set({
    list_id: seed.list_id,
    field_id: table.takeId(),
    name: seed.name,
    format: seed.format,
    unique: seed.unique ?? false
  })
  for (const labels of seed.options ?? []) {
    insertFieldOption(state, { ...labels, list_id: field.list_id, field_id: field.field_id })
  }
  return field
}

/** Adds an option to an extra field, as `createFieldOption` does (the field is not checked). */
export const insertFieldOption = (
  state: MockState,
  fields: { readonly list_id: number; readonly field_id: number } & Labels
): StoredFieldOption => {
  const table = fieldOptionsTable(state)
  return table.set({
    ...labelsOf(fields),
    list_id: fields.list_id,
    field_id: fields.field_id,
    option_id: table.takeId()
  })
}

const labelsOf = (source: Labels): Labels => {
  const labels: Labels = {}
  for (const language of Common.LANGUAGES) if (source[language] !== undefined) labels[language] = source[language]
  return labels
}

export const seeds = {
  extraFields: (context: MockContext, seed: ExtraFieldSeed) => void insertExtraField(context.state, seed)
}

const extraView = ({ field_id, name, format, unique }: StoredExtraField): Fields.Field => ({
  field_id: String(field_id),
  name,
  format,
  unique
})

const optionView = ({ list_id: _, field_id: __, ...option }: StoredFieldOption): Fields.FieldOption => option

const baseView = (state: MockState, listId: number, field: (typeof BASE_FIELDS)[number]): Fields.Field => ({
  field_id: field.field_id,
  name: field.name,
  format: field.format,
  unique: isUniqueField(state, listId, field.field_id)
})

export const layer = ({ state }: MockContext) => {
  const extraFields = extraFieldsTable(state)
  const options = fieldOptionsTable(state)
  const baseFields = baseFieldsTable(state)
  const findField = (listId: number, fieldId: number) =>
    Effect.flatMap(requireList(state, listId), () =>
      found(extraFieldOf(state, listId, fieldId), () => `Extra field ${fieldId} does not exist in list ${listId}`)
    )
  const findOption = (listId: number, fieldId: number, optionId: number) =>
    Effect.flatMap(findField(listId, fieldId), (field) =>
      found(
        options.get(`${listId}:${field.field_id}:${optionId}`),
        () => `Option ${optionId} does not exist in extra field ${fieldId} of list ${listId}`
      )
    )
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllFields", ({ path, urlParams }) =>
        Effect.map(requireListParam(state, path.list_id), () => {
          const all: Array<Fields.ComplexField> = [
            ...BASE_FIELDS.map((field) => ({ type: "base", ...baseView(state, path.list_id, field) })),
            ...extraFieldsOf(state, path.list_id).map((field) => ({
              type: "extra",
              ...extraView(field),
              ...(field.format === "options"
                ? { options: optionsOf(state, path.list_id, field.field_id).map(optionView) }
                : {})
            }))
          ]
          return slice(all, urlParams)
        })
      )
      .handle("createExtraField", ({ path, payload }) =>
        Effect.map(requireListParam(state, path.list_id), () =>
          extraView(insertExtraField(state, { list_id: path.list_id, ...payload }))
        )
      )
      .handle("patchExtraField", ({ path, payload }) =>
        Effect.map(findField(path.list_id, path.field_id), (field) =>
          extraView(
            extraFields.set({
              ...field,
              ...(payload.name === undefined ? {} : { name: payload.name }),
              ...(payload.unique === undefined ? {} : { unique: payload.unique })
            })
          )
        )
      )
      .handle("deleteExtraField", ({ path }) =>
        Effect.gen(function* () {
          const field = yield* findField(path.list_id, path.field_id)
          const segments = segmentsUsingExtraField(state, path.list_id, field.field_id)
          if (segments.length > 0) {
            return yield* conflict({
              field_in_use: "The provided extra field is being used in segments or forms",
              field_in_use_data: { segments: segments.map((segment) => Number(segment.segment_id)), forms: [] }
            })
          }
          extraFields.delete(`${field.list_id}:${field.field_id}`)
          for (const option of optionsOf(state, field.list_id, field.field_id)) {
            options.delete(`${option.list_id}:${option.field_id}:${option.option_id}`)
          }
        })
      )
      .handle("patchBaseField", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* requireList(state, path.list_id)
          const field = BASE_FIELDS.find((base) => base.field_id === path.field_id)
          if (!field) {
            return yield* notFound(
              `Base field ${path.field_id} does not exist; the base fields are ${baseFieldIds.join(", ")}`
            )
          }
          if (payload.unique === true && !canBeUnique(field.field_id)) {
            return yield* unprocessable({ unique: ["Only the email, cellphone and phone base fields can be unique"] })
          }
          if (payload.unique !== undefined) {
            baseFields.set({ list_id: path.list_id, field_id: field.field_id, unique: payload.unique })
          }
          return baseView(state, path.list_id, field)
        })
      )
      .handle("getAllFieldOptions", ({ path }) =>
        Effect.map(findField(path.list_id, path.field_id), (field) => ({
          items: optionsOf(state, field.list_id, field.field_id).map(optionView)
        }))
      )
      .handle("createFieldOption", ({ path, payload }) =>
        Effect.gen(function* () {
          const field = yield* findField(path.list_id, path.field_id)
          if (field.format !== "options") {
            return yield* unprocessable({
              field_id: [`Extra field ${field.field_id} has format ${field.format}; only options fields have options`]
            })
          }
          return optionView(insertFieldOption(state, { list_id: field.list_id, field_id: field.field_id, ...payload }))
        })
      )
      .handle("updateFieldOption", ({ path, payload }) =>
        Effect.map(findOption(path.list_id, path.field_id, path.option_id), (option) =>
          optionView(options.set({ ...option, ...labelsOf(payload) }))
        )
      )
      .handle("deleteFieldOption", ({ path }) =>
        Effect.map(findOption(path.list_id, path.field_id, path.option_id), (option) => {
          options.delete(`${option.list_id}:${option.field_id}:${option.option_id}`)
        })
      )
  )
}
