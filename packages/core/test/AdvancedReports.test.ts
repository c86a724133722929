import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as AdvancedReports from "../src/AdvancedReports.js"
import * as Common from "../src/Common.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"
import { describeRequestSamples } from "./utils/RequestSamples.js"

const GENERATE = Object.values(AdvancedReports.REPORT_KINDS).map((kind) => kind.operation as string)

const request = (operation: string) => fixture(`advanced-reports/${operation}.request.json`) as Record<string, any>

describeSamples({
  group: "advancedReports",
  params: {
    getAllAdvancedReports: {},
    getAllAdvancedReportsModels: {},
    generateByModelReport: { model_id: 20 },
    ...Object.fromEntries(GENERATE.map((operation) => [operation, request(operation)]))
  },
  samples: [
    {
      file: "advanced-reports/getAllAdvancedReports.200.json",
      operation: "getAllAdvancedReports",
      status: 200,
      schema: AdvancedReports.AdvancedReportCollection
    },
    {
      file: "advanced-reports/getAllAdvancedReports.200.openapi.json",
      operation: "getAllAdvancedReports",
      status: 200,
      schema: AdvancedReports.AdvancedReportCollection
    },
    {
      file: "advanced-reports/getAllAdvancedReportsModels.200.openapi.json",
      operation: "getAllAdvancedReportsModels",
      status: 200,
      schema: AdvancedReports.AdvancedReportModelCollection
    },
    ...["generateByModelReport", ...GENERATE].map((operation) => ({
      file: `advanced-reports/${operation}.202.json`,
      operation,
      status: 202,
      schema: Common.Accepted
    }))
  ],
  noContent: []
})

describeRequestSamples(
  "advancedReports",
  ["generateByModelReport", ...GENERATE].map((operation) => ({ operation, folder: "advanced-reports", status: 202 }))
)

describe("REPORT_COLUMNS", () => {
  it("names every column flag of each kind, by the columns object it goes in", () => {
    expect(AdvancedReports.REPORT_COLUMNS.sends).toStrictEqual({
      campaign_fields: ["internal_name", "campaign_hash", "send_date", "group", "channel", "type", "sender"]
    })
    expect(AdvancedReports.REPORT_COLUMNS["sms-bounces"].list_stats_fields).toStrictEqual([
      "delivery_answer",
      "delivery_date"
    ])
    expect(AdvancedReports.REPORT_COLUMNS["contact-activity"].contact_activities).toStrictEqual(
      AdvancedReports.CONTACT_ACTIVITIES
    )
    expect(AdvancedReports.REPORT_COLUMNS["form-answers"]).toStrictEqual({})
  })
})

describe("the callback", () => {
  it("decodes the documented callback body: the report's file", () => {
    const body = fixture("advanced-reports/generateSendsReport.callback.openapi.json")
    expect(Schema.decodeUnknownSync(AdvancedReports.ReportCallback)(body)).toStrictEqual(body)
  })
})

describe("requests", () => {
  it.effect("a sends report posts to its route, with a Date range sent in E-goi's notation", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "advancedReports",
        "generateSendsReport",
        {
          title: "January sends",
          range: { start: new Date("2024-01-01T00:00:00Z"), end: "2024-01-31T23:59:59+01:00" },
          lists: [1, 2],
          columns: { list_base_fields: ["email"], campaign_fields: { campaign_hash: true } },
          options: {}
        },
        { status: 202, body: { result: "success" } }
      )
      expect(sent[0]!.method).toBe("POST")
      expect(sent[0]!.url.pathname).toBe("/reports/advanced/sends")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({
        title: "January sends",
        range: { start: "2024-01-01 00:00:00", end: "2024-01-31 22:59:59" },
        lists: [1, 2],
        columns: { list_base_fields: ["email"], campaign_fields: { campaign_hash: true } },
        options: {}
      })
    })
  )

  it.effect("getAllAdvancedReports sends its filters", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "advancedReports",
        "getAllAdvancedReports",
        { status: "finished", title: "January", created_min: "2024-01-01 00:00:00", order_by: "created", limit: 5 },
        { body: { items: [] } }
      )
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({
        status: "finished",
        title: "January",
        created_min: "2024-01-01 00:00:00",
        order_by: "created",
        limit: "5"
      })
    })
  )
})

