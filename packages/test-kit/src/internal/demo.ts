/**
 * The records a seeded mock starts with: a few lists and tags, the same for the same seed.
 *
 * @internal
 */
import { Common } from "@egoi-ts/core"
import { insertList, listsTable } from "./lists.js"
import { accountCell } from "./myAccount.js"
import { insertSegment } from "./segments.js"
import type { MockState } from "./state.js"
import { insertTag } from "./tags.js"
import { insertUser } from "./users.js"

const LIST_NAMES = ["Newsletter", "Customers", "Leads", "Events", "Partners", "Beta testers"]
const TAG_NAMES = ["vip", "newsletter", "trial", "churn-risk", "webinar", "black-friday"]

export const seedDemo = (state: MockState): void => {
  const { random } = state
  accountCell(state)
  const created = Common.formatDateTime(state.clock() - 86_400_000 * random.int(30, 365))
  for (const name of LIST_NAMES.slice(0, random.int(2, 4))) insertList(state, { internal_name: name, created })
  for (const name of TAG_NAMES.slice(0, random.int(2, 4))) {
    insertTag(state, { name, color: `#${random.int(0, 0xffffff).toString(16).padStart(6, "0").toUpperCase()}` })
  }
  // The account's users: its administrator and two more, one inactive.
  const day = 86_400_000
  insertUser(state, {
    username: "admin@example.com",
    first_name: "Ana",
    last_name: "Silva",
    is_admin: true,
    phone: "351-910000000",
    created: Common.formatDateTime(state.clock() - 400 * day)
  })
  insertUser(state, {
    username: "marketing@example.com",
    first_name: "Bruno",
    last_name: "Costa",
    created: Common.formatDateTime(state.clock() - 120 * day)
  })
  insertUser(state, {
    username: "intern@example.com",
    first_name: "Carla",
    last_name: "Sousa",
    status: "inactive",
    created: Common.formatDateTime(state.clock() - 30 * day)
  })
  // Two segments of the first list; each tag also gives every list a tag segment of its own.
  const first = listsTable(state).values()[0]
  if (first) {
    insertSegment(state, {
      list_id: first.list_id,
      name: "Gmail addresses",
      type: "saved",
      rule: {
        segment_filter_array: [{ segment_field: "email", segment_operator: "contains", segment_value: "@gmail." }]
      }
    })
    insertSegment(state, {
      list_id: first.list_id,
      name: "Active contacts",
      type: "auto",
      rule: { status: ["active"] }
    })
  }
}
