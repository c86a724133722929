/**
 * The Suppression List group of the mock: suppressed values (the `suppressionList` table), one
 * entry per type and value, which the contacts routes add to when a contact unsubscribes or is
 * forgotten.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type SuppressionList } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { ACCEPTED, conflict, found } from "../answers.js"
import type { MockContext } from "../context.js"
import { matchesText, page, withinDates } from "../query.js"
import type { MockState } from "../state.js"

export const group = "suppressionList"

export type SuppressionType = (typeof SuppressionList.SUPPRESSION_TYPES)[number]
export type SuppressionMethod = (typeof SuppressionList.SUPPRESSION_METHODS)[number]

/**
 * A suppressed value. Table `suppressionList`, keyed by `${type}:${value}` with the value as
 * compared (emails, domains and users in lower case), so a value is suppressed once per type.
 */
export interface StoredSuppression {
  readonly id: number
  readonly value: string
  readonly type: SuppressionType
  readonly method: SuppressionMethod
  readonly campaign_hash?: string
  readonly created: string
}

/** A value as the suppression list compares it: emails, domains and users ignore case; numbers are trimmed. */
const normalize = (type: SuppressionType, value: string): string => {
  const trimmed = value.trim()
  return type === "cellphone" || type === "phone" ? trimmed : trimmed.toLowerCase()
}

const keyOf = (type: SuppressionType, value: string) => `${type}:${normalize(type, value)}`

export const suppressionTable = (state: MockState) =>
  state.table<StoredSuppression>("suppressionList", (entry) => keyOf(entry.type, entry.value))

/** An entry to seed: `manual` unless a method is given, created now unless a date is. */
export interface SuppressionSeed {
  readonly type: SuppressionType
  readonly value: string
  readonly method?: SuppressionMethod | undefined
  readonly campaign_hash?: string | undefined
  /** `YYYY-MM-DD hh:mm:ss`; now by default. */
  readonly created?: string | undefined
}

/**
 * Suppresses a value, as `createSuppressionList` does (`method` is `manual` unless given; the
 * contacts routes give `unsubscribe` or `forgotten`). Idempotent per type and value: an entry that
 * exists is returned unchanged.
 */
export const addSuppression = (state: MockState, entry: SuppressionSeed): StoredSuppression => {
  const table = suppressionTable(state)
  const existing = table.get(keyOf(entry.type, entry.value))
  if (existing) return existing
  return table.set({
    id: table.takeId(),
    value: normalize(entry.type, entry.value),
    type: entry.type,
    method: entry.method ?? "manual",
    ...(entry.campaign_hash === undefined ? {} : { campaign_hash: entry.campaign_hash }),
    created: entry.created ?? state.now()
  })
}

/**
 * Whether a value is suppressed. An `email` is also suppressed by an `email_domain` entry for its
 * domain and an `email_user` entry for the part before its `@`.
 */
export const isSuppressed = (state: MockState, type: SuppressionType, value: string): boolean => {
  const table = suppressionTable(state)
  if (table.has(keyOf(type, value))) return true
  if (type !== "email") return false
  const email = normalize("email", value)
  const at = email.lastIndexOf("@")
  if (at < 0) return false
  return table.has(keyOf("email_domain", email.slice(at + 1))) || table.has(keyOf("email_user", email.slice(0, at)))
}

export const seeds = {
  suppressionList: (context: MockContext, seed: SuppressionSeed) => void addSuppression(context.state, seed)
}

export const layer = ({ state }: MockContext) => {
  const entries = suppressionTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllSuppressionList", ({ urlParams }) =>
        Effect.sync(() => {
          const matching = entries
            .values()
            .filter(
              (entry) =>
                (urlParams.type === undefined || entry.type === urlParams.type) &&
                (urlParams.method === undefined || entry.method === urlParams.method) &&
                (urlParams.campaign_hash === undefined || entry.campaign_hash === urlParams.campaign_hash) &&
                matchesText(entry.value, urlParams.value) &&
                withinDates(entry.created, urlParams.created_min, urlParams.created_max)
            )
          return page(matching, urlParams, "id")
        })
      )
      .handle("createSuppressionList", ({ payload }) =>
        Effect.sync(() => {
          for (const value of payload.value) addSuppression(state, { type: payload.type, value })
          return ACCEPTED
        })
      )
      .handle("deleteSuppressionList", ({ path }) =>
        Effect.gen(function* () {
          const entry = yield* found(
            entries.values().find((candidate) => candidate.id === path.suppression_id),
            () => `Suppression list entry ${path.suppression_id} does not exist`
          )
          if (entry.method !== "manual") return yield* conflict({ unremovable_entry: "Unremovable Entry" })
          entries.delete(keyOf(entry.type, entry.value))
        })
      )
  )
}
