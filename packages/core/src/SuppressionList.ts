/**
 * Suppression list: the emails, email domains, email users, cellphones and phones the account
 * never sends to.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import {
  Accepted,
  Choice,
  Collection,
  DateTime,
  DateTimeParam,
  Email,
  Id,
  IdParam,
  OpenEnum,
  optionalParam,
  PageParams,
  Phone
} from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { expected } from "./internal/messages.js"
import { Paging } from "./Paging.js"

/**
 * The kinds of suppressed value.
 *
 * @since 0.1.0
 * @category constants
 */
export const SUPPRESSION_TYPES = ["email", "email_domain", "email_user", "cellphone", "phone"] as const

/**
 * How a value came to be suppressed. Only `manual` entries can be deleted.
 *
 * @since 0.1.0
 * @category constants
 */
export const SUPPRESSION_METHODS = ["unsubscribe", "bounce", "manual", "other", "forgotten"] as const

/**
 * An entry of the suppression list as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SuppressionEntry = Schema.Struct({
  id: Id,
  value: Schema.String,
  type: OpenEnum(...SUPPRESSION_TYPES),
  method: OpenEnum(...SUPPRESSION_METHODS),
  campaign_hash: Schema.optional(Schema.String),
  created: Schema.optional(DateTime)
}).annotations({ identifier: "SuppressionList" })

/**
 * @since 0.1.0
 * @category models
 */
export type SuppressionEntry = typeof SuppressionEntry.Type

/**
 * A page of the suppression list.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SuppressionListCollection = Collection(SuppressionEntry, "SuppressionListItems")

const NonEmptyValue = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty value" }))

/** The `type` of one member of the body: any other value is reported against the whole list of types. */
const typeOf = <const T extends (typeof SUPPRESSION_TYPES)[number]>(type: T) =>
  Schema.Literal(type).annotations({ message: expected(`one of ${SUPPRESSION_TYPES.join(", ")}`) })

const entries = (value: Schema.Schema<string>, description: string) =>
  Schema.Array(value).pipe(
    Schema.minItems(1, { message: () => "Expected at least one value" }),
    Schema.annotations({ description })
  )

/**
 * The body of `createSuppressionList`: a `type` and the values of that type to suppress. Emails
 * must look like emails, cellphones and phones follow `<country code>-<number>`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateSuppressionListRequest = Schema.Union(
  Schema.Struct({ type: typeOf("email"), value: entries(Email, "Emails to suppress") }),
  Schema.Struct({
    type: typeOf("email_domain"),
    value: entries(NonEmptyValue, "Email domains to suppress, e.g. e-goi.com")
  }),
  Schema.Struct({
    type: typeOf("email_user"),
    value: entries(NonEmptyValue, "Email users (the part before the @) to suppress")
  }),
  Schema.Struct({ type: typeOf("cellphone"), value: entries(Phone, "Cellphones to suppress") }),
  Schema.Struct({ type: typeOf("phone"), value: entries(Phone, "Phones to suppress") })
).annotations({ identifier: "CreateSuppressionListRequest" })

/**
 * @since 0.1.0
 * @category models
 */
export type CreateSuppressionListRequest = typeof CreateSuppressionListRequest.Type

/**
 * The Suppression List group: `getAllSuppressionList`, `createSuppressionList`, `deleteSuppressionList`.
 *
 * @since 0.1.0
 * @category api
 */
export const SuppressionListGroup = Endpoint.authenticatedGroup("suppressionList", "Suppression List")
  .add(
    Endpoint.get("getAllSuppressionList", "/suppression-list")
      .annotate(Paging, "page")
      .setUrlParams(
        Schema.Struct({
          type: optionalParam(Choice(...SUPPRESSION_TYPES).annotations({ description: "Suppression type" })),
          method: optionalParam(Choice(...SUPPRESSION_METHODS).annotations({ description: "Suppression method" })),
          value: optionalParam(Schema.String.annotations({ description: "Filter by suppressed value" })),
          campaign_hash: optionalParam(
            Schema.String.pipe(
              Schema.pattern(/^[a-zA-Z0-9_-]*$/, { message: expected("a campaign hash of [a-zA-Z0-9_-]") })
            ).annotations({ description: "Filter by the campaign that caused the suppression" })
          ),
          created_min: optionalParam(DateTimeParam),
          created_max: optionalParam(DateTimeParam),
          ...PageParams,
          order_by: optionalParam(
            Choice("id", "value", "created").annotations({ description: "Attribute to order the entries by" })
          )
        })
      )
      .addSuccess(SuppressionListCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the suppressed values, a page at a time")
  )
  .add(
    Endpoint.post("createSuppressionList", "/suppression-list")
      .setPayload(CreateSuppressionListRequest)
      .addSuccess(Accepted, { status: 202 })
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Add values of one type to the suppression list")
  )
  .add(
    Endpoint.del("deleteSuppressionList", "/suppression-list/:suppression_id")
      .setPath(Schema.Struct({ suppression_id: IdParam.annotations({ description: "ID of the entry" }) }))
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove a manual entry (409 unremovable_entry for any other method)")
  )
