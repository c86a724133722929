/**
 * The API definition as the CLI loads it: the catalog of every operation, and one group's definition
 * when a command runs. As written here, both are derived from `EgoiApi` on the spot (tests and
 * type-checking use this). The build replaces this module (`build.mjs`): the catalog becomes JSON
 * derived once at build time, and each group a dynamic import of its own core module, so a command
 * loads the one group it names.
 *
 * @internal
 */
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import { EgoiApi } from "@egoi-ts/core/EgoiApi"
import type { Catalog } from "./catalog.js"
import { deriveCatalog } from "./deriveCatalog.js"

let cached: Catalog | undefined

/** Every group and operation of the definition. */
export const catalog = (): Catalog => (cached ??= deriveCatalog(EgoiApi))

/** The definition of one group, by its identifier (`lists`). */
export const groupDefinition = async (name: string): Promise<HttpApiGroup.HttpApiGroup.AnyWithProps> => {
  const group = (EgoiApi.groups as unknown as Record<string, HttpApiGroup.HttpApiGroup.AnyWithProps>)[name]
  if (group === undefined) throw new Error(`No group ${name} in the definition`)
  return group
}
