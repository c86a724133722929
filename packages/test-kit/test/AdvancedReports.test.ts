/**
 * Advanced reports in the mock: a report is queued as an `advanced_report` operation, listed with
 * its state, finished with a CSV file built from the account (the campaigns sent and what their
 * recipients did, subscriptions, unsubscriptions, activity trails, form answers) within its period,
 * lists and campaigns; its `callback_url` gets the file. Each kind's content is checked against what
 * the test did, read back through the mock's public snapshot and API.
 */
import { it } from "@effect/vitest"
import { type EgoiClient, EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import { clientAndMock, mockClient, NOW, raw } from "./utils/client.js"
import { scopedReceiver } from "./utils/receiver.js"

const DAY = 86_400_000
const egoiText = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ")

/** The period the reports of these tests cover: the day of NOW. */
const TODAY = { start: "2024-05-01 00:00:00", end: "2024-05-01 23:59:59" }

const HTML = '<p>News</p><a href="https://example.com/sale">Sale</a> <a href="https://example.com/blog">Blog</a>'

const CONTACTS = 500
const idOf = (i: number) => (0xb000000000 + i).toString(16)

/** A mock whose clock a test moves; it starts ten days before NOW. */
const movingClock = () => {
  let now = NOW - 10 * DAY
  return { options: { now: () => now, operations: "manual" as const }, set: (ms: number) => void (now = ms) }
}

/** Parses the mock's CSV (no cell of these tests holds a comma or a quote). */
const parseCsv = (text: string) => {
  const [header, ...lines] = text.split("\n")
  const columns = header!.split(",")
  return {
    columns,
    rows: lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [columns[i]!, cell])))
  }
}

type Operation = keyof EgoiClient.Service["advancedReports"]

/** Generates a report, runs the queue, and answers the newest report's row and its downloaded file. */
const generate = (operation: Operation, body: unknown) =>
  Effect.gen(function* () {
    const { egoi, mock } = yield* clientAndMock
    expect(
      yield* (egoi.advancedReports[operation] as (body: unknown) => Effect.Effect<unknown, unknown>)(body)
    ).toEqual({
      result: "success"
    })
    yield* Effect.promise(() => mock.runOperations())
    const report = (yield* egoi.advancedReports.getAllAdvancedReports({ limit: 1 })).items[0]!
    expect(report.status).toBe("finished")
    const response = yield* Effect.promise(() => mock.fetch(`${EgoiMock.IN_PROCESS_URL}${report.file}`))
    expect(response.headers.get("content-type")).toBe("text/csv")
    return { report, ...parseCsv(yield* Effect.promise(() => response.text())) }
  })

/**
 * List 1 with {@link CONTACTS} contacts subscribed ten days before NOW (every 5th without a
 * cellphone), five more subscribed at NOW, approved senders; at NOW an email campaign with two
 * links and an SMS campaign are sent to the list, and two contacts are unsubscribed through the API.
 */
const scenario = (clock: ReturnType<typeof movingClock>) =>
  Effect.gen(function* () {
    const { egoi, mock } = yield* clientAndMock
    mock.seed({
      lists: [{ internal_name: "Customers" }, { internal_name: "Other" }],
      emailSenders: [{ name: "Shop", email: "shop@example.com", status: "active" }],
      cellphoneSenders: [{ type: "alpha_numeric", cellphone: "Shop", status: "active" }],
      contacts: Array.from({ length: CONTACTS }, (_, i) => ({
        list_id: 1,
        contact_id: idOf(i),
        base: {
          first_name: `P${i}`,
          email: `p${i}@example.com`,
          ...(i % 5 === 0 ? {} : { cellphone: `351-91${String(i).padStart(7, "0")}` })
        }
      }))
    })
    clock.set(NOW)
    const newcomers: Array<string> = []
    for (let i = 0; i < 5; i++) {
      newcomers.push(
        (yield* egoi.contacts.createContact({ list_id: 1, base: { email: `new${i}@example.com` } })).contact_id
      )
    }
    const email = yield* egoi.email.createEmailCampaign({
      list_id: 1,
      internal_name: "May news",
      subject: "May",
      content: { type: "html", body: HTML },
      sender_id: 1
    })
    yield* egoi.email.actionSendEmail({ campaign_hash: email.campaign_hash, list_id: 1, segments: { type: "none" } })
    const sms = yield* egoi.sms.createSmsCampaign({
      list_id: 1,
      internal_name: "Flash sale",
      content: { type: "text", message: "Sale today" },
      sender_id: 1
    })
    yield* egoi.sms.actionSendSms({
      campaign_hash: sms.campaign_hash,
      list_id: 1,
      destination_field: "cellphone",
      segments: { type: "none" }
    })
    yield* Effect.promise(() => mock.runOperations())
    const unsubscribed = [idOf(1), idOf(2)]
    yield* egoi.contacts.actionUnsubscribeContact({
      list_id: 1,
      data: unsubscribed.map((contact_id) => ({ contact_id, unsubscription_reason: "not_interested" }))
    })
    return { email: email.campaign_hash, sms: sms.campaign_hash, newcomers, unsubscribed }
  })

