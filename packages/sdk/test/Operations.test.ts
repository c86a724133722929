import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { Egoi, EgoiValidationError } from "../src/index.js"
import { startReceiver } from "./utils/receiver.js"

const NONE = { invalid_operation_action: [], operation_not_found: [] }

describe("egoi.operations", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi
  let listId: number

  const open = async (options: EgoiMock.Options) => {
    mock = EgoiMock.make(options)
    egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
    listId = (await egoi.lists.createList({ internal_name: "Newsletter" })).list_id
  }

  /** Queues an import of two contacts and answers its operation ID. */
  const queueImport = async (prefix: string, callback_url?: string) => {
    const before = new Set((await egoi.operations.getAllOperations({ limit: 1000 })).items.map((op) => op.operation_id))
    await egoi.contacts.actionImportBulk({
      list_id: listId,
      mode: "add",
      compare_field: "email",
      contacts: [{ base: { email: `${prefix}-1@example.com` } }, { base: { email: `${prefix}-2@example.com` } }],
      ...(callback_url ? { callback_url } : {})
    })
    const after = (await egoi.operations.getAllOperations({ limit: 1000 })).items
    return after.find((op) => !before.has(op.operation_id))!.operation_id
  }
  const queueExport = async () => {
    await egoi.contacts.actionExportContacts({ list_id: listId, format: "csv" })
    return (await egoi.operations.getAllOperations({ type: "export_contacts", limit: 1 })).items[0]!.operation_id
  }
  const contactCount = async () => (await egoi.contacts.getAllContacts({ list_id: listId, limit: 1 })).total_items
  const statusOf = async (operationId: number) =>
    (await egoi.operations.getAllOperations({ limit: 1000 })).items.find((op) => op.operation_id === operationId)
      ?.status

  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  describe("in manual mode", () => {
    beforeEach(() => open({ operations: "manual" }))

    it("lists the queued operations newest first, filtered by type and status, in the order asked", async () => {
      const first = await queueImport("a")
      const exported = await queueExport()
      const third = await queueImport("b")
      const page = await egoi.operations.getAllOperations()
      expect(page.total_items).toBe(3)
      expect(page.items.map((op) => op.operation_id)).toEqual([third, exported, first])
      expect(page.items[0]).toEqual({
        operation_id: third,
        operation_data: { internal_name: "Import of 2 contacts" },
        type: "import_contacts",
        status: "queued",
        created_by: 1,
        created: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
        start_date: null
      })
      const ascending = await egoi.operations.getAllOperations({ order: "asc", order_by: "operation_id" })
      expect(ascending.items.map((op) => op.operation_id)).toEqual([first, exported, third])
      const imports = await egoi.operations.getAllOperations({ type: "import_contacts" })
      expect(imports.items.map((op) => op.operation_id)).toEqual([third, first])
      const second = await egoi.operations.getAllOperations({ limit: 1, offset: 1 })
      expect(second).toEqual({ total_items: 3, items: [expect.objectContaining({ operation_id: exported })] })

      await egoi.operations.actionPauseOperation({ operations: [first] })
      const paused = await egoi.operations.getAllOperations({ status: "paused" })
      expect(paused.items.map((op) => op.operation_id)).toEqual([first])
      expect((await egoi.operations.getAllOperations({ status: "queued" })).total_items).toBe(2)
    })

    it("runs the queue and empties it: a finished operation leaves the list", async () => {
      await queueImport("a")
      await queueExport()
      expect(await contactCount()).toBe(0)
      await mock.runOperations()
      expect(await contactCount()).toBe(2)
      expect(await egoi.operations.getAllOperations()).toEqual({ total_items: 0, items: [] })
    })

    it("approves queued operations, and sorts the others into invalid_operation_action and operation_not_found", async () => {
      const a = await queueImport("a")
      const b = await queueImport("b")
      expect(await egoi.operations.actionApproveOperation({ operations: [a] })).toEqual({ success: [a], error: NONE })
      expect(await statusOf(a)).toBe("executing")
      expect(await egoi.operations.actionApproveOperation({ operations: [a, b, 999] })).toEqual({
        success: [b],
        error: { invalid_operation_action: [a], operation_not_found: [999] }
      })
      await mock.runOperations()
      expect(await contactCount()).toBe(4)
    })

    it("pauses an operation so it does not run, and resumes it so it does", async () => {
      const receiver = await startReceiver()
      try {
        const paused = await queueImport("p", `${receiver.url}/paused`)
        const other = await queueImport("o", `${receiver.url}/other`)
        expect(await egoi.operations.actionPauseOperation({ operations: [paused] })).toEqual({
          success: [paused],
          error: NONE
        })
        expect(await egoi.operations.actionPauseOperation({ operations: [paused, 999] })).toEqual({
          success: [],
          error: { invalid_operation_action: [paused], operation_not_found: [999] }
        })
        await mock.runOperations()
        expect(await contactCount()).toBe(2)
        expect(receiver.received.map(({ path }) => path)).toEqual(["/other"])
        expect(await statusOf(paused)).toBe("paused")
        expect(await statusOf(other)).toBeUndefined()

        expect(await egoi.operations.actionResumeOperation({ operations: [paused] })).toEqual({
          success: [paused],
          error: NONE
        })
        expect(await statusOf(paused)).toBe("queued")
        expect(await egoi.operations.actionResumeOperation({ operations: [paused, 999] })).toEqual({
          success: [],
          error: { invalid_operation_action: [paused], operation_not_found: [999] }
        })
        await mock.runOperations()
        expect(await contactCount()).toBe(4)
        expect(receiver.received.map(({ path }) => path)).toEqual(["/other", "/paused"])
      } finally {
        await receiver.close()
      }
    })

    it("an approved (executing) operation can be paused too", async () => {
      const a = await queueImport("a")
      await egoi.operations.actionApproveOperation({ operations: [a] })
      expect(await egoi.operations.actionPauseOperation({ operations: [a] })).toEqual({ success: [a], error: NONE })
      await mock.runOperations()
      expect(await contactCount()).toBe(0)
    })

    it("cancels operations so they never run; a cancelled one is then not found", async () => {
      const receiver = await startReceiver()
      try {
        const cancelled = await queueImport("c", `${receiver.url}/cancelled`)
        const exported = await queueExport()
        const kept = await queueImport("k", `${receiver.url}/kept`)
        expect(await egoi.operations.actionCancelOperation({ operations: [cancelled, exported] })).toEqual({
          success: [cancelled, exported],
          error: NONE
        })
        expect((await egoi.operations.getAllOperations()).items.map((op) => op.operation_id)).toEqual([kept])
        expect(await egoi.operations.actionCancelOperation({ operations: [cancelled] })).toEqual({
          success: [],
          error: { invalid_operation_action: [], operation_not_found: [cancelled] }
        })
        await mock.runOperations()
        expect(await contactCount()).toBe(2)
        expect(receiver.received.map(({ path }) => path)).toEqual(["/kept"])
        expect(mock.callbacks().map((callback) => callback.url)).toEqual([`${receiver.url}/kept`])
      } finally {
        await receiver.close()
      }
    })

    it("refuses an empty, repeated or invalid list of operation IDs before sending anything", async () => {
      mock.clearRequests()
      for (const operations of [[], [1, 1], [0]]) {
        await expect(egoi.operations.actionCancelOperation({ operations })).rejects.toBeInstanceOf(EgoiValidationError)
      }
      await expect(egoi.operations.getAllOperations({ type: "imports" as "import_contacts" })).rejects.toBeInstanceOf(
        EgoiValidationError
      )
      expect(mock.requests()).toEqual([])
    })
  })

  describe("in the default mode", () => {
    beforeEach(() => open({}))

    it("runs a queued import on its own, shortly after accepting it", async () => {
      await egoi.contacts.actionImportBulk({
        list_id: listId,
        mode: "add",
        compare_field: "email",
        contacts: [{ base: { email: "a@example.com" } }, { base: { email: "b@example.com" } }]
      })
      await vi.waitFor(async () => expect(await contactCount()).toBe(2))
      expect((await egoi.operations.getAllOperations()).total_items).toBe(0)
    })
  })
})
