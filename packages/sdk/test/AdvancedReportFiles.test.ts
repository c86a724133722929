import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, describe, expect, it } from "vitest"
import { Egoi, EgoiAbortError, EgoiError, EgoiTimeoutError, EgoiUnprocessableEntityError } from "../src/index.js"

const KEY = "reports-key"

const SENDS = {
  title: "May sends",
  range: { start: new Date("2024-05-01T00:00:00Z"), end: "2024-05-31 23:59:59" },
  lists: [1],
  columns: { list_base_fields: ["email"] },
  options: {}
}

let mock: EgoiMock.EgoiMock
let egoi: Egoi

/** A mock at 2024-05-02 with three contacts on list 1 who were sent one email campaign, and a client over it. */
const start = async (options: EgoiMock.Options = {}, fetch?: typeof globalThis.fetch) => {
  mock = EgoiMock.make({ rateLimit: false, now: () => Date.UTC(2024, 4, 2, 9), ...options })
  egoi = new Egoi({ apiKey: KEY, baseUrl: EgoiMock.IN_PROCESS_URL, fetch: fetch ?? mock.fetch, rateLimit: false })
  mock.seed({
    lists: [{ internal_name: "Customers" }],
    emailSenders: [{ name: "Shop", email: "shop@example.com", status: "active" }],
    contacts: ["ana", "bruno", "carla"].map((name, i) => ({
      list_id: 1,
      contact_id: `c00000000${i}`,
      base: { email: `${name}@example.com` }
    }))
  })
  const { campaign_hash } = await egoi.email.createEmailCampaign({
    list_id: 1,
    internal_name: "May news",
    subject: "May",
    content: { type: "html", body: "<p>News</p>" },
    sender_id: 1
  })
  await egoi.email.actionSendEmail({ campaign_hash, list_id: 1, segments: { type: "none" } })
  await mock.runOperations()
  return campaign_hash
}

afterEach(async () => {
  await egoi.close()
  await mock.dispose()
})

describe("egoi.advancedReports", () => {
  it("generates a report, waits until it is finished and streams its file", async () => {
    await start()
    const report = await egoi.advancedReports.generate("sends", SENDS, { pollIntervalMs: 1 })
    expect(report).toMatchObject({ title: "May sends", status: "finished", file: expect.stringMatching(/\.csv$/) })
    const csv = await new Response(egoi.advancedReports.download(report)).text()
    expect(csv.split("\n")).toEqual([
      "list_id,contact_id,email,destination",
      "1,c000000000,ana@example.com,ana@example.com",
      "1,c000000001,bruno@example.com,bruno@example.com",
      "1,c000000002,carla@example.com,carla@example.com"
    ])
    // The file is fetched without the key.
    const download = mock.requests().find((request) => request.path === report.file)!
    expect(Object.keys(download.headers).map((name) => name.toLowerCase())).not.toContain("apikey")
  })

  it("ends at the report's callback, and waitFor follows a report asked for by ID", async () => {
    await start({ operations: "manual" })
    let arrived!: (body: unknown) => void
    const callback = new Promise<unknown>((resolve) => {
      arrived = resolve
    })
    await egoi.advancedReports.generateSubscriptionsReport({ ...SENDS, title: "Subscriptions", columns: {} })
    const [queued] = (await egoi.advancedReports.getAllAdvancedReports()).items
    expect(queued!.status).toBe("queued")
    // A poll so slow that only the callback can end the wait.
    const waiting = egoi.advancedReports.waitFor(queued!.advanced_report_id, { callback, pollIntervalMs: 3_600_000 })
    await mock.runOperations()
    const [done] = (await egoi.advancedReports.getAllAdvancedReports()).items
    arrived({ file: done!.file })
    expect(await waiting).toEqual(done)
    const csv = await new Response(egoi.advancedReports.download(done!)).text()
    expect(
      csv
        .split("\n")
        .slice(1)
        .map((row) => row.split(",")[1])
    ).toEqual(["c000000000", "c000000001", "c000000002"])
  })

  it("refuses a bad request before sending, and fails a download of a report without a file", async () => {
    await start({ operations: "manual" })
    await expect(egoi.advancedReports.generate("sends", { ...SENDS, lists: [0] })).rejects.toMatchObject({
      kind: "invalid"
    })
    await expect(egoi.advancedReports.generate("sends", { ...SENDS, lists: [9] })).rejects.toBeInstanceOf(
      EgoiUnprocessableEntityError
    )
    const reader = egoi.advancedReports.download({ advanced_report_id: 1, status: "queued", file: null }).getReader()
    const failure = await reader.read().then(
      () => undefined,
      (error: unknown) => error
    )
    expect(failure).toBeInstanceOf(EgoiError)
    expect((failure as Error).message).toBe("Advanced report 1 has no file: it is queued")
  })

  it("stops at its deadline, and when its signal aborts", async () => {
    const controller = new AbortController()
    // The signal aborts once the report has been asked for.
    await start({ operations: "manual" }, async (input, init) => {
      const answer = await mock.fetch(input, init)
      if (String(input).endsWith("/reports/advanced/subscriptions")) controller.abort()
      return answer
    })
    // In manual mode the report never runs: only the deadline or the signal can end these waits.
    await expect(
      egoi.advancedReports.generate("sends", SENDS, { deadline: 50, pollIntervalMs: 5 })
    ).rejects.toBeInstanceOf(EgoiTimeoutError)
    await expect(
      egoi.advancedReports.generate(
        "subscriptions",
        { ...SENDS, columns: {} },
        { signal: controller.signal, pollIntervalMs: 5 }
      )
    ).rejects.toBeInstanceOf(EgoiAbortError)
  })
})
