/**
 * @since 0.1.0
 */

/**
 * Generating an advanced report, waiting for it by polling or its callback, and streaming its file.
 *
 * @since 0.1.0
 */
export * as AdvancedReportFile from "./AdvancedReportFile.js"

/**
 * Advanced reports: files of sends, events, bounces, clicks, subscriptions and contact activity,
 * built in the background and downloaded when finished.
 *
 * @since 0.1.0
 */
export * as AdvancedReports from "./AdvancedReports.js"

/**
 * How E-goi authenticates a call: the `Apikey` security middleware of the definition.
 *
 * @since 0.1.0
 */
export * as Authentication from "./Authentication.js"
/**
 * Automations: listed and removed, with their actions.
 *
 * @since 0.1.0
 */
export * as Automations from "./Automations.js"
/**
 * Waiting for background work (imports, exports, reports): by its callback or by polling, whichever first.
 *
 * @since 0.1.0
 */
export * as Background from "./Background.js"

/**
 * Bulk work: any number of records, split into requests E-goi accepts, every record accounted for.
 *
 * @since 0.1.0
 */
export * as Bulk from "./Bulk.js"

/**
 * Campaign groups: the folders campaigns are kept in.
 *
 * @since 0.1.0
 */
export * as CampaignGroups from "./CampaignGroups.js"

/**
 * Campaigns of every channel, and the send segments, hour windows and schedules their sends share.
 *
 * @since 0.1.0
 */
export * as Campaigns from "./Campaigns.js"

/**
 * CNames.
 *
 * @since 0.1.0
 */
export * as CNames from "./CNames.js"

/**
 * Shared schemas: identifiers, pagination parameters, E-goi dates, open enums.
 *
 * @since 0.1.0
 */
export * as Common from "./Common.js"

/**
 * Connected Sites: the account's domains and their lists.
 *
 * @since 0.1.0
 */
export * as ConnectedSites from "./ConnectedSites.js"

/**
 * Contacts.
 *
 * @since 0.1.0
 */
export * as Contacts from "./Contacts.js"

/**
 * E-commerce: catalogs, products, carts and orders.
 *
 * @since 0.1.0
 */
export * as Ecommerce from "./Ecommerce.js"

/**
 * The API definition and its OpenAPI document.
 *
 * @since 0.1.0
 */
export * as EgoiApi from "./EgoiApi.js"

/**
 * The client service.
 *
 * @since 0.1.0
 */
export * as EgoiClient from "./EgoiClient.js"

/**
 * Client configuration.
 *
 * @since 0.1.0
 */
export * as EgoiConfig from "./EgoiConfig.js"
/**
 * The error model.
 *
 * @since 0.1.0
 */
export * as EgoiError from "./EgoiError.js"
/**
 * What every client of one account shares: configuration, rate limits, the call policy.
 *
 * @since 0.1.0
 */
export * as EgoiTransport from "./EgoiTransport.js"

/**
 * Email campaigns, RSS email campaigns and their sends.
 *
 * @since 0.1.0
 */
export * as Email from "./Email.js"

/**
 * A list's extra fields by name: names to IDs and option labels to option IDs, and back, cached per list.
 *
 * @since 0.1.0
 */
export * as ExtraFields from "./ExtraFields.js"

/**
 * Fields.
 *
 * @since 0.1.0
 */
export * as Fields from "./Fields.js"

/**
 * A client for one group of the definition.
 *
 * @since 0.1.0
 */
export * as GroupClient from "./GroupClient.js"

/**
 * Lists.
 *
 * @since 0.1.0
 */
export * as Lists from "./Lists.js"

/**
 * My Account.
 *
 * @since 0.1.0
 */
export * as MyAccount from "./MyAccount.js"

/**
 * Operations.
 *
 * @since 0.1.0
 */
export * as Operations from "./Operations.js"

/**
 * Pagination streams.
 *
 * @since 0.1.0
 */
export * as Pagination from "./Pagination.js"
/**
 * How operations page, and how to read their pages.
 *
 * @since 0.1.0
 */
export * as Paging from "./Paging.js"
/**
 * The flat parameters of an operation, read from its definition.
 *
 * @since 0.1.0
 */
export * as Parameters from "./Parameters.js"

/**
 * Ping.
 *
 * @since 0.1.0
 */
export * as Ping from "./Ping.js"

/**
 * Push apps, their tokens and events, and push campaigns.
 *
 * @since 0.1.0
 */
export * as Push from "./Push.js"

/**
 * Campaign reports of every channel, consistent with what was sent.
 *
 * @since 0.1.0
 */
export * as Reports from "./Reports.js"

/**
 * Segments.
 *
 * @since 0.1.0
 */
export * as Segments from "./Segments.js"

/**
 * Senders.
 *
 * @since 0.1.0
 */
export * as Senders from "./Senders.js"

/**
 * Smart SMS campaigns: SMS that link to a page, and their sends.
 *
 * @since 0.1.0
 */
export * as SmartSms from "./SmartSms.js"

/**
 * SMS campaigns and their sends.
 *
 * @since 0.1.0
 */
export * as Sms from "./Sms.js"

/**
 * Suppression List.
 *
 * @since 0.1.0
 */
export * as SuppressionList from "./SuppressionList.js"

/**
 * Bulk sync of a list from a source of truth: the difference (new, changed, missing) and applying it.
 *
 * @since 0.1.0
 */
export * as Sync from "./Sync.js"

/**
 * Tags.
 *
 * @since 0.1.0
 */
export * as Tags from "./Tags.js"

/**
 * Track&Engage: tracked domains and their goals.
 *
 * @since 0.1.0
 */
export * as TrackEngage from "./TrackEngage.js"

/**
 * Upsert a contact: find by a unique field, create or update, attach tags, and say which.
 *
 * @since 0.1.0
 */
export * as Upsert from "./Upsert.js"

/**
 * Users.
 *
 * @since 0.1.0
 */
export * as Users from "./Users.js"

/**
 * Utilities.
 *
 * @since 0.1.0
 */
export * as Utilities from "./Utilities.js"

/**
 * Voice campaigns and their sends.
 *
 * @since 0.1.0
 */
export * as Voice from "./Voice.js"

/**
 * Webhook posts, received: the typed payloads, the secret token check, duplicates recognized.
 *
 * @since 0.1.0
 */
export * as WebhookEvent from "./WebhookEvent.js"

/**
 * Web Hooks.
 *
 * @since 0.1.0
 */
export * as Webhooks from "./Webhooks.js"

/**
 * Web push sites and web push campaigns.
 *
 * @since 0.1.0
 */
export * as Webpush from "./Webpush.js"
