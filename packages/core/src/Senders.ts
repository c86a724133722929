/**
 * Senders: the email addresses, phone numbers and SMS sender names campaigns are sent from.
 *
 * Cellphone and phone senders need a file that proves the right to use the sender (an authorization
 * letter, say). The API takes its content base64-encoded in the `file` field, as a string: in Node,
 * `(await readFile("authorization.pdf")).toString("base64")`; in a browser or edge runtime, the
 * base64 of the file's bytes (e.g. from a `FileReader` data URL, without its `data:...;base64,` prefix).
 * The encoding is checked before sending: standard base64, padded, without line breaks.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Choice, Collection, Email, Id, IdParam, OpenEnum, optionalParam, PageParams, Phone } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * The moderation status of a sender as E-goi returns it: new senders start in `moderation`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SenderStatus = OpenEnum("active", "moderation", "rejected")

const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * The content of a file, base64-encoded (standard alphabet, padded, no line breaks), as the
 * `file` of `createCellphoneSender` and `createPhoneSender` takes it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Base64File = Schema.String.pipe(
  Schema.minLength(1, { message: () => "Expected the file's content in base64, got an empty string" }),
  Schema.pattern(BASE64_PATTERN, {
    message: () => "Expected the file's content in base64 (standard alphabet, padded, no line breaks)"
  })
).annotations({
  description: "Content of the sender's authorization file, base64-encoded",
  // OpenAPI's name for base64 content; the annotation replaces the derived pattern, so it is repeated.
  jsonSchema: { format: "byte", pattern: BASE64_PATTERN.source }
})

const NonEmptyString = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty string" }))

/**
 * An email sender as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailSender = Schema.Struct({
  sender_id: Id,
  name: Schema.String,
  email: Schema.String,
  status: Schema.optional(SenderStatus)
}).annotations({ identifier: "EmailSender" })

/**
 * @since 0.1.0
 * @category models
 */
export type EmailSender = typeof EmailSender.Type

/**
 * A cellphone (SMS) sender as E-goi returns it: an alphanumeric name, or a number.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CellphoneSender = Schema.Struct({
  sender_id: Id,
  type: OpenEnum("alpha_numeric", "numeric"),
  cellphone: Schema.String,
  status: Schema.optional(SenderStatus)
}).annotations({ identifier: "CellphoneSender" })

/**
 * @since 0.1.0
 * @category models
 */
export type CellphoneSender = typeof CellphoneSender.Type

/**
 * A phone (voice) sender as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PhoneSender = Schema.Struct({
  sender_id: Id,
  phone: Schema.String,
  status: Schema.optional(SenderStatus)
}).annotations({ identifier: "PhoneSender" })

/**
 * @since 0.1.0
 * @category models
 */
export type PhoneSender = typeof PhoneSender.Type

/**
 * A page of email senders. E-goi documents no `total_items` for senders: a page shorter than
 * `limit` is the last one.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmailSenderCollection = Collection(EmailSender, "EmailSenderCollection")

/**
 * A page of cellphone senders.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CellphoneSenderCollection = Collection(CellphoneSender, "CellphoneSenderCollection")

/**
 * A page of phone senders.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PhoneSenderCollection = Collection(PhoneSender, "PhoneSenderCollection")

/** The query of every sender collection: a page, and a status filter (no ordering is documented). */
const SenderQuery = Schema.Struct({
  offset: PageParams.offset,
  limit: PageParams.limit,
  status: optionalParam(
    Choice("active", "moderation", "rejected").annotations({ description: "Only senders with this status" })
  )
})

const SenderIdPath = Schema.Struct({ sender_id: IdParam.annotations({ description: "ID of the sender" }) })

/**
 * The Senders group: `getAllCellphoneSenders`, `createCellphoneSender`, `deleteCellphoneSender`,
 * `getAllEmailSenders`, `createEmailSender`, `putEmailSender`, `deleteEmailSender`,
 * `getAllPhoneSenders`, `createPhoneSender`, `deletePhoneSender`.
 *
 * @since 0.1.0
 * @category api
 */
export const SendersGroup = Endpoint.authenticatedGroup("senders", "Senders")
  .add(
    Endpoint.get("getAllCellphoneSenders", "/senders/cellphone")
      .annotate(Paging, "page")
      .setUrlParams(SenderQuery)
      .addSuccess(CellphoneSenderCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the account's SMS senders, a page at a time")
  )
  .add(
    Endpoint.post("createCellphoneSender", "/senders/cellphone")
      .setPayload(
        // A name needs the file that authorizes it; a number does not (E-goi's two sender shapes).
        Schema.Union(
          Schema.Struct({
            type: Schema.Literal("alpha_numeric").annotations({ description: "A name as the sender" }),
            cellphone: NonEmptyString.annotations({ description: "The sender's name, e.g. your company's" }),
            file: Base64File
          }),
          Schema.Struct({
            type: Schema.Literal("numeric").annotations({ description: "A number as the sender" }),
            cellphone: Phone.annotations({ description: "The sender's number, as 351-910000000" })
          })
        ).annotations({ identifier: "CellphoneSenderPost" })
      )
      .addSuccess(CellphoneSender, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Register an SMS sender; it starts in moderation")
  )
  .add(
    Endpoint.del("deleteCellphoneSender", "/senders/cellphone/:sender_id")
      .setPath(SenderIdPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove an SMS sender")
  )
  .add(
    Endpoint.get("getAllEmailSenders", "/senders/email")
      .annotate(Paging, "page")
      .setUrlParams(SenderQuery)
      .addSuccess(EmailSenderCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the account's email senders, a page at a time")
  )
  .add(
    Endpoint.post("createEmailSender", "/senders/email")
      .setPayload(
        Schema.Struct({
          name: NonEmptyString.annotations({ description: "Name shown as the sender" }),
          email: Email.annotations({ description: "Address the emails are sent from" })
        })
      )
      .addSuccess(EmailSender, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Register an email sender; it starts in moderation")
  )
  .add(
    Endpoint.put("putEmailSender", "/senders/email/:sender_id")
      .setPath(SenderIdPath)
      .setPayload(Schema.Struct({ name: NonEmptyString.annotations({ description: "New name of the sender" }) }))
      .addSuccess(EmailSender)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Rename an email sender")
  )
  .add(
    Endpoint.del("deleteEmailSender", "/senders/email/:sender_id")
      .setPath(SenderIdPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove an email sender")
  )
  .add(
    Endpoint.get("getAllPhoneSenders", "/senders/phone")
      .annotate(Paging, "page")
      .setUrlParams(SenderQuery)
      .addSuccess(PhoneSenderCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the account's voice senders, a page at a time")
  )
  .add(
    Endpoint.post("createPhoneSender", "/senders/phone")
      .setPayload(
        Schema.Struct({
          phone: Phone.annotations({ description: "The sender number, as 351-300404336" }),
          file: Base64File
        })
      )
      .addSuccess(PhoneSender, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Register a voice sender; it starts in moderation")
  )
  .add(
    Endpoint.del("deletePhoneSender", "/senders/phone/:sender_id")
      .setPath(SenderIdPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove a voice sender")
  )
