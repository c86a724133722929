/**
 * Track&Engage: the domains whose visits E-goi tracks (the account's connected sites) and the goals
 * a visit can reach on them.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Collection, OpenEnum } from "./Common.js"
import { ListIdValue } from "./ConnectedSites.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"

/**
 * A tracked domain, with its list and whether tracking is active.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TrackedDomain = Schema.Struct({
  domain: Schema.String,
  list_id: Schema.optional(ListIdValue),
  status: Schema.optional(OpenEnum("active", "inactive"))
}).annotations({ identifier: "Domain" })

/**
 * @since 0.1.0
 * @category models
 */
export type TrackedDomain = typeof TrackedDomain.Type

/**
 * The tracked domains of the account (all of them: the operation does not page).
 *
 * @since 0.1.0
 * @category schemas
 */
export const TrackedDomainCollection = Collection(TrackedDomain, "DomainCollection")

/**
 * How a goal is reached, by its `type`: `manual` (the site reports it), `automatic` (a rule on the
 * URL, title, a download or an external link, matched by `condition` and `pattern`) or `time`
 * (`minutes` on the site).
 *
 * @since 0.1.0
 * @category schemas
 */
export const GoalConfig = Schema.Struct({
  type: Schema.optional(OpenEnum("manual", "automatic", "time")),
  multiple_conversion: Schema.optional(Schema.Boolean),
  rule: Schema.optional(OpenEnum("url", "title", "download", "external_url")),
  condition: Schema.optional(OpenEnum("contains", "exactly", "regex")),
  pattern: Schema.optional(Schema.String),
  case_sensitive: Schema.optional(Schema.Boolean),
  minutes: Schema.optional(Schema.Number)
}).annotations({ identifier: "GoalInfo" })

/**
 * A goal of a tracked domain.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Goal = Schema.Struct({
  id: Schema.Number,
  domain: Schema.optional(Schema.String),
  name: Schema.optional(Schema.String),
  config: Schema.optional(Schema.NullOr(GoalConfig))
}).annotations({ identifier: "Goal" })

/**
 * @since 0.1.0
 * @category models
 */
export type Goal = typeof Goal.Type

/**
 * The goals of the account (all of them: the operation does not page).
 *
 * @since 0.1.0
 * @category schemas
 */
export const GoalCollection = Collection(Goal, "GoalCollection")

/**
 * The TrackEngage group: `getAllDomains`, `getAllGoals`.
 *
 * @since 0.1.0
 * @category api
 */
export const TrackEngageGroup = Endpoint.authenticatedGroup("trackEngage", "TrackEngage")
  .add(
    Endpoint.get("getAllDomains", "/trackengage/domains")
      .addSuccess(TrackedDomainCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the domains Track&Engage follows")
  )
  .add(
    Endpoint.get("getAllGoals", "/trackengage/goals")
      .addSuccess(GoalCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the Track&Engage goals of the account's domains")
  )
