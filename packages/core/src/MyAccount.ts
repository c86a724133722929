/**
 * My Account: the account's details and its optional modules.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Id, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"

/**
 * The account's details as `getMyAccount` returns them. Every block is optional so that an
 * account without, say, billing details still decodes.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MyAccount = Schema.Struct({
  general_info: Schema.optional(
    Schema.Struct({
      name: Schema.optional(Schema.String),
      website: Schema.optional(Schema.String),
      cellphone: Schema.optional(Schema.String),
      client_id: Schema.optional(Schema.String),
      company_size: Schema.optional(Schema.Int),
      business_sector: Schema.optional(
        Schema.Struct({
          business_sector_id: Schema.optional(Schema.Int),
          name: Schema.optional(Schema.String)
        })
      )
    })
  ),
  billing_info: Schema.optional(
    Schema.Struct({
      type: Schema.optional(Schema.String),
      company_legal_name: Schema.optional(Schema.String),
      vat_number: Schema.optional(Schema.Union(Schema.Number, Schema.String)),
      country: Schema.optional(Schema.Struct({ country_code: Schema.optional(Schema.String) })),
      city: Schema.optional(Schema.String),
      state: Schema.optional(Schema.String),
      address1: Schema.optional(Schema.String),
      address2: Schema.optional(Schema.String),
      zip_code: Schema.optional(Schema.String),
      invoice_comments: Schema.optional(Schema.String)
    })
  ),
  plan_info: Schema.optional(Schema.Struct({ type: Schema.optional(Schema.String) })),
  balance_info: Schema.optional(
    Schema.Struct({
      /** A decimal amount kept as the string E-goi sends, so no precision is lost. */
      balance: Schema.optional(Schema.String),
      currency: Schema.optional(Schema.String)
    })
  ),
  module_info: Schema.optional(
    Schema.Struct({
      te: Schema.optional(Schema.Struct({ enabled: Schema.optional(Schema.Boolean) }))
    })
  )
}).annotations({ identifier: "MyAccount" })

/**
 * @since 0.1.0
 * @category models
 */
export type MyAccount = typeof MyAccount.Type

/**
 * The answer of `enableTe`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TeResponse = Schema.Struct({
  result: Schema.optional(Schema.Boolean),
  response: Schema.optional(Schema.String)
}).annotations({ identifier: "TeResponse" })

/**
 * The My Account group: `getMyAccount`, `enableTe`, `enableTransactional`.
 *
 * @since 0.1.0
 * @category api
 */
export const MyAccountGroup = Endpoint.authenticatedGroup("myAccount", "My Account")
  .add(
    Endpoint.get("getMyAccount", "/my-account")
      .addSuccess(MyAccount)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Show the account's general, billing, plan, balance and module details")
  )
  .add(
    Endpoint.post("enableTe", "/my-account/actions/enable-te")
      .setPayload(
        Schema.Struct({
          domain: Schema.String.pipe(
            Schema.minLength(1),
            Schema.pattern(/^(?![a-z][a-z0-9+.-]*:\/\/)/i, { message: () => "Expected a domain without protocol" })
          ).annotations({ description: "Website domain, without protocol", arbitrary: () => (fc) => fc.domain() }),
          list_id: optionalParam(Id.annotations({ description: "ID of the website's list" }))
        })
      )
      .addSuccess(TeResponse)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Enable Track&Engage for a website")
  )
  .add(
    Endpoint.post("enableTransactional", "/my-account/actions/enable-transactional")
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Enable transactional sending")
  )
