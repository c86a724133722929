/**
 * Email: email campaigns (their content, sender and header and footer links), RSS email campaigns,
 * and sending them to a list, its segments or one contact, now or at a scheduled time.
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { CampaignHashPath, EmailSendSegment, HashcodeCampaign, LimitHour, SendFields } from "./Campaigns.js"
import { Accepted, HttpUrl, Id, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { expected } from "./internal/messages.js"

const NonEmptyString = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty string" }))

const BaseContent = {
  plain_text: optionalParam(Schema.String.annotations({ description: "Plain text version of the campaign" })),
  snippet: optionalParam(Schema.String.annotations({ description: "Snippet text shown by email readers" }))
}

/**
 * The content of an email campaign, one of four kinds: `html` (the HTML given), `template` (a
 * template of the account; email builder templates are not allowed), `web_page` (a page E-goi
 * fetches) or `file`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailContent = Schema.Union(
  Schema.Struct({
    type: Schema.Literal("html"),
    body: NonEmptyString.annotations({ description: "HTML code of the campaign" }),
    ...BaseContent
  }).annotations({ identifier: "CampaignEmailContentHtml" }),
  Schema.Struct({
    type: Schema.Literal("template"),
    template_id: Id.annotations({ description: "ID of the template" }),
    ...BaseContent
  }).annotations({ identifier: "CampaignEmailContentTemplate" }),
  Schema.Struct({
    type: Schema.Literal("web_page"),
    url: HttpUrl.annotations({ description: "Address of the page to send" }),
    use_page_title: optionalParam(Schema.Boolean.annotations({ description: "Use the page's title as the subject" })),
    ...BaseContent
  }).annotations({ identifier: "CampaignEmailContentWebPage" }),
  Schema.Struct({
    type: Schema.Literal("file"),
    file: NonEmptyString.annotations({ description: "The campaign's file" }),
    ...BaseContent
  }).annotations({ identifier: "CampaignEmailContentFile" })
).annotations({ identifier: "CampaignEmailContent" })

const Links = (where: string) =>
  Schema.Struct({
    forward: optionalParam(Schema.Boolean),
    view_web: optionalParam(Schema.Boolean),
    unsubscribe: optionalParam(Schema.Boolean),
    edit: optionalParam(Schema.Boolean),
    social_share: optionalParam(Schema.Boolean),
    facebook_share: optionalParam(Schema.Boolean),
    twitter_share: optionalParam(Schema.Boolean)
  }).annotations({ description: `Links of the ${where} (ignored with a custom template)` })

/**
 * The header and footer of an email campaign, and the links they show.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HeaderFooter = Schema.Struct({
  id: optionalParam(Id.annotations({ description: "ID of the header and footer template" })),
  header_links: optionalParam(Links("header")),
  footer_links: optionalParam(Links("footer"))
}).annotations({ identifier: "HeaderFooter" })

/**
 * The body of `createEmailCampaign` and `createEmailRssCampaign`. Without a `subject`, E-goi uses the
 * internal name.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailCampaignCreate = Schema.Struct({
  list_id: Id.annotations({ description: "ID of the list the campaign is for" }),
  internal_name: NonEmptyString.annotations({ description: "Internal name of the campaign" }),
  subject: optionalParam(NonEmptyString.annotations({ description: "Subject; the internal name when omitted" })),
  content: EmailContent,
  sender_id: Id.annotations({ description: "ID of an email sender of the account" }),
  reply_to: optionalParam(Id.annotations({ description: "ID of the email sender replies go to" })),
  header_footer: optionalParam(HeaderFooter)
}).annotations({ identifier: "EmailCampaignCreate" })

/**
 * The body of `patchEmailCampaign`: what changes.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailCampaignPatch = Schema.Struct({
  internal_name: optionalParam(NonEmptyString.annotations({ description: "Internal name of the campaign" })),
  subject: optionalParam(NonEmptyString.annotations({ description: "Subject of the campaign" })),
  content: optionalParam(
    Schema.Struct({
      body: optionalParam(NonEmptyString.annotations({ description: "HTML code of the campaign" })),
      ...BaseContent
    }).annotations({ identifier: "CampaignEmailContentHtmlPatch" })
  ),
  sender_id: optionalParam(Id.annotations({ description: "ID of an email sender of the account" })),
  reply_to: optionalParam(Id.annotations({ description: "ID of the email sender replies go to" })),
  header_footer: optionalParam(HeaderFooter)
}).annotations({ identifier: "EmailCampaignPatch" })

/**
 * The pattern of an email send's `destination_field`: `email`, or the ID of an extra field of
 * format email.
 *
 * @since 0.1.0
 * @category constants
 */
export const EMAIL_DESTINATION_PATTERN = /^(email|[1-9][0-9]*)$/

/**
 * The body of `actionSendEmail`: the list, who of it receives the email, and how. With a
 * `schedule_date` the send waits for that date.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailSendRequest = Schema.Struct({
  ...SendFields,
  segments: EmailSendSegment,
  destination_field: optionalParam(
    Schema.String.pipe(
      Schema.pattern(EMAIL_DESTINATION_PATTERN, { message: expected("email or the ID of an extra email field") })
    ).annotations({ description: "The field holding the address: email (the default) or an extra field's ID" })
  ),
  unique_contacts_only: optionalParam(
    Schema.Boolean.annotations({ description: "Send once per address (false by default)" })
  ),
  limit_hour: optionalParam(LimitHour)
}).annotations({ identifier: "CampaignEmailSendRequest" })

/**
 * The Email group: `createEmailCampaign`, `patchEmailCampaign`, `actionSendEmail`,
 * `createEmailRssCampaign`, `actionEnableEmailRss`.
 *
 * @since 0.1.0
 * @category api
 */
export const EmailGroup = Endpoint.authenticatedGroup("email", "Email")
  .add(
    Endpoint.post("createEmailCampaign", "/campaigns/email")
      .setPayload(EmailCampaignCreate)
      .addSuccess(HashcodeCampaign, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Create an email campaign (a draft) for a list")
  )
  .add(
    Endpoint.patch("patchEmailCampaign", "/campaigns/email/:campaign_hash")
      .setPath(CampaignHashPath)
      .setPayload(EmailCampaignPatch)
      .addSuccess(HashcodeCampaign)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Change an email campaign")
  )
  .add(
    Endpoint.post("actionSendEmail", "/campaigns/email/:campaign_hash/actions/send")
      .setPath(CampaignHashPath)
      .setPayload(EmailSendRequest)
      .addSuccess(Accepted)
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Send an email campaign to a list, its segments or one contact, now or later")
  )
  .add(
    Endpoint.post("createEmailRssCampaign", "/campaigns/email/rss")
      .setPayload(EmailCampaignCreate)
      .addSuccess(HashcodeCampaign, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Create an RSS email campaign, sent as its feed brings new items once enabled")
  )
  .add(
    Endpoint.post("actionEnableEmailRss", "/campaigns/email/rss/:campaign_hash/actions/enable")
      .setPath(CampaignHashPath)
      .addSuccess(Accepted)
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Enable an RSS email campaign")
  )
