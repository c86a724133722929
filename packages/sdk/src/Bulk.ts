/**
 * Bulk work through the Promise SDK: any number of contacts imported, forgotten or tagged, and a
 * shop's products and orders imported, split into requests E-goi accepts, with progress and a
 * report that accounts for every record.
 */
import type { EgoiError } from "./errors.js"

/** Records given as an array, any iterable, or an async iterable (a file being read, say). */
export type Records<A> = Iterable<A> | AsyncIterable<A>

/** How far a bulk job has got, after each request: records accepted, failed, and of unknown outcome. */
export interface BulkProgress {
  readonly requests: number
  readonly accepted: number
  readonly failed: number
  readonly unknown: number
}

/** A request of a bulk job that did not go through: its records and why. */
export interface BulkFailure<A> {
  /** The position of the first record of the request in the input (0-based). */
  readonly first: number
  readonly records: ReadonlyArray<A>
  readonly error: EgoiError
}

/**
 * Every record accounted for: how many E-goi accepted, each request it refused or that was never
 * sent (`failed`), and each request that got no answer after it was sent (`unknown`: it may have
 * been carried out; look before sending its records again).
 */
export interface BulkReport<A> {
  readonly requests: number
  readonly accepted: number
  readonly failed: ReadonlyArray<BulkFailure<A>>
  readonly unknown: ReadonlyArray<BulkFailure<A>>
}

/** Options every bulk job takes. */
export interface BulkOptions {
  /** Requests at once: 2 by default. */
  readonly concurrency?: number | undefined
  /** Called after each request. */
  readonly onProgress?: ((progress: BulkProgress) => void) | undefined
  readonly signal?: AbortSignal | undefined
}

/** Options of `egoi.bulk.importContacts`: the import's fields, and how to run it. */
export interface ImportContactsOptions extends BulkOptions {
  readonly list_id: number
  /** `add`: new contacts only; `update`: add and replace; `update_only`: replace existing ones. */
  readonly mode: "add" | "update" | "update_only"
  /** The unique field that identifies a contact: `email`, `cellphone`, `phone` or an extra field's ID. */
  readonly compare_field: string
  readonly force_empty?: boolean | undefined
  readonly notify?: ReadonlyArray<number> | undefined
  readonly callback_url?: string | undefined
  /** Contacts per request: 10,000 by default. */
  readonly batchSize?: number | undefined
}

/** Options of `egoi.bulk.importProducts`: the catalog, and how to run the import. */
export interface ImportProductsOptions extends BulkOptions {
  readonly catalog_id: number
  /**
   * `update` (the default) adds new products and replaces those with the same identifier; `add` adds
   * new ones only. (E-goi's `rewrite` empties the catalog on every request, so a split import cannot
   * use it: delete and create the catalog instead.)
   */
  readonly mode?: "add" | "update" | undefined
  /** Products per request: 10,000 by default. */
  readonly batchSize?: number | undefined
}

/** Options of `egoi.bulk.importOrders`: the list, and how to run the import. */
export interface ImportOrdersOptions extends BulkOptions {
  readonly list_id: number
  /** Orders per request: 10,000 by default. */
  readonly batchSize?: number | undefined
}
