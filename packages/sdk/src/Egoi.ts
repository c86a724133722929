/**
 * The Promise client of every group: `new Egoi({ apiKey })`, then
 * `egoi.<group>.<operationId>(params, options?)`. A program that needs one group can import that
 * group's client alone (`@egoi-ts/sdk/lists`) and carry none of the others.
 */
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import { EgoiApi, EgoiTransport } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import type { BulkOrder, ContactInput, ProductInput, Resources } from "./api.js"
import type {
  BulkOptions,
  BulkReport,
  ImportContactsOptions,
  ImportOrdersOptions,
  ImportProductsOptions,
  Records
} from "./Bulk.js"
import { ClientBase } from "./ClientBase.js"
import { jobs } from "./internal/bulk.js"
import { methodsOf, runOn } from "./internal/runtime.js"
import type { ClientOptions } from "./options.js"
import { WORKFLOWS } from "./workflows.js"

/**
 * The E-goi client.
 *
 * ```ts
 * import { Egoi, EgoiNotFoundError } from "@egoi-ts/sdk"
 *
 * const egoi = new Egoi({ apiKey: process.env.EGOI_API_KEY })
 * const list = await egoi.lists.createList({ internal_name: "Newsletter" })
 * for await (const tag of egoi.tags.getAllTags()) console.log(tag.name)
 * await egoi.close()
 * ```
 */
export interface Egoi extends Resources {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the groups are added at run time from the API definition
export class Egoi extends ClientBase {
  constructor(options: ClientOptions = {}) {
    super(options)
    for (const group of Object.values(
      EgoiApi.EgoiApi.groups
    ) as unknown as Array<HttpApiGroup.HttpApiGroup.AnyWithProps>) {
      // A group's methods are made when the group is first used: a program that calls one group
      // does not pay for building the clients of all the others.
      Object.defineProperty(this, group.identifier, {
        configurable: true,
        enumerable: true,
        get: () => {
          const methods = Object.assign(methodsOf(this, group), WORKFLOWS[group.identifier]?.(this))
          Object.defineProperty(this, group.identifier, { value: methods, enumerable: true, writable: true })
          return methods
        }
      })
    }
  }

  /**
   * Bulk work on any number of records, split into requests E-goi accepts (by count and under the
   * 20 MB body limit), `concurrency` at a time, with `onProgress` after each request. The report
   * accounts for every record: refused requests come back in `failed` with their records and error,
   * requests sent without an answer in `unknown`; nothing is dropped.
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
    ): Promise<BulkReport<ContactInput>> =>
      runOn(
        this,
        (transport) =>
          Effect.provideService(jobs.importContacts(contacts, options), EgoiTransport.EgoiTransport, transport),
        options.signal
      ),
    /** Forgets contacts, 1000 per request. */
    forgetContacts: (
      contactIds: Records<string>,
      options: BulkOptions & { readonly list_id: number }
    ): Promise<BulkReport<string>> =>
      runOn(
        this,
        (transport) =>
          Effect.provideService(jobs.forgetContacts(contactIds, options), EgoiTransport.EgoiTransport, transport),
        options.signal
      ),
    /** Attaches a tag to contacts (or detaches it, with `detach: true`), 1000 per request. */
    tagContacts: (
      contactIds: Records<string>,
      options: BulkOptions & {
        readonly list_id: number
        readonly tag_id: number
        readonly detach?: boolean | undefined
      }
    ): Promise<BulkReport<string>> =>
      runOn(
        this,
        (transport) =>
          Effect.provideService(jobs.tagContacts(contactIds, options), EgoiTransport.EgoiTransport, transport),
        options.signal
      ),
    /** Imports products into a catalog with `ImportProducts`, upserted by identifier (10,000 per request). */
    importProducts: (
      products: Records<ProductInput>,
      options: ImportProductsOptions
    ): Promise<BulkReport<ProductInput>> =>
      runOn(
        this,
        (transport) =>
          Effect.provideService(jobs.importProducts(products, options), EgoiTransport.EgoiTransport, transport),
        options.signal
      ),
    /** Imports a list's past orders with `ImportOrdersBulk` (10,000 per request). */
    importOrders: (orders: Records<BulkOrder>, options: ImportOrdersOptions): Promise<BulkReport<BulkOrder>> =>
      runOn(
        this,
        (transport) =>
          Effect.provideService(jobs.importOrders(orders, options), EgoiTransport.EgoiTransport, transport),
        options.signal
      )
  }
}
