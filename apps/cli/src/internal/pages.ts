/**
 * Every page of a paged operation, read ahead: the first page of an operation that answers pages
 * with their total says how many follow, so the next ones are fetched a few at a time while the
 * caller works on the current one. Other paging (a bare array, a page without its total) is read one
 * page after the other until a short one.
 *
 * @internal
 */
import * as Common from "@egoi-ts/core/Common"
import * as Pagination from "@egoi-ts/core/Pagination"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"

/** The pages of `operation` (declared to page as `paging`), in order, each as its items. */
export const pagesOf = <P extends Pagination.PageParams, Item, E, R>(
  operation: (params: P) => Effect.Effect<Pagination.Page<Item> | ReadonlyArray<Item>, E, R>,
  paging: Pagination.Kind,
  params: Omit<P, "offset" | "limit">,
  options: { readonly concurrency: number }
): Stream.Stream<ReadonlyArray<Item>, E, R> =>
  Stream.unwrap(
    Effect.gen(function* () {
      const limit = Common.MAX_PAGE_SIZE
      const page = (offset: number) =>
        Effect.map(operation({ ...params, offset, limit } as P), (answer) => Pagination.itemsOf(answer))
      const first = yield* page(0)
      const total = paging === "page" ? first.total : undefined
      const rest: Stream.Stream<ReadonlyArray<Item>, E, R> = first.items.length < limit
        ? Stream.empty
        : total !== undefined
          ? Stream.iterate(limit, (offset) => offset + limit).pipe(
              Stream.takeWhile((offset) => offset < total),
              Stream.mapEffect((offset) => Effect.map(page(offset), ({ items }) => items), {
                concurrency: options.concurrency
              })
            )
          : Pagination.stream(operation, { ...params, offset: limit, limit } as P).pipe(
              // Pagination.stream emits each page as one chunk; the empty one that says the end is no page.
              Stream.chunks,
              Stream.filter(Chunk.isNonEmpty),
              Stream.map((chunk) => Chunk.toReadonlyArray(chunk))
            )
      return Stream.concat(Stream.make(first.items), rest)
    })
  )

/** Runs `each` on the items of every page, in order, as they arrive. */
export const forEachPage = <P extends Pagination.PageParams, Item, E, R>(
  operation: (params: P) => Effect.Effect<Pagination.Page<Item> | ReadonlyArray<Item>, E, R>,
  paging: Pagination.Kind,
  params: Omit<P, "offset" | "limit">,
  options: { readonly concurrency: number },
  each: (items: ReadonlyArray<Item>) => void
): Effect.Effect<void, E, R> =>
  Stream.runForEach(pagesOf(operation, paging, params, options), (items) => Effect.sync(() => each(items)))
