/**
 * Automations in the mock: seeded with their actions, listed and filtered, removed (taking their
 * contacts out of the queue); contacts are started only at an action of an active automation of
 * their list.
 */
import { it } from "@effect/vitest"
import { EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import { clientAndMock, mockClient, seed } from "./utils/client.js"

const ACCOUNT = seed({
  lists: [{ internal_name: "Customers" }, { internal_name: "Leads" }],
  contacts: [{ list_id: 1, contact_id: "a000000001", base: { email: "ana@example.com" } }],
  automations: [
    {
      list_id: 1,
      title: "Welcome",
      actions: [
        { title: "Send welcome email", action: "sendEmail" },
        { title: "Tag as new", action: "addTag" }
      ]
    },
    { list_id: 2, title: "Nurture leads", status: "inactive", contact_limit: 100 },
    { list_id: 1, title: "Win back", allow_multiple_contacts: false }
  ]
})

describe("automations", () => {
  it.effect("lists the seeded automations newest first, filtered and ordered as asked, without their actions", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* ACCOUNT
      const all = yield* egoi.automations.getAllAutomations()
      expect(all.total_items).toBe(3)
      expect(all.items.map((automation) => automation.automation_id)).toEqual([3, 2, 1])
      expect(all.items[2]).toEqual({
        automation_id: 1,
        title: "Welcome",
        list_id: 1,
        status: "active",
        created_by: 1,
        allow_multiple_contacts: true,
        contact_limit: 0,
        created: "2024-05-01",
        updated: "2024-05-01"
      })
      expect(
        (yield* egoi.automations.getAllAutomations({ list_id: 1, order: "asc" })).items.map((a) => a.title)
      ).toEqual(["Welcome", "Win back"])
      expect((yield* egoi.automations.getAllAutomations({ status: "inactive" })).items.map((a) => a.title)).toEqual([
        "Nurture leads"
      ])
      expect((yield* egoi.automations.getAllAutomations({ title: "win" })).items.map((a) => a.automation_id)).toEqual([
        3
      ])
      const byTitle = yield* egoi.automations.getAllAutomations({ order_by: "title", order: "asc", limit: 2 })
      expect(byTitle).toMatchObject({ total_items: 3, items: [{ title: "Nurture leads" }, { title: "Welcome" }] })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("getAllActions answers an automation's actions in order, each following the one before", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* ACCOUNT
      const actions = yield* egoi.automations.getAllActions({ automation_id: 1 })
      expect(actions).toEqual({
        total_items: 2,
        items: [
          expect.objectContaining({ action_id: 1, title: "Send welcome email", action: "sendEmail", parent_id: null }),
          expect.objectContaining({ action_id: 2, title: "Tag as new", action: "addTag", parent_id: 1 })
        ]
      })
      expect(
        (yield* egoi.automations.getAllActions({ automation_id: 1, offset: 1 })).items.map((a) => a.action_id)
      ).toEqual([2])
      // IDs are the account's: the next automation's first action goes on from there.
      expect((yield* egoi.automations.getAllActions({ automation_id: 2 })).items.map((a) => a.action_id)).toEqual([3])
      const missing = yield* Effect.flip(egoi.automations.getAllActions({ automation_id: 9 }))
      expect(missing).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect(missing).toMatchObject({ errors: { automation_id: ["Automation 9 does not exist"] } })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("deleteAutomation removes it and its queue: the contact can be started again in a new one only", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* ACCOUNT
      const start = (automation_id: number, action_id: number) =>
        egoi.contacts.actionStartAutomation({ list_id: 1, automation_id, action_id, contacts: ["a000000001"] })
      expect((yield* start(1, 2)).success).toEqual(["a000000001"])
      expect(yield* egoi.automations.deleteAutomation({ automation_id: 1 })).toBeUndefined()
      expect((yield* egoi.automations.getAllAutomations()).items.map((a) => a.automation_id)).toEqual([3, 2])
      expect(yield* Effect.flip(egoi.automations.deleteAutomation({ automation_id: 1 }))).toBeInstanceOf(
        EgoiError.NotFound
      )
      expect(yield* Effect.flip(start(1, 1))).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect(
    "actionStartAutomation refuses an automation of another list, an inactive one, and an action not its own",
    () =>
      Effect.gen(function* () {
        const { egoi } = yield* clientAndMock
        yield* ACCOUNT
        const start = (list_id: number, automation_id: number, action_id: number) =>
          Effect.flip(
            egoi.contacts.actionStartAutomation({ list_id, automation_id, action_id, contacts: ["a000000001"] })
          )
        expect(yield* start(1, 2, 3)).toMatchObject({
          status: 422,
          errors: { automation_id: ["Automation 2 belongs to list 2"] }
        })
        expect(yield* start(2, 2, 3)).toMatchObject({
          status: 422,
          errors: { automation_id: ["Automation 2 is inactive"] }
        })
        expect(yield* start(1, 3, 1)).toMatchObject({
          status: 422,
          errors: { action_id: ["Automation 3 has no action 1"] }
        })
        expect(yield* start(1, 8, 1)).toMatchObject({ status: 404 })
      }).pipe(Effect.provide(mockClient()))
  )
})
