/**
 * Smart Sms: SMS campaigns that link to a page (a redirect to a URL, or HTML E-goi hosts); E-goi
 * adds the page's URL at the end of the message.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { CampaignHashPath, HashcodeCampaign } from "./Campaigns.js"
import { Accepted, HttpUrl, Id, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { SmsOptions, SmsSendRequest } from "./Sms.js"

const NonEmptyString = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty string" }))

const PageName = optionalParam(NonEmptyString.annotations({ description: "Internal name of the page" }))

/**
 * The page a smart SMS links to: a `redirect` to a URL (an imported page may be named), or `html`
 * E-goi hosts.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmartSmsPageContent = Schema.Union(
  Schema.Struct({
    type: Schema.Literal("redirect"),
    page_url: HttpUrl.annotations({ description: "Address the link leads to" }),
    page_internal_name: PageName
  }).annotations({ identifier: "CampaignSmartSmsRedirect" }),
  Schema.Struct({
    type: Schema.Literal("html"),
    page_html: NonEmptyString.annotations({ description: "HTML of the page" }),
    page_internal_name: PageName
  }).annotations({ identifier: "CampaignSmartSmsHtml" })
).annotations({ identifier: "CampaignSmartSmsPageContent" })

/**
 * The body of `createSmartSmsCampaign`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmartSmsCampaignCreate = Schema.Struct({
  list_id: Id.annotations({ description: "ID of the list the campaign is for" }),
  internal_name: NonEmptyString.annotations({ description: "Internal name of the campaign" }),
  campaign_content: Schema.Struct({ message: NonEmptyString.annotations({ description: "The message" }) }),
  page_content: SmartSmsPageContent,
  sender_id: optionalParam(Id.annotations({ description: "ID of a cellphone sender of the account" })),
  cname_id: optionalParam(Id.annotations({ description: "ID of the CName of the page's address" })),
  options: optionalParam(SmsOptions)
}).annotations({ identifier: "SmartSmsCampaign" })

/**
 * The body of `patchSmartSmsCampaign`: what changes (a redirect ignores `page_internal_name`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const SmartSmsCampaignPatch = Schema.Struct({
  internal_name: optionalParam(NonEmptyString.annotations({ description: "Internal name of the campaign" })),
  campaign_content: optionalParam(Schema.Struct({ message: optionalParam(NonEmptyString) })),
  page_content: optionalParam(
    Schema.Struct({
      page_url: optionalParam(HttpUrl),
      page_html: optionalParam(NonEmptyString),
      page_internal_name: PageName
    })
  ),
  sender_id: optionalParam(Id.annotations({ description: "ID of a cellphone sender of the account" })),
  cname_id: optionalParam(Id.annotations({ description: "ID of the CName of the page's address" })),
  options: optionalParam(SmsOptions)
}).annotations({ identifier: "SmartSmsCampaignPatchRequest" })

/**
 * The Smart Sms group: `createSmartSmsCampaign`, `patchSmartSmsCampaign`, `actionSendSmartSms`.
 *
 * @since 0.1.0
 * @category api
 */
export const SmartSmsGroup = Endpoint.authenticatedGroup("smartSms", "Smart Sms")
  .add(
    Endpoint.post("createSmartSmsCampaign", "/campaigns/smart-sms")
      .setPayload(SmartSmsCampaignCreate)
      .addSuccess(HashcodeCampaign, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Create a smart SMS campaign (a draft) for a list")
  )
  .add(
    Endpoint.patch("patchSmartSmsCampaign", "/campaigns/smart-sms/:campaign_hash")
      .setPath(CampaignHashPath)
      .setPayload(SmartSmsCampaignPatch)
      .addSuccess(HashcodeCampaign)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Change a smart SMS campaign")
  )
  .add(
    Endpoint.post("actionSendSmartSms", "/campaigns/smart-sms/:campaign_hash/actions/send")
      .setPath(CampaignHashPath)
      .setPayload(SmsSendRequest)
      .addSuccess(Accepted, { status: 202 })
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Send a smart SMS campaign, now or later")
  )
