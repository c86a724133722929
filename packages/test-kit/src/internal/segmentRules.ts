/**
 * How a segment's rule selects contacts, for each type of segment:
 *
 * - `saved`: E-goi's own `segment_filter`: conditions `{ segment_field, segment_operator, segment_value }`
 *   on a base field (`email`, `first_name`, ... or `status`, `subscription_date`, ...) or an extra field
 *   (its ID, `"3"`), joined by `boolean_operator` (`and` by default), the result inverted by `invert`.
 *   An extra field of format `options` matches by option ID. Comparisons ignore case; `greater_*` and
 *   `less_*` compare numbers as numbers and anything else (dates) as text; `date_range` takes `from||to`.
 * - `tag`: `{ tag_id }`, the contacts carrying that tag.
 * - `auto`: any of `status` (the contact's status is one of them), `subscription_date_min` /
 *   `subscription_date_max`, `subscribed_in_last_days` (relative to the mock's clock).
 *
 * @internal
 */
import { Common } from "@egoi-ts/core"
import { fieldValue, type StoredContact, type StoredContactBase } from "./contactModel.js"

/** E-goi's comparison operators for the conditions of a saved segment. */
export type SegmentOperator =
  | "equal_to"
  | "not_equal_to"
  | "greater_or_equal_to"
  | "greater_than"
  | "less_or_equal_to"
  | "less_than"
  | "contains"
  | "does_not_contain"
  | "begins_with"
  | "ends_with"
  | "date_range"

/** The rule of a saved segment: E-goi's `segment_filter`. */
export interface SavedSegmentRule {
  readonly segment_filter_array: ReadonlyArray<{
    /** A base field (`email`, `status`, ...) or an extra field's ID (`"3"`). */
    readonly segment_field: string
    readonly segment_operator: SegmentOperator
    /** The value to compare with; `from||to` for `date_range`; an option ID for an `options` field. */
    readonly segment_value: string
  }>
  readonly boolean_operator?: "and" | "or"
  readonly invert?: boolean
}

/** The rule of a tag segment: the contacts carrying the tag. */
export interface TagSegmentRule {
  readonly tag_id: number
}

/** The rule of an automatic segment; every criterion given must hold. */
export interface AutoSegmentRule {
  readonly status?: ReadonlyArray<StoredContactBase["status"]>
  readonly subscription_date_min?: string
  readonly subscription_date_max?: string
  readonly subscribed_in_last_days?: number
}

/** A segment's type with the rule of that type. */
export type SegmentRule =
  | { readonly type: "saved"; readonly rule: SavedSegmentRule }
  | { readonly type: "tag"; readonly rule: TagSegmentRule }
  | { readonly type: "auto"; readonly rule: AutoSegmentRule }

/** The values of a field of a contact, as text: none when it has none, several for an `options` field. */
const valuesOf = (contact: StoredContact, field: string): ReadonlyArray<string> => {
  const value = fieldValue(contact, field)
  if (Array.isArray(value)) return value.map(String)
  return typeof value === "string" || typeof value === "number" ? [String(value)] : []
}

const NUMBER = /^-?\d+(\.\d+)?$/

const compare = (a: string, b: string): number =>
  NUMBER.test(a) && NUMBER.test(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0

/** Whether one value satisfies a positive operator (the negative ones are their complement over all values). */
const satisfies = (operator: SegmentOperator, actual: string, expected: string): boolean => {
  const value = actual.toLowerCase()
  const target = expected.toLowerCase()
  switch (operator) {
    case "equal_to":
    case "not_equal_to":
      return value === target
    case "contains":
    case "does_not_contain":
      return value.includes(target)
    case "begins_with":
      return value.startsWith(target)
    case "ends_with":
      return value.endsWith(target)
    case "greater_than":
      return value !== "" && compare(value, target) > 0
    case "greater_or_equal_to":
      return value !== "" && compare(value, target) >= 0
    case "less_than":
      return value !== "" && compare(value, target) < 0
    case "less_or_equal_to":
      return value !== "" && compare(value, target) <= 0
    case "date_range": {
      const [from = "", to = ""] = target.split("||")
      return value !== "" && value >= from && (to === "" || value.slice(0, to.length) <= to)
    }
  }
}

const conditionHolds = (
  contact: StoredContact,
  condition: SavedSegmentRule["segment_filter_array"][number]
): boolean => {
  const values = valuesOf(contact, condition.segment_field)
  const candidates = values.length > 0 ? values : [""]
  const negative = condition.segment_operator === "not_equal_to" || condition.segment_operator === "does_not_contain"
  const any = candidates.some((value) => satisfies(condition.segment_operator, value, condition.segment_value))
  return negative ? !any : any
}

/** Whether a rule selects a contact, at the instant `now` (epoch milliseconds). */
export const ruleSelects = (segment: SegmentRule, contact: StoredContact, now: number): boolean => {
  switch (segment.type) {
    case "tag":
      return contact.tags.includes(segment.rule.tag_id)
    case "auto": {
      const { rule } = segment
      const subscribed = contact.base.subscription_date
      if (rule.status !== undefined && !rule.status.includes(contact.base.status)) return false
      if (rule.subscription_date_min !== undefined && subscribed < rule.subscription_date_min) return false
      if (rule.subscription_date_max !== undefined && subscribed > rule.subscription_date_max) return false
      if (rule.subscribed_in_last_days !== undefined) {
        const since = Common.formatDateTime(now - rule.subscribed_in_last_days * 86_400_000)
        if (subscribed < since || subscribed.startsWith("0000")) return false
      }
      return true
    }
    case "saved": {
      const { rule } = segment
      const holds = (condition: SavedSegmentRule["segment_filter_array"][number]) => conditionHolds(contact, condition)
      const selected =
        (rule.boolean_operator ?? "and") === "and"
          ? rule.segment_filter_array.every(holds)
          : rule.segment_filter_array.some(holds)
      return rule.invert ? !selected : selected
    }
  }
}
