/**
 * How an operation pages, declared on its endpoint, and every paged collection as a `Stream` that
 * fetches pages lazily, in constant memory, and stops at `total_items` or at a short page.
 *
 * @since 0.1.0
 */
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { MAX_PAGE_SIZE } from "./Common.js"

/**
 * How an operation pages through `offset` and `limit`:
 *
 * - `page`: it answers `{ total_items, items }` (`getAllLists`).
 * - `array`: it answers a bare array of items, with no total (`getAllFields`).
 *
 * An operation without the annotation does not page.
 *
 * @since 0.1.0
 * @category models
 */
export type Kind = "page" | "array"

/**
 * The annotation that declares how an endpoint pages:
 * `HttpApiEndpoint.get(...).annotate(Pagination.Paging, "page")`.
 *
 * @since 0.1.0
 * @category annotations
 */
export class Paging extends Context.Tag("@egoi-ts/core/Pagination/Paging")<Paging, Kind>() {}

/**
 * How an endpoint pages, as its definition declares; `undefined` when it does not.
 *
 * @since 0.1.0
 * @category accessors
 */
export const kindOf = (endpoint: HttpApiEndpoint.HttpApiEndpoint.Any): Kind | undefined =>
  Option.getOrUndefined(
    Context.getOption((endpoint as HttpApiEndpoint.HttpApiEndpoint.AnyWithProps).annotations, Paging)
  )

/**
 * A page as E-goi returns it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Page<Item> {
  readonly total_items?: number | undefined
  readonly items: ReadonlyArray<Item>
}

/**
 * The parameters every paginated operation takes.
 *
 * @since 0.1.0
 * @category models
 */
export interface PageParams {
  readonly offset?: number | undefined
  readonly limit?: number | undefined
}

/**
 * The items of one answer of a paged operation, whichever way it pages, and its total when it gives one.
 *
 * @since 0.1.0
 * @category accessors
 */
export const itemsOf = <Item>(
  answer: Page<Item> | ReadonlyArray<Item>
): { readonly items: ReadonlyArray<Item>; readonly total: number | undefined } =>
  Array.isArray(answer)
    ? { items: answer as ReadonlyArray<Item>, total: undefined }
    : { items: (answer as Page<Item>).items, total: (answer as Page<Item>).total_items }

/**
 * Where the page after one holding `count` items starts, or `undefined` when that page was the last:
 * an empty or short page, or the total reached.
 *
 * @since 0.1.0
 * @category accessors
 */
export const nextOffset = (
  offset: number,
  pageSize: number,
  count: number,
  total: number | undefined
): number | undefined => {
  const next = offset + count
  return count === 0 || count < pageSize || (total !== undefined && next >= total) ? undefined : next
}

/**
 * Streams every item of a paged operation (either {@link Kind}). Pages hold `params.limit` items
 * (1000, the most E-goi allows, when not given) starting at `params.offset`; a page is requested only
 * when the stream needs its items, and the stream ends at `total_items` or at the first short page.
 *
 * ```ts
 * const names = Pagination.stream(lists.getAllLists, { order_by: "list_id" }).pipe(
 *   Stream.map((list) => list.internal_name),
 *   Stream.take(25)
 * )
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const stream = <P extends PageParams, Item, E, R>(
  operation: (params: P) => Effect.Effect<Page<Item> | ReadonlyArray<Item>, E, R>,
  params?: P
): Stream.Stream<Item, E, R> => {
  const pageSize = params?.limit ?? MAX_PAGE_SIZE
  const start = params?.offset ?? 0
  return Stream.paginateChunkEffect(start, (offset) =>
    Effect.map(operation({ ...params, offset, limit: pageSize } as P), (answer) => {
      const { items, total } = itemsOf(answer)
      const next = nextOffset(offset, pageSize, items.length, total)
      return [Chunk.unsafeFromArray(items as Array<Item>), Option.fromNullable(next)] as const
    })
  )
}
