/**
 * Operations: the background work E-goi has queued (imports, exports, sends), and the actions that
 * approve, cancel, pause or resume it.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Choice, Collection, DateTime, Id, OpenEnum, optionalParam, PageParams, UniqueArray } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * The kinds of operation.
 *
 * @since 0.1.0
 * @category constants
 */
export const OPERATION_TYPES = [
  "import_contacts",
  "update_contacts",
  "export_contacts",
  "export_reports",
  "advanced_report",
  "email",
  "sms",
  "smart_sms",
  "voice",
  "push",
  "webpush",
  "ads",
  "social",
  "segment_generation",
  "mass_operation",
  "unify",
  "import_ecommerce",
  "attach_tag",
  "detach_tag"
] as const

/**
 * A queued operation.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Operation = Schema.Struct({
  operation_id: Schema.Int,
  operation_data: Schema.optional(
    Schema.Struct({ internal_name: Schema.optional(Schema.String), campaign_hash: Schema.optional(Schema.String) })
  ),
  type: Schema.optional(OpenEnum(...OPERATION_TYPES)),
  status: Schema.optional(OpenEnum("queued", "processing", "executing", "paused")),
  created_by: Schema.optional(Schema.Int),
  created: Schema.optional(DateTime),
  start_date: Schema.optional(Schema.NullOr(DateTime))
}).annotations({ identifier: "Operation" })

/**
 * @since 0.1.0
 * @category models
 */
export type Operation = typeof Operation.Type

/**
 * A page of operations.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OperationCollection = Collection(Operation, "OperationsCollection")

/**
 * What an operation action answers: the operations it applied to, and the others by reason.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OperationActionResult = Schema.Struct({
  success: Schema.optionalWith(Schema.Array(Schema.Int), { default: () => [] }),
  error: Schema.optionalWith(
    Schema.Struct({
      invalid_operation_action: Schema.optional(Schema.Array(Schema.Int)),
      operation_not_found: Schema.optional(Schema.Array(Schema.Int))
    }),
    { default: () => ({}) }
  )
}).annotations({ identifier: "OperationActionResponse" })

const OperationIds = Schema.Struct({
  operations: UniqueArray(Id, { min: 1 }).annotations({ description: "IDs of the operations" })
})

const action = <const Name extends string>(name: Name, path: `/${string}`, summary: string) =>
  Endpoint.post(name, path)
    .setPayload(OperationIds)
    .addSuccess(OperationActionResult)
    .addError(Wire.UnprocessableEntity)
    .annotate(OpenApi.Summary, summary)

/**
 * The Operations group: `getAllOperations` and the four operation actions.
 *
 * @since 0.1.0
 * @category api
 */
export const OperationsGroup = Endpoint.authenticatedGroup("operations", "Operations")
  .add(
    Endpoint.get("getAllOperations", "/operations")
      .annotate(Paging, "page")
      .setUrlParams(
        Schema.Struct({
          ...PageParams,
          type: optionalParam(Choice(...OPERATION_TYPES)),
          status: optionalParam(Choice("queued", "processing", "executing", "paused")),
          order_by: optionalParam(Choice("operation_id", "created", "start_date"))
        })
      )
      .addSuccess(OperationCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the operations queued or running")
  )
  .add(action("actionApproveOperation", "/operations/actions/approve", "Approve operations waiting for approval"))
  .add(action("actionCancelOperation", "/operations/actions/cancel", "Cancel operations"))
  .add(action("actionPauseOperation", "/operations/actions/pause", "Pause operations"))
  .add(action("actionResumeOperation", "/operations/actions/resume", "Resume paused operations"))
