/**
 * How an operation pages, declared on its endpoint, and how to read its pages. Apart from
 * `Pagination` (the streams) so that what every client needs carries no `Stream` machinery.
 *
 * @since 0.1.0
 */
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as Context from "effect/Context"
import * as Option from "effect/Option"

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
 * `HttpApiEndpoint.get(...).annotate(Paging.Paging, "page")`.
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
