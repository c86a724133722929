/**
 * What every collection route does with `offset`, `limit`, `order` and `order_by`.
 *
 * @internal
 */
import { Common } from "@egoi-ts/core"

export interface PageQuery {
  readonly offset?: number | undefined
  readonly limit?: number | undefined
  readonly order?: "asc" | "desc" | undefined
  readonly order_by?: string | undefined
}

/** E-goi's default page size when `limit` is not given. */
export const DEFAULT_LIMIT = 10

const compare = (a: unknown, b: unknown): number => {
  if (a === b) return 0
  if (a === undefined || a === null) return -1
  if (b === undefined || b === null) return 1
  if (typeof a === "number" && typeof b === "number") return a - b
  return String(a).localeCompare(String(b))
}

/** One page of items already in their order: `limit` (10 by default) of them from `offset`. */
export const slice = <Item>(items: ReadonlyArray<Item>, query: Omit<PageQuery, "order" | "order_by">): Array<Item> => {
  const offset = query.offset ?? 0
  return items.slice(offset, offset + (query.limit ?? DEFAULT_LIMIT))
}

/** Sorts (E-goi's default is descending), then cuts one page: `{ total_items, items }`. */
export const page = <Item extends object>(
  items: Iterable<Item>,
  query: PageQuery,
  defaultOrderBy: keyof Item & string
): { total_items: number; items: Array<Item> } => {
  const key = (query.order_by ?? defaultOrderBy) as keyof Item
  const direction = (query.order ?? "desc") === "asc" ? 1 : -1
  const sorted = [...items].sort((a, b) => direction * compare(a[key], b[key]))
  return { total_items: sorted.length, items: slice(sorted, query) }
}

/** Case-insensitive "contains", the way the mock reads text filters. */
export const matchesText = (value: string | undefined, filter: string | undefined): boolean =>
  filter === undefined || (value ?? "").toLowerCase().includes(filter.toLowerCase())

/** A date filter in E-goi's notation (the definition decodes filters to it; code may pass a `Date`). */
const notation = (bound: string | Date | undefined) => (bound instanceof Date ? Common.formatDateTime(bound) : bound)

/** Whether an E-goi date string lies within optional bounds (the format sorts as text). */
export const withinDates = (
  value: string | undefined,
  min: string | Date | undefined,
  max: string | Date | undefined
): boolean => {
  const [from, to] = [notation(min), notation(max)]
  return (from === undefined || (value ?? "") >= from) && (to === undefined || (value ?? "") <= to)
}
