/**
 * Contacts: the people in a list, their fields, tags, statuses and activity, and the actions on
 * many of them at once (import, update, forget, tag, activate, unsubscribe, export).
 *
 * @since 0.1.0
 */
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import {
  Accepted,
  Choice,
  Collection,
  DateParam,
  DateTime,
  DateTimeParam,
  Email,
  HttpUrl,
  Id,
  Language,
  Limit,
  ListIdPath,
  Offset,
  OpenEnum,
  optionalParam,
  Phone,
  UniqueArray,
  withDefaults
} from "./Common.js"
import { Wire } from "./EgoiError.js"
import { withDeepObject } from "./internal/deepObject.js"
import * as Endpoint from "./internal/endpoint.js"
import { expected } from "./internal/messages.js"
import { Paging } from "./Paging.js"

/**
 * A contact ID: 10 hexadecimal characters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContactId = Schema.String.pipe(
  Schema.pattern(/^[a-fA-F\d]{10}$/, {
    message: expected("a contact ID of 10 hexadecimal characters")
  })
).annotations({ identifier: "ContactId", description: "A contact ID, 10 hexadecimal characters" })

/**
 * The statuses a contact can be created with.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContactStatus = Choice("active", "inactive", "removed", "unconfirmed")

/**
 * The statuses a contact can be given by a change (`patchContact`, `updateContactByField`): not
 * `removed`, which only unsubscribing gives.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChangedContactStatus = Choice("active", "inactive", "unconfirmed")

/**
 * The consent bases of a contact.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Consent = Choice(
  "any",
  "consent",
  "contract",
  "legitimate_interest",
  "none",
  "protect_vital_interests",
  "public_interests",
  "required_by_law",
  "withdrawn"
)

const ChannelStatus = Choice("active", "inactive")

const PushToken = Schema.Struct({
  app_id: optionalParam(Schema.String.pipe(Schema.pattern(/^[a-zA-Z0-9_-]*$/))),
  token: optionalParam(Schema.String)
})

/**
 * The base fields a request may set.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContactBaseInput = Schema.Struct({
  status: optionalParam(ContactStatus),
  consent: optionalParam(Consent),
  first_name: optionalParam(Schema.String),
  last_name: optionalParam(Schema.String),
  birth_date: optionalParam(DateParam),
  language: optionalParam(Language),
  email: optionalParam(Email),
  email_status: optionalParam(ChannelStatus),
  cellphone: optionalParam(Phone),
  cellphone_status: optionalParam(ChannelStatus),
  phone: optionalParam(Phone),
  phone_status: optionalParam(ChannelStatus),
  push_token_android: optionalParam(Schema.Array(PushToken)),
  push_token_ios: optionalParam(Schema.Array(PushToken))
}).annotations({ identifier: "ContactBaseInput" })

/**
 * The base fields a change (`patchContact`, `updateContactByField`) may set: as
 * {@link ContactBaseInput}, with a status other than `removed`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChangedContactBaseInput = Schema.Struct({
  ...ContactBaseInput.fields,
  status: optionalParam(ChangedContactStatus)
}).annotations({ identifier: "ChangedContactBaseInput" })

/**
 * A contact's value for one extra field, as sent: text for date, text, cellphone, phone, number and
 * email fields, option IDs for an options field. The list's field decides which is valid.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExtraFieldInput = Schema.Struct({
  field_id: Id,
  value: Schema.Union(Schema.String, Schema.Array(Id)),
  status: optionalParam(ChannelStatus)
}).annotations({ identifier: "ExtraFieldInput" })

/**
 * Urchin Tracking Module fields.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Utm = Schema.Struct({
  utm_source: optionalParam(Schema.String),
  utm_medium: optionalParam(Schema.String),
  utm_campaign: optionalParam(Schema.String),
  utm_content: optionalParam(Schema.String),
  utm_term: optionalParam(Schema.String)
})

/**
 * Where the contact came from.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Referrer = Schema.Struct({ referrer: optionalParam(Schema.String) })

/**
 * Advertising click identifiers.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Advertising = Schema.Struct({
  gclid: optionalParam(Schema.String),
  msclkid: optionalParam(Schema.String),
  fbclid: optionalParam(Schema.String)
})

/**
 * A contact as `createContact` and `actionImportBulk` take it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContactInput = Schema.Struct({
  base: optionalParam(ContactBaseInput),
  extra: optionalParam(Schema.Array(ExtraFieldInput)),
  utm: optionalParam(Utm),
  referrer: optionalParam(Referrer),
  advertising: optionalParam(Advertising)
}).annotations({ identifier: "ContactInput" })

/**
 * @since 0.1.0
 * @category models
 */
