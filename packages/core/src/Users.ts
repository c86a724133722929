/**
 * Users: the people who can log in to the account.
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
  IdParam,
  OpenEnum,
  optionalParam,
  PageParams
} from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * A user of the account as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const User = Schema.Struct({
  user_id: Id,
  /** The login, usually an email address. */
  username: Schema.optional(Schema.String),
  is_admin: Schema.optional(Schema.Boolean),
  first_name: Schema.optional(Schema.String),
  last_name: Schema.optional(Schema.String),
  email: Schema.optional(Schema.String),
  /** A cellphone or phone number, as `351-300404336`. */
  phone: Schema.optional(Schema.String),
  profile_image: Schema.optional(Schema.String),
  status: Schema.optional(OpenEnum("active", "inactive")),
  created: Schema.optional(DateTime),
  updated: Schema.optional(DateTime)
}).annotations({ identifier: "User" })

/**
 * @since 0.1.0
 * @category models
 */
export type User = typeof User.Type

/**
 * A page of users.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserCollection = Collection(User, "UserCollection")

/**
 * The Users group: `getAllUsers`, `deleteUser`.
 *
 * @since 0.1.0
 * @category api
 */
export const UsersGroup = Endpoint.authenticatedGroup("users", "Users")
  .add(
    Endpoint.get("getAllUsers", "/users")
      .annotate(Paging, "page")
      .setUrlParams(
        Schema.Struct({
          ...PageParams,
          order_by: optionalParam(
            Choice("user_id", "username").annotations({ description: "Attribute to order users by" })
          ),
          username: optionalParam(Schema.String.annotations({ description: "Filter by username" })),
          status: optionalParam(Choice("active", "inactive").annotations({ description: "Filter by status" })),
          created_min: optionalParam(DateTimeParam),
          created_max: optionalParam(DateTimeParam),
          updated_min: optionalParam(DateTimeParam),
          updated_max: optionalParam(DateTimeParam)
        })
      )
      .addSuccess(UserCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the account's users, a page at a time")
  )
  .add(
    Endpoint.del("deleteUser", "/users/:user_id")
      .setPath(Schema.Struct({ user_id: IdParam.annotations({ description: "ID of the user" }) }))
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove a user from the account")
  )
