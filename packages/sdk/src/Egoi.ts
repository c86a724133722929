/**
 * The Promise client. `new Egoi({ apiKey })`, then `egoi.<group>.<operationId>(params, options?)`.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpApi from "@effect/platform/HttpApi"
import { EgoiApi, EgoiClient, EgoiConfig, Pagination } from "@egoi-ts/core"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import * as Stream from "effect/Stream"
import {
  type BulkOptions,
  type BulkReport,
  type ContactInput,
  type ImportContactsOptions,
  jobs,
  type Records
} from "./Bulk.js"
import { EgoiAbortError, EgoiError, type RateLimitInfo } from "./errors.js"
import { toSdkError } from "./internal/toError.js"
import { PagePromise } from "./PagePromise.js"

/** Options of the client. Only `apiKey` is needed, and it defaults to `EGOI_API_KEY`. */
export interface ClientOptions {
  /** The account's API key; `process.env.EGOI_API_KEY` when not given. */
  readonly apiKey?: string | undefined
  /** `https://api.egoiapp.com` by default (`EGOI_BASE_URL` when set); `http://` only for loopback hosts. */
  readonly baseUrl?: string | undefined
  /** Per attempt, in milliseconds: sets both read (10 s) and write (60 s) timeouts. */
  readonly timeout?: number | undefined
  /** Retries after the first attempt: 2 by default. Only retries that cannot duplicate a write. */
  readonly maxRetries?: number | undefined
  /** The client-side limit, shared by all calls: 10 requests a second by default; `false` for none. */
  readonly rateLimit?: { readonly limit: number; readonly intervalMs: number } | false | undefined
  /** A `fetch` to send requests with: the global one by default. */
  readonly fetch?: typeof globalThis.fetch | undefined
}

/** Options of one call. */
export interface RequestOptions {
  /** Aborts the call (and its retries). */
  readonly signal?: AbortSignal | undefined
  /** Per attempt, in milliseconds. */
  readonly timeout?: number | undefined
  /** Retries after the first attempt, for this call. */
  readonly maxRetries?: number | undefined
}

type Simplify<A> = { [K in keyof A]: A[K] } & {}

/** The Promise form of one core operation; paginated ones answer a `PagePromise`. */
export type Method<Operation> = Operation extends (
  params: infer P,
  options?: any
) => Effect.Effect<infer A, infer _E, infer _R>
  ? {} extends NonNullable<P>
    ? (params?: Simplify<NonNullable<P>>, options?: RequestOptions) => Answer<NonNullable<P>, A>
    : (params: Simplify<NonNullable<P>>, options?: RequestOptions) => Answer<NonNullable<P>, A>
  : never

type Answer<P, A> = A extends { readonly items: ReadonlyArray<infer Item> }
  ? "offset" extends keyof P
    ? PagePromise<A, Item>
    : Promise<A>
  : Promise<A>

/** The operations of one group. */
export type Resource<Group> = { readonly [Name in keyof Group]: Method<Group[Name]> }

type Service = EgoiClient.Service

/** Every group of the API, by name. */
export type Resources = {
  readonly [Group in Exclude<keyof Service, "rateLimit" | "request">]: Resource<Service[Group]>
}

/** The rate-limit headers of the last answer, with their reset instants in epoch milliseconds. */
export interface RateLimitState extends RateLimitInfo {
  readonly observedAt?: number | undefined
  readonly resetAt?: number | undefined
  readonly accountResetAt?: number | undefined
}

const envVar = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name]

const callOptions = (options: RequestOptions | undefined): EgoiClient.CallOptions => ({
  ...(options?.timeout === undefined ? {} : { timeout: options.timeout }),
  ...(options?.maxRetries === undefined ? {} : { maxRetries: options.maxRetries })
})

const fieldNames = (ast: AST.AST): ReadonlyArray<PropertyKey> => {
  try {
    return AST.getPropertySignatures(ast).map((field) => field.name)
  } catch {
    return []
  }
}