export type ContactInput = typeof ContactInput.Type

/**
 * The fields a change (`patchContact`) sets.
 *
 * @since 0.1.0
 * @category models
 */
export type ChangedContactInput = {
  readonly base?: typeof ChangedContactBaseInput.Type | undefined
  readonly extra?: ContactInput["extra"]
}

const ResponsePushToken = Schema.Struct({
  app_id: Schema.optional(Schema.String),
  token: Schema.optional(Schema.String)
})

/**
 * A contact's base fields as E-goi returns them.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContactBase = Schema.Struct({
  contact_id: Schema.String,
  status: Schema.optional(OpenEnum("active", "inactive", "removed", "unconfirmed")),
  consent: Schema.optional(Schema.String),
  consent_date: Schema.optional(DateTime),
  subscription_method: Schema.optional(OpenEnum("manual", "form", "imported", "referral", "api")),
  subscription_date: Schema.optional(DateTime),
  subscription_form: Schema.optional(Schema.Int),
  unsubscription_method: Schema.optional(OpenEnum("manual", "form", "unsubscribe_link", "bounce", "api", "")),
  unsubscription_reason: Schema.optional(
    OpenEnum("not_interested", "lack_of_time", "email_address_change", "spam", "other", "")
  ),
  unsubscription_observation: Schema.optional(Schema.String),
  unsubscription_date: Schema.optional(DateTime),
  change_date: Schema.optional(DateTime),
  first_name: Schema.optional(Schema.String),
  last_name: Schema.optional(Schema.String),
  birth_date: Schema.optional(Schema.String),
  language: Schema.optional(Schema.String),
  email: Schema.optional(Schema.String),
  email_status: Schema.optional(Schema.String),
  cellphone: Schema.optional(Schema.String),
  cellphone_status: Schema.optional(Schema.String),
  phone: Schema.optional(Schema.String),
  phone_status: Schema.optional(Schema.String),
  push_token_android: Schema.optional(Schema.Array(ResponsePushToken)),
  push_token_ios: Schema.optional(Schema.Array(ResponsePushToken))
}).annotations({ identifier: "ContactBase" })

/**
 * A contact's value for one extra field as E-goi returns it, with the field's format.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExtraFieldValue = Schema.Struct({
  field_id: Schema.Int,
  format: Schema.optional(OpenEnum("date", "text", "cellphone", "phone", "number", "email", "options")),
  value: Schema.optional(Schema.Union(Schema.String, Schema.Array(Schema.Int), Schema.Number)),
  status: Schema.optional(Schema.String)
}).annotations({ identifier: "ExtraFieldValue" })

const ContactFields = {
  base: ContactBase,
  extra: Schema.optional(Schema.Array(ExtraFieldValue)),
  tags: Schema.optional(Schema.Array(Schema.Int))
}

/**
 * A contact as lists of contacts return it; a missing `extra` or `tags` decodes as an empty array.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Contact = withDefaults(Schema.Struct(ContactFields).annotations({ identifier: "Contact" }), (contact) => ({
  ...contact,
  extra: contact.extra ?? [],
  tags: contact.tags ?? []
}))

/**
 * @since 0.1.0
 * @category models
 */
export type Contact = typeof Contact.Type

const NullableDate = Schema.optional(Schema.NullOr(DateTime))