describe("validation before sending", () => {
  const sends = request("generateSendsReport")
  const paths = (error: { readonly issues: ReadonlyArray<{ readonly path: string }> }) =>
    error.issues.map((issue) => issue.path)

  it.effect("refuses a report without title, range, lists, columns or options", () =>
    Effect.gen(function* () {
      const error = yield* refused("advancedReports", "generateSendsReport", {})
      expect(paths(error).sort()).toEqual(["columns", "lists", "options", "range", "title"])
    })
  )

  it.effect("refuses an empty title, an impossible date and a missing end", () =>
    Effect.gen(function* () {
      expect((yield* refused("advancedReports", "generateSendsReport", { ...sends, title: "" })).issues).toStrictEqual([
        { path: "title", message: "Expected a non-empty title" }
      ])
      expect(
        paths(
          yield* refused("advancedReports", "generateSendsReport", {
            ...sends,
            range: { start: "2024-02-30 00:00:00", end: "2024-03-01 00:00:00" }
          })
        )
      ).toEqual(["range.start"])
      expect(
        paths(
          yield* refused("advancedReports", "generateSendsReport", {
            ...sends,
            range: { start: "2024-01-01 00:00:00" }
          })
        )
      ).toEqual(["range.end"])
    })
  )

  it.effect("refuses list IDs below 1, no lists, repeated lists, and a fourth list for contact activity", () =>
    Effect.gen(function* () {
      expect(paths(yield* refused("advancedReports", "generateSendsReport", { ...sends, lists: [0] }))).toEqual([
        "lists.0"
      ])
      expect(paths(yield* refused("advancedReports", "generateSendsReport", { ...sends, lists: [] }))).toEqual([
        "lists"
      ])
      expect(paths(yield* refused("advancedReports", "generateSendsReport", { ...sends, lists: [1, 1] }))).toEqual([
        "lists"
      ])
      const activity = request("generateContactActivityReport")
      expect(
        (yield* refused("advancedReports", "generateContactActivityReport", { ...activity, lists: [1, 2, 3, 4] }))
          .issues
      ).toStrictEqual([{ path: "lists", message: "Expected at most 3 items, got 4" }])
    })
  )

  it.effect("refuses a campaign selection of an unknown type, or specific campaigns without hashes", () =>
    Effect.gen(function* () {
      const events = request("generateEmailEventsReport")
      const error = yield* refused("advancedReports", "generateEmailEventsReport", {
        ...events,
        campaigns: [{ list_id: 1, type: "newest" }]
      })
      expect(paths(error).every((path) => path.startsWith("campaigns.0"))).toBe(true)
      const specific = yield* refused("advancedReports", "generateEmailEventsReport", {
        ...events,
        campaigns: [{ list_id: 1, type: "specific", data: ["not a hash!"] }]
      })
      expect(paths(specific)).toContain("campaigns.0.data.0")
    })
  )

  it.effect("refuses email events and bounces reports without include_unopens, and an unknown grouping", () =>
    Effect.gen(function* () {
      const events = request("generateEmailEventsReport")
      expect(paths(yield* refused("advancedReports", "generateEmailEventsReport", { ...events, options: {} }))).toEqual(
        ["options.include_unopens"]
      )
      const bounces = request("generateEmailBouncesReport")
      expect(
        paths(
          yield* refused("advancedReports", "generateEmailBouncesReport", {
            ...bounces,
            options: { include_unopens: false, grouping: "by_day" }
          })
        )
      ).toEqual(["options.grouping"])
    })
  )

  it.effect("refuses a column that is not a flag, a callback_url that is not a URL, and model_id 0", () =>
    Effect.gen(function* () {
      expect(
        paths(
          yield* refused("advancedReports", "generateSendsReport", {
            ...sends,
            columns: { campaign_fields: { campaign_hash: "yes" } }
          })
        )
      ).toEqual(["columns.campaign_fields.campaign_hash"])
      expect(
        paths(yield* refused("advancedReports", "generateSendsReport", { ...sends, callback_url: "string" }))
      ).toEqual(["callback_url"])
      expect(paths(yield* refused("advancedReports", "generateByModelReport", { model_id: 0 }))).toEqual(["model_id"])
      expect(
        paths(
          yield* refused("advancedReports", "generateFormAnswersReport", {
            ...request("generateFormAnswersReport"),
            forms: []
          })
        )
      ).toEqual(["forms"])
    })
  )

  it.effect("refuses an unknown status or order_by when listing", () =>
    Effect.gen(function* () {
      expect(paths(yield* refused("advancedReports", "getAllAdvancedReports", { status: "done" }))).toEqual(["status"])
      expect(paths(yield* refused("advancedReports", "getAllAdvancedReportsModels", { order_by: "status" }))).toEqual([
        "order_by"
      ])
    })
  )
})