type Activities = ReadonlyArray<{ readonly key: string; readonly items: ReadonlyArray<any> }>

/** The contacts of list 1 with their activities of an action for a campaign, as the mock's snapshot holds them. */
const trail = (mock: EgoiMock.EgoiMock, action: string, campaignHash?: string) => {
  const found: Array<{ contact_id: string; items: Array<any> }> = []
  for (const row of mock.snapshot().activities as Activities) {
    const items = row.items.filter(
      (activity) =>
        activity.action_name === action &&
        (campaignHash === undefined || activity.action_data?.campaign_hash === campaignHash)
    )
    if (items.length > 0) found.push({ contact_id: row.key.split(":")[1]!, items })
  }
  return found
}

let clock = movingClock()

const ids = (rows: ReadonlyArray<Record<string, string>>) => rows.map((row) => row.contact_id!).sort()

const base = { title: "Report", range: TODAY, options: {} }
const allCampaigns = [{ list_id: 1, type: "all" as const }]

describe("the report queue", () => {
  it.scoped(
    "a sends report lists exactly the recipients of a campaign sent in the same test, after waiting queued",
    () =>
      Effect.gen(function* () {
        const { egoi, mock } = yield* clientAndMock
        const receiver = yield* scopedReceiver()
        const { email, sms } = yield* scenario(clock)
        yield* egoi.advancedReports.generateSendsReport({
          ...base,
          title: "May sends",
          lists: [1],
          columns: { list_base_fields: ["email"], campaign_fields: { campaign_hash: true, channel: true } },
          callback_url: receiver.url
        })
        const queued = (yield* egoi.advancedReports.getAllAdvancedReports()).items
        expect(queued).toEqual([
          {
            advanced_report_id: 1,
            title: "May sends",
            hash: expect.stringMatching(/^[0-9a-f]{32}$/),
            file: null,
            status: "queued",
            created: "2024-05-01 10:00:00"
          }
        ])
        expect((yield* egoi.operations.getAllOperations({ type: "advanced_report" })).total_items).toBe(1)
        yield* egoi.operations.actionPauseOperation({
          operations: [(yield* egoi.operations.getAllOperations({ type: "advanced_report" })).items[0]!.operation_id]
        })
        expect((yield* egoi.advancedReports.getAllAdvancedReports({ status: "paused" })).total_items).toBe(1)
        yield* egoi.operations.actionResumeOperation({
          operations: [(yield* egoi.operations.getAllOperations({ type: "advanced_report" })).items[0]!.operation_id]
        })

        const { report, columns, rows } = yield* generate("generateSendsReport", {
          ...base,
          title: "Nothing before",
          lists: [1],
          range: { start: "2024-04-01 00:00:00", end: "2024-04-30 23:59:59" },
          columns: {}
        })
        expect(rows).toEqual([])
        expect(report.title).toBe("Nothing before")

        const [first] = (yield* egoi.advancedReports.getAllAdvancedReports({ title: "May sends" })).items
        expect(first!.status).toBe("finished")
        const response = yield* Effect.promise(() => mock.fetch(`${EgoiMock.IN_PROCESS_URL}${first!.file}`))
        const file = parseCsv(yield* Effect.promise(() => response.text()))
        expect(file.columns).toEqual(["list_id", "contact_id", "email", "destination", "campaign_hash", "channel"])
        const emailRecipients = trail(mock, "email_send", email).map((row) => row.contact_id)
        const smsRecipients = trail(mock, "sms_send", sms).map((row) => row.contact_id)
        const emailRows = file.rows.filter((row) => row.campaign_hash === email)
        expect(ids(emailRows)).toEqual(emailRecipients.sort())
        expect(emailRows.every((row) => row.channel === "email" && row.destination === row.email)).toBe(true)
        expect(ids(file.rows.filter((row) => row.campaign_hash === sms))).toEqual(smsRecipients.sort())
        expect(file.rows).toHaveLength(emailRecipients.length + smsRecipients.length)
        expect(columns).toEqual(["list_id", "contact_id", "destination"])

        yield* Effect.promise(() => receiver.arrived(1))
        expect(receiver.received.map((request) => request.body)).toEqual([{ file: first!.file }])
      }).pipe(Effect.provide(mockClient((clock = movingClock()).options)))
  )

  it.effect("refuses lists that do not exist and a range that ends before it starts, queueing nothing", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* scenario(clock)
      const error = yield* Effect.flip(
        egoi.advancedReports.generateEmailEventsReport({
          ...base,
          range: { start: TODAY.end, end: TODAY.start },
          campaigns: [{ list_id: 9, type: "all" }],
          columns: {},
          options: { include_unopens: true }
        })
      )
      expect(error).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect(error).toMatchObject({
        errors: { "campaigns.0.list_id": ["List 9 does not exist"], range: ["The range ends before it starts"] }
      })
      for (const [operation, body] of [
        ["generateSendsReport", { ...base, lists: [7], columns: {} }],
        ["generateSubscriptionsReport", { ...base, lists: [7], columns: {} }],
        ["generateUnsubscriptionsReport", { ...base, lists: [7], columns: {} }],
        ["generateContactActivityReport", { ...base, lists: [7], columns: {} }],
        ["generateFormAnswersReport", { ...base, options: undefined, forms: [{ list_id: 7, forms: [1] }] }],
        [
          "generateEmailBouncesReport",
          { ...base, campaigns: [{ list_id: 7, type: "last" }], columns: {}, options: { include_unopens: true } }
        ],
        ["generateEmailClicksByContactReport", { ...base, campaigns: [{ list_id: 7, type: "all" }], columns: {} }],
        ["generateEmailClicksByUrlReport", { ...base, campaigns: [{ list_id: 7, type: "all" }], columns: {} }],
        ["generateEmailUnsubscriptionsReport", { ...base, campaigns: [{ list_id: 7, type: "all" }], columns: {} }],
        ["generateSmsBouncesReport", { ...base, campaigns: [{ list_id: 7, type: "all" }], columns: {} }],
        ["generateSmsEventsReport", { ...base, campaigns: [{ list_id: 7, type: "all" }], columns: {} }]
      ] as const) {
        const { options, ...rest } = body as Record<string, unknown>
        const refused = yield* Effect.flip(
          (egoi.advancedReports[operation] as (body: unknown) => Effect.Effect<unknown, unknown>)(
            options === undefined ? rest : { ...rest, options }
          )
        )
        expect({ operation, refused }).toMatchObject({ operation, refused: { status: 422 } })
      }
      const model = yield* Effect.flip(egoi.advancedReports.generateByModelReport({ model_id: 3 }))
      expect(model).toMatchObject({ status: 422, errors: { model_id: ["Report model 3 does not exist"] } })
      expect(yield* egoi.advancedReports.getAllAdvancedReports()).toEqual({ total_items: 0, items: [] })
      expect((yield* raw("GET", "/reports/advanced?status=done")).status).toBeGreaterThanOrEqual(400)
    }).pipe(Effect.provide(mockClient((clock = movingClock()).options)))
  )

  it.effect("a cancelled report shows as canceled and never gets a file", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* scenario(clock)
      yield* egoi.advancedReports.generateSubscriptionsReport({ ...base, lists: [1], columns: {} })
      const [operation] = (yield* egoi.operations.getAllOperations({ type: "advanced_report" })).items
      yield* egoi.operations.actionCancelOperation({ operations: [operation!.operation_id] })
      yield* Effect.promise(() => mock.runOperations())
      expect((yield* egoi.advancedReports.getAllAdvancedReports()).items[0]).toMatchObject({
        status: "canceled",
        file: null
      })
    }).pipe(Effect.provide(mockClient((clock = movingClock()).options)))
  )
})

