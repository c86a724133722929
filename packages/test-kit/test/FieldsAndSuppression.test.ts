/**
 * The functions the contacts module builds on (fields, uniqueness, the suppression list), checked
 * against what the routes of the mock did.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import { baseFieldIds, extraFieldOf, extraFieldsOf, isUniqueField, optionIdsOf } from "../src/internal/fields.js"
import type { MockState } from "../src/internal/state.js"
import { addSuppression, isSuppressed } from "../src/internal/suppressionList.js"

const KEY = "fields-test-key"

const stateOf = (mock: EgoiMock.EgoiMock) =>
  (mock as unknown as Record<symbol, MockState>)[Symbol.for("@egoi-ts/test-kit/state")]!

let mock: EgoiMock.EgoiMock

const call = async (method: string, path: string, body?: unknown) => {
  const response = await mock.fetch(`${EgoiMock.IN_PROCESS_URL}${path}`, {
    method,
    headers: { Apikey: KEY, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() }
}

beforeEach(() => {
  mock = EgoiMock.make({ now: () => Date.UTC(2024, 4, 1, 10, 0, 0) })
  mock.seed({ lists: [{ internal_name: "Newsletter" }, { internal_name: "Customers" }] })
})
afterEach(() => mock.dispose())

describe("fields", () => {
  it("lists the base fields, then the list's extra fields with their options", async () => {
    const color = await call("POST", "/lists/1/fields/extra", { name: "Color", format: "options" })
    await call("POST", "/lists/2/fields/extra", { name: "Elsewhere", format: "text" })
    const red = await call("POST", `/lists/1/fields/extra/${color.body.field_id}/options`, {
      en: "Red",
      pt: "Vermelho"
    })
    const all = await call("GET", "/lists/1/fields?limit=100")
    expect(all.body.map((field: { field_id: string }) => field.field_id)).toEqual([
      ...baseFieldIds,
      color.body.field_id
    ])
    expect(all.body.find((field: { type: string }) => field.type === "extra")).toEqual({
      type: "extra",
      field_id: color.body.field_id,
      name: "Color",
      format: "options",
      unique: false,
      options: [{ option_id: red.body.option_id, en: "Red", pt: "Vermelho" }]
    })
    expect((await call("GET", "/lists/1/fields")).body).toHaveLength(8)
    expect((await call("GET", "/lists/1/fields?offset=7")).body).toHaveLength(1)
    expect(extraFieldsOf(stateOf(mock), 1).map((field) => field.name)).toEqual(["Color"])
    expect(optionIdsOf(stateOf(mock), 1, Number(color.body.field_id))).toEqual([red.body.option_id])
  })

  it("treats email, cellphone and phone as unique until patchBaseField says otherwise; extra fields by their flag", async () => {
    const state = stateOf(mock)
    expect(baseFieldIds.filter((id) => isUniqueField(state, 1, id))).toEqual(["email", "cellphone", "phone"])
    const patched = await call("PATCH", "/lists/1/fields/base/cellphone", { unique: false })
    expect(patched.body).toEqual({ field_id: "cellphone", name: "Cellphone", format: "cellphone", unique: false })
    expect(isUniqueField(state, 1, "cellphone")).toBe(false)
    expect(isUniqueField(state, 2, "cellphone")).toBe(true)
    expect((await call("PATCH", "/lists/1/fields/base/first_name", { unique: true })).status).toBe(422)
    expect((await call("PATCH", "/lists/1/fields/base/nickname", { unique: true })).status).toBe(404)

    const code = await call("POST", "/lists/1/fields/extra", { name: "Customer code", format: "text", unique: true })
    expect(isUniqueField(state, 1, Number(code.body.field_id))).toBe(true)
    expect(isUniqueField(state, 1, code.body.field_id)).toBe(true)
    await call("PATCH", `/lists/1/fields/extra/${code.body.field_id}`, { unique: false, name: "Code" })
    expect(extraFieldOf(state, 1, Number(code.body.field_id))).toMatchObject({ name: "Code", unique: false })
    expect(isUniqueField(state, 1, code.body.field_id)).toBe(false)
    expect(isUniqueField(state, 1, 999)).toBe(false)
  })

  it("answers 404 for a missing list, field or option, and 422 for options on a text field", async () => {
    const text = await call("POST", "/lists/1/fields/extra", { name: "Notes", format: "text" })
    expect((await call("POST", "/lists/9/fields/extra", { name: "X", format: "text" })).status).toBe(422)
    expect((await call("PATCH", "/lists/1/fields/extra/999", { name: "X" })).status).toBe(404)
    expect((await call("PATCH", `/lists/2/fields/extra/${text.body.field_id}`, { name: "X" })).status).toBe(404)
    expect((await call("GET", "/lists/1/fields/extra/999/options")).status).toBe(404)
    expect((await call("DELETE", `/lists/1/fields/extra/${text.body.field_id}/options/1`)).status).toBe(404)
    const refused = await call("POST", `/lists/1/fields/extra/${text.body.field_id}/options`, { en: "Yes" })
    expect(refused.status).toBe(422)
    expect(Object.keys(refused.body.errors)).toEqual(["field_id"])
  })

  it("deleting an extra field removes its options", async () => {
    const color = await call("POST", "/lists/1/fields/extra", { name: "Color", format: "options" })
    await call("POST", `/lists/1/fields/extra/${color.body.field_id}/options`, { en: "Red" })
    expect((await call("DELETE", `/lists/1/fields/extra/${color.body.field_id}`)).status).toBe(204)
    expect(optionIdsOf(stateOf(mock), 1, Number(color.body.field_id))).toEqual([])
    expect(extraFieldsOf(stateOf(mock), 1)).toEqual([])
  })
})

describe("suppression list", () => {
  it("addSuppression is idempotent per type and value, ignoring the case of emails", () => {
    const state = stateOf(mock)
    const first = addSuppression(state, { type: "email", value: "Ana@Example.com", method: "unsubscribe" })
    const again = addSuppression(state, { type: "email", value: "ana@example.com" })
    expect(again).toEqual(first)
    expect(first).toMatchObject({ id: 1, value: "ana@example.com", type: "email", method: "unsubscribe" })
    expect(addSuppression(state, { type: "email_user", value: "ana" }).id).toBe(2)
  })

  it("isSuppressed matches the value, and an email by its domain or user entries", () => {
    const state = stateOf(mock)
    addSuppression(state, { type: "email_domain", value: "spam.example" })
    addSuppression(state, { type: "email_user", value: "noreply" })
    addSuppression(state, { type: "cellphone", value: "351-910000000" })
    expect(isSuppressed(state, "email", "someone@SPAM.example")).toBe(true)
    expect(isSuppressed(state, "email", "noreply@example.com")).toBe(true)
    expect(isSuppressed(state, "email", "ana@example.com")).toBe(false)
    expect(isSuppressed(state, "cellphone", "351-910000000")).toBe(true)
    expect(isSuppressed(state, "phone", "351-910000000")).toBe(false)
  })

  it("the routes add manual entries, filter and page, and delete only manual ones", async () => {
    const added = await call("POST", "/suppression-list", { type: "email", value: ["a@example.com", "b@example.com"] })
    expect(added).toEqual({ status: 202, body: { result: "success" } })
    await call("POST", "/suppression-list", { type: "email", value: ["A@example.com"] })
    const bounced = addSuppression(stateOf(mock), { type: "email", value: "c@example.com", method: "bounce" })
    const all = await call("GET", "/suppression-list")
    expect(all.body.total_items).toBe(3)
    expect(all.body.items.map((entry: { id: number }) => entry.id)).toEqual([3, 2, 1])
    expect(all.body.items[2]).toEqual({
      id: 1,
      value: "a@example.com",
      type: "email",
      method: "manual",
      created: "2024-05-01 10:00:00"
    })
    const manual = await call("GET", "/suppression-list?method=manual&order=asc&order_by=value&limit=1")
    expect(manual.body).toMatchObject({ total_items: 2, items: [{ value: "a@example.com" }] })
    expect((await call("GET", "/suppression-list?value=c@")).body.total_items).toBe(1)
    const refused = await call("DELETE", `/suppression-list/${bounced.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.errors).toEqual({ unremovable_entry: "Unremovable Entry" })
    expect((await call("DELETE", "/suppression-list/1")).status).toBe(204)
    expect((await call("DELETE", "/suppression-list/1")).status).toBe(404)
    expect(isSuppressed(stateOf(mock), "email", "a@example.com")).toBe(false)
  })
})