/**
 * A contact with its statistics per channel and its traffic sources, as `getContact` returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComplexContact = withDefaults(
  Schema.Struct({
    ...ContactFields,
    email_stats: Schema.optional(
      Schema.Struct({
        sent: Schema.optional(Schema.Int),
        opens: Schema.optional(Schema.Int),
        clicks: Schema.optional(Schema.Int),
        soft_bounces: Schema.optional(Schema.Int),
        hard_bounces: Schema.optional(Schema.Int),
        forwards: Schema.optional(Schema.Int),
        conversions: Schema.optional(Schema.Int),
        social_actions: Schema.optional(Schema.Int),
        last_send_date: NullableDate,
        last_open_date: NullableDate,
        last_click_date: NullableDate,
        last_open_country: Schema.optional(Schema.NullOr(Schema.String)),
        last_open_region: Schema.optional(Schema.NullOr(Schema.String)),
        last_open_city: Schema.optional(Schema.NullOr(Schema.String))
      })
    ),
    sms_stats: Schema.optional(
      Schema.Struct({ sent: Schema.optional(Schema.Int), delivered: Schema.optional(Schema.Int) })
    ),
    push_stats: Schema.optional(
      Schema.Struct({
        sent: Schema.optional(Schema.Int),
        delivered: Schema.optional(Schema.Int),
        not_delivered: Schema.optional(Schema.Int),
        views: Schema.optional(Schema.Int),
        clicks: Schema.optional(Schema.Int),
        last_view_date: NullableDate
      })
    ),
    webpush_stats: Schema.optional(
      Schema.Struct({
        sent: Schema.optional(Schema.Int),
        delivered: Schema.optional(Schema.Int),
        clicks: Schema.optional(Schema.Int),
        bounces: Schema.optional(Schema.Int),
        last_send_date: NullableDate,
        last_delivery_date: NullableDate,
        last_click_date: NullableDate,
        last_bounce_date: NullableDate
      })
    ),
    voice_stats: Schema.optional(
      Schema.Struct({ sent: Schema.optional(Schema.Int), answered: Schema.optional(Schema.Int) })
    ),
    traffic_stats: Schema.optional(
      Schema.Struct({
        utm: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
        referrer: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
        advertising: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String }))
      })
    )
  }).annotations({ identifier: "ComplexContact" }),
  (contact) => ({ ...contact, extra: contact.extra ?? [], tags: contact.tags ?? [] })
)

/**
 * @since 0.1.0
 * @category models
 */
export type ComplexContact = typeof ComplexContact.Type

/**
 * A page of contacts.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContactCollection = Collection(Contact, "ContactCollection")

/**
 * The action names of contact activities.
 *
 * @since 0.1.0
 * @category constants
 */
export const ACTIVITY_ACTIONS = [
  "email_open",
  "email_click",
  "forward",
  "conversion",
  "email_send",
  "sms_send",
  "voice_send",
  "mms_send",
  "sms_report",
  "voice_report",
  "invitation_send",
  "invitation_open",
  "mms_open",
  "unsubscribe",
  "email_soft_bounce",
  "email_hard_bounce",
  "subscription",
  "resubscription",
  "unsubscribe_reason",
  "facebook_like",
  "social_share",
  "unsubscribe_manual",
  "double_optin",
  "double_optin_resend",
  "email_spam_complaint",
  "email_field_disable",
  "cellphone_field_disable",
  "phone_field_disable",
  "unsubscribe_api",
  "email_field_enable",
  "cellphone_field_enable",
  "phone_field_enable",
  "edit_subscription",
  "double_optedit",
  "automation_event",
  "push_send",
  "push_open",
  "push_click",
  "push_received",
  "push_error",
  "push_canceled",
  "reply_to_email",
  "web_push_send",
  "web_push_delivered",
  "web_push_open",
  "web_push_bounce",
  "web_push_click",
  "web_push_subscription",
  "web_push_unsubscription",
  "add_push_contact",
  "remove_push_contact",
  "forget_subscription",
  "change_consent",
  "push_unsubscription",
  "voice_menu_event",
  "voice_redirect",
  "automation_action",
  "automation_trigger",
  "push_delivered",
  "attach_tag",
  "detach_tag",
  "smart_sms_send",
  "smart_sms_open",
  "smart_sms_click",
  "smart_sms_report"
] as const

