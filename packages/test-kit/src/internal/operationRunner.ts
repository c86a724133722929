/**
 * The work behind the operations queue: an import or an export is queued as an operation that
 * `getAllOperations` shows while it waits, runs in the background (or when a test says so), then
 * leaves the queue; its `callback_url` gets a POST of the result. The queued operations are state
 * (the `operations` table); the work and the callbacks are not.
 *
 * @internal
 */
import type { Operations } from "@egoi-ts/core"
import { operationsTable, type StoredOperation } from "./groups/operations.js"
import type { MockState } from "./state.js"

/** When queued operations run: on the next turn of the event loop, or only when a test asks. */
export type OperationMode = "immediate" | "manual"

/** A callback the mock sent: where, what, and the answer's status (or `"failed"`). */
export interface Callback {
  readonly url: string
  readonly body: unknown
  readonly status: number | "failed"
}

export class OperationRunner {
  private readonly work = new Map<number, () => Promise<void> | void>()
  private readonly inFlight = new Set<Promise<unknown>>()
  private readonly callbackLog: Array<Callback> = []

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
  callbacks(): ReadonlyArray<Callback> {
    return this.callbackLog
  }

  /** Drops the work of an operation that will never run (a cancelled one). */
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
