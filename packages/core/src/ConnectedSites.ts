/**
 * Connected Sites: the domains of the account's websites and shops, each tied to the list its
 * visitors and customers are contacts of. A connected domain is what Track&Engage follows and what
 * the e-commerce routes of a shop (`/{domain}/carts`, `/{domain}/orders`) are rooted at.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Collection, Id } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { expected } from "./internal/messages.js"

/**
 * The characters of a domain name: labels of letters, digits and inner hyphens, separated by dots.
 *
 * @since 0.1.0
 * @category constants
 */
export const DOMAIN_PATTERN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/

/**
 * A domain name (`e-goi.com`, `www.shop.example`): no scheme, no path.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Domain = Schema.String.pipe(
  Schema.pattern(DOMAIN_PATTERN, { message: expected("a domain name such as shop.example.com (no scheme, no path)") })
).annotations({ description: "A domain name, such as shop.example.com" })

/**
 * A list ID as the connected-site answers give it: a number in E-goi's samples, a string in its
 * OpenAPI document.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListIdValue = Schema.Union(Schema.Number, Schema.String).annotations({
  description: "ID of the list, as a number or a string"
})

/**
 * A connected site as listed: its domain and its list.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConnectedSite = Schema.Struct({
  domain: Schema.String,
  list_id: Schema.optional(ListIdValue)
}).annotations({ identifier: "ConnectedSitesDomain" })

/**
 * @since 0.1.0
 * @category models
 */
export type ConnectedSite = typeof ConnectedSite.Type

/**
 * The connected sites of the account (all of them: the operation does not page).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConnectedSiteCollection = Collection(ConnectedSite, "Domain_Collection")

const Feature = { enabled: Schema.optional(Schema.Boolean) }

const FormItems = Schema.optional(
  Schema.Array(Schema.Struct({ internal_name: Schema.optional(Schema.String), form_id: Schema.optional(Schema.Int) }))
)

/**
 * The features of a connected site: Track&Engage, forms of each kind, web push, and which of them
 * are enabled.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConnectedSiteFeatures = Schema.Struct({
  track_and_engage: Schema.optional(Schema.Struct(Feature)),
  on_site_message: Schema.optional(Schema.Struct({ ...Feature, items: FormItems })),
  popup_forms: Schema.optional(Schema.Struct({ ...Feature, items: FormItems })),
  whatsapp: Schema.optional(Schema.Struct({ ...Feature, items: FormItems })),
  web_push: Schema.optional(
    Schema.Struct({
      ...Feature,
      items: Schema.optional(
        Schema.Array(
          Schema.Struct({
            internal_name: Schema.optional(Schema.String),
            site_id: Schema.optional(Schema.Int),
            app_code: Schema.optional(Schema.String)
          })
        )
      )
    })
  ),
  embed_forms: Schema.optional(
    Schema.Struct({
      ...Feature,
      items: Schema.optional(
        Schema.Array(
          Schema.Struct({
            internal_name: Schema.optional(Schema.String),
            form_id: Schema.optional(Schema.Int),
            form_hash: Schema.optional(Schema.String)
          })
        )
      )
    })
  )
}).annotations({ identifier: "ConnectedSitesProducts" })

/**
 * A connected site in detail: its domain, its list, the tracking code to put on its pages and its
 * features.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConnectedSiteDetail = Schema.Struct({
  domain: Schema.String,
  list_id: Schema.optional(ListIdValue),
  code: Schema.optional(Schema.String),
  features: Schema.optional(Schema.Array(ConnectedSiteFeatures))
}).annotations({ identifier: "ConnectedSitesDomainDetail" })

/**
 * @since 0.1.0
 * @category models
 */
export type ConnectedSiteDetail = typeof ConnectedSiteDetail.Type

/**
 * The body of `createConnectedSites`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConnectedSiteInput = Schema.Struct({
  domain: Domain.annotations({ description: "The site's domain, such as shop.example.com" }),
  list_id: Id.annotations({ description: "ID of the list the site's visitors and customers belong to" })
}).annotations({ identifier: "ConnectedSitesDomainRequest" })

const DomainPath = Schema.Struct({ domain: Domain.annotations({ description: "The connected domain" }) })

/**
 * The Connected Sites group: `getAllConnectedSites`, `createConnectedSites`, `getConnectedSites`,
 * `deleteConnectedSites`.
 *
 * @since 0.1.0
 * @category api
 */
export const ConnectedSitesGroup = Endpoint.authenticatedGroup("connectedSites", "Connected Sites")
  .add(
    Endpoint.get("getAllConnectedSites", "/connectedsites")
      .addSuccess(ConnectedSiteCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the connected sites of the account")
  )
  .add(
    Endpoint.post("createConnectedSites", "/connectedsites")
      .setPayload(ConnectedSiteInput)
      .addSuccess(ConnectedSiteDetail)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Connect a site's domain to a list; answers its tracking code")
  )
  .add(
    Endpoint.get("getConnectedSites", "/connectedsites/:domain")
      .setPath(DomainPath)
      .addSuccess(ConnectedSiteDetail)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Show a connected site with its tracking code and features")
  )
  .add(
    Endpoint.del("deleteConnectedSites", "/connectedsites/:domain")
      .setPath(DomainPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Disconnect a site's domain")
  )
