/**
 * Tags: labels attached to contacts.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Choice, Collection, Id, IdParam, optionalParam, PageParams } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * A tag as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Tag = Schema.Struct({
  tag_id: Id,
  name: Schema.String,
  color: Schema.optional(Schema.String)
}).annotations({ identifier: "Tag" })

/**
 * @since 0.1.0
 * @category models
 */
export type Tag = typeof Tag.Type

/**
 * A page of tags.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TagCollection = Collection(Tag, "TagCollection")

const TagName = Schema.String.pipe(Schema.minLength(1)).annotations({ description: "Name of the tag" })
const TagColor = Schema.String.annotations({ description: "Main color of the tag, e.g. #FFFFFF" })

/**
 * The body of `createTag`. E-goi's reference marks no field required, but a tag is known by its
 * name: one without is refused here rather than created blank.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TagRequest = Schema.Struct({
  name: TagName,
  color: optionalParam(TagColor)
}).annotations({ identifier: "TagRequest" })

/**
 * The body of `updateTag`: the name, the color, or both.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TagChange = Schema.Struct({
  name: optionalParam(TagName),
  color: optionalParam(TagColor)
}).annotations({ identifier: "TagChange" })

const TagIdPath = Schema.Struct({ tag_id: IdParam.annotations({ description: "ID of the tag" }) })

/**
 * The Tags group: `getAllTags`, `createTag`, `updateTag`, `deleteTag`.
 *
 * @since 0.1.0
 * @category api
 */
export const TagsGroup = Endpoint.authenticatedGroup("tags", "Tags")
  .add(
    Endpoint.get("getAllTags", "/tags")
      .annotate(Paging, "page")
      .setUrlParams(
        Schema.Struct({
          ...PageParams,
          order_by: optionalParam(
            Choice("tag_id", "name", "color").annotations({ description: "Attribute to order tags by" })
          )
        })
      )
      .addSuccess(TagCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List every tag of the account, a page at a time")
  )
  .add(
    Endpoint.post("createTag", "/tags")
      .setPayload(TagRequest)
      .addSuccess(Tag, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Create a tag")
  )
  .add(
    Endpoint.put("updateTag", "/tags/:tag_id")
      .setPath(TagIdPath)
      .setPayload(TagChange)
      .addSuccess(Tag)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Rename or recolor a tag")
  )
  .add(
    Endpoint.del("deleteTag", "/tags/:tag_id")
      .setPath(TagIdPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove a tag")
  )
