/**
 * The mock speaks E-goi's wire format: raw requests to the socket server, bytes compared with the
 * documented samples.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as MockServer from "../src/MockServer.js"

const KEY = "wire-format-key"
let server: MockServer.MockServer

beforeAll(async () => {
  server = await MockServer.start({ apiKeys: [KEY] })
})
afterAll(() => server.close())

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = { Apikey: KEY }) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })

const DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/** A list's fields, in the documented order. */
const LIST_FIELDS = ["list_id", "internal_name", "public_name", "status", "group_id", "created", "updated"]

describe("success bodies and statuses", () => {
  it("answers createList with 201 and the documented fields, in the documented order", async () => {
    const response = await call("POST", "/lists", { internal_name: "Internal name", public_name: "Public name" })
    expect(response.status).toBe(201)
    expect(response.headers.get("content-type")).toMatch(/^application\/json/)
    const text = await response.text()
    const body = JSON.parse(text)
    expect(Object.keys(body)).toEqual(LIST_FIELDS)
    expect(body).toMatchObject({
      internal_name: "Internal name",
      public_name: "Public name",
      status: "active",
      group_id: 0
    })
    expect(body.created).toMatch(DATE)
    expect(text).toBe(JSON.stringify(body))
  })

  it("answers getList with the languages and stats blocks before the list fields", async () => {
    const created = await (await call("POST", "/lists", { internal_name: "With stats" })).json()
    const body = await (await call("GET", `/lists/${created.list_id}`)).json()
    expect(Object.keys(body)).toEqual(["default_language", "available_languages", "stats", ...LIST_FIELDS])
    expect(Object.keys(body.stats)).toEqual([
      "total_contacts",
      "total_active",
      "total_inactive",
      "total_removed",
      "total_unconfirmed",
      "total_waiting_new_confirmation"
    ])
    expect(body.public_name).toBe("With stats")
  })

  it("answers collections as { total_items, items }", async () => {
    const text = await (await call("GET", "/tags?limit=1")).text()
    expect(text).toBe('{"total_items":0,"items":[]}')
    await call("POST", "/tags", { name: "Your custom tag", color: "#FFFFFF" })
    const body = await (await call("GET", "/tags")).json()
    expect(body).toEqual({ total_items: 1, items: [{ tag_id: 1, name: "Your custom tag", color: "#FFFFFF" }] })
  })

  it("answers deletes and enable-transactional with 204 and no body", async () => {
    const tag = await (await call("POST", "/tags", { name: "to delete" })).json()
    const deleted = await call("DELETE", `/tags/${tag.tag_id}`)
    expect(deleted.status).toBe(204)
    expect(await deleted.text()).toBe("")
    const enabled = await call("POST", "/my-account/actions/enable-transactional")
    expect(enabled.status).toBe(204)
    expect(await enabled.text()).toBe("")
  })

  it("answers enable-te and ping with the documented bodies", async () => {
    const te = await call("POST", "/my-account/actions/enable-te", { domain: "e-goi.com" })
    expect(te.status).toBe(200)
    expect(await te.text()).toBe('{"result":true,"response":"success"}')
    const ping = await call("POST", "/ping", undefined, {})
    expect(ping.status).toBe(200)
    expect(await ping.text()).toBe('{"result":"pong"}')
  })
})

describe("error bodies", () => {
  const expectProblem = async (response: Response, status: number, title: string) => {
    expect(response.status).toBe(status)
    const body = await response.json()
    expect(Object.keys(body).filter((key) => key !== "errors")).toEqual(["title", "status", "detail"])
    expect(body).toMatchObject({ title, status })
    expect(typeof body.detail).toBe("string")
    expect(body).not.toHaveProperty("_tag")
    return body
  }

  it("answers 401 without a valid Apikey, whatever the header's case", async () => {
    await expectProblem(await call("GET", "/lists", undefined, {}), 401, "Unauthorized")
    await expectProblem(await call("GET", "/lists", undefined, { Apikey: "wrong" }), 401, "Unauthorized")
    expect((await call("GET", "/lists", undefined, { APIKEY: KEY })).status).toBe(200)
  })

  it("answers 404 for a missing resource", async () => {
    const body = await expectProblem(await call("GET", "/lists/999"), 404, "Not Found")
    expect(body.detail).toContain("999")
  })

  it("answers 422 with an errors object naming each invalid field", async () => {
    const body = await expectProblem(await call("GET", "/lists?limit=5000"), 422, "Unprocessable Entity")
    expect(body.errors.limit).toEqual([expect.stringMatching(/^Expected an integer from 1 to 1000/)])
    const missing = await expectProblem(
      await call("POST", "/lists", { public_name: "no internal" }),
      422,
      "Unprocessable Entity"
    )
    expect(Object.keys(missing.errors)).toEqual(["internal_name"])
  })

  it("answers 409 with the documented reason", async () => {
    await call("POST", "/tags", { name: "taken" })
    const body = await expectProblem(await call("POST", "/tags", { name: "taken" }), 409, "Conflict")
    expect(body.errors).toEqual({ name_already_exists: "The provided name already exists" })
  })

  it("answers 413 past 20 MB without reading the body", async () => {
    const big = "x".repeat(20_000_001)
    const response = await fetch(`${server.url}/lists`, {
      method: "POST",
      headers: { Apikey: KEY, "content-type": "application/json" },
      body: big
    })
    await expectProblem(response, 413, "Payload Too Large")
  })
})

describe("headers", () => {
  it("sends the rate-limit and account headers on every answer", async () => {
    const response = await call("GET", "/lists")
    for (const name of [
      "x-ratelimit-limit",
      "x-ratelimit-remaining",
      "x-ratelimit-reset",
      "x-account-limit",
      "x-account-remaining",
      "x-account-reset"
    ]) {
      expect(Number(response.headers.get(name))).toBeGreaterThanOrEqual(0)
    }
  })
})
