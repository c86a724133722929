/**
 * The stateful mock as Mock Service Worker request handlers, for apps whose tests already use MSW
 * (`setupServer` in Node, `setupWorker` in a browser): every request to E-goi's base URL is answered
 * by an `EgoiMock`, with its state, checks, rate limits, faults and request log; a dropped
 * connection is MSW's network error.
 *
 * ```ts
 * import { EgoiMock } from "@egoi-ts/test-kit"
 * import { handlers } from "@egoi-ts/test-kit/msw"
 * import { setupServer } from "msw/node"
 *
 * const mock = EgoiMock.make({ seed: "demo" })
 * const server = setupServer(...handlers(mock))
 * server.listen()
 * ```
 *
 * @since 0.2.0
 */
import { EgoiConfig } from "@egoi-ts/core"
import { HttpResponse, http, type RequestHandler } from "msw"
import type { EgoiMock } from "./EgoiMock.js"

/**
 * @since 0.2.0
 * @category models
 */
export interface Options {
  /** The base URL the app calls, whose requests the mock answers: E-goi's own (`https://api.egoiapp.com`) by default. */
  readonly baseUrl?: string | undefined
}

/**
 * Handlers answering every request under the base URL from `mock`, whatever its method or path
 * (a path no operation has is the mock's `404`, as it would be E-goi's).
 *
 * @since 0.2.0
 * @category constructors
 */
export const handlers = (mock: EgoiMock, options: Options = {}): Array<RequestHandler> => {
  const base = (options.baseUrl ?? EgoiConfig.DEFAULT_BASE_URL).replace(/\/+$/, "")
  const basePath = new URL(base).pathname.replace(/\/+$/, "")
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url)
      // The mock's routes are the API's paths: a base URL's own path (`/v3`) is not part of them.
      const forwarded =
        basePath === ""
          ? request
          : new Request(new URL(url.pathname.slice(basePath.length) + url.search, url.origin), {
              method: request.method,
              headers: request.headers,
              signal: request.signal,
              ...(request.method === "GET" || request.method === "HEAD" ? {} : { body: await request.arrayBuffer() })
            })
      const answer = await mock.handle(forwarded)
      return answer._tag === "Dropped" ? HttpResponse.error() : answer.response
    })
  ]
}