/**
 * One thing that happened to a contact: `action_data` depends on the action (a campaign hash and URL
 * for clicks, a tag ID for tags, an automation ID for automations).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Activity = Schema.Struct({
  action_name: OpenEnum(...ACTIVITY_ACTIONS),
  date: Schema.optional(DateTime),
  action_data: Schema.optional(
    Schema.Struct({
      campaign_hash: Schema.optional(Schema.String),
      url: Schema.optional(Schema.String),
      tag_id: Schema.optional(Schema.Int),
      automation_id: Schema.optional(Schema.Int)
    })
  )
}).annotations({ identifier: "Activity" })

/**
 * @since 0.1.0
 * @category models
 */
export type Activity = typeof Activity.Type

/**
 * A page of activities (E-goi gives no total for them).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ActivityCollection = Collection(Activity, "ActivityCollection")

const ContactIdResponse = Schema.Struct({ contact_id: Schema.String }).annotations({ identifier: "ContactIdResponse" })

const ContactIds = (bounds: { readonly min?: number; readonly max?: number }) => UniqueArray(ContactId, bounds)

const ContactPath = Schema.Struct({ ...ListIdPath, contact_id: ContactId })

/**
 * The most contacts `actionForgetContacts` takes in one request.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_FORGET = 1000

/**
 * The fewest contacts `actionImportBulk` takes in one request (one contact goes through `createContact`).
 *
 * @since 0.1.0
 * @category constants
 */
export const MIN_IMPORT = 2

