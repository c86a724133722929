/**
 * The operations queue in the mock: imports and exports wait as operations, are listed, approved,
 * paused, resumed and cancelled, and leave the queue when they have run.
 */
import { it } from "@effect/vitest"
import { EgoiClient, EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import { clientAndMock, mockClient, seed } from "./utils/client.js"
import { scopedReceiver } from "./utils/receiver.js"

const NONE = { invalid_operation_action: [], operation_not_found: [] }

const egoi = EgoiClient.EgoiClient

/** Queues an import of two contacts into list 1 and answers its operation ID. */
const queueImport = (prefix: string, callback_url?: string) =>
  Effect.gen(function* () {
    const client = yield* egoi
    const ids = (page: { readonly items: ReadonlyArray<{ readonly operation_id?: number | undefined }> }) =>
      page.items.map((operation) => operation.operation_id)
    const before = new Set(ids(yield* client.operations.getAllOperations({ limit: 1000 })))
    yield* client.contacts.actionImportBulk({
      list_id: 1,
      mode: "add",
      compare_field: "email",
      contacts: [{ base: { email: `${prefix}-1@example.com` } }, { base: { email: `${prefix}-2@example.com` } }],
      ...(callback_url ? { callback_url } : {})
    })
    return ids(yield* client.operations.getAllOperations({ limit: 1000 })).find((id) => !before.has(id))!
  })

/** Queues an export of list 1 and answers its operation ID. */
const queueExport = Effect.gen(function* () {
  const client = yield* egoi
  yield* client.contacts.actionExportContacts({ list_id: 1, format: "csv" })
  return (yield* client.operations.getAllOperations({ type: "export_contacts", limit: 1 })).items[0]!.operation_id!
})

const contactCount = Effect.flatMap(egoi, (client) => client.contacts.getAllContacts({ list_id: 1, limit: 1 })).pipe(
  Effect.map((page) => page.total_items)
)

const statusOf = (operationId: number) =>
  Effect.flatMap(egoi, (client) => client.operations.getAllOperations({ limit: 1000 })).pipe(
    Effect.map((page) => page.items.find((operation) => operation.operation_id === operationId)?.status)
  )

const runOperations = Effect.flatMap(EgoiMock.EgoiMockService, (mock) => Effect.promise(() => mock.runOperations()))

const newsletter = seed({ lists: [{ internal_name: "Newsletter" }] })

describe("operations, run when asked", () => {
  it.effect("lists the queued operations newest first, filtered by type and status, in the order asked", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* newsletter
      const first = yield* queueImport("a")
      const exported = yield* queueExport
      const third = yield* queueImport("b")
      const page = yield* egoi.operations.getAllOperations()
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
      const ascending = yield* egoi.operations.getAllOperations({ order: "asc", order_by: "operation_id" })
      expect(ascending.items.map((op) => op.operation_id)).toEqual([first, exported, third])
      const imports = yield* egoi.operations.getAllOperations({ type: "import_contacts" })
      expect(imports.items.map((op) => op.operation_id)).toEqual([third, first])
      const second = yield* egoi.operations.getAllOperations({ limit: 1, offset: 1 })
      expect(second).toEqual({ total_items: 3, items: [expect.objectContaining({ operation_id: exported })] })

      yield* egoi.operations.actionPauseOperation({ operations: [first] })
      const paused = yield* egoi.operations.getAllOperations({ status: "paused" })
      expect(paused.items.map((op) => op.operation_id)).toEqual([first])
      expect((yield* egoi.operations.getAllOperations({ status: "queued" })).total_items).toBe(2)
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.effect("runs the queue and empties it: a finished operation leaves the list", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* newsletter
      yield* queueImport("a")
      yield* queueExport
      expect(yield* contactCount).toBe(0)
      yield* runOperations
      expect(yield* contactCount).toBe(2)
      expect(yield* egoi.operations.getAllOperations()).toEqual({ total_items: 0, items: [] })
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.effect(
    "approves queued operations, and sorts the others into invalid_operation_action and operation_not_found",
    () =>
      Effect.gen(function* () {
        const { egoi } = yield* clientAndMock
        yield* newsletter
        const a = yield* queueImport("a")
        const b = yield* queueImport("b")
        expect(yield* egoi.operations.actionApproveOperation({ operations: [a] })).toEqual({
          success: [a],
          error: NONE
        })
        expect(yield* statusOf(a)).toBe("executing")
        expect(yield* egoi.operations.actionApproveOperation({ operations: [a, b, 999] })).toEqual({
          success: [b],
          error: { invalid_operation_action: [a], operation_not_found: [999] }
        })
        yield* runOperations
        expect(yield* contactCount).toBe(4)
      }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.scoped("pauses an operation so it does not run, and resumes it so it does", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const receiver = yield* scopedReceiver()
      yield* newsletter
      const paused = yield* queueImport("p", `${receiver.url}/paused`)
      const other = yield* queueImport("o", `${receiver.url}/other`)
      expect(yield* egoi.operations.actionPauseOperation({ operations: [paused] })).toEqual({
        success: [paused],
        error: NONE
      })
      expect(yield* egoi.operations.actionPauseOperation({ operations: [paused, 999] })).toEqual({
        success: [],
        error: { invalid_operation_action: [paused], operation_not_found: [999] }
      })
      yield* runOperations
      expect(yield* contactCount).toBe(2)
      expect(receiver.received.map(({ path }) => path)).toEqual(["/other"])
      expect(yield* statusOf(paused)).toBe("paused")
      expect(yield* statusOf(other)).toBeUndefined()

      expect(yield* egoi.operations.actionResumeOperation({ operations: [paused] })).toEqual({
        success: [paused],
        error: NONE
      })
      expect(yield* statusOf(paused)).toBe("queued")
      expect(yield* egoi.operations.actionResumeOperation({ operations: [paused, 999] })).toEqual({
        success: [],
        error: { invalid_operation_action: [paused], operation_not_found: [999] }
      })
      yield* runOperations
      expect(yield* contactCount).toBe(4)
      expect(receiver.received.map(({ path }) => path)).toEqual(["/other", "/paused"])
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.effect("an approved (executing) operation can be paused too", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* newsletter
      const a = yield* queueImport("a")
      yield* egoi.operations.actionApproveOperation({ operations: [a] })
      expect(yield* egoi.operations.actionPauseOperation({ operations: [a] })).toEqual({ success: [a], error: NONE })
      yield* runOperations
      expect(yield* contactCount).toBe(0)
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.scoped("cancels operations so they never run; a cancelled one is then not found", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const receiver = yield* scopedReceiver()
      yield* newsletter
      const cancelled = yield* queueImport("c", `${receiver.url}/cancelled`)
      const exported = yield* queueExport
      const kept = yield* queueImport("k", `${receiver.url}/kept`)
      expect(yield* egoi.operations.actionCancelOperation({ operations: [cancelled, exported] })).toEqual({
        success: [cancelled, exported],
        error: NONE
      })
      expect((yield* egoi.operations.getAllOperations()).items.map((op) => op.operation_id)).toEqual([kept])
      expect(yield* egoi.operations.actionCancelOperation({ operations: [cancelled] })).toEqual({
        success: [],
        error: { invalid_operation_action: [], operation_not_found: [cancelled] }
      })
      yield* runOperations
      expect(yield* contactCount).toBe(2)
      expect(receiver.received.map(({ path }) => path)).toEqual(["/kept"])
      expect(mock.callbacks()).toEqual([
        { url: `${receiver.url}/kept`, body: { imported: 2, updated: 0, ignored: 0, invalid: 0 }, status: 200 }
      ])
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.effect("an empty, repeated or invalid list of operation IDs is refused before it reaches the mock", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      for (const operations of [[], [1, 1], [0]]) {
        const error = yield* Effect.flip(egoi.operations.actionCancelOperation({ operations }))
        expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
      }
      const badType = yield* Effect.flip(egoi.operations.getAllOperations({ type: "imports" as "import_contacts" }))
      expect(badType).toBeInstanceOf(EgoiError.RequestValidationError)
      expect(mock.requests()).toEqual([])
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )
})

describe("operations, run by themselves", () => {
  it.scoped(
    "a queued import runs on its own shortly after it is accepted, reports to its callback, leaves the queue",
    () =>
      Effect.gen(function* () {
        const { egoi } = yield* clientAndMock
        const receiver = yield* scopedReceiver()
        yield* newsletter
        yield* egoi.contacts.actionImportBulk({
          list_id: 1,
          mode: "add",
          compare_field: "email",
          contacts: [{ base: { email: "a@example.com" } }, { base: { email: "b@example.com" } }],
          callback_url: `${receiver.url}/done`
        })
        // No runOperations: the callback comes once the operation has run by itself.
        yield* Effect.promise(() => receiver.arrived(1))
        expect(receiver.received.map(({ path, body }) => ({ path, body }))).toEqual([
          { path: "/done", body: { imported: 2, updated: 0, ignored: 0, invalid: 0 } }
        ])
        const page = yield* egoi.contacts.getAllContacts({ list_id: 1 })
        expect(page.items.map((contact) => contact.base.email)).toEqual(["a@example.com", "b@example.com"])
        expect((yield* egoi.operations.getAllOperations()).total_items).toBe(0)
      }).pipe(Effect.provide(mockClient()))
  )
})
