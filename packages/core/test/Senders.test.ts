import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as Senders from "../src/Senders.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

// "Hello, sender!" in base64.
const FILE = "SGVsbG8sIHNlbmRlciE="

const PARAMS: Record<string, Record<string, unknown>> = {
  getAllCellphoneSenders: {},
  createCellphoneSender: { type: "alpha_numeric", cellphone: "Your company name", file: FILE },
  deleteCellphoneSender: { sender_id: 1 },
  getAllEmailSenders: {},
  createEmailSender: { name: "E-goi", email: "example@e-goi.com" },
  putEmailSender: { sender_id: 1, name: "New sender name" },
  deleteEmailSender: { sender_id: 1 },
  getAllPhoneSenders: {},
  createPhoneSender: { phone: "351-300404336", file: FILE },
  deletePhoneSender: { sender_id: 1 }
}

describeSamples({
  group: "senders",
  params: PARAMS,
  samples: [
    {
      file: "senders/getAllCellphoneSenders.200.json",
      operation: "getAllCellphoneSenders",
      status: 200,
      schema: Senders.CellphoneSenderCollection
    },
    {
      file: "senders/createCellphoneSender.201.json",
      operation: "createCellphoneSender",
      status: 201,
      schema: Senders.CellphoneSender
    },
    {
      file: "senders/getAllEmailSenders.200.json",
      operation: "getAllEmailSenders",
      status: 200,
      schema: Senders.EmailSenderCollection
    },
    {
      file: "senders/createEmailSender.201.json",
      operation: "createEmailSender",
      status: 201,
      schema: Senders.EmailSender
    },
    { file: "senders/putEmailSender.200.json", operation: "putEmailSender", status: 200, schema: Senders.EmailSender },
    {
      file: "senders/getAllPhoneSenders.200.json",
      operation: "getAllPhoneSenders",
      status: 200,
      schema: Senders.PhoneSenderCollection
    },
    {
      file: "senders/createPhoneSender.201.json",
      operation: "createPhoneSender",
      status: 201,
      schema: Senders.PhoneSender
    }
  ],
  noContent: ["deleteCellphoneSender", "deleteEmailSender", "deletePhoneSender"]
})

describe("requests", () => {
  it.effect("createPhoneSender sends the phone and the base64 file as JSON", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient("senders", "createPhoneSender", PARAMS.createPhoneSender, {
        status: 201,
        body: fixture("senders/createPhoneSender.201.json")
      })
      expect(sent).toHaveLength(1)
      expect(sent[0]!.method).toBe("POST")
      expect(sent[0]!.url.pathname).toBe("/senders/phone")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({ phone: "351-300404336", file: FILE })
    })
  )

  it.effect("getAllEmailSenders sends the page and the status filter", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "senders",
        "getAllEmailSenders",
        { offset: 10, limit: 5, status: "active" },
        { body: { items: [] } }
      )
      expect(sent[0]!.url.pathname).toBe("/senders/email")
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({
        offset: "10",
        limit: "5",
        status: "active"
      })
    })
  )

  it.effect("putEmailSender puts the name at the sender's path", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient("senders", "putEmailSender", PARAMS.putEmailSender, {
        body: fixture("senders/putEmailSender.200.json")
      })
      expect(sent[0]!.method).toBe("PUT")
      expect(sent[0]!.url.pathname).toBe("/senders/email/1")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({ name: "New sender name" })
    })
  )

  it.effect("deleteCellphoneSender deletes at the sender's path", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient("senders", "deleteCellphoneSender", { sender_id: 42 }, { status: 204 })
      expect(sent[0]!.method).toBe("DELETE")
      expect(sent[0]!.url.pathname).toBe("/senders/cellphone/42")
    })
  )
})

