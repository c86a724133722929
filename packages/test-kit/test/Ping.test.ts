/**
 * Ping in the mock: `pong`, with or without a key.
 */
import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import { clientAndMock, mockClient } from "./utils/client.js"

describe("ping", () => {
  it.effect("answers pong to a client, and to a caller with no key where keys are required", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      expect(yield* egoi.ping.ping()).toEqual({ result: "pong" })
      const bare = yield* Effect.promise(() => mock.fetch(`${EgoiMock.IN_PROCESS_URL}/ping`, { method: "POST" }))
      expect([bare.status, yield* Effect.promise(() => bare.json())]).toEqual([200, { result: "pong" }])
    }).pipe(Effect.provide(mockClient({ apiKeys: [EgoiMock.TEST_API_KEY] })))
  )
})
