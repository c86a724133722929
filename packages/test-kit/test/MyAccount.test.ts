/**
 * The account in the mock: Track&Engage and transactional sending are enabled once each.
 */
import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import { call, clientAndMock, mockClient, raw } from "./utils/client.js"

describe("my account", () => {
  it.effect("enables Track&Engage and transactional once each", () =>
    Effect.gen(function* () {
      expect((yield* raw("POST", "/my-account/actions/enable-te", { domain: "x.com", list_id: 9 })).status).toBe(422)
      expect((yield* raw("POST", "/my-account/actions/enable-te", { domain: "x.com" })).status).toBe(200)
      expect((yield* raw("GET", "/my-account")).body.module_info.te.enabled).toBe(true)
      expect((yield* raw("POST", "/my-account/actions/enable-te", { domain: "x.com" })).body.errors).toHaveProperty(
        "domain_already_defined"
      )
      expect((yield* raw("POST", "/my-account/actions/enable-transactional")).status).toBe(204)
      expect((yield* raw("POST", "/my-account/actions/enable-transactional")).status).toBe(409)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("draws the account's client ID from the seed: the same for the same seed, kept across a reset", () =>
    Effect.gen(function* () {
      const { mock } = yield* clientAndMock
      const clientId = (yield* raw("GET", "/my-account")).body.general_info.client_id
      expect(clientId).toMatch(/^\d{6}$/)
      mock.reset()
      expect((yield* raw("GET", "/my-account")).body.general_info.client_id).toBe(clientId)
      const twin = EgoiMock.make({ seed: "demo" })
      const answer = yield* Effect.promise(() => call(twin, "GET", "/my-account"))
      yield* Effect.promise(() => twin.dispose())
      expect(answer.body.general_info.client_id).toBe(clientId)
    }).pipe(Effect.provide(mockClient({ seed: "demo" })))
  )
})
