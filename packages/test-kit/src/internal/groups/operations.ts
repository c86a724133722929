/**
 * The Operations group of the mock: the queue of imports and exports (the `operations` table),
 * which the contacts routes fill through the context's `OperationRunner`, and the routes that list,
 * approve, pause, resume and cancel queued operations.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Operations } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import type { MockContext } from "../context.js"
import { page } from "../query.js"
import type { MockState } from "../state.js"

export const group = "operations"

/** An operation as the mock keeps it: with the list it works on. Table `operations`, keyed by `operation_id`. */
export interface StoredOperation extends Operations.Operation {
  readonly operation_id: number
  readonly list_id?: number
}

export const operationsTable = (state: MockState) =>
  state.table<StoredOperation>("operations", (operation) => operation.operation_id)

/** Operations are queued by the routes that start them (imports, exports), not seeded. */
export const seeds = {}

export const layer = ({ state, operations: runner }: MockContext) => {
  const operations = operationsTable(state)
  /** Applies an action to each operation: the new row, `"remove"`, or `undefined` when the action does not apply. */
  const act = (
    ids: ReadonlyArray<number>,
    apply: (operation: StoredOperation) => StoredOperation | "remove" | undefined
  ) => {
    const success: Array<number> = []
    const invalid: Array<number> = []
    const missing: Array<number> = []
    for (const id of ids) {
      const operation = operations.get(id)
      if (!operation) {
        missing.push(id)
        continue
      }
      const next = apply(operation)
      if (next === undefined) invalid.push(id)
      else {
        if (next === "remove") {
          operations.delete(id)
          runner.forget(id)
        } else operations.set(next)
        success.push(id)
      }
    }
    return { success, error: { invalid_operation_action: invalid, operation_not_found: missing } }
  }
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllOperations", ({ urlParams }) =>
        Effect.sync(() => {
          const matching = operations
            .values()
            .filter(
              (operation) =>
                (urlParams.type === undefined || operation.type === urlParams.type) &&
                (urlParams.status === undefined || operation.status === urlParams.status)
            )
          const result = page(matching, urlParams, "operation_id")
          return {
            total_items: result.total_items,
            items: result.items.map(({ list_id: _, ...operation }) => operation)
          }
        })
      )
      .handle("actionApproveOperation", ({ payload }) =>
        Effect.sync(() =>
          act(payload.operations, (op) => (op.status === "queued" ? { ...op, status: "executing" } : undefined))
        )
      )
      .handle("actionCancelOperation", ({ payload }) =>
        Effect.sync(() => act(payload.operations, (op) => (op.status === "processing" ? undefined : "remove")))
      )
      .handle("actionPauseOperation", ({ payload }) =>
        Effect.sync(() =>
          act(payload.operations, (op) =>
            op.status === "queued" || op.status === "executing" ? { ...op, status: "paused" } : undefined
          )
        )
      )
      .handle("actionResumeOperation", ({ payload }) =>
        Effect.sync(() => {
          const result = act(payload.operations, (op) =>
            op.status === "paused" ? { ...op, status: "queued" } : undefined
          )
          for (const id of result.success) runner.schedule(id)
          return result
        })
      )
  )
}
