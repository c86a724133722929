/**
 * The Segments routes of the mock, and how a segment selects contacts.
 *
 * E-goi creates segments in its app, not through the API, so the mock's segments come from
 * `seed({ segments })` (and the demo). Each has a `rule`:
 *
 * - `saved`: E-goi's own `segment_filter`: conditions `{ segment_field, segment_operator, segment_value }`
 *   on a base field (`email`, `first_name`, ... or `status`, `subscription_date`, ...) or an extra field
 *   (its ID, `"3"`), joined by `boolean_operator` (`and` by default), the result inverted by `invert`.
 *   An extra field of format `options` matches by option ID. Comparisons ignore case; `greater_*` and
 *   `less_*` compare numbers as numbers and anything else (dates) as text; `date_range` takes `from||to`.
 * - `tag`: `{ tag_id }`, the contacts carrying that tag. Besides the seeded ones, every tag of the
 *   account gives each list a tag segment `tag_<tag_id>` named after the tag.
 * - `auto`: any of `status` (the contact's status is one of them), `subscription_date_min` /
 *   `subscription_date_max`, `subscribed_in_last_days` (relative to the mock's clock).
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { Common, EgoiApi, type Segments } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import type { StoredContact, StoredContactBase } from "./contactModel.js"
import { conflict, notFound, unprocessable } from "./errors.js"
import { listsTable } from "./lists.js"
import { DEFAULT_LIMIT, matchesText } from "./query.js"
import type { MockState } from "./state.js"
import { tagsTable } from "./tags.js"

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

/** A segment as it is seeded: its list, name, type and the rule of that type. */
export type SegmentSeed =
  | {
      readonly list_id: number
      readonly name: string
      readonly type: "saved"
      readonly rule: SavedSegmentRule
    }
  | { readonly list_id: number; readonly name: string; readonly type: "tag"; readonly rule: TagSegmentRule }
  | { readonly list_id: number; readonly name: string; readonly type: "auto"; readonly rule: AutoSegmentRule }

/**
 * A segment of a list. Table `segments`, keyed by `segment_id`: the table's counter as a string for
 * seeded segments; `tag_<tag_id>` for the tag segments derived from the account's tags (not stored).
 */
export type StoredSegment = SegmentSeed & {
  readonly segment_id: string
  readonly created?: string
  readonly updated?: string
}

export const segmentsTable = (state: MockState) =>
  state.table<StoredSegment>("segments", (segment) => segment.segment_id)

const TAG_SEGMENT = /^tag_(\d+)$/

/** Adds a segment, as E-goi's app does (the list is not checked). */
export const insertSegment = (state: MockState, seed: SegmentSeed): StoredSegment => {
  const table = segmentsTable(state)
  const now = state.now()
  return table.set({ ...seed, segment_id: String(table.takeId()), created: now, updated: now })
}

/** The segments of a list: the stored ones, then a tag segment for each tag no stored segment covers. */
export const segmentsOf = (state: MockState, listId: number): ReadonlyArray<StoredSegment> => {
  if (!listsTable(state).has(listId)) return []
  const stored = segmentsTable(state)
    .values()
    .filter((segment) => segment.list_id === listId)
    .sort((a, b) => Number(a.segment_id) - Number(b.segment_id))
  const covered = new Set(stored.flatMap((segment) => (segment.type === "tag" ? [segment.rule.tag_id] : [])))
  const derived = tagsTable(state)
    .values()
    .filter((tag) => !covered.has(tag.tag_id))
    .sort((a, b) => a.tag_id - b.tag_id)
    .map(
      (tag): StoredSegment => ({
        list_id: listId,
        segment_id: `tag_${tag.tag_id}`,
        name: tag.name,
        type: "tag",
        rule: { tag_id: tag.tag_id }
      })
    )
  return [...stored, ...derived]
}

/** A segment of a list, stored or derived from a tag, if it exists. */
export const segmentOf = (state: MockState, listId: number, segmentId: string): StoredSegment | undefined => {
  const stored = segmentsTable(state).get(segmentId)
  if (stored) return stored.list_id === listId && listsTable(state).has(listId) ? stored : undefined
  return TAG_SEGMENT.test(segmentId)
    ? segmentsOf(state, listId).find((segment) => segment.segment_id === segmentId)
    : undefined
}

/** The saved segments of a list with a condition on an extra field. */
export const segmentsUsingExtraField = (
  state: MockState,
  listId: number,
  fieldId: number
): ReadonlyArray<StoredSegment> =>
  segmentsTable(state)
    .values()
    .filter(
      (segment) =>
        segment.list_id === listId &&
        segment.type === "saved" &&
        segment.rule.segment_filter_array.some((condition) => condition.segment_field === String(fieldId))
    )

/** The values of a field of a contact, as text: none when it has none, several for an `options` field. */
const valuesOf = (contact: StoredContact, field: string): ReadonlyArray<string> => {
  if (/^\d+$/.test(field)) {
    const extra = contact.extra.find((value) => value.field_id === Number(field))
    if (!extra) return []
    return typeof extra.value === "string" ? [extra.value] : extra.value.map(String)
  }
  const value = (contact.base as unknown as Record<string, unknown>)[field]
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

/** Whether a segment selects a contact: a contact of the segment's list that its rule accepts. */
export const segmentSelects = (state: MockState, segment: StoredSegment, contact: StoredContact): boolean => {
  if (contact.list_id !== segment.list_id) return false
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
        const since = Common.formatDateTime(state.clock() - rule.subscribed_in_last_days * 86_400_000)
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

const view = (segment: StoredSegment): Segments.Segment => ({
  segment_id: segment.segment_id,
  name: segment.name,
  type: segment.type,
  ...(segment.created === undefined ? {} : { created: segment.created }),
  ...(segment.updated === undefined ? {} : { updated: segment.updated })
})

export const layer = (state: MockState) => {
  const lists = listsTable(state)
  const segments = segmentsTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, "segments", (handlers) =>
    handlers
      .handle("getAllSegments", ({ path, urlParams }) =>
        Effect.suspend(() => {
          // No 404 is documented here: a missing list is an invalid `list_id`.
          if (!lists.has(path.list_id)) {
            return Effect.fail(unprocessable({ list_id: [`List ${path.list_id} does not exist`] }))
          }
          const matching = segmentsOf(state, path.list_id).filter(
            (segment) =>
              (urlParams.type === undefined || segment.type === urlParams.type) &&
              matchesText(segment.name, urlParams.name)
          )
          const offset = urlParams.offset ?? 0
          return Effect.succeed({
            total_items: matching.length,
            items: matching.slice(offset, offset + (urlParams.limit ?? DEFAULT_LIMIT)).map(view)
          })
        })
      )
      .handle("deleteSegment", ({ path }) =>
        Effect.gen(function* () {
          if (!lists.has(path.list_id)) return yield* notFound(`List ${path.list_id} does not exist`)
          const segment = segmentOf(state, path.list_id, path.segment_id)
          if (!segment) {
            return yield* notFound(`Segment ${path.segment_id} does not exist in list ${path.list_id}`)
          }
          if (segment.type !== "saved") {
            return yield* conflict({ invalid_segment_type: "You can only delete segments of  type saved" })
          }
          segments.delete(segment.segment_id)
        })
      )
  )
}
