/**
 * The Segments group of the mock: the segments of each list (the `segments` table) and the tag
 * segments every tag of the account gives each list (`tag_<tag_id>`, named after the tag, not
 * stored). E-goi creates segments in its app, not through the API, so the mock's segments come from
 * `seed({ segments })` (and the demo). How a segment's rule selects contacts is in `segmentRules.ts`.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Segments } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, found } from "../answers.js"
import type { StoredContact } from "../contactModel.js"
import type { MockContext } from "../context.js"
import { matchesText, slice } from "../query.js"
import { ruleSelects, type SegmentRule } from "../segmentRules.js"
import type { MockState } from "../state.js"
import { listsTable, requireList, requireListParam } from "./lists.js"
import { tagsTable } from "./tags.js"

export const group = "segments"

/** A segment to seed: its list, name, type and the rule of that type. */
export type SegmentSeed = { readonly list_id: number; readonly name: string } & SegmentRule

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

/** Whether a segment selects a contact: a contact of the segment's list that its rule accepts. */
export const segmentSelects = (state: MockState, segment: StoredSegment, contact: StoredContact): boolean =>
  contact.list_id === segment.list_id && ruleSelects(segment, contact, state.clock())

export const seeds = {
  segments: (context: MockContext, seed: SegmentSeed) => void insertSegment(context.state, seed)
}

const view = (segment: StoredSegment): Segments.Segment => ({
  segment_id: segment.segment_id,
  name: segment.name,
  type: segment.type,
  ...(segment.created === undefined ? {} : { created: segment.created }),
  ...(segment.updated === undefined ? {} : { updated: segment.updated })
})

export const layer = ({ state }: MockContext) => {
  const segments = segmentsTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllSegments", ({ path, urlParams }) =>
        Effect.map(requireListParam(state, path.list_id), () => {
          const matching = segmentsOf(state, path.list_id).filter(
            (segment) =>
              (urlParams.type === undefined || segment.type === urlParams.type) &&
              matchesText(segment.name, urlParams.name)
          )
          return { total_items: matching.length, items: slice(matching, urlParams).map(view) }
        })
      )
      .handle("deleteSegment", ({ path }) =>
        Effect.gen(function* () {
          yield* requireList(state, path.list_id)
          const segment = yield* found(
            segmentOf(state, path.list_id, path.segment_id),
            () => `Segment ${path.segment_id} does not exist in list ${path.list_id}`
          )
          if (segment.type !== "saved") {
            return yield* conflict({ invalid_segment_type: "You can only delete segments of  type saved" })
          }
          segments.delete(segment.segment_id)
        })
      )
  )
}
