/**
 * What every Promise client has, whichever groups it carries: raw calls, the last rate-limit
 * headers, and its lifetime.
 */
import { attach, call, release, runOn } from "./internal/runtime.js"
import type { ClientOptions, RateLimitState, RawRequest, RequestOptions } from "./options.js"

/**
 * `await using` support, where the TypeScript setup knows `Symbol.asyncDispose` (lib
 * `esnext.disposable`); a setup without it sees no such member rather than an error.
 */
export type AsyncDisposableClient = typeof Symbol extends { readonly asyncDispose: infer Key extends symbol }
  ? { [K in Key]: () => Promise<void> }
  : {}

/** What every client has, whichever groups it carries. */
export interface ClientBase extends AsyncDisposableClient {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface adds the disposal member only where the types know `Symbol.asyncDispose`
export class ClientBase {
  constructor(options: ClientOptions = {}) {
    attach(this, options)
  }

  /**
   * Calls any route, for what this SDK does not define yet, through the same timeouts, retries and
   * rate limit; answers the parsed JSON body (`undefined` for an empty one).
   */
  request<T = unknown>(request: RawRequest, options?: RequestOptions): Promise<T> {
    return call(this, (transport, callOptions) => transport.request(request, callOptions), options) as Promise<T>
  }

  /** The rate-limit headers of the last answer. */
  rateLimit(): Promise<RateLimitState> {
    return runOn(this, (transport) => transport.rateLimit, undefined)
  }

  /** Releases the client's resources. Calls after `close()` reject. */
  close(): Promise<void> {
    return release(this)
  }
}

// Node 20 and the other runtimes that have `Symbol.asyncDispose` release a client at the end of `await using`.
const asyncDispose = (Symbol as { readonly asyncDispose?: symbol }).asyncDispose
if (asyncDispose !== undefined) {
  Object.defineProperty(ClientBase.prototype, asyncDispose, {
    value(this: ClientBase) {
      return this.close()
    },
    configurable: true
  })
}
