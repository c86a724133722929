/**
 * Every `offset`/`limit` collection as a `Stream` that fetches pages lazily, in constant memory, and
 * stops at `total_items`.
 *
 * @since 0.1.0
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { MAX_PAGE_SIZE } from "./Common.js"

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
 * Streams every item of a paginated operation. Pages hold `params.limit` items (1000, the most E-goi
 * allows, when not given) starting at `params.offset`; a page is requested only when the stream
 * needs its items, and the stream ends at `total_items` or at the first short page.
 *
 * ```ts
 * const names = Pagination.stream(egoi.lists.getAllLists, { order_by: "list_id" }).pipe(
 *   Stream.map((list) => list.internal_name),
 *   Stream.take(25)
 * )
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const stream = <P extends PageParams, Item, E, R>(
  operation: (params: P) => Effect.Effect<Page<Item>, E, R>,
  params?: P
): Stream.Stream<Item, E, R> => {
  const pageSize = params?.limit ?? MAX_PAGE_SIZE
  const start = params?.offset ?? 0
  return Stream.paginateChunkEffect(start, (offset) =>
    Effect.map(operation({ ...params, offset, limit: pageSize } as P), (page) => {
      const next = offset + page.items.length
      const done =
        page.items.length === 0 ||
        page.items.length < pageSize ||
        (page.total_items !== undefined && next >= page.total_items)
      return [Chunk.unsafeFromArray(page.items as Array<Item>), done ? Option.none() : Option.some(next)] as const
    })
  )
}
