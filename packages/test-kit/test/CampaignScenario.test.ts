/**
 * A marketer's day against the mock: a list of 2,000 contacts, some unsubscribed, some suppressed,
 * some without a cellphone or an email; an email campaign and then an SMS campaign to a segment.
 * Who each send reached is worked out here from the data alone, and the reports and every
 * contact's activities must agree with it.
 */
import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { clientAndMock, mockClient } from "./utils/client.js"

const CONTACTS = 2000

interface Person {
  readonly contact_id: string
  readonly email?: string
  readonly cellphone?: string
  readonly status: "active" | "removed" | "inactive"
  readonly city: string
}

const idOf = (i: number) => (0xa000000000 + i).toString(16)

/** The list's people: every 13th unsubscribed, every 29th inactive, every 7th without a cellphone, every 11th without an email. */
const PEOPLE: ReadonlyArray<Person> = Array.from({ length: CONTACTS }, (_, i) => ({
  contact_id: idOf(i),
  ...(i % 11 === 5 ? {} : { email: `person${i}@${i % 4 === 0 ? "example.org" : "example.com"}` }),
  ...(i % 7 === 3 ? {} : { cellphone: `351-91${String(i).padStart(7, "0")}` }),
  status: i % 13 === 0 ? "removed" : i % 29 === 1 ? "inactive" : "active",
  city: i % 3 === 2 ? "Lisboa" : "Porto"
}))

const suppressedEmails = new Set(PEOPLE.filter((_, i) => i % 17 === 4).flatMap((person) => person.email ?? []))
const suppressedCellphones = new Set(PEOPLE.filter((_, i) => i % 19 === 6).flatMap((person) => person.cellphone ?? []))

const inSegment = (person: Person) => person.city === "Porto"

type Activities = ReadonlyArray<{ readonly key: string; readonly items: ReadonlyArray<any> }>

/** For each contact of list 1, how many of its activities are `action` for the campaign. */
const countsOf = (activities: Activities, action: string, campaignHash: string) => {
  const counts = new Map<string, number>()
  for (const row of activities) {
    const contactId = row.key.split(":")[1]!
    const count = row.items.filter(
      (activity) => activity.action_name === action && activity.action_data?.campaign_hash === campaignHash
    ).length
    if (count > 0) counts.set(contactId, count)
  }
  return counts
}

describe("a campaign scenario of 2,000 contacts", () => {
  it.effect("the email and SMS reports and every contact's activities agree with who could receive", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      mock.seed({
        lists: [{ internal_name: "Customers" }],
        extraFields: [{ list_id: 1, name: "City", format: "text" }],
        emailSenders: [{ name: "Shop", email: "shop@example.com", status: "active" }],
        cellphoneSenders: [{ type: "alpha_numeric", cellphone: "Shop", status: "active" }],
        segments: [
          {
            list_id: 1,
            name: "Porto",
            type: "saved",
            rule: {
              segment_filter_array: [{ segment_field: "1", segment_operator: "equal_to", segment_value: "Porto" }]
            }
          }
        ],
        contacts: PEOPLE.map((person) => ({
          list_id: 1,
          contact_id: person.contact_id,
          base: {
            status: person.status,
            ...(person.email ? { email: person.email } : {}),
            ...(person.cellphone ? { cellphone: person.cellphone } : {})
          },
          extra: [{ field_id: 1, value: person.city }]
        })),
        suppressionList: [
          ...[...suppressedEmails].map((value) => ({ type: "email" as const, value })),
          ...[...suppressedCellphones].map((value) => ({ type: "cellphone" as const, value }))
        ]
      })

      const emailReach = PEOPLE.filter(
        (person) =>
          inSegment(person) && person.status === "active" && person.email && !suppressedEmails.has(person.email)
      ).map((person) => person.contact_id)

      const email = yield* egoi.email.createEmailCampaign({
        list_id: 1,
        internal_name: "Porto news",
        content: { type: "html", body: '<a href="https://example.com/porto">Porto</a>' },
        sender_id: 1
      })
      yield* egoi.email.actionSendEmail({ ...email, list_id: 1, segments: { type: "segment", data: ["1"] } })
      const emailReport = yield* egoi.reports.getEmailReport(email)

      let activities = mock.snapshot().activities as Activities
      const emailSends = countsOf(activities, "email_send", email.campaign_hash)
      expect([...emailSends.keys()].sort()).toEqual([...emailReach].sort())
      expect([...emailSends.values()].every((count) => count === 1)).toBe(true)
      expect(emailReport.overall?.sends).toBe(emailReach.length)
      const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0)
      expect(emailReport.overall?.opens).toBe(total(countsOf(activities, "email_open", email.campaign_hash)))
      expect(emailReport.overall?.clicks).toBe(total(countsOf(activities, "email_click", email.campaign_hash)))
      expect(emailReport.overall?.hard_bounces).toBe(
        total(countsOf(activities, "email_hard_bounce", email.campaign_hash))
      )
      const unsubscribed = countsOf(activities, "unsubscribe", email.campaign_hash)
      expect(emailReport.overall?.unsubscriptions).toBe(unsubscribed.size)
      // Every outcome opened, clicked or bounced belongs to someone the email reached.
      for (const action of ["email_open", "email_click", "email_hard_bounce", "email_soft_bounce"]) {
        for (const contactId of countsOf(activities, action, email.campaign_hash).keys()) {
          expect(emailSends.has(contactId)).toBe(true)
        }
      }

      // Those who unsubscribed through the email are removed, and their cellphones suppressed.
      const smsReach = PEOPLE.filter(
        (person) =>
          inSegment(person) &&
          person.status === "active" &&
          person.cellphone &&
          !suppressedCellphones.has(person.cellphone) &&
          !unsubscribed.has(person.contact_id)
      ).map((person) => person.contact_id)
      const sms = yield* egoi.sms.createSmsCampaign({
        list_id: 1,
        internal_name: "Porto sale",
        content: { type: "text", message: "Sale in Porto today" },
        sender_id: 1
      })
      yield* egoi.sms.actionSendSms({
        ...sms,
        list_id: 1,
        destination_field: "cellphone",
        segments: { type: "segment", data: ["1"] }
      })
      const smsReport = yield* egoi.reports.getSMSReport(sms)
      activities = mock.snapshot().activities as Activities
      const smsSends = countsOf(activities, "sms_send", sms.campaign_hash)
      expect([...smsSends.keys()].sort()).toEqual([...smsReach].sort())
      expect(smsReport.overall?.sends).toBe(smsReach.length)
      expect(smsReport.overall?.delivered).toBe(countsOf(activities, "sms_report", sms.campaign_hash).size)

      // Both campaigns are listed as sent, with the messages each processed.
      const listed = yield* egoi.campaigns.getAllCampaigns({ status: "sent", order_by: "internal_name", order: "asc" })
      expect(listed.items.map((campaign) => [campaign.internal_name, campaign.processed_messages])).toEqual([
        ["Porto news", emailReach.length],
        ["Porto sale", smsReach.length]
      ])
      expect(emailReach.length).toBeGreaterThan(1000)
    }).pipe(Effect.provide(mockClient({ rateLimit: false })))
  )
})
