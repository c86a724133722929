/**
 * Every group's client class, so the main entry point offers them too (`import { Lists } from "@egoi-ts/sdk"`).
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */

export { AdvancedReports } from "./groups/advanced-reports.js"
export { Automations } from "./groups/automations.js"
export { CampaignGroups } from "./groups/campaign-groups.js"
export { Campaigns } from "./groups/campaigns.js"
export { CNames } from "./groups/cnames.js"
export { ConnectedSites } from "./groups/connected-sites.js"
export { Contacts } from "./groups/contacts.js"
export { Ecommerce } from "./groups/ecommerce.js"
export { Email } from "./groups/email.js"
export { Fields } from "./groups/fields.js"
export { Lists } from "./groups/lists.js"
export { MyAccount } from "./groups/my-account.js"
export { Operations } from "./groups/operations.js"
export { Ping } from "./groups/ping.js"
export { Push } from "./groups/push.js"
export { Reports } from "./groups/reports.js"
export { Segments } from "./groups/segments.js"
export { Senders } from "./groups/senders.js"
export { SmartSms } from "./groups/smart-sms.js"
export { Sms } from "./groups/sms.js"
export { SuppressionList } from "./groups/suppression-list.js"
export { Tags } from "./groups/tags.js"
export { TrackEngage } from "./groups/track-engage.js"
export { Users } from "./groups/users.js"
export { Utilities } from "./groups/utilities.js"
export { Voice } from "./groups/voice.js"
export { Webhooks } from "./groups/webhooks.js"
export { Webpush } from "./groups/webpush.js"
