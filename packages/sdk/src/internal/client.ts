/**
 * What every Promise client shares: the options, the core transport it runs calls through (and its
 * lifetime), the conversion of failures to the SDK's error classes, and the methods of a group
 * derived from the definition, with the paged ones answering a `PagePromise`.
 *
 * @internal
 */
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as Common from "@egoi-ts/core/Common"
import * as EgoiConfig from "@egoi-ts/core/EgoiConfig"
import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import * as GroupClient from "@egoi-ts/core/GroupClient"
import * as Pagination from "@egoi-ts/core/Pagination"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import { EgoiAbortError, EgoiConfigError, EgoiError, type RateLimitInfo, toSdkError } from "../errors.js"
import { PagePromise } from "../PagePromise.js"

/** A report of an answer whose body departs from its schema: the client answers it as it came. */
export type Drift = EgoiConfig.Drift

/** Options of the client. Only `apiKey` is needed, and it defaults to `EGOI_API_KEY`. */
export interface ClientOptions {
  /** The account's API key; `process.env.EGOI_API_KEY` when not given. */
  readonly apiKey?: string | undefined
  /** `https://api.egoiapp.com` by default (`EGOI_BASE_URL` when set); `http://` only for loopback hosts. */
  readonly baseUrl?: string | undefined
  /** Per attempt, in milliseconds, the body included: sets both read (10 s) and write (60 s) timeouts. */
  readonly timeout?: number | undefined
  /** The longest a call may take, in milliseconds, retries and rate-limit waits included; none by default. */
  readonly deadline?: number | undefined
  /** Retries after the first attempt: 2 by default, at most 10. Only retries that cannot duplicate a write. */
  readonly maxRetries?: number | undefined
  /** The client-side limit, shared by all calls: 10 requests a second by default; `false` for none. */
  readonly rateLimit?: { readonly limit: number; readonly intervalMs: number } | false | undefined
  /** A `fetch` to send requests with: the global one by default. */
  readonly fetch?: typeof globalThis.fetch | undefined
  /** Rejects an answer whose body departs from its schema with `EgoiResponseDecodeError` (for tests and CI). */
  readonly strict?: boolean | undefined
  /** Called with every answer whose body departs from its schema, when not strict. */
  readonly onDrift?: ((drift: Drift) => void) | undefined
}

/** Options of one call. */
export interface RequestOptions {
  /** Aborts the call (and its retries); for a paged iteration, the whole iteration. */
  readonly signal?: AbortSignal | undefined
  /** Per attempt, in milliseconds, the body included. */
  readonly timeout?: number | undefined
  /** The longest this call may take, in milliseconds, retries and waits included. */
  readonly deadline?: number | undefined
  /** Retries after the first attempt, for this call. */
  readonly maxRetries?: number | undefined
}

/** The rate-limit headers of the last answer, with their reset instants in epoch milliseconds. */
export interface RateLimitState extends RateLimitInfo {
  readonly observedAt?: number | undefined
  readonly resetAt?: number | undefined
  readonly accountResetAt?: number | undefined
}

/** A raw call: any method and path, with a JSON body. */
export interface RawRequest {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** Starts with `/`, e.g. `/lists/1`. */
  readonly path: string
  readonly query?: Readonly<Record<string, string | number | boolean>> | undefined
  readonly body?: unknown
}

type Simplify<A> = { [K in keyof A]: A[K] } & {}

/** The Promise form of one core operation; paged ones answer a `PagePromise`. */
export type Method<Operation> = Operation extends (
  params: infer P,
  options?: any
) => Effect.Effect<infer A, infer _E, infer _R>
  ? {} extends NonNullable<P>
    ? (params?: Simplify<NonNullable<P>>, options?: RequestOptions) => Answer<NonNullable<P>, A>
    : (params: Simplify<NonNullable<P>>, options?: RequestOptions) => Answer<NonNullable<P>, A>
  : never

type Answer<P, A> = "offset" extends keyof P
  ? A extends { readonly items: ReadonlyArray<infer Item> }
    ? PagePromise<A, Item>
    : A extends ReadonlyArray<infer Item>
      ? PagePromise<A, Item>
      : Promise<A>
  : Promise<A>

/** The operations of one group, as Promise methods. */
export type Resource<Group> = { readonly [Name in keyof Group]: Method<Group[Name]> }

/** The Promise methods of one group of the definition. */
export type GroupMethods<Group extends HttpApiGroup.HttpApiGroup.Any> = Resource<GroupClient.GroupClient<Group>>

const envVar = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name]

const callOptions = (options: RequestOptions | undefined): EgoiTransport.CallOptions => ({
  ...(options?.timeout === undefined ? {} : { timeout: options.timeout }),
  ...(options?.deadline === undefined ? {} : { deadline: options.deadline }),
  ...(options?.maxRetries === undefined ? {} : { maxRetries: options.maxRetries })
})

const configOf = (options: ClientOptions): EgoiConfig.Options => {
  if (options === null || typeof options !== "object") throw new EgoiConfigError("The options must be an object")
  const apiKey = options.apiKey ?? envVar("EGOI_API_KEY")
  if (!apiKey) throw new EgoiConfigError("No API key: pass { apiKey } or set EGOI_API_KEY")
  const rateLimit = options.rateLimit
  return {
    apiKey,
    baseUrl: options.baseUrl ?? envVar("EGOI_BASE_URL"),
    timeout: options.timeout,
    deadline: options.deadline,
    maxRetries: options.maxRetries,
    rateLimit:
      rateLimit === false || rateLimit === undefined
        ? rateLimit
        : { limit: rateLimit.limit, interval: rateLimit.intervalMs },
    fetch: options.fetch,
    strict: options.strict,
    onDrift: options.onDrift
  }
}

