/**
 * Segments: the saved, automatic and tag segments of a list. Segment IDs are strings.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Choice, Collection, DateTime, Limit, ListIdPath, Offset, OpenEnum, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * The kinds of segment: `auto` (built by E-goi), `saved` (conditions on fields) and `tag`
 * (the contacts carrying a tag).
 *
 * @since 0.1.0
 * @category constants
 */
export const SEGMENT_TYPES = ["auto", "saved", "tag"] as const

/**
 * A segment as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Segment = Schema.Struct({
  segment_id: Schema.String,
  name: Schema.String,
  type: OpenEnum(...SEGMENT_TYPES),
  created: Schema.optional(DateTime),
  updated: Schema.optional(DateTime)
}).annotations({ identifier: "Segment" })

/**
 * @since 0.1.0
 * @category models
 */
export type Segment = typeof Segment.Type

/**
 * A page of segments.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SegmentCollection = Collection(Segment, "SegmentCollection")

/**
 * The ID of a segment in a path: a non-empty string.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SegmentId = Schema.String.pipe(
  Schema.minLength(1, { message: () => "Expected the ID of a segment, got an empty string" })
).annotations({ description: "ID of the segment" })

/**
 * The Segments group: `getAllSegments`, `deleteSegment`.
 *
 * @since 0.1.0
 * @category api
 */
export const SegmentsGroup = Endpoint.authenticatedGroup("segments", "Segments")
  .add(
    Endpoint.get("getAllSegments", "/lists/:list_id/segments")
      .annotate(Paging, "page")
      .setPath(Schema.Struct(ListIdPath))
      .setUrlParams(
        Schema.Struct({
          type: optionalParam(Choice(...SEGMENT_TYPES).annotations({ description: "Type of segment" })),
          name: optionalParam(Schema.String.annotations({ description: "Filter by segment name" })),
          offset: optionalParam(Offset),
          limit: optionalParam(Limit)
        })
      )
      .addSuccess(SegmentCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the segments of a list, a page at a time")
  )
  .add(
    Endpoint.del("deleteSegment", "/lists/:list_id/segments/:segment_id")
      .setPath(Schema.Struct({ ...ListIdPath, segment_id: SegmentId }))
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove a saved segment (409 for other types, or one in use)")
  )
