/**
 * Reports in the mock: counted from what each send delivered, so they agree with the contacts'
 * activities; the same seed gives the same outcomes; breakdowns honour their flags.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { clientAndMock, mockClient, seed } from "./utils/client.js"

const LINKS = ["https://example.com/a", "https://example.com/b"]

/** A list of `count` active contacts with emails at two domains, and an approved email sender. */
const audience = (count: number) =>
  seed({
    lists: [{ internal_name: "Readers" }],
    emailSenders: [{ name: "News", email: "news@example.com", status: "active" }],
    contacts: Array.from({ length: count }, (_, i) => ({
      list_id: 1,
      base: { email: `reader${i}@${i % 2 === 0 ? "example.com" : "example.org"}` }
    }))
  })

const sendNewsletter = Effect.gen(function* () {
  const { egoi } = yield* clientAndMock
  const { campaign_hash } = yield* egoi.email.createEmailCampaign({
    list_id: 1,
    internal_name: "News",
    content: { type: "html", body: LINKS.map((url) => `<a href="${url}">link</a>`).join("") },
    sender_id: 1
  })
  yield* egoi.email.actionSendEmail({ campaign_hash, list_id: 1, segments: { type: "none" } })
  return campaign_hash
})

/** Every activity of list 1 for a campaign, counted by action. */
const activityCounts = (campaignHash: string) =>
  Effect.gen(function* () {
    const { egoi } = yield* clientAndMock
    const counts: Record<string, number> = {}
    const { items } = yield* egoi.contacts.getAllContacts({ list_id: 1, limit: 1000 })
    for (const contact of items) {
      const trail = yield* egoi.contacts.getAllContactActivities({
        list_id: 1,
        contact_id: contact.base.contact_id,
        limit: 1000
      })
      for (const activity of trail.items) {
        if (activity.action_data?.campaign_hash === campaignHash) {
          counts[activity.action_name] = (counts[activity.action_name] ?? 0) + 1
        }
      }
    }
    return counts
  })

describe("email report", () => {
  it.effect("counts exactly the activities the send recorded, breakdowns adding up to the overall counts", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* audience(300)
      const campaign_hash = yield* sendNewsletter
      const report = yield* egoi.reports.getEmailReport({ campaign_hash })
      const overall = report.overall!
      const counts = yield* activityCounts(campaign_hash)
      expect(overall.sends).toBe(300)
      expect(counts.email_send).toBe(300)
      expect(overall.opens).toBe(counts.email_open ?? 0)
      expect(overall.clicks).toBe(counts.email_click ?? 0)
      expect(overall.hard_bounces).toBe(counts.email_hard_bounce ?? 0)
      expect(overall.soft_bounces).toBe(counts.email_soft_bounce ?? 0)
      expect(overall.complaints).toBe(counts.email_spam_complaint ?? 0)
      expect(overall.unsubscriptions).toBe(counts.unsubscribe ?? 0)
      // The model's rates, over 300 recipients, leave some of each outcome.
      expect(overall.opens).toBeGreaterThan(0)
      expect(overall.clicks).toBeGreaterThan(0)
      expect(overall.unique_opens).toBeLessThanOrEqual(overall.opens!)

      const sum = (rows: ReadonlyArray<Record<string, unknown>> | undefined, key: string) =>
        (rows ?? []).reduce((total, row) => total + Number(row[key] ?? 0), 0)
      expect(report.domain!.map((row) => row.domain)).toEqual(["example.com", "example.org"])
      expect(sum(report.domain, "sends")).toBe(300)
      expect(sum(report.url, "clicks")).toBe(overall.clicks)
      expect(report.url!.every((row) => LINKS.includes(row.url))).toBe(true)
      expect(sum(report.reader, "opens")).toBe(overall.opens)
      expect(sum(report.location, "opens")).toBe(overall.opens)
      expect(report.date).toEqual([expect.objectContaining({ date: "01-05-2024", sends: 300 })])
      expect(report.weekday).toEqual([expect.objectContaining({ weekday: "3" })])
      expect(report.hour).toEqual([expect.objectContaining({ hour: "10" })])
      // Unsubscribing through the email removes the contact from the list.
      const removed = yield* egoi.contacts.getAllContacts({ list_id: 1, limit: 1000 })
      expect(removed.items.filter((contact) => contact.base.status === "removed")).toHaveLength(
        overall.unsubscriptions!
      )
    }).pipe(Effect.provide(mockClient({ seed: 7 })))
  )

  it.effect("leaves out the breakdowns whose flags are false", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* audience(5)
      const campaign_hash = yield* sendNewsletter
      const report = yield* egoi.reports.getEmailReport({
        campaign_hash,
        date: false,
        weekday: false,
        hour: false,
        location: false,
        domain: false,
        url: false,
        reader: false
      })
      expect(Object.keys(report).sort()).toEqual(["campaign_hash", "overall"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 404 for an unknown campaign, or one of another channel", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* audience(1)
      const campaign_hash = yield* sendNewsletter
      expect(yield* Effect.flip(egoi.reports.getEmailReport({ campaign_hash: "nope" }))).toBeInstanceOf(
        EgoiError.NotFound
      )
      const otherChannels: ReadonlyArray<Effect.Effect<unknown, unknown>> = [
        egoi.reports.getSMSReport({ campaign_hash }),
        egoi.reports.getVoiceReport({ campaign_hash }),
        egoi.reports.getPushReport({ campaign_hash }),
        egoi.reports.getWebPushReport({ campaign_hash })
      ]
      for (const report of otherChannels) {
        expect(yield* Effect.flip(report)).toBeInstanceOf(EgoiError.NotFound)
      }
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("determinism", () => {
  const outcome = (seedValue: number) =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* audience(100)
      const campaign_hash = yield* sendNewsletter
      return yield* egoi.reports.getEmailReport({ campaign_hash })
    }).pipe(Effect.provide(mockClient({ seed: seedValue })))

  it.effect("the same seed gives the same report; another seed, another one", () =>
    Effect.gen(function* () {
      const first = yield* outcome(1)
      const again = yield* outcome(1)
      const other = yield* outcome(2)
      expect(again.overall).toEqual(first.overall)
      expect(other.overall).not.toEqual(first.overall)
    })
  )
})
