/**
 * The mock speaks E-goi's wire format: raw requests to the socket server, bytes compared with the
 * documented samples.
 */
import * as Net from "node:net"
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

describe("any input", () => {
  /** E-goi's error body with `status`, and nothing of the mock's insides in it. */
  const expectEgoiError = async (response: Response, status: number) => {
    expect(response.status).toBe(status)
    expect(response.headers.get("content-type")).toMatch(/^application\/json/)
    const body = await response.json()
    expect(Object.keys(body)).toEqual(["title", "status", "detail"])
    expect(body.status).toBe(status)
    expect(body.title).not.toMatch(/^HTTP /)
    expect(body.detail).not.toMatch(/Error|exception|stack|_tag|\bat \w+ \(/i)
    return body
  }
  const post = (path: string, body: string, contentType = "application/json") =>
    fetch(`${server.url}${path}`, { method: "POST", headers: { Apikey: KEY, "content-type": contentType }, body })

  it("answers 400 for a body that is not JSON, or nests 100,000 levels deep", async () => {
    await expectEgoiError(await post("/lists", "{oops"), 400)
    await expectEgoiError(await post("/lists", "[".repeat(100_000) + "]".repeat(100_000)), 400)
    const deep = await expectEgoiError(
      await post("/lists", `{"internal_name":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}`),
      400
    )
    expect(deep.detail).toMatch(/deeper than \d+ levels/)
  })

  it("answers 400 for a path or query that is not valid percent-encoding", async () => {
    await expectEgoiError(await call("GET", "/lists/%E0%A4%A"), 400)
    await expectEgoiError(await call("GET", "/lists?limit=%ZZ"), 400)
  })

  it("answers 404 for a path no operation has, and 405 with Allow for another method", async () => {
    await expectEgoiError(await call("GET", "/nothing/here"), 404)
    const wrongMethod = await call("PUT", "/lists")
    expect(wrongMethod.headers.get("allow")).toBe("GET, POST")
    await expectEgoiError(wrongMethod, 405)
  })

  it("answers 415 for a body that is not JSON, and creates nothing", async () => {
    const before = server.mock.snapshot().lists.length
    await expectEgoiError(await post("/lists", "internal_name=form", "application/x-www-form-urlencoded"), 415)
    await expectEgoiError(await post("/lists", '{"internal_name":"text"}', "text/plain"), 415)
    expect(server.mock.snapshot().lists).toHaveLength(before)
    expect((await post("/lists", '{"internal_name":"json"}', "application/json; charset=utf-8")).status).toBe(201)
  })

  it("answers 431 for headers past 16 KiB, and 400 for a request Node cannot parse", async () => {
    await expectEgoiError(await call("GET", "/lists", undefined, { Apikey: KEY, "x-big": "b".repeat(20_000) }), 431)
    const answer = await raw("GET /lists HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n")
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toMatchObject({
      title: "Bad Request",
      status: 400
    })
  })

  it("refuses a Prefer value it does not take with a 400 naming those it takes", async () => {
    for (const prefer of ["code=999", "code=204", "code=abc", "delay=-5", "delay=600000", "return=minimal"]) {
      const body = await expectEgoiError(await call("GET", "/lists", undefined, { Apikey: KEY, Prefer: prefer }), 400)
      expect(body.detail).toContain("code=<400|401|403|404|408|409|413|422|429|500|503>, delay=<0..60000>")
    }
    await expectEgoiError(await call("GET", "/lists", undefined, { Apikey: KEY, Prefer: "code=422; delay=5" }), 422)
  })
})

/** Writes raw bytes and resolves with all that came back until the server closed the connection. */
const raw = (text: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = Net.connect(server.port, "127.0.0.1", () => socket.write(text))
    let received = ""
    socket.on("data", (data) => {
      received += data.toString("latin1")
    })
    socket.on("error", reject)
    socket.on("close", () => resolve(received))
  })