/** The operations that take `offset` and `limit` and answer a page of `items`: those `for await` pages through. */
const paginatedOperations = (): ReadonlySet<string> => {
  const names = new Set<string>()
  HttpApi.reflect(EgoiApi.EgoiApi, {
    onGroup() {},
    onEndpoint({ group, endpoint, successes }) {
      const query = Option.getOrUndefined(endpoint.urlParamsSchema)
      const params = query ? fieldNames(Schema.typeSchema(query as unknown as Schema.Schema<unknown>).ast) : []
      const success = [...successes.values()][0]?.ast
      const answer = success && Option.isSome(success) ? fieldNames(AST.encodedAST(success.value)) : []
      if (params.includes("offset") && params.includes("limit") && answer.includes("items")) {
        names.add(`${group.identifier}.${endpoint.name}`)
      }
    }
  })
  return names
}

/**
 * The E-goi client.
 *
 * ```ts
 * import { Egoi, EgoiNotFoundError } from "@egoi-ts/sdk"
 *
 * await using egoi = new Egoi({ apiKey: process.env.EGOI_API_KEY })
 * const list = await egoi.lists.createList({ internal_name: "Newsletter" })
 * for await (const tag of egoi.tags.getAllTags()) console.log(tag.name)
 * ```
 */
export interface Egoi extends Resources {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the groups are added at run time from the API definition
export class Egoi {
  private readonly runtime: ManagedRuntime.ManagedRuntime<EgoiClient.EgoiClient, never>
  private closed = false

  constructor(options: ClientOptions = {}) {
    const apiKey = options.apiKey ?? envVar("EGOI_API_KEY")
    if (!apiKey) throw new EgoiError("No API key: pass { apiKey } or set EGOI_API_KEY")
    const resolved = Effect.runSync(
      Effect.either(
        EgoiConfig.make({
          apiKey,
          baseUrl: options.baseUrl ?? envVar("EGOI_BASE_URL"),
          timeout: options.timeout,
          maxRetries: options.maxRetries,
          rateLimit:
            options.rateLimit === false || options.rateLimit === undefined
              ? options.rateLimit
              : { limit: options.rateLimit.limit, interval: options.rateLimit.intervalMs }
        })
      )
    )
    if (Either.isLeft(resolved)) throw toSdkError(resolved.left)
    const http = options.fetch
      ? FetchHttpClient.layer.pipe(Layer.provide(Layer.succeed(FetchHttpClient.Fetch, options.fetch)))
      : FetchHttpClient.layer
    this.runtime = ManagedRuntime.make(
      EgoiClient.layer.pipe(Layer.provide(Layer.succeed(EgoiConfig.EgoiConfig, resolved.right)), Layer.provide(http))
    )
    const paginated = paginatedOperations()
    HttpApi.reflect(EgoiApi.EgoiApi, {
      onGroup: ({ group }) => {
        ;(this as Record<string, unknown>)[group.identifier] = {}
      },
      onEndpoint: ({ group, endpoint }) => {
        const resource = (this as unknown as Record<string, Record<string, unknown>>)[group.identifier]!
        const invoke = (params: unknown, options: RequestOptions | undefined) =>
          this.run(
            Effect.flatMap(EgoiClient.EgoiClient, (client) =>
              (client as any)[group.identifier][endpoint.name](params, callOptions(options))
            ),
            options?.signal
          )
        resource[endpoint.name] = paginated.has(`${group.identifier}.${endpoint.name}`)
          ? (params: Record<string, unknown> | undefined, options?: RequestOptions) =>
              new PagePromise(
                () => invoke(params, options),
                () => this.iterate(group.identifier, endpoint.name, params, options)
              )
          : (params: unknown, options?: RequestOptions) => invoke(params, options)
      }
    })
  }

