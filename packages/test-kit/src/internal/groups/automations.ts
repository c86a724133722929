/**
 * The Automations group of the mock: the `automations` table (seeded; E-goi's API creates none),
 * each with its actions; removing one also takes the contacts out of its queue. Contacts'
 * `actionStartAutomation` starts contacts at an action of an automation of their list.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { type Automations, EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { found, unprocessable } from "../answers.js"
import type { MockContext } from "../context.js"
import { matchesText, page, slice } from "../query.js"
import type { MockState } from "../state.js"
import { automationsTable as automationQueueTable } from "./contacts.js"
import { listsTable } from "./lists.js"

export const group = "automations"

/** An automation with its actions. Table `automations`, keyed by `automation_id`. */
export interface StoredAutomation extends Automations.Automation {
  readonly automation_id: number
  readonly list_id: number
  readonly actions: ReadonlyArray<Automations.AutomationAction & { readonly action_id: number }>
}

/** Table `automations`, keyed by `automation_id`. */
export const automationsTable = (state: MockState) =>
  state.table<StoredAutomation>("automations", (row) => row.automation_id)

/** An automation to seed: its list, title and actions (each an E-goi action type such as `sendEmail`). */
export interface AutomationSeed {
  readonly list_id: number
  readonly title: string
  readonly status?: "active" | "inactive" | undefined
  readonly allow_multiple_contacts?: boolean | undefined
  readonly contact_limit?: number | undefined
  /** The actions in order, each following the one before; one `sendEmail` action when not given. */
  readonly actions?: ReadonlyArray<{ readonly title: string; readonly action: string }> | undefined
}

/** Action IDs are unique across the account, as E-goi's are. */
const nextActionId = (state: MockState) =>
  automationsTable(state)
    .values()
    .reduce((max, row) => Math.max(max, ...row.actions.map((action) => action.action_id)), 0) + 1

/** Adds a seeded automation; its list must exist. */
export const insertAutomation = (state: MockState, seed: AutomationSeed): StoredAutomation => {
  if (!listsTable(state).has(seed.list_id)) {
    throw new Error(`Automation "${seed.title}": list ${seed.list_id} does not exist`)
  }
  const table = automationsTable(state)
  const automationId = table.takeId()
  const today = state.now().slice(0, 10)
  let actionId = nextActionId(state)
  let parent: number | null = null
  const actions = (seed.actions ?? [{ title: "Send welcome email", action: "sendEmail" }]).map((action) => {
    const row = {
      action_id: actionId++,
      title: action.title,
      action: action.action,
      parent_id: parent,
      created_by: 1,
      created: state.now(),
      updated: state.now()
    }
    parent = row.action_id
    return row
  })
  return table.set({
    automation_id: automationId,
    title: seed.title,
    list_id: seed.list_id,
    status: seed.status ?? "active",
    created_by: 1,
    allow_multiple_contacts: seed.allow_multiple_contacts ?? true,
    contact_limit: seed.contact_limit ?? 0,
    created: today,
    updated: today,
    actions
  })
}

export const seeds = {
  automations: (context: MockContext, seed: AutomationSeed) => void insertAutomation(context.state, seed)
}

/**
 * Why contacts of a list cannot be started at an action of an automation: `missing` when there is
 * no such automation (404), otherwise the field at fault (422).
 */
export const startRefusal = (
  state: MockState,
  listId: number,
  automationId: number,
  actionId: number
): { readonly _tag: "missing" | "invalid"; readonly field: string; readonly message: string } | undefined => {
  const automation = automationsTable(state).get(automationId)
  if (!automation)
    return { _tag: "missing", field: "automation_id", message: `Automation ${automationId} does not exist` }
  if (automation.list_id !== listId) {
    return {
      _tag: "invalid",
      field: "automation_id",
      message: `Automation ${automationId} belongs to list ${automation.list_id}`
    }
  }
  if (automation.status !== "active") {
    return { _tag: "invalid", field: "automation_id", message: `Automation ${automationId} is inactive` }
  }
  if (!automation.actions.some((action) => action.action_id === actionId)) {
    return { _tag: "invalid", field: "action_id", message: `Automation ${automationId} has no action ${actionId}` }
  }
  return undefined
}

const toResponse = ({ actions: _, ...automation }: StoredAutomation): Automations.Automation => automation

export const layer = ({ state }: MockContext) => {
  const automations = automationsTable(state)
  const queue = automationQueueTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllAutomations", ({ urlParams }) =>
        Effect.sync(() => {
          const matching = automations
            .values()
            .filter(
              (row) =>
                (urlParams.automation_id === undefined || row.automation_id === urlParams.automation_id) &&
                (urlParams.list_id === undefined || row.list_id === urlParams.list_id) &&
                (urlParams.created_by === undefined || row.created_by === urlParams.created_by) &&
                (urlParams.status === undefined || row.status === urlParams.status) &&
                matchesText(row.title, urlParams.title)
            )
          const result = page(matching, urlParams, "automation_id")
          return { total_items: result.total_items, items: result.items.map(toResponse) }
        })
      )
      .handle("deleteAutomation", ({ path }) =>
        Effect.gen(function* () {
          const row = yield* found(automations.get(path.automation_id), () => {
            return `Automation ${path.automation_id} does not exist`
          })
          automations.delete(row.automation_id)
          for (const entry of queue.values()) {
            if (entry.key.startsWith(`${row.automation_id}:`)) queue.delete(entry.key)
          }
        })
      )
      .handle("getAllActions", ({ path, urlParams }) =>
        Effect.gen(function* () {
          const row = automations.get(path.automation_id)
          // The reference documents no 404 here: a missing automation is a parameter that fails validation.
          if (!row) {
            return yield* unprocessable({ automation_id: [`Automation ${path.automation_id} does not exist`] })
          }
          return { total_items: row.actions.length, items: slice(row.actions, urlParams) }
        })
      )
  )
}
