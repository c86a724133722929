import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as TrackEngage from "../src/TrackEngage.js"
import { describeSamples, refused } from "./utils/DocumentedSamples.js"

describeSamples({
  group: "trackEngage",
  params: { getAllDomains: {}, getAllGoals: {} },
  samples: [
    {
      file: "track-engage/getAllDomains.200.json",
      operation: "getAllDomains",
      status: 200,
      schema: TrackEngage.TrackedDomainCollection
    },
    {
      file: "track-engage/getAllDomains.200.openapi.json",
      operation: "getAllDomains",
      status: 200,
      schema: TrackEngage.TrackedDomainCollection
    },
    {
      file: "track-engage/getAllGoals.200.json",
      operation: "getAllGoals",
      status: 200,
      schema: TrackEngage.GoalCollection
    },
    {
      file: "track-engage/getAllGoals.200.openapi.json",
      operation: "getAllGoals",
      status: 200,
      schema: TrackEngage.GoalCollection
    }
  ],
  noContent: []
})

describe("goals", () => {
  it("decode each documented kind of goal, and a kind E-goi adds later", () => {
    const decode = Schema.decodeUnknownSync(TrackEngage.Goal)
    const goals = [
      { id: 1, config: { type: "manual", multiple_conversion: true } },
      {
        id: 2,
        config: {
          type: "automatic",
          rule: "url",
          condition: "contains",
          pattern: "checkout/confirmation",
          case_sensitive: false,
          multiple_conversion: true
        }
      },
      { id: 3, config: { type: "time", minutes: 10 } },
      { id: 4, config: { type: "scroll" } }
    ]
    for (const goal of goals) expect(decode(goal)).toStrictEqual(goal)
  })

  it.effect("refuses parameters the operations do not take", () =>
    Effect.gen(function* () {
      const error = yield* refused("trackEngage", "getAllGoals", { limit: 10 })
      expect(error.issues).toStrictEqual([{ path: "limit", message: "is not a parameter of getAllGoals" }])
      const domains = yield* refused("trackEngage", "getAllDomains", { status: "active" })
      expect(domains.issues).toStrictEqual([{ path: "status", message: "is not a parameter of getAllDomains" }])
    })
  )
})