describe("every kind of report, against what the test did", () => {
  it.effect("email events, bounces, clicks by contact and by URL, and unsubscriptions of the campaign sent", () =>
    Effect.gen(function* () {
      const { mock } = yield* clientAndMock
      const { email } = yield* scenario(clock)
      const sent = trail(mock, "email_send", email).map((row) => row.contact_id)
      const count = (action: string) =>
        new Map(trail(mock, action, email).map((row) => [row.contact_id, row.items.length]))

      const events = yield* generate("generateEmailEventsReport", {
        ...base,
        campaigns: allCampaigns,
        columns: {
          list_base_fields: ["email"],
          list_stats_fields: { opens: true, clicks: true, bounces: true, unsubscribes: true },
          campaign_fields: { campaign_hash: true }
        },
        options: { include_unopens: true }
      })
      expect(events.columns).toEqual([
        "list_id",
        "contact_id",
        "email",
        "opens",
        "clicks",
        "unsubscribes",
        "bounces",
        "campaign_hash"
      ])
      expect(ids(events.rows)).toEqual([...sent].sort())
      const opens = count("email_open")
      const clicks = count("email_click")
      const bounced = new Set([...count("email_hard_bounce").keys(), ...count("email_soft_bounce").keys()])
      const unsubscribedByLink = new Set(trail(mock, "unsubscribe", email).map((row) => row.contact_id))
      for (const row of events.rows) {
        expect(row).toEqual({
          list_id: "1",
          contact_id: row.contact_id,
          email: row.email,
          opens: String(opens.get(row.contact_id!) ?? 0),
          clicks: String(clicks.get(row.contact_id!) ?? 0),
          unsubscribes: unsubscribedByLink.has(row.contact_id!) ? "1" : "0",
          bounces: bounced.has(row.contact_id!) ? "1" : "0",
          campaign_hash: email
        })
      }
      expect(opens.size).toBeGreaterThan(0)
      const openedOnly = yield* generate("generateEmailEventsReport", {
        ...base,
        campaigns: [{ list_id: 1, type: "specific", data: [email] }],
        columns: {},
        options: { include_unopens: false }
      })
      expect(ids(openedOnly.rows)).toEqual([...opens.keys()].sort())

      const bounces = yield* generate("generateEmailBouncesReport", {
        ...base,
        campaigns: [{ list_id: 1, type: "last" }],
        columns: { list_stats_fields: { bounce_type: true, bounce_date: true } },
        options: { include_unopens: true, grouping: "by_contact" }
      })
      const hard = new Set(count("email_hard_bounce").keys())
      expect(bounced.size).toBeGreaterThan(0)
      expect(ids(bounces.rows)).toEqual([...bounced].sort())
      expect(bounces.rows.map((row) => row.contact_id)).toEqual(ids(bounces.rows))
      for (const row of bounces.rows) {
        expect(row.bounce_type).toBe(hard.has(row.contact_id!) ? "hard" : "soft")
        expect(row.bounce_date).toBe("2024-05-01 10:00:00")
      }

      const clicked = trail(mock, "email_click", email).flatMap((row) =>
        row.items.map((activity) => `${row.contact_id} ${activity.action_data.url}`)
      )
      expect(clicked.length).toBeGreaterThan(0)
      const byContact = yield* generate("generateEmailClicksByContactReport", {
        ...base,
        campaigns: allCampaigns,
        columns: { list_stats_fields: { clicks: true }, campaign_fields: { url: true } },
        options: {}
      })
      expect(byContact.rows.map((row) => `${row.contact_id} ${row.url}`).sort()).toEqual(clicked.sort())

      const byUrl = yield* generate("generateEmailClicksByUrlReport", {
        ...base,
        campaigns: allCampaigns,
        columns: { list_stats_fields: { clicks: true, unique_clicks: true, click_rate_per_url: true } },
        options: {}
      })
      const delivered = sent.length - bounced.size
      const expected = new Map<string, Set<string>>()
      for (const entry of clicked) {
        const [contactId, url] = entry.split(" ")
        expected.set(url!, (expected.get(url!) ?? new Set()).add(contactId!))
      }
      expect(byUrl.rows.map((row) => row.url).sort()).toEqual([...expected.keys()].sort())
      for (const row of byUrl.rows) {
        const clickers = expected.get(row.url!)!
        expect(row).toEqual({
          list_id: "1",
          url: row.url,
          clicks: String(clicked.filter((entry) => entry.endsWith(` ${row.url}`)).length),
          unique_clicks: String(clickers.size),
          click_rate_per_url: ((100 * clickers.size) / delivered).toFixed(2)
        })
      }

      const unsubscriptions = yield* generate("generateEmailUnsubscriptionsReport", {
        ...base,
        campaigns: allCampaigns,
        columns: { list_stats_fields: { unsubscription_method: true } },
        options: {}
      })
      expect(unsubscribedByLink.size).toBeGreaterThan(0)
      expect(ids(unsubscriptions.rows)).toEqual([...unsubscribedByLink].sort())
      expect(unsubscriptions.rows.every((row) => row.unsubscription_method === "unsubscribe_link")).toBe(true)
    }).pipe(Effect.provide(mockClient((clock = movingClock()).options)))
  )

  it.effect("SMS events and bounces of the campaign sent agree with its delivery reports", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const { sms } = yield* scenario(clock)
      const sent = trail(mock, "sms_send", sms).map((row) => row.contact_id)
      const delivered = new Set(trail(mock, "sms_report", sms).map((row) => row.contact_id))
      const events = yield* generate("generateSmsEventsReport", {
        ...base,
        campaigns: allCampaigns,
        columns: { list_base_fields: ["cellphone"], list_stats_fields: { delivery_answer: true } },
        options: {}
      })
      expect(ids(events.rows)).toEqual([...sent].sort())
      for (const row of events.rows) {
        expect(row.cellphone).toMatch(/^351-91/)
        if (delivered.has(row.contact_id!)) expect(row.delivery_answer).toBe("delivered")
        else expect(["error", "invalid", "pending"]).toContain(row.delivery_answer)
      }
      const report = yield* egoi.reports.getSMSReport({ campaign_hash: sms })
      const bounces = yield* generate("generateSmsBouncesReport", {
        ...base,
        campaigns: allCampaigns,
        columns: { list_stats_fields: { delivery_answer: true } },
        options: {}
      })
      expect(bounces.rows).toHaveLength((report.overall?.error ?? 0) + (report.overall?.invalid ?? 0))
      expect(bounces.rows.length).toBeGreaterThan(0)
      for (const row of bounces.rows) {
        expect(delivered.has(row.contact_id!)).toBe(false)
        expect(["error", "invalid"]).toContain(row.delivery_answer)
      }
      // An email campaign selection gives an SMS report nothing.
      const none = yield* generate("generateSmsEventsReport", {
        ...base,
        campaigns: [{ list_id: 2, type: "all" }],
        columns: {},
        options: {}
      })
      expect(none.rows).toEqual([])
    }).pipe(Effect.provide(mockClient((clock = movingClock()).options)))
  )

  it.effect("subscriptions and unsubscriptions within the period, and contact activity by kind", () =>
    Effect.gen(function* () {
      const { mock } = yield* clientAndMock
      const { email, newcomers, unsubscribed } = yield* scenario(clock)
      const subscriptions = yield* generate("generateSubscriptionsReport", {
        ...base,
        lists: [1],
        columns: { list_base_fields: ["email"], list_stats_fields: { subscription_method: true } },
        options: {}
      })
      expect(ids(subscriptions.rows)).toEqual([...newcomers].sort())
      expect(subscriptions.rows.every((row) => row.subscription_method === "api")).toBe(true)
      const earlier = yield* generate("generateSubscriptionsReport", {
        ...base,
        range: { start: egoiText(NOW - 11 * DAY), end: egoiText(NOW - 9 * DAY) },
        lists: [1],
        columns: {},
        options: {}
      })
      expect(earlier.rows).toHaveLength(CONTACTS)

      const removed = [...new Set([...unsubscribed, ...trail(mock, "unsubscribe").map((row) => row.contact_id)])]
      const unsubscriptions = yield* generate("generateUnsubscriptionsReport", {
        ...base,
        lists: [1],
        columns: { list_stats_fields: { unsubscription_method: true, unsubscription_src: true } },
        options: {}
      })
      expect(ids(unsubscriptions.rows)).toEqual(removed.sort())
      for (const row of unsubscriptions.rows) {
        if (unsubscribed.includes(row.contact_id!)) {
          expect(row).toMatchObject({ unsubscription_method: "api", unsubscription_src: "api" })
        } else expect(row).toMatchObject({ unsubscription_method: "unsubscribe_link", unsubscription_src: email })
      }

      const activity = yield* generate("generateContactActivityReport", {
        ...base,
        lists: [1],
        columns: { contact_activities: { email_send: true, opens: true } },
        options: {}
      })
      const expected = [...trail(mock, "email_send"), ...trail(mock, "email_open")].flatMap((row) =>
        row.items.map((item) => `${row.contact_id} ${item.action_name}`)
      )
      expect(activity.rows.map((row) => `${row.contact_id} ${row.activity}`).sort()).toEqual(expected.sort())
      expect(activity.rows.every((row) => row.campaign_hash === email && row.date === "2024-05-01 10:00:00")).toBe(true)
    }).pipe(Effect.provide(mockClient((clock = movingClock()).options)))
  )

  it.effect("form answers of the forms asked for, within the period; a report from a saved model", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* scenario(clock)
      mock.seed({
        formAnswers: [
          { list_id: 1, form_id: 1, contact_id: idOf(3), answers: { colour: "blue", size: "M" } },
          { list_id: 1, form_id: 1, contact_id: idOf(4), date: "2024-03-01 09:00:00", answers: { colour: "red" } },
          { list_id: 1, form_id: 2, contact_id: idOf(5), answers: { colour: "green" } },
          { list_id: 2, form_id: 1, contact_id: "c000000001", answers: { colour: "pink" } }
        ],
        advancedReportModels: [
          {
            title: "Daily sends",
            kind: "sends",
            request: { title: "Daily sends", range: TODAY, lists: [1], columns: {}, options: {} }
          }
        ]
      })
      const answers = yield* generate("generateFormAnswersReport", {
        title: "Answers",
        range: TODAY,
        forms: [{ list_id: 1, forms: [1, 2] }]
      })
      expect(answers.columns).toEqual(["list_id", "form_id", "contact_id", "date", "colour", "size"])
      expect(answers.rows).toEqual([
        { list_id: "1", form_id: "1", contact_id: idOf(3), date: "2024-05-01 10:00:00", colour: "blue", size: "M" },
        { list_id: "1", form_id: "2", contact_id: idOf(5), date: "2024-05-01 10:00:00", colour: "green", size: "" }
      ])

      expect(yield* egoi.advancedReports.getAllAdvancedReportsModels({ title: "daily" })).toEqual({
        total_items: 1,
        items: [{ model_id: 1, title: "Daily sends", created: "2024-05-01 10:00:00" }]
      })
      const byModel = yield* generate("generateByModelReport", { model_id: 1 })
      expect(byModel.report.title).toBe("Daily sends")
      const sends = [...trail(mock, "email_send"), ...trail(mock, "sms_send")].map((row) => row.contact_id)
      expect(ids(byModel.rows)).toEqual(sends.sort())
    }).pipe(Effect.provide(mockClient((clock = movingClock()).options)))
  )
})
