/**
 * Fields: the base fields every contact of a list has (email, first name, ...) and the extra
 * fields a list adds, with the options of the extra fields of format `options`.
 *
 * Base fields have string IDs (`email`, `first_name`, ...); extra fields have numeric IDs in paths,
 * while `Field.field_id` is a string in responses, as E-goi documents it.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Choice, Collection, Id, IdParam, Limit, ListIdPath, Offset, OpenEnum, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * The formats an extra field can have.
 *
 * @since 0.1.0
 * @category constants
 */
export const EXTRA_FIELD_FORMATS = ["date", "text", "cellphone", "phone", "number", "email", "options"] as const

/**
 * The format of an extra field, as a request gives it: one of {@link EXTRA_FIELD_FORMATS}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExtraFieldFormat = Choice(...EXTRA_FIELD_FORMATS).annotations({ description: "Field format" })

/**
 * @since 0.1.0
 * @category models
 */
export type ExtraFieldFormat = typeof ExtraFieldFormat.Type

/**
 * A field as E-goi returns it. `field_id` is a string: a base field's name (`email`) or an extra
 * field's number (`"3"`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Field = Schema.Struct({
  field_id: Schema.String,
  name: Schema.String,
  format: OpenEnum(...EXTRA_FIELD_FORMATS),
  unique: Schema.optional(Schema.Boolean)
}).annotations({ identifier: "Field" })

/**
 * @since 0.1.0
 * @category models
 */
export type Field = typeof Field.Type

const optionLabels = {
  en: Schema.String.annotations({ description: "English option value" }),
  pt: Schema.String.annotations({ description: "Portuguese option value" }),
  br: Schema.String.annotations({ description: "Brazilian portuguese option value" }),
  es: Schema.String.annotations({ description: "Spanish option value" }),
  de: Schema.String.annotations({ description: "German option value" }),
  hu: Schema.String.annotations({ description: "Hungarian option value" }),
  fr: Schema.String.annotations({ description: "French option value" })
} as const

/**
 * An option of an extra field of format `options`, with its label in each language.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FieldOption = Schema.Struct({
  option_id: Id,
  en: Schema.optional(optionLabels.en),
  pt: Schema.optional(optionLabels.pt),
  br: Schema.optional(optionLabels.br),
  es: Schema.optional(optionLabels.es),
  de: Schema.optional(optionLabels.de),
  hu: Schema.optional(optionLabels.hu),
  fr: Schema.optional(optionLabels.fr)
}).annotations({ identifier: "FieldOption" })

/**
 * @since 0.1.0
 * @category models
 */
export type FieldOption = typeof FieldOption.Type

/**
 * A field in the list `getAllFields` returns: its `type` (`base` or `extra`) and, for a field of
 * format `options`, its options.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComplexField = Schema.Struct({
  type: Schema.optional(OpenEnum("base", "extra")),
  options: Schema.optional(Schema.Array(FieldOption)),
  ...Field.fields
}).annotations({ identifier: "ComplexField" })

/**
 * @since 0.1.0
 * @category models
 */
export type ComplexField = typeof ComplexField.Type