/**
 * The body of `actionImportBulk`: contacts given inline.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImportBulkRequest = Schema.Struct({
  mode: Choice("add", "update", "update_only").annotations({
    description: "add: new contacts only; update: add and replace; update_only: replace existing ones"
  }),
  compare_field: Schema.String.pipe(Schema.minLength(1)).annotations({
    description: "The unique field that identifies a contact (email, cellphone, phone or an extra field ID)"
  }),
  contacts: Schema.Array(ContactInput).pipe(
    Schema.minItems(MIN_IMPORT, {
      message: () => `Expected at least ${MIN_IMPORT} contacts; use createContact for one`
    })
  ),
  force_empty: optionalParam(Schema.Boolean),
  notify: optionalParam(Schema.Array(Id)),
  callback_url: optionalParam(HttpUrl)
}).annotations({ identifier: "ImportBulkRequest" })

/**
 * The body of `actionImportBulk`: a file E-goi downloads and maps to fields.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImportBulkFileRequest = Schema.Struct({
  mode: ImportBulkRequest.fields.mode,
  compare_field: ImportBulkRequest.fields.compare_field,
  file: Schema.Struct({
    url: HttpUrl,
    field_mapping: Schema.Array(
      Schema.Struct({ field_id: Schema.String.pipe(Schema.pattern(/^[a-zA-Z0-9_-]+$/)), column_name: Schema.String })
    ),
    separator: optionalParam(Schema.String),
    delimiter: optionalParam(Schema.String)
  }),
  force_empty: ImportBulkRequest.fields.force_empty,
  notify: ImportBulkRequest.fields.notify,
  callback_url: ImportBulkRequest.fields.callback_url
}).annotations({ identifier: "ImportBulkFileRequest" })

/**
 * The report E-goi posts to an import's `callback_url`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImportCallback = Schema.Struct({
  imported: Schema.Int,
  updated: Schema.Int,
  ignored: Schema.Int,
  invalid: Schema.Int,
  file: Schema.optional(Schema.String)
}).annotations({ identifier: "ImportCallback" })

/**
 * What E-goi posts to an export's `callback_url`: the list, the format, how many contacts, and where
 * the file is (E-goi documents the callback, not its body; this is the mock's reading, tolerant of more).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExportCallback = Schema.Struct({
  list_id: Schema.optional(Schema.Int),
  format: Schema.optional(Schema.String),
  total_contacts: Schema.optional(Schema.Int),
  file: Schema.String
}).annotations({ identifier: "ExportCallback" })

const UnsubscriptionMethod = Choice("manual", "form", "unsubscribe_link", "bounce", "api")
const UnsubscriptionReason = Choice("not_interested", "lack_of_time", "email_address_change", "spam", "other")

/**
 * What `actionUnsubscribeContact` answers: the contacts unsubscribed, and the others by reason.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnsubscribeResult = Schema.Struct({
  success: Schema.optionalWith(Schema.Array(Schema.String), { default: () => [] }),
  errors: Schema.optionalWith(
    Schema.Struct({
      invalid_unsubscription_reason: Schema.optional(Schema.Array(Schema.String)),
      invalid_unsubscription_method: Schema.optional(Schema.Array(Schema.String)),
      invalid_data_type: Schema.optional(Schema.Array(Schema.String)),
      contact_not_in_list: Schema.optional(Schema.Array(Schema.String)),
      contact_already_removed: Schema.optional(Schema.Array(Schema.String))
    }),
    { default: () => ({}) }
  )
}).annotations({ identifier: "UnsubscribeResult" })

/**
 * What `actionStartAutomation` answers: the contacts started, and the others by reason.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StartAutomationResult = Schema.Struct({
  automation_id: Schema.optional(Schema.Int),
  action_id: Schema.optional(Schema.Int),
  success: Schema.optionalWith(Schema.Array(Schema.String), { default: () => [] }),
  error: Schema.optional(
    Schema.Union(Schema.Array(Schema.String), Schema.Record({ key: Schema.String, value: Schema.Array(Schema.String) }))
  )
}).annotations({ identifier: "StartAutomationResult" })

const TagTarget = (description: string) =>
  Schema.Union(
    Schema.Struct({ tag_id: Id, contacts: ContactIds({ min: 1 }).annotations({ description }) }),
    Schema.Struct({ tag_id: Id, segment_id: Schema.String.pipe(Schema.minLength(1)) }),
    Schema.Struct({
      tag_id: Id,
      field_id: Schema.String.pipe(Schema.pattern(/^[a-zA-Z0-9_-]+$/)),
      contacts: UniqueArray(Schema.String, { min: 1 })
    })
  )

const StatusChange = Schema.Union(
  Schema.Struct({ type: Schema.Literal("all") }),
  Schema.Struct({ type: Schema.Literal("contacts"), contacts: ContactIds({ min: 1 }) })
)

/** The values `actionUpdateContacts` sets on every contact it selects. */
const UpdateValues = {
  base: optionalParam(ContactBaseInput.omit("push_token_android", "push_token_ios")),
  extra: optionalParam(Schema.Array(ExtraFieldInput))
}

/** An action on many contacts of a list: accepted (202) for E-goi to carry out in the background. */
const listAction = <const Name extends string, Payload extends Schema.Schema.Any>(
  name: Name,
  action: string,
  payload: Payload
) =>
  Endpoint.post(name, `/lists/:list_id/contacts/actions/${action}`)
    .setPath(Schema.Struct(ListIdPath))
    .setPayload(payload)
    .addSuccess(Accepted, { status: 202 })
    .addError(Wire.BadRequest)
    .addError(Wire.UnprocessableEntity)

/**
 * The Contacts group: 18 operations.
 *
 * @since 0.1.0
 * @category api
 */
