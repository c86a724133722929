/**
 * Email campaigns in the mock: drafts for an existing list from an email sender, sent only from an
 * approved sender, to the contacts who can receive email; their states, activities, webhooks and
 * RSS campaigns.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { PEOPLE, seedAudience, withActivity } from "./utils/audience.js"
import { clientAndMock, mockClient, NOW, raw, seed } from "./utils/client.js"
import { scopedReceiver } from "./utils/receiver.js"

const HTML = '<p>News</p><a href="https://example.com/sale">Sale</a> <a href="https://example.com/blog">Blog</a>'

const DRAFT = {
  list_id: 1,
  internal_name: "May newsletter",
  subject: "Our May news",
  content: { type: "html" as const, body: HTML },
  sender_id: 1
}

const ALL = { list_id: 1, segments: { type: "none" as const } }

describe("email campaigns", () => {
  it.effect("a draft is listed with its subject as title, and sending reaches active, reachable contacts", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.email.createEmailCampaign(DRAFT)
      expect(campaign_hash).toMatch(/^[a-z0-9]{12}$/)
      const [draft] = (yield* egoi.campaigns.getAllCampaigns({ channel: "email" })).items
      expect(draft).toMatchObject({
        campaign_hash,
        status: "draft",
        title: "Our May news",
        list_id: 1,
        channel: "email"
      })

      expect(yield* egoi.email.actionSendEmail({ campaign_hash, ...ALL })).toEqual({ result: "success" })
      const [sent] = (yield* egoi.campaigns.getAllCampaigns({ campaign_hash })).items
      expect(sent).toMatchObject({ status: "sent", processed_messages: 2 })
      // Carla is inactive, Dora unsubscribed, Eva suppressed, Filipe has no email, Gil's email is disabled.
      expect(yield* withActivity(egoi, "email_send", campaign_hash)).toEqual([PEOPLE.ana, PEOPLE.bruno].sort())
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect(
    "refuses a draft for a list that does not exist (404) or from a sender that is not an email sender (422)",
    () =>
      Effect.gen(function* () {
        const { egoi } = yield* clientAndMock
        yield* seedAudience
        expect(yield* Effect.flip(egoi.email.createEmailCampaign({ ...DRAFT, list_id: 9 }))).toBeInstanceOf(
          EgoiError.NotFound
        )
        const error = yield* Effect.flip(egoi.email.createEmailCampaign({ ...DRAFT, sender_id: 7 }))
        expect(error).toBeInstanceOf(EgoiError.UnprocessableEntity)
        expect(error).toMatchObject({ errors: { sender_id: ["The account has no email sender 7"] } })
        expect((yield* egoi.campaigns.getAllCampaigns()).items).toEqual([])
      }).pipe(Effect.provide(mockClient()))
  )

  it.effect("sends only from an approved sender: a sender in moderation is refused until approved", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.email.createEmailCampaign({ ...DRAFT, sender_id: 2 })
      const error = yield* Effect.flip(egoi.email.actionSendEmail({ campaign_hash, ...ALL }))
      expect(error).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect(error).toMatchObject({
        errors: { sender_id: ["The email sender 2 is in moderation: only approved senders can send"] }
      })
      mock.approveSender("email", 2)
      yield* egoi.email.actionSendEmail({ campaign_hash, ...ALL })
      expect((yield* egoi.campaigns.getAllCampaigns({ campaign_hash })).items[0]!.status).toBe("sent")
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("approves a sender over the mock's own HTTP route, without a key; an unknown one is 404", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* seedAudience
      const response = yield* Effect.promise(() =>
        mock.fetch("http://127.0.0.1/__mock/senders/email/2/approve", { method: "POST" })
      )
      expect(response.status).toBe(200)
      expect(yield* Effect.promise(() => response.json())).toEqual({
        sender_id: 2,
        name: "Pending",
        email: "pending@example.com",
        status: "active"
      })
      expect((yield* egoi.senders.getAllEmailSenders({ status: "moderation" })).items).toEqual([])
      const missing = yield* Effect.promise(() =>
        mock.fetch("http://127.0.0.1/__mock/senders/phone/9/approve", { method: "POST" })
      )
      expect(missing.status).toBe(404)
      expect(() => mock.approveSender("cellphone", 9)).toThrow("There is no cellphone sender 9 to approve")
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses sending twice (409), an unknown campaign (422) and another list (422)", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.email.createEmailCampaign(DRAFT)
      expect(yield* Effect.flip(egoi.email.actionSendEmail({ campaign_hash, ...ALL, list_id: 2 }))).toMatchObject({
        status: 422,
        errors: { list_id: [`Campaign ${campaign_hash} belongs to list 1`] }
      })
      yield* egoi.email.actionSendEmail({ campaign_hash, ...ALL })
      const again = yield* Effect.flip(egoi.email.actionSendEmail({ campaign_hash, ...ALL }))
      expect(again).toBeInstanceOf(EgoiError.Conflict)
      const unknown = yield* Effect.flip(egoi.email.actionSendEmail({ campaign_hash: "nope", ...ALL }))
      expect(unknown).toMatchObject({ status: 422, errors: { campaign_hash: ["Campaign nope does not exist"] } })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("sends to a tag segment, to one contact by address, and refuses a segment the list lacks", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const first = yield* egoi.email.createEmailCampaign(DRAFT)
      yield* egoi.email.actionSendEmail({ ...first, list_id: 1, segments: { type: "segment", data: ["tag_1"] } })
      // Ana and Eva carry the tag; Eva's address is suppressed.
      expect(yield* withActivity(egoi, "email_send", first.campaign_hash)).toEqual([PEOPLE.ana])

      const second = yield* egoi.email.createEmailCampaign(DRAFT)
      yield* egoi.email.actionSendEmail({
        ...second,
        list_id: 1,
        segments: { type: "contact", data: "BRUNO@example.org" }
      })
      expect(yield* withActivity(egoi, "email_send", second.campaign_hash)).toEqual([PEOPLE.bruno])

      const third = yield* egoi.email.createEmailCampaign(DRAFT)
      const error = yield* Effect.flip(
        egoi.email.actionSendEmail({ ...third, list_id: 1, segments: { type: "segment", data: ["42"] } })
      )
      expect(error).toMatchObject({ status: 422, errors: { segments: ["Segment 42 does not exist in list 1"] } })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("sends to an extra email field, each address once with unique_contacts_only", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seed({
        lists: [{ internal_name: "Shop" }],
        extraFields: [
          { list_id: 1, name: "Work email", format: "email" },
          { list_id: 1, name: "City", format: "text" }
        ],
        emailSenders: [{ name: "Shop", email: "shop@example.com", status: "active" }],
        contacts: [
          { list_id: 1, contact_id: "b000000001", extra: [{ field_id: 1, value: "team@example.com" }] },
          { list_id: 1, contact_id: "b000000002", extra: [{ field_id: 1, value: "team@example.com" }] },
          { list_id: 1, contact_id: "b000000003", base: { email: "only-personal@example.com" } }
        ]
      })
      const { campaign_hash } = yield* egoi.email.createEmailCampaign(DRAFT)
      const text = yield* Effect.flip(egoi.email.actionSendEmail({ campaign_hash, ...ALL, destination_field: "2" }))
      expect(text).toMatchObject({
        errors: { destination_field: ["Field 2 of list 1 is of format text, not email"] }
      })
      yield* egoi.email.actionSendEmail({ campaign_hash, ...ALL, destination_field: "1", unique_contacts_only: true })
      const report = yield* egoi.reports.getEmailReport({ campaign_hash })
      expect(report.overall?.sends).toBe(1)
      expect(report.domain).toEqual([expect.objectContaining({ domain: "example.com", sends: 1 })])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("a scheduled send is queued until the mock's clock reaches its date", () => {
    let now = NOW
    return Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.email.createEmailCampaign(DRAFT)
      yield* egoi.email.actionSendEmail({ campaign_hash, ...ALL, schedule_date: "2024-05-02 09:00:00" })
      const [queued] = (yield* egoi.campaigns.getAllCampaigns({ status: "queued" })).items
      expect(queued).toMatchObject({ campaign_hash, schedule_date: { enabled: true, date: "2024-05-02 09:00:00" } })
      expect(yield* withActivity(egoi, "email_send", campaign_hash)).toEqual([])
      now = Date.UTC(2024, 4, 2, 9, 0, 0)
      const [sent] = (yield* egoi.campaigns.getAllCampaigns({ campaign_hash })).items
      expect(sent).toMatchObject({ status: "sent", end_date: "2024-05-02 09:00:00" })
      expect(yield* withActivity(egoi, "email_send", campaign_hash)).toHaveLength(2)
    }).pipe(Effect.provide(mockClient({ now: () => now })))
  })

  it.effect("with manual operations a send stays sending until runOperations", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.email.createEmailCampaign(DRAFT)
      yield* egoi.email.actionSendEmail({ campaign_hash, ...ALL })
      expect((yield* egoi.campaigns.getAllCampaigns({ status: "sending" })).items).toHaveLength(1)
      expect((yield* egoi.reports.getEmailReport({ campaign_hash })).overall?.sends).toBe(0)
      yield* Effect.promise(() => mock.runOperations())
      expect((yield* egoi.campaigns.getAllCampaigns({ campaign_hash })).items[0]!.status).toBe("sent")
      expect((yield* egoi.reports.getEmailReport({ campaign_hash })).overall?.sends).toBe(2)
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.effect("changes a draft; a sent campaign cannot change (422), an unknown one is 404", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const { campaign_hash } = yield* egoi.email.createEmailCampaign(DRAFT)
      expect(yield* egoi.email.patchEmailCampaign({ campaign_hash, subject: "June news" })).toEqual({ campaign_hash })
      expect((yield* egoi.campaigns.getAllCampaigns()).items[0]!.title).toBe("June news")
      expect(yield* Effect.flip(egoi.email.patchEmailCampaign({ campaign_hash, sender_id: 9 }))).toMatchObject({
        status: 422,
        errors: { sender_id: ["The account has no email sender 9"] }
      })
      yield* egoi.email.actionSendEmail({ campaign_hash, ...ALL })
      expect(yield* Effect.flip(egoi.email.patchEmailCampaign({ campaign_hash, subject: "x" }))).toBeInstanceOf(
        EgoiError.UnprocessableEntity
      )
      expect(yield* Effect.flip(egoi.email.patchEmailCampaign({ campaign_hash: "nope", subject: "x" }))).toBeInstanceOf(
        EgoiError.NotFound
      )
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("an RSS campaign is enabled, not sent; enabling anything else is refused (422)", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seedAudience
      const rss = yield* egoi.email.createEmailRssCampaign(DRAFT)
      expect(yield* Effect.flip(egoi.email.actionSendEmail({ ...rss, ...ALL }))).toBeInstanceOf(EgoiError.Conflict)
      expect(yield* egoi.email.actionEnableEmailRss(rss)).toEqual({ result: "success" })
      expect((yield* egoi.campaigns.getAllCampaigns({ campaign_hash: rss.campaign_hash })).items[0]!.status).toBe(
        "sending"
      )
      const plain = yield* egoi.email.createEmailCampaign(DRAFT)
      expect(yield* Effect.flip(egoi.email.actionEnableEmailRss(plain))).toMatchObject({
        status: 422,
        errors: { campaign_hash: [`Campaign ${plain.campaign_hash} is not an RSS campaign`] }
      })
      expect(yield* Effect.flip(egoi.email.createEmailRssCampaign({ ...DRAFT, list_id: 5 }))).toBeInstanceOf(
        EgoiError.NotFound
      )
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers E-goi's 422 body for a send without segments, sent raw", () =>
    Effect.gen(function* () {
      yield* seedAudience
      const answer = yield* raw("POST", "/campaigns/email/abc/actions/send", { list_id: 1 })
      expect(answer.status).toBe(422)
      expect(Object.keys(answer.body.errors)).toEqual(["segments"])
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("webhooks", () => {
  const receiver = scopedReceiver()

  it.scoped("a send calls the list's webhooks listening for email_send, naming the campaign", () =>
    Effect.gen(function* () {
      const { url, received, arrived } = yield* receiver
      const { egoi, mock } = yield* clientAndMock
      yield* seedAudience
      yield* egoi.webhooks.createWebhook({
        list_id: 1,
        url: `${url}/sends`,
        actions: ["email_send"],
        fields: ["email"]
      })
      const { campaign_hash } = yield* egoi.email.createEmailCampaign(DRAFT)
      yield* egoi.email.actionSendEmail({ campaign_hash, ...ALL })
      yield* Effect.promise(() => mock.flushWebhooks())
      yield* Effect.promise(() => arrived(2))
      expect(received.map((delivery) => delivery.body.contact.email).sort()).toEqual([
        "ana@example.com",
        "bruno@example.org"
      ])
      expect(received[0]!.body).toMatchObject({ list_id: 1, action: "email_send", campaign_hash })
    }).pipe(Effect.provide(mockClient()))
  )
})
