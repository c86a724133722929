/**
 * The audience the campaign tests send to: list 1 with contacts that can and cannot receive on each
 * channel, senders of every kind (approved, and one still in moderation), and a suppressed address.
 */
import type { EgoiClient } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import type * as EgoiMock from "../../src/EgoiMock.js"
import { seed } from "./client.js"

/** The contacts of list 1, by name. */
export const PEOPLE = {
  /** Active, with an email, a cellphone and a phone. */
  ana: "a000000001",
  /** Active, with an email and a cellphone. */
  bruno: "a000000002",
  /** Inactive. */
  carla: "a000000003",
  /** Unsubscribed. */
  dora: "a000000004",
  /** Active, but their email is in the suppression list. */
  eva: "a000000005",
  /** Active, a cellphone and no email. */
  filipe: "a000000006",
  /** Active, with an email whose email channel is disabled. */
  gil: "a000000007"
} as const

export const AUDIENCE: EgoiMock.Seed = {
  lists: [{ internal_name: "Newsletter" }, { internal_name: "Other" }],
  tags: [{ name: "VIP" }],
  emailSenders: [
    { name: "News", email: "news@example.com", status: "active" },
    { name: "Pending", email: "pending@example.com" }
  ],
  cellphoneSenders: [{ type: "alpha_numeric", cellphone: "MyShop", status: "active" }],
  phoneSenders: [{ phone: "351-300404336", status: "active" }],
  contacts: [
    {
      list_id: 1,
      contact_id: PEOPLE.ana,
      tags: [1],
      base: { first_name: "Ana", email: "ana@example.com", cellphone: "351-910000001", phone: "351-220000001" }
    },
    { list_id: 1, contact_id: PEOPLE.bruno, base: { email: "bruno@example.org", cellphone: "351-910000002" } },
    { list_id: 1, contact_id: PEOPLE.carla, base: { email: "carla@example.com", status: "inactive" } },
    { list_id: 1, contact_id: PEOPLE.dora, base: { email: "dora@example.com", status: "removed" } },
    {
      list_id: 1,
      contact_id: PEOPLE.eva,
      tags: [1],
      base: { email: "eva@example.com", cellphone: "351-910000005" }
    },
    { list_id: 1, contact_id: PEOPLE.filipe, base: { cellphone: "351-910000006" } },
    { list_id: 1, contact_id: PEOPLE.gil, base: { email: "gil@example.com", email_status: "inactive" } }
  ],
  suppressionList: [{ type: "email", value: "eva@example.com" }]
}

/** Seeds {@link AUDIENCE} in the mock of the context. */
export const seedAudience = seed(AUDIENCE)

/** The IDs of the contacts of list 1 whose trail has an activity of this action for a campaign. */
export const withActivity = (egoi: EgoiClient.Service, action: string, campaignHash: string) =>
  Effect.gen(function* () {
    const ids: Array<string> = []
    for (const contactId of Object.values(PEOPLE)) {
      const { items } = yield* egoi.contacts.getAllContactActivities({ list_id: 1, contact_id: contactId, limit: 1000 })
      const count = items.filter(
        (activity) => activity.action_name === action && activity.action_data?.campaign_hash === campaignHash
      ).length
      for (let i = 0; i < count; i++) ids.push(contactId)
    }
    return ids.sort()
  })