/**
 * What `getAllFields` returns: an array of fields (not a `{ total_items, items }` page), as documented.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComplexFieldArray = Schema.Array(ComplexField).annotations({ identifier: "ComplexFieldArray" })

/**
 * The options of a field, as `getAllFieldOptions` returns them (`{ items }`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const FieldOptionCollection = Collection(FieldOption, "FieldOptionsCollection")

/**
 * The body of `createFieldOption` and `updateFieldOption`: the option's label per language.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FieldOptionRequest = Schema.Struct({
  en: optionalParam(optionLabels.en),
  pt: optionalParam(optionLabels.pt),
  br: optionalParam(optionLabels.br),
  es: optionalParam(optionLabels.es),
  de: optionalParam(optionLabels.de),
  hu: optionalParam(optionLabels.hu),
  fr: optionalParam(optionLabels.fr)
}).annotations({ identifier: "FieldOptionPost" })

const FieldName = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty name" })).annotations({
  description: "Name of the field"
})

const Unique = Schema.Boolean.annotations({ description: "True if the field is unique, false otherwise" })

const ExtraFieldPath = Schema.Struct({
  ...ListIdPath,
  field_id: IdParam.annotations({ description: "ID of the extra field" })
})

const OptionPath = Schema.Struct({
  ...ListIdPath,
  field_id: IdParam.annotations({ description: "ID of the extra field" }),
  option_id: IdParam.annotations({ description: "ID of the field option" })
})

/**
 * The Fields group: `getAllFields`, `createExtraField`, `patchExtraField`, `deleteExtraField`,
 * `patchBaseField`, `getAllFieldOptions`, `createFieldOption`, `updateFieldOption`, `deleteFieldOption`.
 *
 * @since 0.1.0
 * @category api
 */
export const FieldsGroup = Endpoint.authenticatedGroup("fields", "Fields")
  .add(
    Endpoint.get("getAllFields", "/lists/:list_id/fields")
      .annotate(Paging, "array")
      .setPath(Schema.Struct(ListIdPath))
      .setUrlParams(Schema.Struct({ offset: optionalParam(Offset), limit: optionalParam(Limit) }))
      .addSuccess(ComplexFieldArray)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the base and extra fields of a list, with the options of each")
  )
  .add(
    Endpoint.post("createExtraField", "/lists/:list_id/fields/extra")
      .setPath(Schema.Struct(ListIdPath))
      .setPayload(
        Schema.Struct({
          name: FieldName,
          format: ExtraFieldFormat,
          unique: optionalParam(Unique)
        })
      )
      .addSuccess(Field, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Add an extra field to a list")
  )
  .add(
    Endpoint.patch("patchExtraField", "/lists/:list_id/fields/extra/:field_id")
      .setPath(ExtraFieldPath)
      .setPayload(Schema.Struct({ name: optionalParam(FieldName), unique: optionalParam(Unique) }))
      .addSuccess(Field)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Rename an extra field or change whether it is unique")
  )
  .add(
    Endpoint.del("deleteExtraField", "/lists/:list_id/fields/extra/:field_id")
      .setPath(ExtraFieldPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove an extra field (409 field_in_use while a segment or form uses it)")
  )
  .add(
    Endpoint.patch("patchBaseField", "/lists/:list_id/fields/base/:field_id")
      .setPath(
        Schema.Struct({
          ...ListIdPath,
          field_id: Schema.String.pipe(
            Schema.minLength(1, { message: () => "Expected the ID of a base field, e.g. email" })
          ).annotations({ description: "ID of the base field, e.g. email" })
        })
      )
      .setPayload(Schema.Struct({ unique: optionalParam(Unique) }))
      .addSuccess(Field)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Change whether a base field is unique")
  )
  .add(
    Endpoint.get("getAllFieldOptions", "/lists/:list_id/fields/extra/:field_id/options")
      .setPath(ExtraFieldPath)
      .addSuccess(FieldOptionCollection)
      .addError(Wire.NotFound)
      .annotate(OpenApi.Summary, "List the options of an extra field of format options")
  )
  .add(
    Endpoint.post("createFieldOption", "/lists/:list_id/fields/extra/:field_id/options")
      .setPath(ExtraFieldPath)
      .setPayload(FieldOptionRequest)
      .addSuccess(FieldOption, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Add an option to an extra field of format options")
  )
  .add(
    Endpoint.patch("updateFieldOption", "/lists/:list_id/fields/extra/:field_id/options/:option_id")
      .setPath(OptionPath)
      .setPayload(FieldOptionRequest)
      .addSuccess(FieldOption)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Change the labels of a field option")
  )
  .add(
    Endpoint.del("deleteFieldOption", "/lists/:list_id/fields/extra/:field_id/options/:option_id")
      .setPath(OptionPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .annotate(OpenApi.Summary, "Remove an option of an extra field")
  )
