import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Egoi, EgoiConflictError, EgoiUnprocessableEntityError, EgoiValidationError } from "../src/index.js"

describe("cnames, through the SDK against the mock", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make({ seed: "sdk" })
    egoi = new Egoi({ apiKey: "sdk-cnames-key", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  it("creates CNAMEs and lists them all", async () => {
    expect(await egoi.cnames.getAllCNames()).toEqual({ total_items: 0, items: [] })
    const first = await egoi.cnames.createCName({ value: "mkt.example.com" })
    expect(first).toEqual({ cname_id: first.cname_id, value: "mkt.example.com", status: "unverified" })
    expect(mock.requests().at(-1)).toMatchObject({ method: "POST", path: "/cnames", status: 201 })
    const second = await egoi.cnames.createCName({ value: "Links.Example.org" })
    expect(second.value).toBe("links.example.org")
    expect(second.cname_id).toBeGreaterThan(first.cname_id)
    expect(await egoi.cnames.getAllCNames()).toEqual({ total_items: 2, items: [first, second] })
  })

  it("answers 409 cname_exists for a CNAME the account has", async () => {
    await egoi.cnames.createCName({ value: "mkt.example.com" })
    const error = await egoi.cnames.createCName({ value: "MKT.example.com" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiConflictError)
    expect((error as EgoiConflictError).errors).toEqual({ cname_exists: "The provided cname already exists" })
    expect((await egoi.cnames.getAllCNames()).total_items).toBe(1)
  })

  it("answers 422 for a missing value or one that is not a domain", async () => {
    for (const params of [{}, { value: "not a domain" }]) {
      const error = await egoi.cnames.createCName(params).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(EgoiUnprocessableEntityError)
      expect(Object.keys((error as EgoiUnprocessableEntityError).errors ?? {})).toEqual(["value"])
    }
    expect((await egoi.cnames.getAllCNames()).items).toEqual([])
  })

  it("refuses an empty value before sending", async () => {
    await expect(egoi.cnames.createCName({ value: "" })).rejects.toBeInstanceOf(EgoiValidationError)
    expect(mock.requests()).toHaveLength(0)
  })
})
