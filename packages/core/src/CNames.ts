/**
 * CNames: the account's own domains for the links and pages of its campaigns.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Collection, Id, OpenEnum, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"

/**
 * A CNAME as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CName = Schema.Struct({
  cname_id: Id,
  /** The domain, e.g. `mkt.example.com`. */
  value: Schema.optional(Schema.String),
  status: Schema.optional(OpenEnum("verified", "unverified", "recent", "invalid", "private"))
}).annotations({ identifier: "CName" })

/**
 * @since 0.1.0
 * @category models
 */
export type CName = typeof CName.Type

/**
 * Every CNAME of the account, in one answer: the operation takes no `offset`/`limit`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CNameCollection = Collection(CName, "CNamesCollection")

/**
 * The CNames group: `getAllCNames`, `createCName`.
 *
 * @since 0.1.0
 * @category api
 */
export const CNamesGroup = Endpoint.authenticatedGroup("cnames", "CNames")
  .add(
    Endpoint.get("getAllCNames", "/cnames")
      .addSuccess(CNameCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the account's CNAMEs")
  )
  .add(
    Endpoint.post("createCName", "/cnames")
      .setPayload(
        Schema.Struct({
          value: optionalParam(
            Schema.String.pipe(Schema.minLength(1)).annotations({ description: "The domain, e.g. mkt.example.com" })
          )
        })
      )
      .addSuccess(CName, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Add a CNAME to the account")
  )
