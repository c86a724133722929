/**
 * Groups whose definitions load when first used, for the client of every group and the main entry
 * point's group classes: importing them evaluates no group's schemas or endpoints. A group's methods
 * exist from the start (their names come from the catalog); the first call loads the definition and
 * then makes the call, and from then on the group's own methods stand in the stubs' place.
 *
 * @internal
 */
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import { ClientBase } from "../ClientBase.js"
import type { ClientOptions } from "../options.js"
import { PagePromise } from "../PagePromise.js"
import { WORKFLOWS } from "../workflows.js"
import { CATALOG } from "./catalog.js"
import { methodsOf } from "./runtime.js"

type Method = (params: unknown, options: unknown) => unknown

/** Each group's definition, loaded once for the program whichever clients ask for it. */
const definitions = new Map<string, Promise<HttpApiGroup.HttpApiGroup.Any>>()

const definitionOf = (identifier: string): Promise<HttpApiGroup.HttpApiGroup.Any> => {
  let definition = definitions.get(identifier)
  if (definition === undefined) {
    definition = CATALOG[identifier]!.load()
    // A load that failed is tried again by the next call.
    definition.catch(() => definitions.delete(identifier))
    definitions.set(identifier, definition)
  }
  return definition
}

/** An iterator that starts once `start` resolves: the items of a page promise whose group is loading. */
const deferredIterator = <A>(start: () => Promise<AsyncIterator<A>>): AsyncIterator<A> => {
  let iterator: Promise<AsyncIterator<A>> | undefined
  const started = () => (iterator ??= start())
  return {
    next: () => started().then((inner) => inner.next()),
    return: () =>
      started().then((inner) => inner.return?.() ?? { done: true as const, value: undefined as unknown as A })
  }
}

/**
 * Puts a group's operations on `target`, calling through `client`: stubs that load the definition on
 * the first call, replaced then by the group's methods. A paged stub answers a `PagePromise` at once,
 * whose page and items wait for the load.
 */
const putGroup = (target: Record<string, unknown>, client: object, identifier: string): void => {
  const { operations, paged } = CATALOG[identifier]!
  let methods: Record<string, Method> | undefined
  let loading: Promise<Record<string, Method>> | undefined
  const loaded = (): Promise<Record<string, Method>> =>
    (loading ??= definitionOf(identifier).then(
      (group) => {
        methods ??= methodsOf(client, group) as Record<string, Method>
        Object.assign(target, methods)
        return methods
      },
      (error) => {
        loading = undefined
        throw error
      }
    ))
  for (const name of operations) {
    target[name] = paged.includes(name)
      ? (params: unknown, options: unknown) =>
          methods !== undefined
            ? methods[name]!(params, options)
            : new PagePromise(
                () => loaded().then((loadedMethods) => loadedMethods[name]!(params, options)),
                () =>
                  deferredIterator(() =>
                    loaded().then((loadedMethods) =>
                      (loadedMethods[name]!(params, options) as AsyncIterable<unknown>)[Symbol.asyncIterator]()
                    )
                  )
              )
      : (params: unknown, options: unknown) =>
          methods !== undefined
            ? methods[name]!(params, options)
            : loaded().then((loadedMethods) => loadedMethods[name]!(params, options))
  }
}

/** The identifiers of every group, in the definition's order. */
export const groupIdentifiers: ReadonlyArray<string> = Object.keys(CATALOG)

/** A group of a client: its operations, loaded on first use, and its workflows. */
export const groupOf = (client: object, identifier: string, target: Record<string, unknown> = {}): object => {
  putGroup(target, client, identifier)
  return Object.assign(target, WORKFLOWS[identifier]?.(client))
}

/** A client class for one group whose definition loads when first called. */
export const lazyGroupClient = <Type>(identifier: string): (new (options?: ClientOptions) => Type) =>
  class extends ClientBase {
    constructor(options?: ClientOptions) {
      super(options)
      groupOf(this, identifier, this as unknown as Record<string, unknown>)
    }
  } as never