  /**
   * Bulk work on any number of records, split into requests E-goi accepts (by count and under the
   * 20 MB body limit), `concurrency` at a time, with `onProgress` after each request. The report
   * accounts for every record: failed requests come back with their records and error, nothing is dropped.
   *
   * ```ts
   * const report = await egoi.bulk.importContacts(contacts, { list_id: 1, mode: "add", compare_field: "email" })
   * for (const failure of report.failed) console.error(failure.error.message, failure.records.length)
   * ```
   */
  readonly bulk = {
    /** Imports contacts with `actionImportBulk` (a lone contact with `createContact` or `updateContactByField`). */
    importContacts: (
      contacts: Records<ContactInput>,
      options: ImportContactsOptions
    ): Promise<BulkReport<ContactInput>> => this.run(jobs.importContacts(contacts, options), options.signal),
    /** Forgets contacts, 1000 per request. */
    forgetContacts: (
      contactIds: Records<string>,
      options: BulkOptions & { readonly list_id: number }
    ): Promise<BulkReport<string>> => this.run(jobs.forgetContacts(contactIds, options), options.signal),
    /** Attaches a tag to contacts (or detaches it, with `detach: true`), 1000 per request. */
    tagContacts: (
      contactIds: Records<string>,
      options: BulkOptions & {
        readonly list_id: number
        readonly tag_id: number
        readonly detach?: boolean | undefined
      }
    ): Promise<BulkReport<string>> => this.run(jobs.tagContacts(contactIds, options), options.signal)
  }

  /**
   * Calls any route, for what this SDK does not define yet, through the same timeouts, retries and
   * rate limit; answers the parsed JSON body (`undefined` for an empty one).
   */
  request<T = unknown>(request: EgoiClient.RawRequest, options?: RequestOptions): Promise<T> {
    return this.run(
      Effect.flatMap(EgoiClient.EgoiClient, (client) => client.request(request, callOptions(options))),
      options?.signal
    ) as Promise<T>
  }

  /** The rate-limit headers of the last answer. */
  rateLimit(): Promise<RateLimitState> {
    return this.run(
      Effect.flatMap(EgoiClient.EgoiClient, (client) => client.rateLimit),
      undefined
    )
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

  private async run<A>(
    effect: Effect.Effect<A, unknown, EgoiClient.EgoiClient>,
    signal: AbortSignal | undefined
  ): Promise<A> {
    if (this.closed) throw new EgoiError("The client is closed")
    const exit = await this.runtime.runPromiseExit(effect, signal ? { signal } : undefined)
    if (Exit.isSuccess(exit)) return exit.value
    throw this.failure(exit.cause, signal)
  }

  private failure(cause: Cause.Cause<unknown>, signal: AbortSignal | undefined): EgoiError {
    const failure = Cause.failureOption(cause)
    if (Option.isSome(failure)) return toSdkError(failure.value)
    if (Cause.isInterruptedOnly(cause) || signal?.aborted) return new EgoiAbortError("The call was aborted")
    return toSdkError(Cause.squash(cause))
  }

  private async *iterate(
    group: string,
    operation: string,
    params: Record<string, unknown> | undefined,
    options: RequestOptions | undefined
  ): AsyncGenerator<unknown> {
    if (this.closed) throw new EgoiError("The client is closed")
    const runtime = await this.runtime.runtime()
    const items = Stream.unwrap(
      Effect.map(EgoiClient.EgoiClient, (client) =>
        Pagination.stream(
          (page: Record<string, unknown>) => (client as any)[group][operation](page, callOptions(options)),
          params ?? {}
        )
      )
    )
    const iterator = Stream.toAsyncIterableRuntime(runtime)(
      items as Stream.Stream<unknown, unknown, EgoiClient.EgoiClient>
    )[Symbol.asyncIterator]()
    const abort = () => void iterator.return?.()
    options?.signal?.addEventListener("abort", abort, { once: true })
    try {
      while (true) {
        if (options?.signal?.aborted) throw new EgoiAbortError("The call was aborted")
        let next: IteratorResult<unknown>
        try {
          next = await iterator.next()
        } catch (error) {
          throw toSdkError(Cause.isCause(error) ? Cause.squash(error) : error)
        }
        if (next.done) return
        yield next.value
      }
    } finally {
      options?.signal?.removeEventListener("abort", abort)
      await iterator.return?.()
    }
  }
}
