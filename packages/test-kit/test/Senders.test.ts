/**
 * Senders in the mock: email, cellphone and phone senders, in moderation when new, unique, listed
 * oldest first without a total, their files kept but never answered.
 */
import { it } from "@effect/vitest"
import { EgoiError, Pagination } from "@egoi-ts/core"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { describe, expect } from "vitest"
import { clientAndMock, mockClient, raw, seed } from "./utils/client.js"

// The bytes of a (tiny) authorization letter, as the API takes them.
const FILE = Buffer.from("%PDF-1.4 authorization letter").toString("base64")

const SENDER_EXISTS = { sender_already_exists: "The sender already exists" }

describe("senders", () => {
  it.effect("creates, lists, renames and removes an email sender", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const created = yield* egoi.senders.createEmailSender({ name: "E-goi", email: "news@example.com" })
      expect(created).toEqual({ sender_id: 1, name: "E-goi", email: "news@example.com", status: "moderation" })
      expect(mock.requests().at(-1)).toMatchObject({ method: "POST", path: "/senders/email", status: 201 })
      expect(yield* egoi.senders.getAllEmailSenders()).toEqual({ items: [created] })

      const renamed = yield* egoi.senders.putEmailSender({ sender_id: 1, name: "E-goi News" })
      expect(renamed).toEqual({ ...created, name: "E-goi News" })
      expect((yield* egoi.senders.getAllEmailSenders()).items).toEqual([renamed])

      yield* egoi.senders.deleteEmailSender({ sender_id: 1 })
      expect(mock.requests().at(-1)).toMatchObject({ method: "DELETE", status: 204 })
      expect((yield* egoi.senders.getAllEmailSenders()).items).toEqual([])
      expect(yield* Effect.flip(egoi.senders.deleteEmailSender({ sender_id: 1 }))).toBeInstanceOf(EgoiError.NotFound)
      expect(yield* Effect.flip(egoi.senders.putEmailSender({ sender_id: 1, name: "x" }))).toBeInstanceOf(
        EgoiError.NotFound
      )
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses an email sender whose address is taken, whatever its case, with 409", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* egoi.senders.createEmailSender({ name: "First", email: "news@example.com" })
      const error = yield* Effect.flip(egoi.senders.createEmailSender({ name: "Second", email: "NEWS@example.com" }))
      expect(error).toBeInstanceOf(EgoiError.Conflict)
      expect(error).toMatchObject({ errors: SENDER_EXISTS })
      expect((yield* egoi.senders.getAllEmailSenders()).items).toHaveLength(1)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("creates, lists and removes cellphone senders, keeping the file out of answers", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const alpha = yield* egoi.senders.createCellphoneSender({
        type: "alpha_numeric",
        cellphone: "MyShop",
        file: FILE
      })
      expect(alpha).toEqual({ sender_id: 1, type: "alpha_numeric", cellphone: "MyShop", status: "moderation" })
      const numeric = yield* egoi.senders.createCellphoneSender({ type: "numeric", cellphone: "351-910000000" })
      expect(numeric.type).toBe("numeric")
      expect((yield* egoi.senders.getAllCellphoneSenders()).items).toEqual([alpha, numeric])
      // The mock keeps what was uploaded, for tests to inspect.
      const stored = mock.snapshot().cellphoneSenders as Array<{ sender_id: number; file: string }>
      expect(stored.find((sender) => sender.sender_id === alpha.sender_id)?.file).toBe(FILE)

      yield* egoi.senders.deleteCellphoneSender({ sender_id: alpha.sender_id })
      expect((yield* egoi.senders.getAllCellphoneSenders()).items).toEqual([numeric])
      const again = yield* Effect.flip(egoi.senders.deleteCellphoneSender({ sender_id: alpha.sender_id }))
      expect(again).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 422 for a numeric cellphone sender that is not a number, and 409 for a taken name", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      // The client refuses it before sending; any other client is answered 422 naming the field.
      const invalid = yield* raw("POST", "/senders/cellphone", { type: "numeric", cellphone: "MyShop" })
      expect(invalid.status).toBe(422)
      expect(Object.keys(invalid.body.errors ?? {})).toEqual(["cellphone"])
      yield* egoi.senders.createCellphoneSender({ type: "alpha_numeric", cellphone: "MyShop", file: FILE })
      const taken = yield* Effect.flip(
        egoi.senders.createCellphoneSender({ type: "alpha_numeric", cellphone: "myshop", file: FILE })
      )
      expect(taken).toMatchObject({ status: 409, errors: SENDER_EXISTS })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("creates, lists and removes phone senders, each number once", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const phone = yield* egoi.senders.createPhoneSender({ phone: "351-300404336", file: FILE })
      expect(phone).toEqual({ sender_id: 1, phone: "351-300404336", status: "moderation" })
      const taken = yield* Effect.flip(egoi.senders.createPhoneSender({ phone: "351-300404336", file: FILE }))
      expect(taken).toMatchObject({ status: 409, errors: SENDER_EXISTS })
      expect(yield* egoi.senders.getAllPhoneSenders()).toEqual({ items: [phone] })
      yield* egoi.senders.deletePhoneSender({ sender_id: phone.sender_id })
      expect(yield* egoi.senders.getAllPhoneSenders()).toEqual({ items: [] })
      const again = yield* Effect.flip(egoi.senders.deletePhoneSender({ sender_id: phone.sender_id }))
      expect(again).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("filters by status, seeded senders included", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* seed({
        phoneSenders: [{ phone: "351-300000001", status: "active" }],
        emailSenders: [{ name: "Approved", email: "ok@example.com", status: "active" }],
        cellphoneSenders: [{ type: "alpha_numeric", cellphone: "Shop", status: "rejected" }]
      })
      const moderated = yield* egoi.senders.createPhoneSender({ phone: "351-300404336", file: FILE })
      expect((yield* egoi.senders.getAllPhoneSenders({ status: "moderation" })).items).toEqual([moderated])
      expect((yield* egoi.senders.getAllPhoneSenders({ status: "active" })).items).toEqual([
        { sender_id: 1, phone: "351-300000001", status: "active" }
      ])
      expect(mock.requests().at(-1)?.query).toEqual({ status: "active" })
      expect((yield* egoi.senders.getAllEmailSenders({ status: "active" })).items.map((s) => s.email)).toEqual([
        "ok@example.com"
      ])
      expect((yield* egoi.senders.getAllCellphoneSenders({ status: "moderation" })).items).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers every page to a stream, oldest first, the short page being the last", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* seed({
        emailSenders: Array.from({ length: 25 }, (_, i) => ({ name: `Sender ${i}`, email: `s${i}@example.com` }))
      })
      mock.clearRequests()
      const all = yield* Stream.runCollect(Pagination.stream(egoi.senders.getAllEmailSenders, { limit: 10 }))
      expect(Chunk.toReadonlyArray(all).map((sender) => sender.sender_id)).toEqual(
        Array.from({ length: 25 }, (_, i) => i + 1)
      )
      // No total_items for senders: the short third page is the last.
      expect(mock.requests().map((request) => request.query.offset)).toEqual(["0", "10", "20"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect(
    "a phone without its dialing code, a file that is not base64 or no address are refused before the mock",
    () =>
      Effect.gen(function* () {
        const { egoi, mock } = yield* clientAndMock
        const pathsOf = (error: unknown) => {
          expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
          return (error as EgoiError.RequestValidationError).issues.map((issue) => issue.path).sort()
        }
        const phone = yield* Effect.flip(egoi.senders.createPhoneSender({ phone: "300404336", file: "not base64!" }))
        expect(pathsOf(phone)).toEqual(["file", "phone"])
        const missing = yield* Effect.flip(
          egoi.senders.createEmailSender({ name: "No address" } as { name: string; email: string })
        )
        expect(pathsOf(missing)).toEqual(["email"])
        expect(mock.requests()).toEqual([])
      }).pipe(Effect.provide(mockClient()))
  )
})
