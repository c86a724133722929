/**
 * A client class for one group: `new Lists({ apiKey })` has the group's operations as its own
 * methods (`lists.getAllLists()`), and its workflows where it has some, and carries no other group.
 *
 * @internal
 */
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import { ClientBase } from "../ClientBase.js"
import type { ClientOptions } from "../options.js"
import { methodsOf } from "./runtime.js"

/** The class; its type is the one the group's entry point declares, written out from the definition. */
export const groupClient = <Type>(
  group: HttpApiGroup.HttpApiGroup.Any,
  workflows?: (client: object) => object
): (new (
  options?: ClientOptions
) => Type) =>
  class extends ClientBase {
    constructor(options?: ClientOptions) {
      super(options)
      Object.assign(this, methodsOf(this, group), workflows?.(this))
    }
  } as never
