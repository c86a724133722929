/**
 * A list's extra fields as the contact workflows use them: the import maps columns to them by name
 * or ID (and option labels to option IDs), the export writes one column for each.
 *
 * @internal
 */
import * as Common from "@egoi-ts/core/Common"
import * as EgoiClient from "@egoi-ts/core/EgoiClient"
import type * as Fields from "@egoi-ts/core/Fields"
import * as Pagination from "@egoi-ts/core/Pagination"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"

export interface ExtraField {
  readonly field_id: number
  readonly name: string
  readonly format: string
  /** For a field of format `options`: option IDs by label (in any of E-goi's languages, lower case). */
  readonly options?: ReadonlyMap<string, number> | undefined
}

/**
 * The extra field a field of `getAllFields` is, or `undefined` for a base field. A label given in
 * several languages, or by several options, belongs to the first option that has it, in E-goi's
 * order of languages.
 */
export const extraFieldOf = (field: Fields.ComplexField): ExtraField | undefined => {
  if (field.type === "base" || !/^\d+$/.test(field.field_id)) return undefined
  const options = new Map<string, number>()
  for (const option of field.options ?? []) {
    for (const language of Common.LANGUAGES) {
      const label = option[language]?.toLowerCase()
      if (label && !options.has(label)) options.set(label, option.option_id)
    }
  }
  return { field_id: Number(field.field_id), name: field.name, format: field.format, options }
}

/**
 * Every extra field of a list. `getAllFields` pages (a bare array of at most `limit` fields, base
 * fields first, a few unless told otherwise), so every page is read.
 */
export const extraFieldsOf = (listId: number) =>
  Effect.flatMap(EgoiClient.EgoiClient, (client) =>
    Pagination.stream(client.fields.getAllFields, { list_id: listId, limit: Common.MAX_PAGE_SIZE }).pipe(
      Stream.runCollect,
      Effect.map((fields) =>
        Chunk.toReadonlyArray(fields).flatMap((field) => {
          const extra = extraFieldOf(field)
          return extra ? [extra] : []
        })
      )
    )
  )
