/**
 * Lists: the containers of contacts.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import {
  Choice,
  Collection,
  DateTime,
  DateTimeParam,
  Id,
  ListIdPath,
  OpenEnum,
  optionalParam,
  PageParams
} from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * A list as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const List = Schema.Struct({
  list_id: Id,
  internal_name: Schema.String,
  public_name: Schema.String,
  status: OpenEnum("active", "blocked"),
  group_id: Schema.optional(Schema.Int),
  created: Schema.optional(DateTime),
  updated: Schema.optional(DateTime)
}).annotations({ identifier: "List" })

/**
 * @since 0.1.0
 * @category models
 */
export type List = typeof List.Type

/**
 * Contact counts of a list by status.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListStats = Schema.Struct({
  total_contacts: Schema.optional(Schema.Int),
  total_active: Schema.optional(Schema.Int),
  total_inactive: Schema.optional(Schema.Int),
  total_removed: Schema.optional(Schema.Int),
  total_unconfirmed: Schema.optional(Schema.Int),
  total_waiting_new_confirmation: Schema.optional(Schema.Int)
}).annotations({ identifier: "ListStats" })

/**
 * A list with its languages and contact counts, as `getList` returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComplexList = Schema.Struct({
  default_language: Schema.optional(Schema.String),
  available_languages: Schema.optional(Schema.Array(Schema.String)),
  stats: Schema.optional(ListStats),
  ...List.fields
}).annotations({ identifier: "ComplexList" })

/**
 * @since 0.1.0
 * @category models
 */
export type ComplexList = typeof ComplexList.Type

/**
 * A page of lists.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListCollection = Collection(List, "ListCollection")

const NonEmptyName = Schema.String.pipe(Schema.minLength(1))

/**
 * The Lists group: `getAllLists`, `createList`, `getList`, `updateList`, `deleteList`.
 *
 * @since 0.1.0
 * @category api
 */
export const ListsGroup = Endpoint.authenticatedGroup("lists", "Lists")
  .add(
    Endpoint.get("getAllLists", "/lists")
      .annotate(Paging, "page")
      .setUrlParams(
        Schema.Struct({
          ...PageParams,
          order_by: optionalParam(
            Choice("list_id", "internal_name", "public_name", "created", "updated").annotations({
              description: "Attribute to order lists by"
            })
          ),
          internal_name: optionalParam(Schema.String.annotations({ description: "Filter by internal name" })),
          public_name: optionalParam(Schema.String.annotations({ description: "Filter by public name" })),
          created_min: optionalParam(DateTimeParam),
          created_max: optionalParam(DateTimeParam),
          updated_min: optionalParam(DateTimeParam),
          updated_max: optionalParam(DateTimeParam)
        })
      )
      .addSuccess(ListCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List every list of the account, a page at a time")
  )
  .add(
    Endpoint.post("createList", "/lists")
      .setPayload(
        Schema.Struct({
          internal_name: NonEmptyName.annotations({ description: "Internal name of the list" }),
          public_name: optionalParam(
            Schema.String.annotations({ description: "Public name; the internal name when not given" })
          )
        })
      )
      .addSuccess(List, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Create a list")
  )
  .add(
    Endpoint.get("getList", "/lists/:list_id")
      .setPath(Schema.Struct(ListIdPath))
      .addSuccess(ComplexList)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Show a list with its languages and contact counts")
  )
  .add(
    Endpoint.patch("updateList", "/lists/:list_id")
      .setPath(Schema.Struct(ListIdPath))
      .setPayload(
        Schema.Struct({
          internal_name: optionalParam(NonEmptyName.annotations({ description: "New internal name" })),
          public_name: optionalParam(Schema.String.annotations({ description: "New public name" })),
          group_id: optionalParam(Id.annotations({ description: "ID of the list group" }))
        })
      )
      .addSuccess(List)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Change a list's names or group")
  )
  .add(
    Endpoint.del("deleteList", "/lists/:list_id")
      .setPath(Schema.Struct(ListIdPath))
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove a list")
  )
