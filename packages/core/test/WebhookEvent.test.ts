import * as Either from "effect/Either"
import { describe, expect, it } from "vitest"
import * as WebhookEvent from "../src/WebhookEvent.js"

const TOKEN = "a-token-of-enough-length"
const event = {
  action: "subscription",
  list_id: 3,
  date: "2024-05-01 10:00:00",
  contact: { contact_id: "a1b2c3d4e5", email: "ana@example.com" }
}

describe("WebhookEvent", () => {
  it("decodes each action's post as its variant, and names what is wrong with one that is not", () => {
    for (const action of WebhookEvent.CONTACT_ACTIONS) {
      expect(WebhookEvent.decode(JSON.stringify({ ...event, action }))).toEqual(Either.right({ ...event, action }))
    }
    const refused = Either.getLeft(WebhookEvent.decode(JSON.stringify({ ...event, list_id: "3", contact: {} })))
    expect(refused._tag === "Some" && refused.value.join("\n")).toMatch(/list_id[\s\S]*contact\.contact_id/)
    expect(WebhookEvent.decode("{not json")).toEqual(Either.left(["the body is not JSON"]))
  })

  it("compares secrets whatever their lengths", () => {
    expect(WebhookEvent.secretsEqual(TOKEN, TOKEN)).toBe(true)
    expect(WebhookEvent.secretsEqual(`${TOKEN}x`, TOKEN)).toBe(false)
    expect(WebhookEvent.secretsEqual(TOKEN.slice(1), TOKEN)).toBe(false)
    expect(WebhookEvent.secretsEqual("", TOKEN)).toBe(false)
  })

  it("a receiver checks the token, recognizes a delivery made again, and forgets the oldest past its memory", () => {
    const receiver = WebhookEvent.receiver({ token: TOKEN, remember: 2 })
    const body = JSON.stringify(event)
    expect(receiver.receive("/hook", body)).toMatchObject({ _tag: "Refused", status: 401 })
    expect(receiver.receive(`/hook?token=${TOKEN}`, "[]")).toMatchObject({ _tag: "Refused", status: 400 })
    const first = receiver.receive(`/hook?token=${TOKEN}`, body)
    expect(first).toMatchObject({
      _tag: "Event",
      duplicate: false,
      id: "3:a1b2c3d4e5:subscription:2024-05-01 10:00:00"
    })
    expect(receiver.receive(`https://example.com/hook?token=${TOKEN}`, body)).toMatchObject({ duplicate: true })
    for (const date of ["2024-05-02 10:00:00", "2024-05-03 10:00:00"])
      receiver.receive(`/hook?token=${TOKEN}`, JSON.stringify({ ...event, date }))
    expect(receiver.receive(`/hook?token=${TOKEN}`, body)).toMatchObject({ duplicate: false })
    expect(() => WebhookEvent.receiver({ token: "short" })).toThrow(/16 characters/)
  })
})