/** The part every client shares: its transport, its lifetime and how calls run. */
export class ClientBase {
  /** @internal */
  protected readonly transport: EgoiTransport.Service
  private readonly runtime: ManagedRuntime.ManagedRuntime<EgoiTransport.EgoiTransport, never>
  private closed = false

  constructor(options: ClientOptions = {}) {
    const config = Effect.runSync(Effect.either(EgoiConfig.make(configOf(options))))
    if (Either.isLeft(config)) throw toSdkError(config.left)
    this.runtime = ManagedRuntime.make(
      EgoiTransport.layer.pipe(Layer.provide(Layer.succeed(EgoiConfig.EgoiConfig, config.right)))
    )
    this.transport = this.runtime.runSync(EgoiTransport.EgoiTransport)
  }

  /**
   * Calls any route, for what this SDK does not define yet, through the same timeouts, retries and
   * rate limit; answers the parsed JSON body (`undefined` for an empty one).
   */
  request<T = unknown>(request: RawRequest, options?: RequestOptions): Promise<T> {
    return this.run(this.transport.request(request, callOptions(options)), options?.signal) as Promise<T>
  }

  /** The rate-limit headers of the last answer. */
  rateLimit(): Promise<RateLimitState> {
    return this.run(this.transport.rateLimit, undefined)
  }

  /** Releases the client's resources. Calls after `close()` reject. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.runtime.dispose()
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close()
  }

  /** @internal */
  protected async run<A>(effect: Effect.Effect<A, unknown, never>, signal: AbortSignal | undefined): Promise<A> {
    if (this.closed) throw new EgoiError("The client is closed", { kind: "config" })
    if (signal?.aborted) throw new EgoiAbortError()
    const exit = await this.runtime.runPromiseExit(effect, signal ? { signal } : undefined)
    if (Exit.isSuccess(exit)) return exit.value
    const failure = Cause.failureOption(exit.cause)
    if (Option.isSome(failure)) throw toSdkError(failure.value)
    if (signal?.aborted || Cause.isInterruptedOnly(exit.cause)) throw new EgoiAbortError()
    throw toSdkError(Cause.squash(exit.cause))
  }

  /** Every item of every page of a paged operation, fetched a page at a time as the items are taken. */
  private items(
    operation: (params: unknown, options: EgoiTransport.CallOptions) => Effect.Effect<unknown, unknown>,
    params: Record<string, unknown> | undefined,
    options: RequestOptions | undefined
  ): AsyncIterator<unknown> {
    const limit = typeof params?.limit === "number" ? params.limit : Common.MAX_PAGE_SIZE
    const call = callOptions(options)
    let offset: number | undefined = typeof params?.offset === "number" ? params.offset : 0
    let page: ReadonlyArray<unknown> = []
    let index = 0
    const finished: IteratorReturnResult<undefined> = { done: true, value: undefined }
    // Not an async generator: an item already fetched is handed over in one resolved promise, so a
    // `for await` over items costs about what a loop over pages does.
    const next = (): Promise<IteratorResult<unknown>> => {
      if (index < page.length) return Promise.resolve({ done: false, value: page[index++] })
      if (offset === undefined) return Promise.resolve(finished)
      const at = offset
      return this.run(operation({ ...params, offset: at, limit }, call), options?.signal).then((answer) => {
        const { items, total } = Pagination.itemsOf(answer as Pagination.Page<unknown> | ReadonlyArray<unknown>)
        page = items
        index = 0
        offset = Pagination.nextOffset(at, limit, items.length, total)
        return next()
      })
    }
    return {
      next,
      return: () => {
        offset = undefined
        page = []
        return Promise.resolve(finished)
      }
    }
  }

  /** The Promise methods of a group, derived from its endpoints; paged ones answer a `PagePromise`. */
  protected methodsOf<Group extends HttpApiGroup.HttpApiGroup.Any>(group: Group): GroupMethods<Group> {
    const client = GroupClient.fromTransport(this.transport, group) as unknown as Record<
      string,
      (params: unknown, options: EgoiTransport.CallOptions) => Effect.Effect<unknown, unknown>
    >
    const methods: Record<string, unknown> = {}
    for (const { name, paging } of GroupClient.operations(group)) {
      const operation = client[name]!
      const invoke = (params: unknown, options: RequestOptions | undefined) =>
        this.run(operation(params, callOptions(options)), options?.signal)
      methods[name] =
        paging === undefined
          ? invoke
          : (params?: Record<string, unknown>, options?: RequestOptions) =>
              new PagePromise(
                () => invoke(params, options),
                () => this.items(operation, params, options)
              )
    }
    return methods as GroupMethods<Group>
  }
}

/**
 * A client class for one group: `new Lists({ apiKey })` has the group's operations as its own
 * methods (`lists.getAllLists()`), and carries no other group.
 */
export const groupClient = <Group extends HttpApiGroup.HttpApiGroup.Any>(
  group: Group
): (new (
  options?: ClientOptions
) => ClientBase & GroupMethods<Group>) =>
  class extends ClientBase {
    constructor(options?: ClientOptions) {
      super(options)
      Object.assign(this, this.methodsOf(group))
    }
  } as never
