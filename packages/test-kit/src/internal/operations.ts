/**
 * The operations queue of the mock: imports and exports become operations that `getAllOperations`
 * shows while they wait, run in the background (or when a test says so), and report to their
 * `callback_url`.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Operations } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { page } from "./query.js"
import type { MockState } from "./state.js"

/** An operation as the mock keeps it. */
export interface StoredOperation extends Operations.Operation {
  readonly operation_id: number
  readonly list_id?: number
}

/** When queued operations run: on the next turn of the event loop, or only when a test asks. */
export type OperationMode = "immediate" | "manual"

export const operationsTable = (state: MockState) =>
  state.table<StoredOperation>("operations", (operation) => operation.operation_id)

/** The work and the outgoing callbacks behind the queue; not state a snapshot can hold. */
export class OperationRunner {
  private readonly work = new Map<number, () => Promise<void> | void>()
  private readonly inFlight = new Set<Promise<unknown>>()
  private readonly callbackLog: Array<{
    readonly url: string
    readonly body: unknown
    readonly status: number | "failed"
  }> = []

  constructor(
    private readonly state: MockState,
    private readonly mode: OperationMode
  ) {}

  /** Queues an operation; `run` does its work when it runs. */
  enqueue(
    fields: { readonly type: Operations.Operation["type"] & string; readonly list_id?: number; readonly name?: string },
    run: () => Promise<void> | void
  ): StoredOperation {
    const table = operationsTable(this.state)
    const operation = table.set({
      operation_id: table.takeId(),
      type: fields.type,
      status: "queued",
      created_by: 1,
      created: this.state.now(),
      start_date: null,
      operation_data: { internal_name: fields.name ?? fields.type },
      ...(fields.list_id === undefined ? {} : { list_id: fields.list_id })
    })
    this.work.set(operation.operation_id, run)
    this.schedule(operation.operation_id)
    return operation
  }

  /** In immediate mode, runs a queued operation on the next turn of the event loop. */
  schedule(operationId: number): void {
    if (this.mode === "immediate") {
      this.track(new Promise((resolve) => setTimeout(resolve, 0)).then(() => this.runOne(operationId)))
    }
  }

  /** Runs every queued operation now, then waits for every callback sent so far. */
  async runAll(): Promise<void> {
    for (const operation of operationsTable(this.state).values()) {
      if (operation.status !== "paused") await this.runOne(operation.operation_id)
    }
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight])
  }

  /** POSTs a JSON body to a callback URL, never throwing; `runAll` waits for it. */
  callback(url: string, body: unknown): void {
    this.track(
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
        .then((response) => this.callbackLog.push({ url, body, status: response.status }))
        .catch(() => this.callbackLog.push({ url, body, status: "failed" }))
    )
  }

  /** Every callback sent, oldest first. */
  callbacks(): ReadonlyArray<{ readonly url: string; readonly body: unknown; readonly status: number | "failed" }> {
    return this.callbackLog
  }

  forget(operationId: number): void {
    this.work.delete(operationId)
  }

  private async runOne(operationId: number): Promise<void> {
    const table = operationsTable(this.state)
    const operation = table.get(operationId)
    const run = this.work.get(operationId)
    if (!operation || !run || operation.status === "paused") return
    this.work.delete(operationId)
    table.set({ ...operation, status: "processing", start_date: this.state.now() })
    try {
      await run()
    } finally {
      // E-goi lists queued and running operations only: a finished one leaves the queue.
      table.delete(operationId)
    }
  }

  private track(promise: Promise<unknown>): void {
    this.inFlight.add(promise)
    void promise.finally(() => this.inFlight.delete(promise))
  }
}

export const layer = (state: MockState, runner: OperationRunner) => {
  const operations = operationsTable(state)
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
  return HttpApiBuilder.group(EgoiApi.EgoiApi, "operations", (handlers) =>
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
