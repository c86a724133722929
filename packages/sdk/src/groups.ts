/**
 * Every group's client class, so the main entry point offers them too (`import { Lists } from "@egoi-ts/sdk"`).
 * Each loads its group's definition when first called: importing the main entry point evaluates none.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */

import type { AdvancedReports as AdvancedReportsClient } from "./groups/advanced-reports.js"
import type { Automations as AutomationsClient } from "./groups/automations.js"
import type { CampaignGroups as CampaignGroupsClient } from "./groups/campaign-groups.js"
import type { Campaigns as CampaignsClient } from "./groups/campaigns.js"
import type { CNames as CNamesClient } from "./groups/cnames.js"
import type { ConnectedSites as ConnectedSitesClient } from "./groups/connected-sites.js"
import type { Contacts as ContactsClient } from "./groups/contacts.js"
import type { Ecommerce as EcommerceClient } from "./groups/ecommerce.js"
import type { Email as EmailClient } from "./groups/email.js"
import type { Fields as FieldsClient } from "./groups/fields.js"
import type { Lists as ListsClient } from "./groups/lists.js"
import type { MyAccount as MyAccountClient } from "./groups/my-account.js"
import type { Operations as OperationsClient } from "./groups/operations.js"
import type { Ping as PingClient } from "./groups/ping.js"
import type { Push as PushClient } from "./groups/push.js"
import type { Reports as ReportsClient } from "./groups/reports.js"
import type { Segments as SegmentsClient } from "./groups/segments.js"
import type { Senders as SendersClient } from "./groups/senders.js"
import type { SmartSms as SmartSmsClient } from "./groups/smart-sms.js"
import type { Sms as SmsClient } from "./groups/sms.js"
import type { SuppressionList as SuppressionListClient } from "./groups/suppression-list.js"
import type { Tags as TagsClient } from "./groups/tags.js"
import type { TrackEngage as TrackEngageClient } from "./groups/track-engage.js"
import type { Users as UsersClient } from "./groups/users.js"
import type { Utilities as UtilitiesClient } from "./groups/utilities.js"
import type { Voice as VoiceClient } from "./groups/voice.js"
import type { Webhooks as WebhooksClient } from "./groups/webhooks.js"
import type { Webpush as WebpushClient } from "./groups/webpush.js"
import { lazyGroupClient } from "./internal/lazy.js"

/** A client of the Lists operations, as `@egoi-ts/sdk/lists` offers it. */
export const Lists: typeof ListsClient = /* @__PURE__ */ lazyGroupClient("lists")
/** A client of the Lists operations. */
export type Lists = ListsClient

/** A client of the Contacts operations, as `@egoi-ts/sdk/contacts` offers it. */
export const Contacts: typeof ContactsClient = /* @__PURE__ */ lazyGroupClient("contacts")
/** A client of the Contacts operations. */
export type Contacts = ContactsClient

/** A client of the Operations operations, as `@egoi-ts/sdk/operations` offers it. */
export const Operations: typeof OperationsClient = /* @__PURE__ */ lazyGroupClient("operations")
/** A client of the Operations operations. */
export type Operations = OperationsClient

/** A client of the Tags operations, as `@egoi-ts/sdk/tags` offers it. */
export const Tags: typeof TagsClient = /* @__PURE__ */ lazyGroupClient("tags")
/** A client of the Tags operations. */
export type Tags = TagsClient

/** A client of the Fields operations, as `@egoi-ts/sdk/fields` offers it. */
export const Fields: typeof FieldsClient = /* @__PURE__ */ lazyGroupClient("fields")
/** A client of the Fields operations. */
export type Fields = FieldsClient

/** A client of the Segments operations, as `@egoi-ts/sdk/segments` offers it. */
export const Segments: typeof SegmentsClient = /* @__PURE__ */ lazyGroupClient("segments")
/** A client of the Segments operations. */
export type Segments = SegmentsClient

/** A client of the SuppressionList operations, as `@egoi-ts/sdk/suppression-list` offers it. */
export const SuppressionList: typeof SuppressionListClient = /* @__PURE__ */ lazyGroupClient("suppressionList")
/** A client of the SuppressionList operations. */
export type SuppressionList = SuppressionListClient

/** A client of the Webhooks operations, as `@egoi-ts/sdk/webhooks` offers it. */
export const Webhooks: typeof WebhooksClient = /* @__PURE__ */ lazyGroupClient("webhooks")
/** A client of the Webhooks operations. */
export type Webhooks = WebhooksClient

/** A client of the MyAccount operations, as `@egoi-ts/sdk/my-account` offers it. */
export const MyAccount: typeof MyAccountClient = /* @__PURE__ */ lazyGroupClient("myAccount")
/** A client of the MyAccount operations. */
export type MyAccount = MyAccountClient

/** A client of the Ping operations, as `@egoi-ts/sdk/ping` offers it. */
export const Ping: typeof PingClient = /* @__PURE__ */ lazyGroupClient("ping")
/** A client of the Ping operations. */
export type Ping = PingClient

