/**
 * The answer of a paginated operation: `await` it for one page, or iterate it with `for await` for
 * every item of every page, fetched lazily.
 */

/** One page and every item after it. */
export class PagePromise<Page, Item> implements PromiseLike<Page>, AsyncIterable<Item> {
  private page: Promise<Page> | undefined

  /** @internal */
  constructor(
    private readonly fetchPage: () => Promise<Page>,
    private readonly iterate: () => AsyncIterator<Item>
  ) {}

  // biome-ignore lint/suspicious/noThenProperty: a page promise is awaitable by design
  then<A = Page, B = never>(
    onFulfilled?: ((page: Page) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null
  ): Promise<A | B> {
    this.page ??= this.fetchPage()
    return this.page.then(onFulfilled, onRejected)
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page | B> {
    return this.then(undefined, onRejected)
  }

  finally(onFinally?: (() => void) | null): Promise<Page> {
    return this.then().finally(onFinally)
  }

  [Symbol.asyncIterator](): AsyncIterator<Item> {
    return this.iterate()
  }

  get [Symbol.toStringTag](): string {
    return "PagePromise"
  }
}
