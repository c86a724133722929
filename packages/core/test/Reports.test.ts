import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as Reports from "../src/Reports.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

const HASH = { campaign_hash: "abc123" }

describeSamples({
  group: "reports",
  params: {
    getEmailReport: HASH,
    getSMSReport: HASH,
    getVoiceReport: HASH,
    getPushReport: HASH,
    getWebPushReport: HASH
  },
  samples: [
    { file: "reports/getEmailReport.200.json", operation: "getEmailReport", status: 200, schema: Reports.EmailReport },
    { file: "reports/getSMSReport.200.json", operation: "getSMSReport", status: 200, schema: Reports.PhoneReport },
    { file: "reports/getVoiceReport.200.json", operation: "getVoiceReport", status: 200, schema: Reports.PhoneReport },
    { file: "reports/getPushReport.200.json", operation: "getPushReport", status: 200, schema: Reports.PushReport },
    {
      file: "reports/getWebPushReport.200.json",
      operation: "getWebPushReport",
      status: 200,
      schema: Reports.WebPushReport
    }
  ],
  noContent: []
})

describe("requests", () => {
  it.effect("getEmailReport sends the breakdown flags as true/false", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "reports",
        "getEmailReport",
        { ...HASH, date: false, reader: true },
        { body: { campaign_hash: "abc123" } }
      )
      expect(sent[0]!.url.pathname).toBe("/reports/email/abc123")
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({ date: "false", reader: "true" })
    })
  )

  it.effect("each channel's report has its own route", () =>
    Effect.gen(function* () {
      const routes: Record<string, string> = {
        getSMSReport: "/reports/sms/abc123",
        getVoiceReport: "/reports/voice/abc123",
        getPushReport: "/reports/push/abc123",
        getWebPushReport: "/reports/web-push/abc123"
      }
      for (const [operation, path] of Object.entries(routes)) {
        const { sent } = yield* callThroughClient("reports", operation, HASH, { body: { campaign_hash: "abc123" } })
        expect(sent[0]!.url.pathname).toBe(path)
      }
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses a flag that is not a boolean, and a bad hash, naming them", () =>
    Effect.gen(function* () {
      const error = yield* refused("reports", "getSMSReport", { campaign_hash: "a b", networks: "yes" })
      expect(error.issues.map((issue) => issue.path).sort()).toStrictEqual(["campaign_hash", "networks"])
    })
  )

  it.effect("refuses a flag of another channel's report", () =>
    Effect.gen(function* () {
      const error = yield* refused("reports", "getSMSReport", { ...HASH, browsers: true })
      expect(error.issues).toStrictEqual([{ path: "browsers", message: "is not a parameter of getSMSReport" }])
    })
  )
})

describe("tolerance", () => {
  it("decodes a report with its breakdowns left out, and keeps fractional counts such as an invoice", () => {
    expect(Schema.decodeUnknownSync(Reports.EmailReport)({ campaign_hash: "h", overall: { sends: 2 } })).toStrictEqual({
      campaign_hash: "h",
      overall: { sends: 2 }
    })
    const report = { ...(fixture("reports/getEmailReport.200.json") as object), ecommerce: { invoice: 1.1 } }
    expect(Schema.decodeUnknownSync(Reports.EmailReport)(report)).toStrictEqual(report)
  })
})
