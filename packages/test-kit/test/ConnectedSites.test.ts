/**
 * Connected sites and Track&Engage in the mock: sites tie a domain to an existing list, are unique,
 * and are what Track&Engage tracks; disconnecting a site takes its goals with it.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import { clientAndMock, mockClient, seed } from "./utils/client.js"

const oneList = seed({ lists: [{ internal_name: "Customers" }] })

describe("connected sites", () => {
  it.effect("connects a domain to a list, shows it with a tracking code, lists and disconnects it", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* oneList
      const created = yield* egoi.connectedSites.createConnectedSites({ domain: "Shop.Example.com", list_id: 1 })
      expect(created).toMatchObject({ domain: "shop.example.com", list_id: 1 })
      expect(created.code).toMatch(/^<script type='text\/javascript'>.*<\/script>$/)
      expect(created.features?.[0]?.track_and_engage).toEqual({ enabled: true })
      expect(yield* egoi.connectedSites.getConnectedSites({ domain: "shop.example.com" })).toEqual(created)
      expect(yield* egoi.connectedSites.getAllConnectedSites()).toEqual({
        total_items: 1,
        items: [{ domain: "shop.example.com", list_id: 1 }]
      })
      yield* egoi.connectedSites.deleteConnectedSites({ domain: "SHOP.example.com" })
      expect((yield* egoi.connectedSites.getAllConnectedSites()).items).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses a site for a list that does not exist, and a domain already connected, with 422", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* oneList
      const noList = yield* Effect.flip(
        egoi.connectedSites.createConnectedSites({ domain: "a.example.com", list_id: 9 })
      )
      expect(noList).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect(noList).toMatchObject({ errors: { list_id: ["List 9 does not exist"] } })
      yield* egoi.connectedSites.createConnectedSites({ domain: "a.example.com", list_id: 1 })
      const twice = yield* Effect.flip(
        egoi.connectedSites.createConnectedSites({ domain: "A.example.com", list_id: 1 })
      )
      expect(twice).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect(twice).toMatchObject({ errors: { domain: ["The domain A.example.com is already a connected site"] } })
      expect((yield* egoi.connectedSites.getAllConnectedSites()).total_items).toBe(1)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 404 for a domain that is not connected, to get and to delete", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const get = yield* Effect.flip(egoi.connectedSites.getConnectedSites({ domain: "nowhere.example.com" }))
      expect(get).toBeInstanceOf(EgoiError.NotFound)
      expect(get).toMatchObject({ detail: "The domain nowhere.example.com is not a connected site" })
      const del = yield* Effect.flip(egoi.connectedSites.deleteConnectedSites({ domain: "nowhere.example.com" }))
      expect(del).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("track&engage", () => {
  it.effect("tracks the connected sites, with their goals, and forgets both when a site goes", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seed({
        lists: [{ internal_name: "Customers" }, { internal_name: "Blog" }],
        connectedSites: [
          { domain: "shop.example.com", list_id: 1 },
          { domain: "blog.example.com", list_id: 2, track_and_engage: false }
        ],
        goals: [
          {
            domain: "shop.example.com",
            name: "Checkout",
            config: { type: "automatic", rule: "url", condition: "contains", pattern: "checkout/done" }
          },
          { domain: "blog.example.com", name: "Read 5 minutes", config: { type: "time", minutes: 5 } }
        ]
      })
      expect(yield* egoi.trackEngage.getAllDomains()).toEqual({
        total_items: 2,
        items: [
          { domain: "shop.example.com", list_id: 1, status: "active" },
          { domain: "blog.example.com", list_id: 2, status: "inactive" }
        ]
      })
      const goals = yield* egoi.trackEngage.getAllGoals()
      expect(goals.items.map((goal) => [goal.id, goal.domain, goal.name])).toEqual([
        [1, "shop.example.com", "Checkout"],
        [2, "blog.example.com", "Read 5 minutes"]
      ])

      yield* egoi.connectedSites.deleteConnectedSites({ domain: "blog.example.com" })
      expect((yield* egoi.trackEngage.getAllDomains()).items.map((domain) => domain.domain)).toEqual([
        "shop.example.com"
      ])
      expect((yield* egoi.trackEngage.getAllGoals()).items.map((goal) => goal.name)).toEqual(["Checkout"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("refuses to seed a goal on a domain that is not connected", () =>
    Effect.gen(function* () {
      const { mock } = yield* clientAndMock
      expect(() => mock.seed({ goals: [{ domain: "x.example.com", name: "Signup" }] })).toThrow(
        "Cannot seed goal Signup: x.example.com is not a connected site"
      )
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers the documented 401 without a key, on both routes", () =>
    Effect.gen(function* () {
      const { mock } = yield* clientAndMock
      for (const path of ["/trackengage/domains", "/trackengage/goals", "/connectedsites"]) {
        const response = yield* Effect.promise(() => mock.fetch(`${EgoiMock.IN_PROCESS_URL}${path}`))
        expect({ path, status: response.status }).toEqual({ path, status: 401 })
      }
    }).pipe(Effect.provide(mockClient()))
  )
})
