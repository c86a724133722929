/**
 * Each group's operations by name, the paged ones apart, and the import of the core module that
 * defines the group: a client offers a group's methods before its definition is loaded.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @internal
 */
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"

/** What a client knows of a group before loading it. */
export interface CatalogGroup {
  readonly operations: ReadonlyArray<string>
  readonly paged: ReadonlyArray<string>
  readonly load: () => Promise<HttpApiGroup.HttpApiGroup.Any>
}

/** Every group, by identifier, in the definition's order. */
export const CATALOG: Readonly<Record<string, CatalogGroup>> = {
  lists: {
    operations: ["getAllLists", "createList", "getList", "updateList", "deleteList"],
    paged: ["getAllLists"],
    load: () => import("@egoi-ts/core/Lists").then((module) => module.ListsGroup)
  },
  contacts: {
    operations: [
      "getAllContacts",
      "createContact",
      "getContact",
      "patchContact",
      "updateContactByField",
      "searchContacts",
      "getAllContactActivities",
      "getAllContactsBySegment",
      "actionImportBulk",
      "actionExportContacts",
      "actionForgetContacts",
      "actionAttachTag",
      "actionDetachTag",
      "actionActivateContacts",
      "actionDeactivateContacts",
      "actionUnsubscribeContact",
      "actionStartAutomation",
      "actionUpdateContacts"
    ],
    paged: ["getAllContacts", "getAllContactActivities", "getAllContactsBySegment"],
    load: () => import("@egoi-ts/core/Contacts").then((module) => module.ContactsGroup)
  },
  operations: {
    operations: [
      "getAllOperations",
      "actionApproveOperation",
      "actionCancelOperation",
      "actionPauseOperation",
      "actionResumeOperation"
    ],
    paged: ["getAllOperations"],
    load: () => import("@egoi-ts/core/Operations").then((module) => module.OperationsGroup)
  },
  tags: {
    operations: ["getAllTags", "createTag", "updateTag", "deleteTag"],
    paged: ["getAllTags"],
    load: () => import("@egoi-ts/core/Tags").then((module) => module.TagsGroup)
  },
  fields: {
    operations: [
      "getAllFields",
      "createExtraField",
      "patchExtraField",
      "deleteExtraField",
      "patchBaseField",
      "getAllFieldOptions",
      "createFieldOption",
      "updateFieldOption",
      "deleteFieldOption"
    ],
    paged: ["getAllFields"],
    load: () => import("@egoi-ts/core/Fields").then((module) => module.FieldsGroup)
  },
  segments: {
    operations: ["getAllSegments", "deleteSegment"],
    paged: ["getAllSegments"],
    load: () => import("@egoi-ts/core/Segments").then((module) => module.SegmentsGroup)
  },
  suppressionList: {
    operations: ["getAllSuppressionList", "createSuppressionList", "deleteSuppressionList"],
    paged: ["getAllSuppressionList"],
    load: () => import("@egoi-ts/core/SuppressionList").then((module) => module.SuppressionListGroup)
  },
  webhooks: {
    operations: ["getAllWebhooks", "createWebhook", "deleteWebhook"],
    paged: ["getAllWebhooks"],
    load: () => import("@egoi-ts/core/Webhooks").then((module) => module.WebhooksGroup)
  },
  myAccount: {
    operations: ["getMyAccount", "enableTe", "enableTransactional"],
    paged: [],
    load: () => import("@egoi-ts/core/MyAccount").then((module) => module.MyAccountGroup)
  },
  ping: {
    operations: ["ping"],
    paged: [],
    load: () => import("@egoi-ts/core/Ping").then((module) => module.PingGroup)
  },
  senders: {
    operations: [
      "getAllCellphoneSenders",
      "createCellphoneSender",
      "deleteCellphoneSender",
      "getAllEmailSenders",
      "createEmailSender",
      "putEmailSender",
      "deleteEmailSender",
      "getAllPhoneSenders",
      "createPhoneSender",
      "deletePhoneSender"
    ],
    paged: ["getAllCellphoneSenders", "getAllEmailSenders", "getAllPhoneSenders"],
    load: () => import("@egoi-ts/core/Senders").then((module) => module.SendersGroup)
  },
  users: {
    operations: ["getAllUsers", "deleteUser"],
    paged: ["getAllUsers"],
    load: () => import("@egoi-ts/core/Users").then((module) => module.UsersGroup)
  },
  utilities: {
    operations: ["getAllCountries"],
    paged: [],
    load: () => import("@egoi-ts/core/Utilities").then((module) => module.UtilitiesGroup)
  },
  cnames: {
    operations: ["getAllCNames", "createCName"],
    paged: [],
    load: () => import("@egoi-ts/core/CNames").then((module) => module.CNamesGroup)
  },
  ecommerce: {
    operations: [
      "getAllCatalogs",
      "createCatalog",
      "deleteCatalog",
      "getAllProducts",
      "createProduct",
      "getProduct",
      "updateProduct",
      "deleteProduct",
      "ImportProducts",
      "createCart",
      "CreateOrder",
      "ImportOrdersBulk"
    ],
    paged: ["getAllProducts"],
    load: () => import("@egoi-ts/core/Ecommerce").then((module) => module.EcommerceGroup)
  },
  connectedSites: {
    operations: ["getAllConnectedSites", "createConnectedSites", "getConnectedSites", "deleteConnectedSites"],
    paged: [],
    load: () => import("@egoi-ts/core/ConnectedSites").then((module) => module.ConnectedSitesGroup)
  },
  trackEngage: {
    operations: ["getAllDomains", "getAllGoals"],
    paged: [],
    load: () => import("@egoi-ts/core/TrackEngage").then((module) => module.TrackEngageGroup)
  },
  campaigns: {
    operations: ["getAllCampaigns", "deleteCampaigns"],
    paged: ["getAllCampaigns"],
    load: () => import("@egoi-ts/core/Campaigns").then((module) => module.CampaignsGroup)
  },
  campaignGroups: {
    operations: ["getAllCampaignGroups", "createCampaignGroup", "updateCampaignGroup", "deleteCampaignGroup"],
    paged: ["getAllCampaignGroups"],
    load: () => import("@egoi-ts/core/CampaignGroups").then((module) => module.CampaignGroupsGroup)
  },
  email: {
    operations: [
      "createEmailCampaign",
      "patchEmailCampaign",
      "actionSendEmail",
      "createEmailRssCampaign",
      "actionEnableEmailRss"
    ],
    paged: [],
    load: () => import("@egoi-ts/core/Email").then((module) => module.EmailGroup)
  },
  sms: {
    operations: ["createSmsCampaign", "patchSmsCampaign", "actionSendSms"],
    paged: [],
    load: () => import("@egoi-ts/core/Sms").then((module) => module.SmsGroup)
  },
  smartSms: {
    operations: ["createSmartSmsCampaign", "patchSmartSmsCampaign", "actionSendSmartSms"],
    paged: [],
    load: () => import("@egoi-ts/core/SmartSms").then((module) => module.SmartSmsGroup)
  },
  voice: {
    operations: ["createVoiceCampaign", "patchVoiceCampaign", "actionSendVoice"],
    paged: [],
    load: () => import("@egoi-ts/core/Voice").then((module) => module.VoiceGroup)
  },
  push: {
    operations: [
      "getPushApps",
      "getPushApp",
      "registerPushToken",
      "registerPushEvent",
      "createPushCampaign",
      "patchPushCampaign",
      "actionSendPush"
    ],
    paged: [],
    load: () => import("@egoi-ts/core/Push").then((module) => module.PushGroup)
  },
  webpush: {
    operations: [
      "getAllWebPushSites",
      "createWebpushSite",
      "createWebPushCampaign",
      "patchWebPushCampaign",
      "actionSendWebPush",
      "createWebPushRssCampaign",
      "actionEnableWebPushRss"
    ],
    paged: ["getAllWebPushSites"],
    load: () => import("@egoi-ts/core/Webpush").then((module) => module.WebpushGroup)
  },
  reports: {
    operations: ["getEmailReport", "getSMSReport", "getVoiceReport", "getPushReport", "getWebPushReport"],
    paged: [],
    load: () => import("@egoi-ts/core/Reports").then((module) => module.ReportsGroup)
  },
  advancedReports: {
    operations: [
      "getAllAdvancedReports",
      "getAllAdvancedReportsModels",
      "generateByModelReport",
      "generateContactActivityReport",
      "generateEmailBouncesReport",
      "generateEmailClicksByContactReport",
      "generateEmailClicksByUrlReport",
      "generateEmailEventsReport",
      "generateEmailUnsubscriptionsReport",
      "generateFormAnswersReport",
      "generateSendsReport",
      "generateSmsBouncesReport",
      "generateSmsEventsReport",
      "generateSubscriptionsReport",
      "generateUnsubscriptionsReport"
    ],
    paged: ["getAllAdvancedReports", "getAllAdvancedReportsModels"],
    load: () => import("@egoi-ts/core/AdvancedReports").then((module) => module.AdvancedReportsGroup)
  },
  automations: {
    operations: ["getAllAutomations", "deleteAutomation", "getAllActions"],
    paged: ["getAllAutomations", "getAllActions"],
    load: () => import("@egoi-ts/core/Automations").then((module) => module.AutomationsGroup)
  }
}