export const ContactsGroup = Endpoint.authenticatedGroup("contacts", "Contacts")
  .add(
    Endpoint.get("getAllContacts", "/lists/:list_id/contacts")
      .annotate(Paging, "page")
      .setPath(Schema.Struct(ListIdPath))
      .setUrlParams(
        withDeepObject(
          {
            offset: optionalParam(Offset),
            limit: optionalParam(Limit),
            first_name: optionalParam(Schema.String),
            last_name: optionalParam(Schema.String),
            email: optionalParam(Schema.String),
            email_status: optionalParam(Schema.BooleanFromString),
            cellphone: optionalParam(Schema.String),
            cellphone_status: optionalParam(Schema.BooleanFromString),
            phone: optionalParam(Schema.String),
            phone_status: optionalParam(Schema.BooleanFromString),
            birth_date: optionalParam(DateParam),
            language: optionalParam(Choice("pt", "en", "es", "br", "fr", "de"))
          },
          "extra_field_id"
        )
      )
      .addSuccess(ContactCollection)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the contacts of a list, filtered by base or extra fields")
  )
  .add(
    Endpoint.post("createContact", "/lists/:list_id/contacts")
      .setPath(Schema.Struct(ListIdPath))
      .setPayload(ContactInput)
      .addSuccess(ContactIdResponse, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Add a contact to a list")
  )
  .add(
    Endpoint.get("getContact", "/lists/:list_id/contacts/:contact_id")
      .setPath(ContactPath)
      .addSuccess(ComplexContact)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Show a contact with its statistics")
  )
  .add(
    Endpoint.patch("patchContact", "/lists/:list_id/contacts/:contact_id")
      .setPath(ContactPath)
      .setPayload(
        Schema.Struct({
          base: optionalParam(ChangedContactBaseInput),
          extra: optionalParam(Schema.Array(ExtraFieldInput))
        })
      )
      .addSuccess(ContactIdResponse)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Change a contact's fields")
  )
  .add(
    Endpoint.post("updateContactByField", "/lists/:list_id/contacts/by-field")
      .setPath(Schema.Struct(ListIdPath))
      .setPayload(
        Schema.Struct({
          compare_field: Schema.Struct({
            field_id: Schema.String.pipe(Schema.pattern(/^[a-zA-Z0-9_-]+$/)),
            value: Schema.String
          }),
          base: optionalParam(ChangedContactBaseInput),
          extra: optionalParam(Schema.Array(ExtraFieldInput))
        })
      )
      .addSuccess(ContactIdResponse, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Change the contact a unique field value identifies")
  )
  .add(
    Endpoint.get("searchContacts", "/contacts/search")
      .setUrlParams(
        Schema.Struct({
          type: optionalParam(Choice("email", "cellphone", "phone")),
          contact: Schema.String.pipe(Schema.minLength(1)).annotations({
            description: "The email or number to look for"
          })
        })
      )
      .addSuccess(
        Schema.Struct({
          items: Schema.optionalWith(Schema.Array(Schema.Struct({ contact_id: Schema.String, list_id: Schema.Int })), {
            default: () => []
          })
        }).annotations({ identifier: "ContactSearchResult" })
      )
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Find a contact by email or number across every list")
  )
  .add(
    Endpoint.get("getAllContactActivities", "/lists/:list_id/contacts/:contact_id/activities")
      .annotate(Paging, "page")
      .setPath(ContactPath)
      .setUrlParams(
        Schema.Struct({
          offset: optionalParam(Offset),
          limit: optionalParam(Limit),
          date_min: optionalParam(DateTimeParam),
          date_max: optionalParam(DateTimeParam),
          action_name: optionalParam(Choice(...ACTIVITY_ACTIONS))
        })
      )
      .addSuccess(ActivityCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List what happened to a contact")
  )
  .add(
    Endpoint.get("getAllContactsBySegment", "/lists/:list_id/contacts/segment/:segment_id")
      .annotate(Paging, "page")
      .setPath(
        Schema.Struct({
          ...ListIdPath,
          segment_id: Schema.String.pipe(Schema.minLength(1)).annotations({ description: "ID of the segment" })
        })
      )
      .setUrlParams(
        Schema.Struct({
          offset: optionalParam(Offset),
          limit: optionalParam(Limit),
          show_removed: optionalParam(Schema.BooleanFromString)
        })
      )
      .addSuccess(ContactCollection)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the contacts a segment selects")
  )
  .add(
    listAction("actionImportBulk", "import-bulk", Schema.Union(ImportBulkRequest, ImportBulkFileRequest))
      .addError(Wire.Conflict)
      .addError(Wire.PayloadTooLarge)
      .annotate(
        OpenApi.Summary,
        "Import contacts in the background (2 or more; see Bulk.importContacts for any number)"
      )
  )
  .add(
    listAction(
      "actionExportContacts",
      "export",
      Schema.Struct({
        format: Choice("csv", "xml"),
        callback_url: optionalParam(HttpUrl),
        segments: optionalParam(Schema.Array(Schema.String)),
        fields: optionalParam(Schema.Array(Schema.String))
      })
    )
      .addError(Wire.NotFound)
      .annotate(OpenApi.Summary, "Export a list's contacts to a file, announced at callback_url")
  )
  .add(
    listAction(
      "actionForgetContacts",
      "forget",
      Schema.Struct({ contacts: ContactIds({ min: 1, max: MAX_FORGET }) })
    ).annotate(OpenApi.Summary, "Erase contacts and their data (up to 1000; see Bulk.forgetContacts for more)")
  )
  .add(
    listAction("actionAttachTag", "attach-tag", TagTarget("Contacts to tag"))
      .addError(Wire.NotFound)
      .annotate(OpenApi.Summary, "Tag contacts, a segment or contacts by a field's values")
  )
  .add(
    listAction("actionDetachTag", "detach-tag", TagTarget("Contacts to untag"))
      .addError(Wire.NotFound)
      .annotate(OpenApi.Summary, "Remove a tag from contacts")
  )
  .add(
    listAction("actionActivateContacts", "activate", StatusChange)
      .addError(Wire.NotFound)
      .annotate(OpenApi.Summary, "Activate all or some contacts (removed ones excepted)")
  )
  .add(
    listAction("actionDeactivateContacts", "deactivate", StatusChange)
      .addError(Wire.NotFound)
      .annotate(OpenApi.Summary, "Deactivate all or some contacts (removed ones excepted)")
  )
  .add(
    Endpoint.post("actionUnsubscribeContact", "/lists/:list_id/contacts/actions/unsubscribe")
      .setPath(Schema.Struct(ListIdPath))
      .setPayload(
        Schema.Struct({
          data: Schema.Array(
            Schema.Struct({
              contact_id: ContactId,
              unsubscription_method: optionalParam(UnsubscriptionMethod),
              unsubscription_reason: optionalParam(UnsubscriptionReason),
              unsubscription_observation: optionalParam(Schema.String)
            })
          ).pipe(Schema.minItems(1))
        })
      )
      .addSuccess(UnsubscribeResult)
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Unsubscribe contacts, with a method and reason each")
  )
  .add(
    Endpoint.post("actionStartAutomation", "/lists/:list_id/contacts/actions/start-automation")
      .setPath(Schema.Struct(ListIdPath))
      .setPayload(
        Schema.Struct({
          automation_id: Id.annotations({ description: "ID of the automation" }),
          action_id: Id.annotations({ description: "ID of the automation's action to start at" }),
          contacts: UniqueArray(ContactId, { min: 1 })
        })
      )
      .addSuccess(StartAutomationResult)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Start an automation for contacts")
  )
  .add(
    listAction(
      "actionUpdateContacts",
      "update",
      Schema.Union(
        Schema.Struct({ type: Schema.Literal("contacts"), contacts: ContactIds({ min: 1 }), ...UpdateValues }),
        Schema.Struct({
          type: Schema.Literal("segment"),
          segment_id: Schema.String.pipe(Schema.minLength(1)),
          ...UpdateValues
        }),
        Schema.Struct({ type: Schema.Literal("all"), ...UpdateValues })
      )
    )
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Set the same values on many contacts")
  )
