/**
 * The in-memory E-goi account behind the mock: named tables of records with their ID counters,
 * named single values (the account, its settings), and the clock. Each resource module declares
 * the tables it needs, so adding a resource touches no shared code.
 *
 * @internal
 */
import { Common } from "@egoi-ts/core"
import type { Random } from "./random.js"

/**
 * Everything the mock holds, as plain data: each table's rows under its name (`lists`, `tags`, ...),
 * each single value under its name (`account`, ...), and `nextIds`, the next ID of each table.
 */
export interface MockData {
  readonly [name: string]: any
  readonly nextIds: Readonly<Record<string, number>>
}

/** The records of one resource, by key, with the counter that hands out numeric IDs. */
export class Table<Row> {
  private readonly rows = new Map<string | number, Row>()
  private nextId = 1
  private loads = 0

  constructor(
    readonly name: string,
    readonly keyOf: (row: Row) => string | number
  ) {}

  /** The next numeric ID. */
  takeId(): number {
    return this.nextId++
  }

  get(key: string | number): Row | undefined {
    return this.rows.get(key)
  }

  has(key: string | number): boolean {
    return this.rows.has(key)
  }

  /** Stores a row under its key; a caller holding the key string already may pass it, so it is held once. */
  set(row: Row, key: string | number = this.keyOf(row)): Row {
    this.rows.set(key, row)
    return row
  }

  delete(key: string | number): boolean {
    return this.rows.delete(key)
  }

  values(): Array<Row> {
    return [...this.rows.values()]
  }

  /** The rows in insertion order, without copying them. */
  iterate(): IterableIterator<Row> {
    return this.rows.values()
  }

  /** Changes whenever the rows are replaced as a whole (a restore), so derived indexes know to rebuild. */
  get generation(): number {
    return this.loads
  }

  get size(): number {
    return this.rows.size
  }

  /** @internal */
  dump(): { readonly rows: Array<Row>; readonly nextId: number } {
    return { rows: this.values(), nextId: this.nextId }
  }

  /** @internal */
  load(rows: ReadonlyArray<Row>, nextId: number): void {
    this.loads++
    this.rows.clear()
    for (const row of rows) this.set(row)
    this.nextId = nextId
  }
}

/** A single value of the account (its details, a setting), replaced as a whole. */
export interface Cell<A> {
  readonly get: () => A
  readonly set: (value: A) => void
}

/** The mutable store the handlers work on. */
export class MockState {
  private readonly tables = new Map<string, Table<any>>()
  private readonly cells = new Map<string, { value: unknown; readonly initial: () => unknown }>()

  constructor(
    readonly clock: () => number,
    readonly random: Random
  ) {}

  /** The table of that name, made on first use. */
  table<Row>(name: string, keyOf: (row: Row) => string | number): Table<Row> {
    let table = this.tables.get(name)
    if (!table) this.tables.set(name, (table = new Table(name, keyOf)))
    return table
  }

  /** The single value of that name, starting at `initial()`. */
  cell<A>(name: string, initial: () => A): Cell<A> {
    if (!this.cells.has(name)) this.cells.set(name, { value: initial(), initial })
    const entry = this.cells.get(name)!
    return { get: () => entry.value as A, set: (value) => void (entry.value = value) }
  }

  private lastSecond = Number.NaN
  private lastText = ""

  /**
   * E-goi's notation of the current instant. Within one second it is the same string, so the
   * dates of many records written together (an import) are held once.
   */
  now(): string {
    const second = Math.floor(this.clock() / 1000)
    if (second !== this.lastSecond) {
      this.lastSecond = second
      this.lastText = Common.formatDateTime(second * 1000)
    }
    return this.lastText
  }

  snapshot(): MockData {
    const data: Record<string, unknown> = {}
    const nextIds: Record<string, number> = {}
    for (const [name, table] of this.tables) {
      const { rows, nextId } = table.dump()
      data[name] = rows
      nextIds[name] = nextId
    }
    for (const [name, entry] of this.cells) data[name] = entry.value
    return structuredClone({ ...data, nextIds })
  }

  restore(data: MockData): void {
    const copy = structuredClone(data)
    for (const [name, table] of this.tables) table.load(copy[name] ?? [], copy.nextIds[name] ?? 1)
    for (const [name, entry] of this.cells) entry.value = name in copy ? copy[name] : entry.initial()
  }
}
