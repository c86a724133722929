/**
 * Every paged collection as a `Stream` that fetches pages lazily, in constant memory, and stops at
 * `total_items` or at a short page. How an operation pages is declared with {@link Paging}; its
 * pieces are re-exported here.
 *
 * @since 0.1.0
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { MAX_PAGE_SIZE } from "./Common.js"
import { itemsOf, nextOffset, type Page, type PageParams } from "./Paging.js"

export {
  /**
   * @since 0.1.0
   * @category accessors
   */
  itemsOf,
  /**
   * @since 0.1.0
   * @category models
   */
  type Kind,
  /**
   * @since 0.1.0
   * @category accessors
   */
  kindOf,
  /**
   * @since 0.1.0
   * @category accessors
   */
  nextOffset,
  /**
   * @since 0.1.0
   * @category models
   */
  type Page,
  /**
   * @since 0.1.0
   * @category models
   */
  type PageParams,
  /**
   * @since 0.1.0
   * @category annotations
   */
  Paging
} from "./Paging.js"

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
