/**
 * Bulk work through the Promise SDK: any number of contacts imported, forgotten or tagged, split into
 * requests E-goi accepts, with progress and a report that accounts for every record.
 */
import { Bulk, type Contacts, type EgoiTransport } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import { type EgoiError, toSdkError } from "./errors.js"

/** A contact as imports take it: `base` fields, `extra` field values, `utm`, `referrer`, `advertising`. */
export type ContactInput = Contacts.ContactInput

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
export interface ImportContactsOptions extends Omit<Bulk.ImportOptions, "maxBytes">, BulkOptions {}

const toStream = <A>(records: Records<A>): Stream.Stream<A> =>
  Symbol.asyncIterator in records
    ? // A failing source (a file that cannot be read) is not an E-goi error: it rejects the job as it is.
      Stream.orDie(Stream.fromAsyncIterable(records as AsyncIterable<A>, (error) => error))
    : Stream.fromIterable(records as Iterable<A>)

/** Runs a stream of outcomes to a report, calling `onProgress` after each request. */
export const toReport = <A>(
  outcomes: Stream.Stream<Bulk.Outcome<A>, never, EgoiTransport.EgoiTransport>,
  onProgress: BulkOptions["onProgress"]
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
  ).pipe(
    Effect.map((report) => {
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
    })
  )
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
  ) => toReport(Bulk.tagContacts(toStream(contactIds), options), options.onProgress)
}
