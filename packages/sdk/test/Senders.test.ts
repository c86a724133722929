import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import {
  Egoi,
  EgoiConflictError,
  EgoiNotFoundError,
  EgoiUnprocessableEntityError,
  EgoiValidationError
} from "../src/index.js"

// The bytes of a (tiny) authorization letter, as the API takes them.
const FILE = Buffer.from("%PDF-1.4 authorization letter").toString("base64")

describe("senders, through the SDK against the mock", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make({ seed: "sdk" })
    egoi = new Egoi({
      apiKey: "sdk-senders-key",
      baseUrl: EgoiMock.IN_PROCESS_URL,
      fetch: mock.fetch,
      rateLimit: false
    })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  it("creates, lists, renames and removes an email sender", async () => {
    const created = await egoi.senders.createEmailSender({ name: "E-goi", email: "news@example.com" })
    expect(created).toEqual({
      sender_id: created.sender_id,
      name: "E-goi",
      email: "news@example.com",
      status: "moderation"
    })
    expect(mock.requests().at(-1)).toMatchObject({ method: "POST", path: "/senders/email", status: 201 })

    const page = await egoi.senders.getAllEmailSenders()
    expect(page).toEqual({ items: [created] })

    const renamed = await egoi.senders.putEmailSender({ sender_id: created.sender_id, name: "E-goi News" })
    expect(renamed).toEqual({ ...created, name: "E-goi News" })
    expect((await egoi.senders.getAllEmailSenders()).items).toEqual([renamed])

    await expect(egoi.senders.deleteEmailSender({ sender_id: created.sender_id })).resolves.toBeUndefined()
    expect(mock.requests().at(-1)).toMatchObject({ method: "DELETE", status: 204 })
    expect((await egoi.senders.getAllEmailSenders()).items).toEqual([])
    await expect(egoi.senders.deleteEmailSender({ sender_id: created.sender_id })).rejects.toBeInstanceOf(
      EgoiNotFoundError
    )
    await expect(egoi.senders.putEmailSender({ sender_id: created.sender_id, name: "x" })).rejects.toBeInstanceOf(
      EgoiNotFoundError
    )
  })

  it("refuses an email sender whose address is taken, with 409", async () => {
    await egoi.senders.createEmailSender({ name: "First", email: "news@example.com" })
    const error = await egoi.senders
      .createEmailSender({ name: "Second", email: "NEWS@example.com" })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiConflictError)
    expect((error as EgoiConflictError).errors).toEqual({ sender_already_exists: "The sender already exists" })
    expect((await egoi.senders.getAllEmailSenders()).items).toHaveLength(1)
  })

  it("creates, lists and removes cellphone senders, keeping the file out of answers", async () => {
    const alpha = await egoi.senders.createCellphoneSender({ type: "alpha_numeric", cellphone: "MyShop", file: FILE })
    expect(alpha).toEqual({
      sender_id: alpha.sender_id,
      type: "alpha_numeric",
      cellphone: "MyShop",
      status: "moderation"
    })
    const numeric = await egoi.senders.createCellphoneSender({ type: "numeric", cellphone: "351-910000000" })
    expect(numeric.type).toBe("numeric")
    expect((await egoi.senders.getAllCellphoneSenders()).items).toEqual([alpha, numeric])
    // The mock keeps what was uploaded, for tests to inspect.
    const stored = mock.snapshot().cellphoneSenders as Array<{ sender_id: number; file: string }>
    expect(stored.find((sender) => sender.sender_id === alpha.sender_id)?.file).toBe(FILE)

    await egoi.senders.deleteCellphoneSender({ sender_id: alpha.sender_id })
    expect((await egoi.senders.getAllCellphoneSenders()).items).toEqual([numeric])
    await expect(egoi.senders.deleteCellphoneSender({ sender_id: alpha.sender_id })).rejects.toBeInstanceOf(
      EgoiNotFoundError
    )
  })

  it("answers 422 for a numeric cellphone sender that is not a number, and 409 for a taken name", async () => {
    const invalid = await egoi
      .request({ method: "POST", path: "/senders/cellphone", body: { type: "numeric", cellphone: "MyShop" } })
      .catch((e: unknown) => e)
    expect(invalid).toBeInstanceOf(EgoiUnprocessableEntityError)
    expect(Object.keys((invalid as EgoiUnprocessableEntityError).errors ?? {})).toEqual(["cellphone"])
    await egoi.senders.createCellphoneSender({ type: "alpha_numeric", cellphone: "MyShop", file: FILE })
    await expect(
      egoi.senders.createCellphoneSender({ type: "alpha_numeric", cellphone: "myshop", file: FILE })
    ).rejects.toBeInstanceOf(EgoiConflictError)
  })

  it("creates, lists and removes phone senders", async () => {
    const phone = await egoi.senders.createPhoneSender({ phone: "351-300404336", file: FILE })
    expect(phone).toEqual({ sender_id: phone.sender_id, phone: "351-300404336", status: "moderation" })
    await expect(egoi.senders.createPhoneSender({ phone: "351-300404336", file: FILE })).rejects.toBeInstanceOf(
      EgoiConflictError
    )
    expect(await egoi.senders.getAllPhoneSenders()).toEqual({ items: [phone] })
    await egoi.senders.deletePhoneSender({ sender_id: phone.sender_id })
    expect(await egoi.senders.getAllPhoneSenders()).toEqual({ items: [] })
    await expect(egoi.senders.deletePhoneSender({ sender_id: phone.sender_id })).rejects.toBeInstanceOf(
      EgoiNotFoundError
    )
  })

  it("filters by status", async () => {
    const sender = await egoi.senders.createPhoneSender({ phone: "351-300404336", file: FILE })
    expect((await egoi.senders.getAllPhoneSenders({ status: "moderation" })).items).toEqual([sender])
    expect((await egoi.senders.getAllPhoneSenders({ status: "active" })).items).toEqual([])
    expect(mock.requests().at(-1)?.query).toEqual({ status: "active" })
  })

  it("iterates every sender with for await, page by page, oldest first", async () => {
    const created: Array<number> = []
    for (let i = 0; i < 25; i++) {
      created.push(
        (await egoi.senders.createEmailSender({ name: `Sender ${i}`, email: `s${i}@example.com` })).sender_id
      )
    }
    mock.clearRequests()
    const seen: Array<number> = []
    for await (const sender of egoi.senders.getAllEmailSenders({ limit: 10 })) seen.push(sender.sender_id)
    expect(seen).toEqual(created)
    // No total_items for senders: the short third page is the last.
    expect(mock.requests().map((request) => request.query.offset)).toEqual(["0", "10", "20"])
  })

  it("refuses a phone without its dialing code, or a file that is not base64, before sending", async () => {
    const error = await egoi.senders.createPhoneSender({ phone: "300404336", file: "not base64!" }).catch((e) => e)
    expect(error).toBeInstanceOf(EgoiValidationError)
    expect((error as EgoiValidationError).issues.map((issue) => issue.path).sort()).toEqual(["file", "phone"])
    const missing = await egoi.senders
      .createEmailSender({ name: "No address" } as { name: string; email: string })
      .catch((e) => e)
    expect((missing as EgoiValidationError).issues.map((issue) => issue.path)).toEqual(["email"])
    expect(mock.requests()).toHaveLength(0)
  })
})
