/**
 * Automations: the workflows of a list that contacts are started in (`actionStartAutomation` of
 * Contacts), listed and removed here, with the actions each one carries out.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Choice, Collection, Id, IdParam, OpenEnum, optionalParam, PageParams } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * An automation as E-goi lists it. `contact_limit` is 0 when the automation has no limit; `created`
 * and `updated` are dates (`YYYY-MM-DD`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Automation = Schema.Struct({
  automation_id: Id,
  title: Schema.optional(Schema.String),
  list_id: Schema.optional(Schema.Int),
  status: Schema.optional(OpenEnum("active", "inactive")),
  created_by: Schema.optional(Schema.Int),
  allow_multiple_contacts: Schema.optional(Schema.Boolean),
  contact_limit: Schema.optional(Schema.Int),
  created: Schema.optional(Schema.String),
  updated: Schema.optional(Schema.String)
}).annotations({ identifier: "Automation" })

/**
 * @since 0.1.0
 * @category models
 */
export type Automation = typeof Automation.Type

/**
 * A page of automations.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutomationCollection = Collection(Automation, "AutomationCollection")

/**
 * One action of an automation (`addTag`, `sendEmail`, ...): `parent_id` is the action it follows.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutomationAction = Schema.Struct({
  action_id: Id,
  title: Schema.optional(Schema.String),
  action: Schema.optional(Schema.String),
  parent_id: Schema.optional(Schema.NullOr(Schema.Int)),
  created_by: Schema.optional(Schema.Int),
  created: Schema.optional(Schema.String),
  updated: Schema.optional(Schema.String)
}).annotations({ identifier: "AutomationActions" })

/**
 * @since 0.1.0
 * @category models
 */
export type AutomationAction = typeof AutomationAction.Type

/**
 * A page of the actions of an automation.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutomationActionCollection = Collection(AutomationAction, "AutomationActionsCollection")

const AutomationIdPath = Schema.Struct({
  automation_id: IdParam.annotations({ description: "ID of the automation" })
})

/**
 * The Automations group: `getAllAutomations`, `deleteAutomation`, `getAllActions`.
 *
 * @since 0.1.0
 * @category api
 */
export const AutomationsGroup = Endpoint.authenticatedGroup("automations", "Automations")
  .add(
    Endpoint.get("getAllAutomations", "/automations")
      .annotate(Paging, "page")
      .setUrlParams(
        Schema.Struct({
          ...PageParams,
          automation_id: optionalParam(IdParam.annotations({ description: "Only the automation with this ID" })),
          title: optionalParam(Schema.String.annotations({ description: "Only automations with this title" })),
          created_by: optionalParam(IdParam.annotations({ description: "Only automations created by this user" })),
          list_id: optionalParam(IdParam.annotations({ description: "Only automations of this list" })),
          status: optionalParam(Choice("active", "inactive")),
          order_by: optionalParam(Choice("automation_id", "title", "list_id", "created_by"))
        })
      )
      .addSuccess(AutomationCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the automations")
  )
  .add(
    Endpoint.del("deleteAutomation", "/automations/:automation_id")
      .setPath(AutomationIdPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove an automation")
  )
  .add(
    Endpoint.get("getAllActions", "/automations/:automation_id/actions")
      .annotate(Paging, "page")
      .setPath(AutomationIdPath)
      .setUrlParams(Schema.Struct({ offset: PageParams.offset, limit: PageParams.limit }))
      .addSuccess(AutomationActionCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the actions of an automation")
  )
