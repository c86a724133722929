/**
 * Webpush: the sites whose visitors subscribe to web push notifications, and web push campaigns
 * (plain and RSS) sent to a site's subscribers.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { CampaignHashPath, HashcodeCampaign, Notify, ScheduleDate, SendNone, SendSegment } from "./Campaigns.js"
import { Accepted, Choice, Collection, HttpUrl, Id, IdParam, Limit, Offset, Order, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

const NonEmptyString = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty string" }))

/**
 * A web push site as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebPushSite = Schema.Struct({
  site_id: Schema.Int,
  site: Schema.optional(Schema.String),
  list_id: Schema.optional(Schema.Int),
  app_code: Schema.optional(Schema.String),
  name: Schema.optional(Schema.String)
}).annotations({ identifier: "WebPushSite" })

/**
 * @since 0.1.0
 * @category models
 */
export type WebPushSite = typeof WebPushSite.Type

/**
 * A page of web push sites.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebPushSiteCollection = Collection(WebPushSite, "WebPushSiteCollection")

/**
 * The body of `createWebpushSite`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebPushSiteRequest = Schema.Struct({
  site: NonEmptyString.annotations({ description: "The site's domain or address" }),
  list_id: Id.annotations({ description: "ID of the list its subscribers join" }),
  name: NonEmptyString.annotations({ description: "Name of the site" })
}).annotations({ identifier: "WebPushSitePost" })

/**
 * The content of a web push campaign: the notification's title, message and link, and an icon.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebPushContent = Schema.Struct({
  title: NonEmptyString.annotations({ description: "Title of the notification" }),
  message: NonEmptyString.annotations({ description: "The message" }),
  link: HttpUrl.annotations({ description: "Where the notification leads" }),
  icon: optionalParam(Schema.String.annotations({ description: "Address of the icon" }))
}).annotations({ identifier: "MessageWebPushPost" })

const WebPushActions = optionalParam(
  Schema.Array(
    Schema.Struct({
      title: NonEmptyString.annotations({ description: "Title of the action" }),
      link: HttpUrl.annotations({ description: "Where the action leads" })
    })
  ).annotations({ description: "Buttons of the notification" })
)

/**
 * The body of `createWebPushCampaign`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebPushCampaignCreate = Schema.Struct({
  site_id: Id.annotations({ description: "ID of the web push site" }),
  internal_name: NonEmptyString.annotations({ description: "Internal name of the campaign" }),
  content: WebPushContent,
  actions: WebPushActions
}).annotations({ identifier: "WebPushCampaign" })

/**
 * The body of `patchWebPushCampaign`: what changes.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebPushCampaignPatch = Schema.Struct({
  internal_name: optionalParam(NonEmptyString.annotations({ description: "Internal name of the campaign" })),
  content: optionalParam(
    Schema.Struct({
      title: optionalParam(NonEmptyString),
      message: optionalParam(NonEmptyString),
      link: optionalParam(HttpUrl),
      icon: optionalParam(Schema.String)
    })
  ),
  actions: WebPushActions
}).annotations({ identifier: "WebPushPatchCampaign" })

/**
 * The body of `createWebPushRssCampaign`: a site and the feed whose new items are pushed.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebPushRssCampaignCreate = Schema.Struct({
  site_id: Id.annotations({ description: "ID of the web push site" }),
  internal_name: NonEmptyString.annotations({ description: "Internal name of the campaign" }),
  content: Schema.Struct({ feed: HttpUrl.annotations({ description: "Address of the RSS feed" }) })
}).annotations({ identifier: "WebPushRssCampaign" })

/**
 * The body of `actionSendWebPush`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebPushSendRequest = Schema.Struct({
  site_id: Id.annotations({ description: "ID of the web push site" }),
  segments: Schema.Union(SendNone, SendSegment),
  notify: optionalParam(Notify),
  schedule_date: ScheduleDate
}).annotations({ identifier: "CampaignWebPushSendRequest" })

/**
 * The Webpush group: `getAllWebPushSites`, `createWebpushSite`, `createWebPushCampaign`,
 * `patchWebPushCampaign`, `actionSendWebPush`, `createWebPushRssCampaign`, `actionEnableWebPushRss`.
 *
 * @since 0.1.0
 * @category api
 */
export const WebpushGroup = Endpoint.keyedGroup("webpush", "Webpush")
  .addError(Wire.Forbidden)
  .add(
    Endpoint.get("getAllWebPushSites", "/webpush/sites")
      .annotate(Paging, "page")
      .setUrlParams(
        Schema.Struct({
          offset: optionalParam(Offset),
          limit: optionalParam(Limit),
          order: optionalParam(Order),
          order_by: optionalParam(
            Choice("list_id", "created", "updated").annotations({ description: "Attribute to order sites by" })
          ),
          list_id: optionalParam(IdParam.annotations({ description: "Only the sites of this list" }))
        })
      )
      .addSuccess(WebPushSiteCollection)
      .addError(Wire.UnprocessableEntity)
      .addError(Wire.TooManyRequests)
      .addError(Wire.ServiceUnavailable)
      .annotate(OpenApi.Summary, "List the account's web push sites, a page at a time")
  )
  .add(
    Endpoint.post("createWebpushSite", "/webpush/sites")
      .setPayload(WebPushSiteRequest)
      .addSuccess(WebPushSite, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Create a web push site for a list")
  )
  .add(
    Endpoint.post("createWebPushCampaign", "/campaigns/web-push")
      .setPayload(WebPushCampaignCreate)
      .addSuccess(HashcodeCampaign, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .addError(Wire.TooManyRequests)
      .addError(Wire.ServiceUnavailable)
      .annotate(OpenApi.Summary, "Create a web push campaign (a draft) for a site")
  )
  .add(
    Endpoint.patch("patchWebPushCampaign", "/campaigns/web-push/:campaign_hash")
      .setPath(CampaignHashPath)
      .setPayload(WebPushCampaignPatch)
      .addSuccess(HashcodeCampaign)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .addError(Wire.TooManyRequests)
      .addError(Wire.ServiceUnavailable)
      .annotate(OpenApi.Summary, "Change a web push campaign")
  )
  .add(
    Endpoint.post("actionSendWebPush", "/campaigns/web-push/:campaign_hash/actions/send")
      .setPath(CampaignHashPath)
      .setPayload(WebPushSendRequest)
      .addSuccess(Accepted, { status: 202 })
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .addError(Wire.TooManyRequests)
      .addError(Wire.ServiceUnavailable)
      .annotate(OpenApi.Summary, "Send a web push campaign to the site's subscribers, now or later")
  )
  .add(
    Endpoint.post("createWebPushRssCampaign", "/campaigns/webpush/rss")
      .setPayload(WebPushRssCampaignCreate)
      .addSuccess(HashcodeCampaign, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .addError(Wire.TooManyRequests)
      .addError(Wire.ServiceUnavailable)
      .annotate(OpenApi.Summary, "Create an RSS web push campaign, pushed as its feed brings new items once enabled")
  )
  .add(
    Endpoint.post("actionEnableWebPushRss", "/campaigns/webpush/rss/:campaign_hash/actions/enable")
      .setPath(CampaignHashPath)
      .addSuccess(Accepted)
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .addError(Wire.TooManyRequests)
      .addError(Wire.ServiceUnavailable)
      .annotate(OpenApi.Summary, "Enable an RSS web push campaign")
  )
