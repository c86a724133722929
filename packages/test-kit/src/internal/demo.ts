/**
 * The records a mock made with a `seed` starts with: a few lists and tags, three users, two
 * segments, an approved email sender and SMS sender to send campaigns from, and an automation,
 * the same for the same seed.
 *
 * @internal
 */
import { Common } from "@egoi-ts/core"
import type { SeedRecords } from "./registry.js"
import type { MockState } from "./state.js"

const LIST_NAMES = ["Newsletter", "Customers", "Leads", "Events", "Partners", "Beta testers"]
const TAG_NAMES = ["vip", "newsletter", "trial", "churn-risk", "webinar", "black-friday"]

const DAY = 86_400_000

/** The demo's records, drawn from the state's seeded random numbers and dated from its clock. */
export const demoRecords = ({ random, clock }: MockState): SeedRecords => {
  const daysAgo = (days: number) => Common.formatDateTime(clock() - days * DAY)
  const created = daysAgo(random.int(30, 365))
  const lists = LIST_NAMES.slice(0, random.int(2, 4)).map((name) => ({ internal_name: name, created }))
  const tags = TAG_NAMES.slice(0, random.int(2, 4)).map((name) => ({
    name,
    color: `#${random.int(0, 0xffffff).toString(16).padStart(6, "0").toUpperCase()}`
  }))
  return {
    lists,
    tags,
    // The account's users: its administrator and two more, one inactive.
    users: [
      {
        username: "admin@example.com",
        first_name: "Ana",
        last_name: "Silva",
        is_admin: true,
        phone: "351-910000000",
        created: daysAgo(400)
      },
      { username: "marketing@example.com", first_name: "Bruno", last_name: "Costa", created: daysAgo(120) },
      {
        username: "intern@example.com",
        first_name: "Carla",
        last_name: "Sousa",
        status: "inactive",
        created: daysAgo(30)
      }
    ],
    // Two segments of the first list; each tag also gives every list a tag segment of its own.
    segments: [
      {
        list_id: 1,
        name: "Gmail addresses",
        type: "saved",
        rule: {
          segment_filter_array: [{ segment_field: "email", segment_operator: "contains", segment_value: "@gmail." }]
        }
      },
      { list_id: 1, name: "Active contacts", type: "auto", rule: { status: ["active"] } }
    ],
    // Senders E-goi has approved, so the demo account can send campaigns.
    emailSenders: [{ name: "Newsletter", email: "newsletter@example.com", status: "active" }],
    cellphoneSenders: [{ type: "alpha_numeric", cellphone: "Newsletter", status: "active" }],
    // An automation of the first list that contacts can be started in.
    automations: [
      {
        list_id: 1,
        title: "Welcome series",
        actions: [
          { title: "Send welcome email", action: "sendEmail" },
          { title: "Tag as newsletter reader", action: "addTag" }
        ]
      }
    ]
  }
}