/** A client of the Senders operations, as `@egoi-ts/sdk/senders` offers it. */
export const Senders: typeof SendersClient = /* @__PURE__ */ lazyGroupClient("senders")
/** A client of the Senders operations. */
export type Senders = SendersClient

/** A client of the Users operations, as `@egoi-ts/sdk/users` offers it. */
export const Users: typeof UsersClient = /* @__PURE__ */ lazyGroupClient("users")
/** A client of the Users operations. */
export type Users = UsersClient

/** A client of the Utilities operations, as `@egoi-ts/sdk/utilities` offers it. */
export const Utilities: typeof UtilitiesClient = /* @__PURE__ */ lazyGroupClient("utilities")
/** A client of the Utilities operations. */
export type Utilities = UtilitiesClient

/** A client of the CNames operations, as `@egoi-ts/sdk/cnames` offers it. */
export const CNames: typeof CNamesClient = /* @__PURE__ */ lazyGroupClient("cnames")
/** A client of the CNames operations. */
export type CNames = CNamesClient

/** A client of the Ecommerce operations, as `@egoi-ts/sdk/ecommerce` offers it. */
export const Ecommerce: typeof EcommerceClient = /* @__PURE__ */ lazyGroupClient("ecommerce")
/** A client of the Ecommerce operations. */
export type Ecommerce = EcommerceClient

/** A client of the ConnectedSites operations, as `@egoi-ts/sdk/connected-sites` offers it. */
export const ConnectedSites: typeof ConnectedSitesClient = /* @__PURE__ */ lazyGroupClient("connectedSites")
/** A client of the ConnectedSites operations. */
export type ConnectedSites = ConnectedSitesClient

/** A client of the TrackEngage operations, as `@egoi-ts/sdk/track-engage` offers it. */
export const TrackEngage: typeof TrackEngageClient = /* @__PURE__ */ lazyGroupClient("trackEngage")
/** A client of the TrackEngage operations. */
export type TrackEngage = TrackEngageClient

/** A client of the Campaigns operations, as `@egoi-ts/sdk/campaigns` offers it. */
export const Campaigns: typeof CampaignsClient = /* @__PURE__ */ lazyGroupClient("campaigns")
/** A client of the Campaigns operations. */
export type Campaigns = CampaignsClient

/** A client of the CampaignGroups operations, as `@egoi-ts/sdk/campaign-groups` offers it. */
export const CampaignGroups: typeof CampaignGroupsClient = /* @__PURE__ */ lazyGroupClient("campaignGroups")
/** A client of the CampaignGroups operations. */
export type CampaignGroups = CampaignGroupsClient

/** A client of the Email operations, as `@egoi-ts/sdk/email` offers it. */
export const Email: typeof EmailClient = /* @__PURE__ */ lazyGroupClient("email")
/** A client of the Email operations. */
export type Email = EmailClient

/** A client of the Sms operations, as `@egoi-ts/sdk/sms` offers it. */
export const Sms: typeof SmsClient = /* @__PURE__ */ lazyGroupClient("sms")
/** A client of the Sms operations. */
export type Sms = SmsClient

/** A client of the SmartSms operations, as `@egoi-ts/sdk/smart-sms` offers it. */
export const SmartSms: typeof SmartSmsClient = /* @__PURE__ */ lazyGroupClient("smartSms")
/** A client of the SmartSms operations. */
export type SmartSms = SmartSmsClient

/** A client of the Voice operations, as `@egoi-ts/sdk/voice` offers it. */
export const Voice: typeof VoiceClient = /* @__PURE__ */ lazyGroupClient("voice")
/** A client of the Voice operations. */
export type Voice = VoiceClient

/** A client of the Push operations, as `@egoi-ts/sdk/push` offers it. */
export const Push: typeof PushClient = /* @__PURE__ */ lazyGroupClient("push")
/** A client of the Push operations. */
export type Push = PushClient

/** A client of the Webpush operations, as `@egoi-ts/sdk/webpush` offers it. */
export const Webpush: typeof WebpushClient = /* @__PURE__ */ lazyGroupClient("webpush")
/** A client of the Webpush operations. */
export type Webpush = WebpushClient

/** A client of the Reports operations, as `@egoi-ts/sdk/reports` offers it. */
export const Reports: typeof ReportsClient = /* @__PURE__ */ lazyGroupClient("reports")
/** A client of the Reports operations. */
export type Reports = ReportsClient

/** A client of the AdvancedReports operations, as `@egoi-ts/sdk/advanced-reports` offers it. */
export const AdvancedReports: typeof AdvancedReportsClient = /* @__PURE__ */ lazyGroupClient("advancedReports")
/** A client of the AdvancedReports operations. */
export type AdvancedReports = AdvancedReportsClient

/** A client of the Automations operations, as `@egoi-ts/sdk/automations` offers it. */
export const Automations: typeof AutomationsClient = /* @__PURE__ */ lazyGroupClient("automations")
/** A client of the Automations operations. */
export type Automations = AutomationsClient