describe("validation before sending", () => {
  const paths = (error: { readonly issues: ReadonlyArray<{ readonly path: string }> }) =>
    error.issues.map((issue) => issue.path)

  it.effect("refuses a phone without the dialing code and dash", () =>
    Effect.gen(function* () {
      const error = yield* refused("senders", "createPhoneSender", { phone: "300404336", file: FILE })
      expect(error.issues).toStrictEqual([
        {
          path: "phone",
          message: 'Expected a number as <country code>-<number>, e.g. 351-910000000, got "300404336"'
        }
      ])
    })
  )

  it.effect("refuses a phone with a 4-digit dialing code or a short number", () =>
    Effect.gen(function* () {
      expect(paths(yield* refused("senders", "createPhoneSender", { phone: "3510-300404336", file: FILE }))).toEqual([
        "phone"
      ])
      expect(paths(yield* refused("senders", "createPhoneSender", { phone: "351-300", file: FILE }))).toEqual(["phone"])
    })
  )

  it.effect("refuses a missing email, naming it", () =>
    Effect.gen(function* () {
      const error = yield* refused("senders", "createEmailSender", { name: "E-goi" })
      expect(paths(error)).toEqual(["email"])
      expect(error.message).toContain("email")
    })
  )

  it.effect("refuses an email that is not an address, and an empty name", () =>
    Effect.gen(function* () {
      const error = yield* refused("senders", "createEmailSender", { name: "", email: "not-an-email" })
      expect(paths(error).sort()).toEqual(["email", "name"])
      expect(error.issues.find((issue) => issue.path === "email")!.message).toBe(
        'Expected an email address, got "not-an-email"'
      )
    })
  )

  it.effect("refuses a file that is not base64", () =>
    Effect.gen(function* () {
      for (const file of ["Hello, sender!", "SGVsbG8", "SGVs\nbG8=", ""]) {
        const error = yield* refused("senders", "createPhoneSender", { phone: "351-300404336", file })
        expect({ file, paths: paths(error) }).toStrictEqual({ file, paths: ["file"] })
      }
    })
  )

  it.effect("refuses a cellphone sender type that is not documented, and a missing file", () =>
    Effect.gen(function* () {
      const error = yield* refused("senders", "createCellphoneSender", { type: "alphanumeric", cellphone: "Shop" })
      expect(paths(error).sort()).toEqual(["file", "type"])
      expect(error.issues.find((issue) => issue.path === "type")!.message).toBe(
        'Expected one of alpha_numeric, numeric, got "alphanumeric"'
      )
    })
  )

  it.effect("refuses sender_id 0, a status filter that is not documented and limit 1001", () =>
    Effect.gen(function* () {
      expect(paths(yield* refused("senders", "deleteEmailSender", { sender_id: 0 }))).toEqual(["sender_id"])
      expect(paths(yield* refused("senders", "putEmailSender", { sender_id: 1.5, name: "x" }))).toEqual(["sender_id"])
      const error = yield* refused("senders", "getAllPhoneSenders", { status: "blocked", limit: 1001 })
      expect(paths(error).sort()).toEqual(["limit", "status"])
    })
  )

  it.effect("refuses order, which sender collections do not take", () =>
    Effect.gen(function* () {
      const error = yield* refused("senders", "getAllCellphoneSenders", { order: "asc" })
      expect(error.issues).toStrictEqual([{ path: "order", message: "is not a parameter of getAllCellphoneSenders" }])
    })
  )

  it("accepts base64 with one or two padding characters, and none", () => {
    const decode = Schema.decodeUnknownEither(Senders.Base64File)
    for (const file of ["YQ==", "YWI=", "YWJj", Buffer.from("any bytes \u0000\u00ff").toString("base64")]) {
      expect({ file, ok: decode(file)._tag }).toStrictEqual({ file, ok: "Right" })
    }
  })
})

describe("tolerance", () => {
  it("keeps an undocumented status or cellphone type, and decodes a sender without status", () => {
    const cellphone = fixture("senders/createCellphoneSender.201.json") as Record<string, unknown>
    const decoded = Schema.decodeUnknownSync(Senders.CellphoneSender)({
      ...cellphone,
      status: "suspended",
      type: "short_code",
      country: "PT"
    })
    expect(decoded).toStrictEqual({ ...cellphone, status: "suspended", type: "short_code" })
    const { status: _, ...withoutStatus } = fixture("senders/createEmailSender.201.json") as Record<string, unknown>
    expect(Schema.decodeUnknownSync(Senders.EmailSender)(withoutStatus)).toStrictEqual(withoutStatus)
  })

  it("decodes a page of senders with or without total_items", () => {
    const page = fixture("senders/getAllPhoneSenders.200.json") as { items: Array<unknown> }
    expect(Schema.decodeUnknownSync(Senders.PhoneSenderCollection)({ ...page, total_items: 1 })).toStrictEqual({
      ...page,
      total_items: 1
    })
    expect(Schema.decodeUnknownSync(Senders.PhoneSenderCollection)({})).toStrictEqual({ items: [] })
  })

  it("still refuses a sender without its ID", () => {
    expect(() => Schema.decodeUnknownSync(Senders.PhoneSender)({ phone: "351-300404336" })).toThrow(/sender_id/)
  })
})
