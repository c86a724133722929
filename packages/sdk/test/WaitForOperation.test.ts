/**
 * `egoi.operations.waitForOperation` against the mock: a callback that arrives ends the wait with its
 * report; a lost callback is made up for by polling; abort and deadline end the wait. The mock runs
 * its operations only when the test says, once the waiter has seen them queued.
 */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Egoi, EgoiAbortError, EgoiTimeoutError } from "../src/index.js"

describe("egoi.operations.waitForOperation", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi
  /** Resolves when the waiter has looked at the queue and seen an operation in it. */
  let seenQueued: Promise<void>

  beforeEach(() => {
    mock = EgoiMock.make({ operations: "manual" })
    mock.seed({ lists: [{ internal_name: "Newsletter" }] })
    let seen: () => void
    seenQueued = new Promise((resolve) => (seen = resolve))
    const watching: typeof fetch = async (input, init) => {
      const response = await mock.fetch(input, init)
      const url = new URL(String(input instanceof Request ? input.url : input))
      if (url.pathname === "/operations") {
        const page = (await response.clone().json()) as { total_items: number }
        if (page.total_items > 0) seen()
      }
      return response
    }
    egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: watching, rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  const contacts = [{ base: { email: "ana@example.com" } }, { base: { email: "rui@example.com" } }]

  it("a lost callback: polling finds the import done", async () => {
    const waiting = egoi.operations.waitForOperation({
      type: "import_contacts",
      start: () =>
        egoi.contacts.actionImportBulk({
          list_id: 1,
          mode: "add",
          compare_field: "email",
          contacts,
          // Nothing listens there: the callback is lost.
          callback_url: "http://127.0.0.1:9/egoi-callback"
        }),
      callback: new Promise(() => {}),
      pollIntervalMs: 5,
      callbackGraceMs: 10
    })
    await seenQueued
    await mock.runOperations()
    const done = await waiting
    expect(done).toMatchObject({ via: "poll", report: undefined, started: { result: "success" } })
    expect(done.operation_ids).toHaveLength(1)
    expect(mock.callbacks()).toEqual([expect.objectContaining({ status: "failed" })])
    const imported = await egoi.contacts.getAllContacts({ list_id: 1 })
    expect(imported.total_items).toBe(2)
  })

  it("a callback that arrives ends the wait with the export's report, typed", async (context) => {
    let received: (body: unknown) => void
    const callback = new Promise<unknown>((resolve) => (received = resolve))
    const server = createServer((request, response) => {
      let body = ""
      request.on("data", (chunk) => (body += chunk))
      request.on("end", () => {
        received(JSON.parse(body))
        response.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    context.onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const { port } = server.address() as AddressInfo

    const waiting = egoi.operations.waitForOperation({
      type: "export_contacts",
      start: () =>
        egoi.contacts.actionExportContacts({
          list_id: 1,
          format: "csv",
          callback_url: `http://127.0.0.1:${port}/egoi-callback`
        }),
      callback,
      // Polling would take an hour: the callback decides.
      pollIntervalMs: 3_600_000
    })
    await seenQueued
    await mock.runOperations()
    const done = await waiting
    expect(done.via).toBe("callback")
    const file: string = done.report!.file
    expect(file).toMatch(/\/__mock\/exports\/.+\.csv$/)
    expect(done.report).toMatchObject({ list_id: 1, format: "csv", total_contacts: 0 })
  })

  it("abort stops waiting; a deadline fails with EgoiTimeoutError; the work stays queued", async () => {
    const controller = new AbortController()
    const start = () => egoi.contacts.actionImportBulk({ list_id: 1, mode: "add", compare_field: "email", contacts })
    const aborted = egoi.operations.waitForOperation({
      type: "import_contacts",
      start,
      pollIntervalMs: 5,
      signal: controller.signal
    })
    await seenQueued
    controller.abort()
    await expect(aborted).rejects.toBeInstanceOf(EgoiAbortError)

    const late = await egoi.operations
      .waitForOperation({ type: "import_contacts", operation_id: 1, pollIntervalMs: 5, deadline: 50 })
      .catch((error: unknown) => error)
    expect(late).toBeInstanceOf(EgoiTimeoutError)
    expect(late).toMatchObject({ scope: "deadline" })
    expect((await egoi.operations.getAllOperations()).total_items).toBe(1)
  })
})
