/**
 * A client for one group of the definition: each operation as a function from one flat parameter
 * object to an `Effect`, over the shared {@link EgoiTransport}. A program that uses one group
 * imports only that group's module and this one, so it carries none of the other groups.
 *
 * ```ts
 * import * as GroupClient from "@egoi-ts/core/GroupClient"
 * import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
 * import { ListsGroup } from "@egoi-ts/core/Lists"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const lists = yield* GroupClient.make(ListsGroup)
 *   const list = yield* lists.createList({ internal_name: "Newsletter" })
 *   return yield* lists.getList({ list_id: list.list_id })
 * }).pipe(Effect.provide(EgoiTransport.layerConfig()))
 * ```
 *
 * @since 0.1.0
 */
import * as HttpApi from "@effect/platform/HttpApi"
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as Effect from "effect/Effect"
import type { Simplify } from "effect/Types"
import * as Authentication from "./Authentication.js"
import { type ClientError, ResponseDecodeError } from "./EgoiError.js"
import { type CallOptions, EgoiTransport, type Service as TransportService } from "./EgoiTransport.js"
import { type Compiled, compile, errorFromStatus } from "./internal/operation.js"
import * as Pagination from "./Paging.js"

type Part<X> = [X] extends [never] ? {} : X
type BodyPart<B> = [B] extends [never] ? {} : B extends ReadonlyArray<unknown> ? { readonly body: B } : B

/**
 * The parameters of an operation: its path, query and body fields in one object (an array body
 * goes under `body`).
 *
 * @since 0.1.0
 * @category models
 */
export type Params<Endpoint> =
  Endpoint extends HttpApiEndpoint.HttpApiEndpoint<
    infer _Name,
    infer _Method,
    infer Path,
    infer UrlParams,
    infer Payload,
    infer _Headers,
    infer _Success,
    infer _Error,
    infer _R,
    infer _RE
  >
    ? Simplify<Part<Path> & Part<UrlParams> & BodyPart<Payload>>
    : never

/**
 * What an operation can fail with: the errors it documents, the errors of its group, and those any
 * call can meet.
 *
 * @since 0.1.0
 * @category models
 */
export type Errors<Endpoint extends HttpApiEndpoint.HttpApiEndpoint.Any, GroupError> =
  | HttpApiEndpoint.HttpApiEndpoint.Error<Endpoint>
  | GroupError
  | ClientError

/**
 * An operation of a client.
 *
 * @since 0.1.0
 * @category models
 */
export type Operation<Endpoint extends HttpApiEndpoint.HttpApiEndpoint.Any, GroupError> =
  {} extends Params<Endpoint>
    ? (
        params?: Params<Endpoint>,
        options?: CallOptions
      ) => Effect.Effect<HttpApiEndpoint.HttpApiEndpoint.Success<Endpoint>, Errors<Endpoint, GroupError>>
    : (
        params: Params<Endpoint>,
        options?: CallOptions
      ) => Effect.Effect<HttpApiEndpoint.HttpApiEndpoint.Success<Endpoint>, Errors<Endpoint, GroupError>>

/**
 * The operations of one group, by E-goi operation ID.
 *
 * @since 0.1.0
 * @category models
 */
export type GroupClient<Group> =
  Group extends HttpApiGroup.HttpApiGroup<infer _Name, infer Endpoints, infer GroupError, infer _R, infer _TopLevel>
    ? {
        readonly [Endpoint in Endpoints as HttpApiEndpoint.HttpApiEndpoint.Name<Endpoint>]: Operation<
          Endpoint,
          GroupError
        >
      }
    : never

/**
 * What the client knows of one operation of the definition: its name, method and route, and how it
 * pages.
 *
 * @since 0.1.0
 * @category models
 */
export interface OperationInfo {
  readonly group: string
  readonly name: string
  readonly method: string
  readonly route: string
  readonly paging: Pagination.Kind | undefined
}

/** Turns a compiled endpoint into an operation over a transport. */
const operation = (transport: TransportService, info: OperationInfo & { readonly compile: () => Compiled }) => {
  const { config } = transport
  const { name, method, route } = info
  const call = (params: unknown, options?: CallOptions): Effect.Effect<unknown, unknown> =>
    Effect.suspend((): Effect.Effect<unknown, unknown> => {
      const compiled = info.compile()
      const prepared = compiled.prepare(params)
      if (prepared._tag === "Left") return Effect.fail(prepared.left)
      const request = prepared.right
      return transport.send(request, options).pipe(
        Effect.mapError((failure) =>
          failure._tag === "StatusFailure" ? errorFromStatus(failure, compiled.errorStatuses) : failure
        ),
        Effect.flatMap((answer) => {
          const decoded = compiled.decode(answer.status, answer.text)
          if (decoded._tag === "Decoded") return Effect.succeed(decoded.value)
          if (config.strict) {
            return Effect.fail(
              new ResponseDecodeError({
                method,
                path: request.path,
                status: answer.status,
                detail: decoded.issues
                  .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
                  .join("; ")
              })
            )
          }
          config.onDrift?.({
            operation: name,
            method,
            path: request.path,
            status: answer.status,
            issues: decoded.issues
          })
          return Effect.succeed(decoded.raw)
        })
      )
    })
  return config.spans
    ? (params: unknown, options?: CallOptions) =>
        Effect.withSpan(call(params, options), `egoi.${name}`, {
          attributes: { "http.request.method": method, "http.route": route }
        })
    : call
}

/**
 * The endpoints of a group with what the client knows of each. An endpoint's schemas are compiled on
 * its first call, not before: a client of every group starts without compiling operations it may never call.
 */
const walk = (
  group: HttpApiGroup.HttpApiGroup.Any
): ReadonlyArray<OperationInfo & { readonly compile: () => Compiled }> => {
  const found: Array<OperationInfo & { readonly compile: () => Compiled }> = []
  HttpApi.reflect(HttpApi.make("egoi").add(group as HttpApiGroup.HttpApiGroup.AnyWithProps), {
    onGroup() {},
    onEndpoint({ group, endpoint, successes, errors }) {
      const declared = endpoint as unknown as HttpApiEndpoint.HttpApiEndpoint.AnyWithProps
      let compiled: Compiled | undefined
      found.push({
        group: group.identifier,
        name: declared.name,
        method: declared.method,
        route: declared.path,
        paging: Pagination.kindOf(declared),
        compile: () => (compiled ??= compile(declared, successes, errors, Authentication.isRequiredBy(group, endpoint)))
      })
    }
  })
  return found
}

/**
 * What the client derives from each endpoint of a group: name, method, route and how it pages.
 *
 * @since 0.1.0
 * @category accessors
 */
export const operations = (group: HttpApiGroup.HttpApiGroup.Any): ReadonlyArray<OperationInfo> =>
  walk(group).map(({ compile: _, ...info }) => info)

/**
 * The operations of one group over a transport.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromTransport = <Group extends HttpApiGroup.HttpApiGroup.Any>(
  transport: TransportService,
  group: Group
): GroupClient<Group> => {
  const client: Record<string, unknown> = {}
  for (const info of walk(group)) client[info.name] = operation(transport, info)
  return client as GroupClient<Group>
}

/**
 * A client for one group, over the {@link EgoiTransport} of the context.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <Group extends HttpApiGroup.HttpApiGroup.Any>(
  group: Group
): Effect.Effect<GroupClient<Group>, never, EgoiTransport> =>
  Effect.map(EgoiTransport, (transport) => fromTransport(transport, group))
