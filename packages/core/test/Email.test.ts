import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as Campaigns from "../src/Campaigns.js"
import * as Common from "../src/Common.js"
import { callThroughClient, describeSamples, refused } from "./utils/DocumentedSamples.js"
import { describeRequestSamples } from "./utils/RequestSamples.js"

const CREATE = {
  list_id: 1,
  internal_name: "May newsletter",
  content: { type: "html", body: "<p>Hello</p>" },
  sender_id: 1
}
const SEND = { campaign_hash: "abc123", list_id: 1, segments: { type: "none" } }

describeSamples({
  group: "email",
  params: {
    createEmailCampaign: CREATE,
    patchEmailCampaign: { campaign_hash: "abc123", subject: "New subject" },
    actionSendEmail: SEND,
    createEmailRssCampaign: CREATE,
    actionEnableEmailRss: { campaign_hash: "abc123" }
  },
  samples: [
    {
      file: "email/createEmailCampaign.201.json",
      operation: "createEmailCampaign",
      status: 201,
      schema: Campaigns.HashcodeCampaign
    },
    {
      file: "email/patchEmailCampaign.200.json",
      operation: "patchEmailCampaign",
      status: 200,
      schema: Campaigns.HashcodeCampaign
    },
    { file: "email/actionSendEmail.200.json", operation: "actionSendEmail", status: 200, schema: Common.Accepted },
    {
      file: "email/createEmailRssCampaign.201.json",
      operation: "createEmailRssCampaign",
      status: 201,
      schema: Campaigns.HashcodeCampaign
    },
    {
      file: "email/actionEnableEmailRss.200.json",
      operation: "actionEnableEmailRss",
      status: 200,
      schema: Common.Accepted
    }
  ],
  noContent: []
})

describeRequestSamples("email", [
  { operation: "createEmailCampaign", folder: "email", status: 201 },
  { operation: "actionSendEmail", folder: "email", status: 200, path: { campaign_hash: "abc123" } }
])

const paths = (error: { readonly issues: ReadonlyArray<{ readonly path: string }> }) =>
  error.issues.map((issue) => issue.path).sort()

describe("requests", () => {
  it.effect("actionSendEmail posts to the campaign's send action, a schedule in E-goi's notation", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "email",
        "actionSendEmail",
        {
          ...SEND,
          segments: { type: "segment", data: ["3", "tag_2"] },
          schedule_date: new Date("2030-01-02T08:30:00Z")
        },
        { body: { result: "success" } }
      )
      expect(sent[0]!.method).toBe("POST")
      expect(sent[0]!.url.pathname).toBe("/campaigns/email/abc123/actions/send")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({
        list_id: 1,
        segments: { type: "segment", data: ["3", "tag_2"] },
        schedule_date: "2030-01-02 08:30:00"
      })
    })
  )

  it.effect("each content kind is sent as given", () =>
    Effect.gen(function* () {
      for (const content of [
        { type: "template", template_id: 4, snippet: "Hi" },
        { type: "web_page", url: "https://example.com/news", use_page_title: true },
        { type: "file", file: "newsletter.zip" }
      ]) {
        const { sent } = yield* callThroughClient(
          "email",
          "createEmailCampaign",
          { ...CREATE, content },
          { status: 201, body: { campaign_hash: "h" } }
        )
        expect(JSON.parse(sent[0]!.body!).content).toStrictEqual(content)
      }
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses a campaign without content, sender or name, naming each", () =>
    Effect.gen(function* () {
      const error = yield* refused("email", "createEmailCampaign", { list_id: 1 })
      expect(paths(error)).toStrictEqual(["content", "internal_name", "sender_id"])
    })
  )

  it.effect("refuses content of an unknown kind, and html without its body", () =>
    Effect.gen(function* () {
      expect(
        paths(yield* refused("email", "createEmailCampaign", { ...CREATE, content: { type: "markdown", body: "x" } }))
      ).toStrictEqual(["content.type"])
      expect(
        paths(yield* refused("email", "createEmailCampaign", { ...CREATE, content: { type: "html" } }))
      ).toStrictEqual(["content.body"])
      expect(
        paths(yield* refused("email", "createEmailCampaign", { ...CREATE, content: { type: "web_page", url: "x" } }))
      ).toStrictEqual(["content.url"])
    })
  )

  it.effect("refuses sender 0, a reply_to that is not an ID and a header link that is not a boolean", () =>
    Effect.gen(function* () {
      const error = yield* refused("email", "createEmailCampaign", {
        ...CREATE,
        sender_id: 0,
        reply_to: "me@example.com",
        header_footer: { header_links: { unsubscribe: "yes" } }
      })
      expect(paths(error)).toStrictEqual(["header_footer.header_links.unsubscribe", "reply_to", "sender_id"])
    })
  )

  it.effect("refuses a send without segments, a segment send without IDs, and a contact that is not an address", () =>
    Effect.gen(function* () {
      expect(paths(yield* refused("email", "actionSendEmail", { campaign_hash: "abc", list_id: 1 }))).toStrictEqual([
        "segments"
      ])
      expect(
        paths(yield* refused("email", "actionSendEmail", { ...SEND, segments: { type: "segment", data: [] } }))
      ).toStrictEqual(["segments.data"])
      expect(
        paths(yield* refused("email", "actionSendEmail", { ...SEND, segments: { type: "contact", data: "ana" } }))
      ).toStrictEqual(["segments.data"])
    })
  )

  it.effect("refuses hours outside 00:00-23:59, a destination that is not an email field, and notify [0]", () =>
    Effect.gen(function* () {
      const error = yield* refused("email", "actionSendEmail", {
        ...SEND,
        limit_hour: { hour_start: "24:00", hour_end: "9h" },
        destination_field: "cellphone",
        notify: [0]
      })
      expect(paths(error)).toStrictEqual([
        "destination_field",
        "limit_hour.hour_end",
        "limit_hour.hour_start",
        "notify.0"
      ])
      expect(error.issues.find((issue) => issue.path === "limit_hour.hour_start")!.message).toBe(
        'Expected an hour as hh:mm, 00:00 to 23:59, got "24:00"'
      )
    })
  )

  it.effect("refuses a schedule date that is not a date, and unique_contacts_only that is not a boolean", () =>
    Effect.gen(function* () {
      const error = yield* refused("email", "actionSendEmail", {
        ...SEND,
        schedule_date: "tomorrow",
        unique_contacts_only: "yes"
      })
      expect(paths(error)).toStrictEqual(["schedule_date", "unique_contacts_only"])
    })
  )

  it.effect("refuses a patch with an empty subject, and a hash with a slash", () =>
    Effect.gen(function* () {
      expect(paths(yield* refused("email", "patchEmailCampaign", { campaign_hash: "a", subject: "" }))).toStrictEqual([
        "subject"
      ])
      expect(paths(yield* refused("email", "actionEnableEmailRss", { campaign_hash: "a/b" }))).toStrictEqual([
        "campaign_hash"
      ])
    })
  )
})
