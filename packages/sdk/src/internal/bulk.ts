/**
 * The bulk jobs of the Promise SDK as effects for a client to run: core's `Bulk` with the SDK's
 * progress and report.
 *
 * @internal
 */
import * as Bulk from "@egoi-ts/core/Bulk"
import type * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import type { BulkOrder, ContactInput, ProductInput } from "../api.js"
import type {
  BulkFailure,
  BulkOptions,
  BulkProgress,
  BulkReport,
  ImportContactsOptions,
  ImportOrdersOptions,
  ImportProductsOptions,
  Records
} from "../Bulk.js"
import { toSdkError } from "./toSdkError.js"

// The SDK's import options are written out; this stops compiling if core's move.
const optionsFollowCore: ImportContactsOptions extends Omit<Bulk.ImportOptions, "maxBytes"> ? true : never = true
void optionsFollowCore
const productOptionsFollowCore: ImportProductsOptions extends Omit<Bulk.ImportProductsOptions, "maxBytes">
  ? true
  : never = true
void productOptionsFollowCore
const orderOptionsFollowCore: ImportOrdersOptions extends Omit<Bulk.ImportOrdersOptions, "maxBytes"> ? true : never =
  true
void orderOptionsFollowCore

/**
 * Records as a stream. A failing source (a file that cannot be read) is not an E-goi error: it rejects
 * the job as it is.
 */
export const toStream = <A>(records: Records<A>): Stream.Stream<A> =>
  Symbol.asyncIterator in records
    ? Stream.orDie(Stream.fromAsyncIterable(records as AsyncIterable<A>, (error) => error))
    : Stream.fromIterable(records as Iterable<A>)

/** Core's report of a bulk job as the SDK's, its errors as the SDK's classes. */
export const toSdkReport = <A>(report: Bulk.Report<A>): BulkReport<A> => {
  const toFailure = (failure: Bulk.BatchFailure<A>): BulkFailure<A> => ({
    first: failure.first,
    records: failure.items,
    error: toSdkError(failure.error)
  })
  return {
    requests: report.batches,
    accepted: report.accepted,
    failed: report.failed.map(toFailure),
    unknown: report.unknown.map(toFailure)
  }
}

/** Runs a stream of outcomes to a report, calling `onProgress` after each request. */
export const toReport = <A>(
  outcomes: Stream.Stream<Bulk.Outcome<A>, never, EgoiTransport.EgoiTransport>,
  onProgress: ((progress: BulkProgress) => void) | undefined
): Effect.Effect<BulkReport<A>, never, EgoiTransport.EgoiTransport> => {
  let requests = 0
  let accepted = 0
  let failedRecords = 0
  let unknownRecords = 0
  return Bulk.report(
    outcomes.pipe(
      Stream.tap(({ batch, result }) =>
        Effect.sync(() => {
          requests++
          if (Either.isRight(result)) accepted += batch.items.length
          else if (Bulk.isUnknownOutcome(result.left)) unknownRecords += batch.items.length
          else failedRecords += batch.items.length
          onProgress?.({ requests, accepted, failed: failedRecords, unknown: unknownRecords })
        })
      )
    )
  ).pipe(Effect.map(toSdkReport))
}

/** The bulk jobs, as effects for the client to run. */
export const jobs = {
  importContacts: (contacts: Records<ContactInput>, options: ImportContactsOptions) =>
    toReport(Bulk.importContacts(toStream(contacts), options), options.onProgress),
  forgetContacts: (contactIds: Records<string>, options: BulkOptions & { readonly list_id: number }) =>
    toReport(Bulk.forgetContacts(toStream(contactIds), options), options.onProgress),
  tagContacts: (
    contactIds: Records<string>,
    options: BulkOptions & { readonly list_id: number; readonly tag_id: number; readonly detach?: boolean | undefined }
  ) => toReport(Bulk.tagContacts(toStream(contactIds), options), options.onProgress),
  importProducts: (products: Records<ProductInput>, options: ImportProductsOptions) =>
    toReport(Bulk.importProducts(toStream(products), options), options.onProgress),
  importOrders: (orders: Records<BulkOrder>, options: ImportOrdersOptions) =>
    toReport(Bulk.importOrders(toStream(orders), options), options.onProgress)
}
