/**
 * The definition of the E-goi Marketing API v3: every operation once, as data. The client, the
 * mock server, the CLI and the OpenAPI document are all derived from it.
 *
 * @since 0.1.0
 */
import * as HttpApi from "@effect/platform/HttpApi"
import * as OpenApi from "@effect/platform/OpenApi"
import { AdvancedReportsGroup } from "./AdvancedReports.js"
import { AutomationsGroup } from "./Automations.js"
import { CampaignGroupsGroup } from "./CampaignGroups.js"
import { CampaignsGroup } from "./Campaigns.js"
import { CNamesGroup } from "./CNames.js"
import { ConnectedSitesGroup } from "./ConnectedSites.js"
import { ContactsGroup } from "./Contacts.js"
import { EcommerceGroup } from "./Ecommerce.js"
import { DEFAULT_BASE_URL } from "./EgoiConfig.js"
import { EmailGroup } from "./Email.js"
import { FieldsGroup } from "./Fields.js"
import { ListsGroup } from "./Lists.js"
import { MyAccountGroup } from "./MyAccount.js"
import { OperationsGroup } from "./Operations.js"
import { PingGroup } from "./Ping.js"
import { PushGroup } from "./Push.js"
import { ReportsGroup } from "./Reports.js"
import { SegmentsGroup } from "./Segments.js"
import { SendersGroup } from "./Senders.js"
import { SmartSmsGroup } from "./SmartSms.js"
import { SmsGroup } from "./Sms.js"
import { SuppressionListGroup } from "./SuppressionList.js"
import { TagsGroup } from "./Tags.js"
import { TrackEngageGroup } from "./TrackEngage.js"
import { UsersGroup } from "./Users.js"
import { UtilitiesGroup } from "./Utilities.js"
import { VoiceGroup } from "./Voice.js"
import { WebhooksGroup } from "./Webhooks.js"
import { WebpushGroup } from "./Webpush.js"

/**
 * The API definition.
 *
 * @since 0.1.0
 * @category api
 */
export const EgoiApi = HttpApi.make("egoi")
  .annotate(OpenApi.Title, "E-goi Marketing API")
  .annotate(OpenApi.Version, "v3")
  .annotate(OpenApi.Servers, [{ url: DEFAULT_BASE_URL, description: "E-goi" }])
  .add(ListsGroup)
  .add(ContactsGroup)
  .add(OperationsGroup)
  .add(TagsGroup)
  .add(FieldsGroup)
  .add(SegmentsGroup)
  .add(SuppressionListGroup)
  .add(WebhooksGroup)
  .add(MyAccountGroup)
  .add(PingGroup)
  .add(SendersGroup)
  .add(UsersGroup)
  .add(UtilitiesGroup)
  .add(CNamesGroup)
  .add(EcommerceGroup)
  .add(ConnectedSitesGroup)
  .add(TrackEngageGroup)
  .add(CampaignsGroup)
  .add(CampaignGroupsGroup)
  .add(EmailGroup)
  .add(SmsGroup)
  .add(SmartSmsGroup)
  .add(VoiceGroup)
  .add(PushGroup)
  .add(WebpushGroup)
  .add(ReportsGroup)
  .add(AdvancedReportsGroup)
  .add(AutomationsGroup)

/**
 * @since 0.1.0
 * @category api
 */
export type EgoiApi = typeof EgoiApi

/**
 * The OpenAPI 3.1 document of the definition, derived from it as it is: E-goi's operation IDs, the
 * `Apikey` scheme on every operation that needs it, E-goi's server.
 *
 * @since 0.1.0
 * @category api
 */
export const openApi = (): OpenApi.OpenAPISpec => OpenApi.fromApi(EgoiApi)
