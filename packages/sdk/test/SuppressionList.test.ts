import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Egoi, EgoiNotFoundError, EgoiValidationError } from "../src/index.js"

describe("egoi.suppressionList", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make()
    egoi = new Egoi({ fetch: mock.fetch, baseUrl: EgoiMock.IN_PROCESS_URL, apiKey: "k", rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  it("adds values, lists them with filters, and deletes a manual entry", async () => {
    expect(
      await egoi.suppressionList.createSuppressionList({ type: "email", value: ["a@example.com", "b@example.com"] })
    ).toEqual({ result: "success" })
    await egoi.suppressionList.createSuppressionList({ type: "cellphone", value: ["351-910000000"] })
    const all = await egoi.suppressionList.getAllSuppressionList()
    expect(all.total_items).toBe(3)
    expect(all.items.map((entry) => entry.value)).toEqual(["351-910000000", "b@example.com", "a@example.com"])
    expect(all.items[0]).toMatchObject({ type: "cellphone", method: "manual", created: expect.any(String) })
    const emails = await egoi.suppressionList.getAllSuppressionList({ type: "email", order: "asc", order_by: "value" })
    expect(emails.items.map((entry) => entry.value)).toEqual(["a@example.com", "b@example.com"])

    const [first] = emails.items
    await expect(egoi.suppressionList.deleteSuppressionList({ suppression_id: first!.id })).resolves.toBeUndefined()
    await expect(egoi.suppressionList.deleteSuppressionList({ suppression_id: first!.id })).rejects.toBeInstanceOf(
      EgoiNotFoundError
    )
    expect((await egoi.suppressionList.getAllSuppressionList()).total_items).toBe(2)
  })

  it("iterates the whole list with for await", async () => {
    await egoi.suppressionList.createSuppressionList({
      type: "email",
      value: Array.from({ length: 23 }, (_, i) => `user${i}@example.com`)
    })
    mock.clearRequests()
    const values: Array<string> = []
    for await (const entry of egoi.suppressionList.getAllSuppressionList({ limit: 10, order: "asc" })) {
      values.push(entry.value)
    }
    expect(values).toHaveLength(23)
    expect(values[0]).toBe("user0@example.com")
    expect(mock.requests().map((request) => request.query.offset)).toEqual(["0", "10", "20"])
  })

  it("refuses a phone not written <country code>-<number> before sending, naming the value", async () => {
    const error = await egoi.suppressionList
      .createSuppressionList({ type: "phone", value: ["351-300404336", "300404336"] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiValidationError)
    expect((error as EgoiValidationError).issues.map((issue) => issue.path)).toEqual(["value.1"])
    expect(mock.requests()).toHaveLength(0)
  })
})
