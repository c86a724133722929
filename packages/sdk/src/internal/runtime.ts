/**
 * The machinery behind every Promise client: the core transport it runs calls through and its
 * lifetime, the conversion of failures to the SDK's error classes, and the methods of a group
 * derived from the definition, with the paged ones answering a `PagePromise`. Kept apart from the
 * public classes, whose declarations must refer to nothing outside the SDK.
 *
 * @internal
 */
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as Common from "@egoi-ts/core/Common"
import * as EgoiConfig from "@egoi-ts/core/EgoiConfig"
import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import * as GroupClient from "@egoi-ts/core/GroupClient"
import * as Paging from "@egoi-ts/core/Paging"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import { EgoiAbortError, EgoiConfigError, EgoiError } from "../errors.js"
import type { ClientOptions, RequestOptions } from "../options.js"
import { PagePromise } from "../PagePromise.js"
import { toSdkError } from "./toSdkError.js"

interface State {
  readonly transport: EgoiTransport.Service
  readonly runtime: ManagedRuntime.ManagedRuntime<EgoiTransport.EgoiTransport, never>
  closed: boolean
}

/** Each client's state, out of its public shape. */
const states = new WeakMap<object, State>()

const envVar = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name]

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

/** Checks a client's options and gives it its transport: an unusable option throws `EgoiConfigError` here. */
export const attach = (client: object, options: ClientOptions): void => {
  const config = Effect.runSync(Effect.either(EgoiConfig.make(configOf(options))))
  if (Either.isLeft(config)) throw toSdkError(config.left)
  const runtime = ManagedRuntime.make(
    EgoiTransport.layer.pipe(Layer.provide(Layer.succeed(EgoiConfig.EgoiConfig, config.right)))
  )
  states.set(client, { transport: runtime.runSync(EgoiTransport.EgoiTransport), runtime, closed: false })
}

const stateOf = (client: object): State => {
  const state = states.get(client)
  if (state === undefined) throw new EgoiError("Not a client of this SDK", { kind: "config" })
  return state
}

/** The core transport of an open client, for work that outlives one call (a stream of a file). */
export const transportOf = (client: object): EgoiTransport.Service => {
  const state = stateOf(client)
  if (state.closed) throw new EgoiError("The client is closed", { kind: "config" })
  return state.transport
}

/** The core options of one call. */
export const callOptions = (options: RequestOptions | undefined): EgoiTransport.CallOptions => ({
  ...(options?.timeout === undefined ? {} : { timeout: options.timeout }),
  ...(options?.deadline === undefined ? {} : { deadline: options.deadline }),
  ...(options?.maxRetries === undefined ? {} : { maxRetries: options.maxRetries })
})

/** Runs an effect on a client's transport; a failure rejects with the SDK's error class for it. */
export const runOn = async <A>(
  client: object,
  use: (transport: EgoiTransport.Service) => Effect.Effect<A, unknown, never>,
  signal: AbortSignal | undefined
): Promise<A> => {
  const state = stateOf(client)
  if (state.closed) throw new EgoiError("The client is closed", { kind: "config" })
  if (signal?.aborted) throw new EgoiAbortError()
  const exit = await state.runtime.runPromiseExit(use(state.transport), signal ? { signal } : undefined)
  if (Exit.isSuccess(exit)) return exit.value
  const failure = Cause.failureOption(exit.cause)
  if (Option.isSome(failure)) throw toSdkError(failure.value)
  if (signal?.aborted || Cause.isInterruptedOnly(exit.cause)) throw new EgoiAbortError()
  throw toSdkError(Cause.squash(exit.cause))
}

/** Runs one call with its options. */
export const call = <A>(
  client: object,
  use: (transport: EgoiTransport.Service, options: EgoiTransport.CallOptions) => Effect.Effect<A, unknown, never>,
  options: RequestOptions | undefined
): Promise<A> => runOn(client, (transport) => use(transport, callOptions(options)), options?.signal)

/**
 * A module imported when an effect first needs it: the workflows' core modules bring group
 * definitions, which a program that never runs the workflow does not evaluate.
 */
export const lazyModule = <A>(load: () => Promise<A>): Effect.Effect<A> => {
  let loaded: Promise<A> | undefined
  return Effect.promise(() => (loaded ??= load()))
}

/** Releases a client's resources; later calls reject. */
export const release = async (client: object): Promise<void> => {
  const state = stateOf(client)
  if (state.closed) return
  state.closed = true
  await state.runtime.dispose()
}

type Operation = (params: unknown, options: EgoiTransport.CallOptions) => Effect.Effect<unknown, unknown>

/** Every item of every page of a paged operation, fetched a page at a time as the items are taken. */
const items = (
  client: object,
  operation: Operation,
  params: Record<string, unknown> | undefined,
  options: RequestOptions | undefined
): AsyncIterator<unknown> => {
  const limit = typeof params?.limit === "number" ? params.limit : Common.MAX_PAGE_SIZE
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
    return call(client, (_, call) => operation({ ...params, offset: at, limit }, call), options).then((answer) => {
      const { items, total } = Paging.itemsOf(answer as Paging.Page<unknown> | ReadonlyArray<unknown>)
      page = items
      index = 0
      offset = Paging.nextOffset(at, limit, items.length, total)
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
export const methodsOf = (client: object, group: HttpApiGroup.HttpApiGroup.Any): Record<string, unknown> => {
  const operations = GroupClient.fromTransport(stateOf(client).transport, group) as unknown as Record<string, Operation>
  const methods: Record<string, unknown> = {}
  for (const { name, paging } of GroupClient.operations(group)) {
    const operation = operations[name]!
    const invoke = (params: unknown, options: RequestOptions | undefined) =>
      call(client, (_, callOptions) => operation(params, callOptions), options)
    methods[name] =
      paging === undefined
        ? invoke
        : (params?: Record<string, unknown>, options?: RequestOptions) =>
            new PagePromise(
              () => invoke(params, options),
              () => items(client, operation, params, options)
            )
  }
  return methods
}
