/**
 * The records a seeded mock starts with: a few lists and tags, the same for the same seed.
 *
 * @internal
 */
import { insertList } from "./lists.js"
import { accountCell } from "./myAccount.js"
import { formatDateTime, type MockState } from "./state.js"
import { insertTag } from "./tags.js"

const LIST_NAMES = ["Newsletter", "Customers", "Leads", "Events", "Partners", "Beta testers"]
const TAG_NAMES = ["vip", "newsletter", "trial", "churn-risk", "webinar", "black-friday"]

export const seedDemo = (state: MockState): void => {
  const { random } = state
  accountCell(state)
  const created = formatDateTime(state.clock() - 86_400_000 * random.int(30, 365))
  for (const name of LIST_NAMES.slice(0, random.int(2, 4))) insertList(state, { internal_name: name, created })
  for (const name of TAG_NAMES.slice(0, random.int(2, 4))) {
    insertTag(state, { name, color: `#${random.int(0, 0xffffff).toString(16).padStart(6, "0").toUpperCase()}` })
  }
}
