/**
 * The Promise client of every group: `new Egoi({ apiKey })`, then
 * `egoi.<group>.<operationId>(params, options?)`. A program that needs one group can import that
 * group's client alone (`@egoi-ts/sdk/lists`) and carry none of the others.
 */
import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
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
import type { jobs } from "./internal/bulk.js"
import { groupIdentifiers, groupOf } from "./internal/lazy.js"
import { lazyModule, runOn } from "./internal/runtime.js"
import type { ClientOptions } from "./options.js"

/** The bulk jobs, loaded by the first one: they bring the contacts and e-commerce definitions. */
const bulkModule = lazyModule(() => import("./internal/bulk.js"))

/** Runs a bulk job on a client. */
const runJob = <A>(
  client: object,
  job: (loaded: typeof jobs) => Effect.Effect<A, unknown, EgoiTransport.EgoiTransport>,
  signal: AbortSignal | undefined
): Promise<A> =>
  runOn(
    client,
    (transport) =>
      Effect.flatMap(bulkModule, (loaded) =>
        Effect.provideService(job(loaded.jobs), EgoiTransport.EgoiTransport, transport)
      ),
    signal
  )

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

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the groups are added at run time from the catalog of the definition
export class Egoi extends ClientBase {
  constructor(options: ClientOptions = {}) {
    super(options)
    for (const identifier of groupIdentifiers) {
      // A group's methods are made when the group is first used, and its definition is loaded when
      // one of them is first called: a program that calls one group pays for no other.
      Object.defineProperty(this, identifier, {
        configurable: true,
        enumerable: true,
        get: () => {
          const group = groupOf(this, identifier)
          Object.defineProperty(this, identifier, { value: group, enumerable: true, writable: true })
          return group
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
      runJob(this, (loaded) => loaded.importContacts(contacts, options), options.signal),
    /** Forgets contacts, 1000 per request. */
    forgetContacts: (
      contactIds: Records<string>,
      options: BulkOptions & { readonly list_id: number }
    ): Promise<BulkReport<string>> =>
      runJob(this, (loaded) => loaded.forgetContacts(contactIds, options), options.signal),
    /** Attaches a tag to contacts (or detaches it, with `detach: true`), 1000 per request. */
    tagContacts: (
      contactIds: Records<string>,
      options: BulkOptions & {
        readonly list_id: number
        readonly tag_id: number
        readonly detach?: boolean | undefined
      }
    ): Promise<BulkReport<string>> => runJob(this, (loaded) => loaded.tagContacts(contactIds, options), options.signal),
    /** Imports products into a catalog with `ImportProducts`, upserted by identifier (10,000 per request). */
    importProducts: (
      products: Records<ProductInput>,
      options: ImportProductsOptions
    ): Promise<BulkReport<ProductInput>> =>
      runJob(this, (loaded) => loaded.importProducts(products, options), options.signal),
    /** Imports a list's past orders with `ImportOrdersBulk` (10,000 per request). */
    importOrders: (orders: Records<BulkOrder>, options: ImportOrdersOptions): Promise<BulkReport<BulkOrder>> =>
      runJob(this, (loaded) => loaded.importOrders(orders, options), options.signal)
  }
}
