/**
 * Bulk work on any number of records: the input is split into requests E-goi accepts (by count and
 * under the 20 MB body limit), sent with bounded concurrency, and every record is accounted for in
 * the outcome of the request that carried it. Nothing is dropped silently.
 *
 * ```ts
 * const report = yield* Bulk.importContacts(contacts, { list_id: 1, mode: "add", compare_field: "email" }).pipe(
 *   Bulk.report
 * )
 * // report.accepted: contacts E-goi took; report.failed: each rejected batch, its records and the error
 * ```
 *
 * A shop's catalog and past orders go the same way, with {@link importProducts} and {@link importOrders}.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import * as Contacts from "./Contacts.js"
import * as Ecommerce from "./Ecommerce.js"
import { MAX_BODY_BYTES } from "./EgoiConfig.js"
import type { EgoiError } from "./EgoiError.js"
import type { EgoiTransport } from "./EgoiTransport.js"
import * as GroupClient from "./GroupClient.js"
import { utf8Length } from "./internal/bytes.js"

type ContactsClient = GroupClient.GroupClient<typeof Contacts.ContactsGroup>

const contactsClient = GroupClient.make(Contacts.ContactsGroup)

const ecommerceClient = GroupClient.make(Ecommerce.EcommerceGroup)

/**
 * A group of records sent in one request. `first` is the position of its first record in the whole
 * input (0-based), so record `first + i` is `items[i]`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Batch<A> {
  readonly index: number
  readonly first: number
  readonly items: ReadonlyArray<A>
  /** The JSON size of the items, in bytes. */
  readonly bytes: number
}

/**
 * What became of one batch: accepted by E-goi, or failed with the error that stopped it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Outcome<A> {
  readonly batch: Batch<A>
  readonly result: Either.Either<unknown, EgoiError>
}

/**
 * How to cut the input into batches.
 *
 * @since 0.1.0
 * @category models
 */
export interface BatchLimits<A = unknown> {
  /** The most records per request. */
  readonly maxItems: number
  /** The fewest records a request may carry; a lone last record is moved into a fuller batch when it can be. */
  readonly minItems?: number | undefined
  /** The most bytes the records of one request may take as JSON (the rest of the body not counted). */
  readonly maxBytes: number
  /** What of a record goes on the wire, when not the whole record. */
  readonly measure?: ((item: A) => unknown) | undefined
}

/**
 * Cuts a stream of records into batches within the limits, in order, holding at most two batches in
 * memory. A record too large for a batch of its own still gets one (E-goi will refuse it with 413 and
 * the outcome says so) rather than being dropped.
 *
 * @since 0.1.0
 * @category constructors
 */
export const batches = <A, E, R>(
  items: Stream.Stream<A, E, R>,
  limits: BatchLimits<A>
): Stream.Stream<Batch<A>, E, R> =>
  Stream.suspend(() => {
    const minItems = limits.minItems ?? 1
    const measure = limits.measure ?? ((item: A) => item)
    const sizeOf = (item: A) => utf8Length(JSON.stringify(measure(item))) + 1
    let index = 0
    let position = 0
    let current: Array<A> = []
    let currentBytes = 0
    let currentFirst = 0
    // The last closed batch is held back until the next one is sure to have minItems records.
    let held: Batch<A> | undefined
    const close = (): ReadonlyArray<Batch<A>> => {
      const closed: Batch<A> = { index: index++, first: currentFirst, items: current, bytes: currentBytes }
      current = []
      currentBytes = 0
      const out = held ? [held] : []
      held = closed
      return out
    }
    const push = (item: A): ReadonlyArray<Batch<A>> => {
      // The record as JSON, and the comma that separates it from the next.
      const size = sizeOf(item)
      let out: ReadonlyArray<Batch<A>> = []
      if (current.length > 0 && (current.length >= limits.maxItems || currentBytes + size > limits.maxBytes))
        out = close()
      if (current.length === 0) currentFirst = position
      current.push(item)
      currentBytes += size
      position++
      return out
    }
    const flush = (): ReadonlyArray<Batch<A>> => {
      if (current.length === 0) return held ? [held] : []
      const last: Batch<A> = { index, first: currentFirst, items: current, bytes: currentBytes }
      if (!held || last.items.length >= minItems) return held ? [held, last] : [last]
      const merged =
        held.items.length + last.items.length <= limits.maxItems && held.bytes + last.bytes <= limits.maxBytes
      if (merged) {
        return [{ ...held, items: [...held.items, ...last.items], bytes: held.bytes + last.bytes }]
      }
      // Move records from the held batch so the last one reaches minItems, when both batches can
      // then keep minItems records within the limits; otherwise the last batch stays short.
      const moved = minItems - last.items.length
      const keep = held.items.slice(0, held.items.length - moved)
      const give = held.items.slice(held.items.length - moved)
      const giveBytes = give.reduce((sum, item) => sum + sizeOf(item), 0)
      if (keep.length < minItems || last.bytes + giveBytes > limits.maxBytes) return [held, last]
      return [
        { ...held, items: keep, bytes: held.bytes - giveBytes },
        {
          index: last.index,
          first: held.first + keep.length,
          items: [...give, ...last.items],
          bytes: last.bytes + giveBytes
        }
      ]
    }
    return items.pipe(Stream.mapConcat(push), Stream.concat(Stream.suspend(() => Stream.fromIterable(flush()))))
  })

/**
 * Sends each batch with `send`, `concurrency` at a time, and gives its outcome in input order. A
 * failed batch does not stop the others.
 *
 * @since 0.1.0
 * @category constructors
 */
export const run = <A, E, R, R2>(
  input: Stream.Stream<Batch<A>, E, R>,
  send: (batch: Batch<A>) => Effect.Effect<unknown, EgoiError, R2>,
  options: { readonly concurrency?: number | undefined } = {}
): Stream.Stream<Outcome<A>, E, R | R2> =>
  input.pipe(
    Stream.mapEffect((batch) => Effect.map(Effect.either(send(batch)), (result) => ({ batch, result })), {
      concurrency: options.concurrency ?? 2
    })
  )

/**
 * Whether a failed batch may have been carried out all the same: its request got no answer after it
 * was sent (a dropped connection, the time running out). Such a batch is neither accepted nor failed.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isUnknownOutcome = (error: EgoiError): boolean =>
  (error._tag === "TransportError" || error._tag === "TimeoutError") && error.outcome === "unknown"

/**
 * A batch that did not go through: its position, its records and the error.
 *
 * @since 0.1.0
 * @category models
 */
export interface BatchFailure<A> {
  readonly first: number
  readonly items: ReadonlyArray<A>
  readonly error: EgoiError
}

/**
 * Every outcome summed up: how many records E-goi accepted, each batch it refused or that was not
 * sent (`failed`), and each batch whose request got no answer after it was sent (`unknown`: it may
 * have been carried out; look before sending it again).
 *
 * @since 0.1.0
 * @category models
 */
export interface Report<A> {
  readonly batches: number
  readonly accepted: number
  readonly failed: ReadonlyArray<BatchFailure<A>>
  readonly unknown: ReadonlyArray<BatchFailure<A>>
}

/**
 * Runs a stream of outcomes to its end and sums it up.
 *
 * @since 0.1.0
 * @category destructors
 */
export const report = <A, E, R>(outcomes: Stream.Stream<Outcome<A>, E, R>): Effect.Effect<Report<A>, E, R> =>
  Stream.runFold(
    outcomes,
    { batches: 0, accepted: 0, failed: [], unknown: [] } as Report<A>,
    (summary, { batch, result }) => {
      if (Either.isRight(result)) {
        return { ...summary, batches: summary.batches + 1, accepted: summary.accepted + batch.items.length }
      }
      const failure = { first: batch.first, items: batch.items, error: result.left }
      return isUnknownOutcome(result.left)
        ? { ...summary, batches: summary.batches + 1, unknown: [...summary.unknown, failure] }
        : { ...summary, batches: summary.batches + 1, failed: [...summary.failed, failure] }
    }
  )

/** Records as an iterable or a stream; an iterable fails with nothing and needs nothing (`E`, `R` default to `never`). */
type Input<A, E, R> = Stream.Stream<A, E, R> | Iterable<A>

const toStream = <A, E, R>(input: Input<A, E, R>): Stream.Stream<A, E, R> =>
  Stream.StreamTypeId in (input as object)
    ? (input as Stream.Stream<A, E, R>)
    : Stream.fromIterable(input as Iterable<A>)

/**
 * The room each request keeps for the fields around its records: the records of one request take
 * at most E-goi's body limit less this.
 *
 * @since 0.1.0
 * @category constants
 */
export const ENVELOPE_BYTES = 64 * 1024

/**
 * Options of {@link importContacts}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ImportOptions {
  readonly list_id: number
  readonly mode: "add" | "update" | "update_only"
  readonly compare_field: string
  readonly force_empty?: boolean | undefined
  readonly notify?: ReadonlyArray<number> | undefined
  readonly callback_url?: string | undefined
  /** Contacts per request: 10,000 by default. */
  readonly batchSize?: number | undefined
  /** Requests at once: 2 by default. */
  readonly concurrency?: number | undefined
  /** The JSON bytes of contacts per request: just under E-goi's 20 MB by default. */
  readonly maxBytes?: number | undefined
}

/**
 * Imports any number of contacts with `actionImportBulk`, in requests of at least 2 contacts and under
 * 20 MB. A contact left alone in a request (an input of one, or a last one that no fuller batch can
 * take without breaking a limit) goes through `createContact` or `updateContactByField`, as E-goi advises.
 *
 * @since 0.1.0
 * @category constructors
 */
export const importContacts: {
  <E = never, R = never>(
    contacts: Input<Contacts.ContactInput, E, R>,
    options: ImportOptions
  ): Stream.Stream<Outcome<Contacts.ContactInput>, E, R | EgoiTransport>
  /** Records of any type, with `contactOf` saying which contact each one carries (a CSV row and its line, say). */
  <A, E = never, R = never>(
    records: Input<A, E, R>,
    options: ImportOptions & { readonly contactOf: (record: A) => Contacts.ContactInput }
  ): Stream.Stream<Outcome<A>, E, R | EgoiTransport>
} = <A, E, R>(
  records: Input<A, E, R>,
  options: ImportOptions & { readonly contactOf?: (record: A) => Contacts.ContactInput }
): Stream.Stream<Outcome<A>, E, R | EgoiTransport> => {
  const contactOf = options.contactOf ?? ((record: A) => record as Contacts.ContactInput)
  return Stream.unwrap(
    Effect.map(contactsClient, (contacts) =>
      run(
        batches(toStream(records), {
          maxItems: options.batchSize ?? 10_000,
          minItems: 2,
          maxBytes: options.maxBytes ?? MAX_BODY_BYTES - ENVELOPE_BYTES,
          measure: contactOf
        }),
        (batch): Effect.Effect<unknown, EgoiError> => {
          if (batch.items.length >= 2) {
            // An import upserts by its compare field, so sending a batch again changes nothing it already
            // did: it is retried like a read when E-goi fails or the connection drops.
            return contacts.actionImportBulk(
              {
                list_id: options.list_id,
                mode: options.mode,
                compare_field: options.compare_field,
                contacts: batch.items.map(contactOf),
                ...(options.force_empty === undefined ? {} : { force_empty: options.force_empty }),
                ...(options.notify === undefined ? {} : { notify: options.notify }),
                ...(options.callback_url === undefined ? {} : { callback_url: options.callback_url })
              },
              IDEMPOTENT
            )
          }
          return importOne(contacts, contactOf(batch.items[0]!), options)
        },
        options
      )
    )
  )
}

const IDEMPOTENT = { idempotent: true } as const

const importOne = (contacts: ContactsClient, contact: Contacts.ContactInput, options: ImportOptions) => {
  const create = contacts.createContact({ list_id: options.list_id, ...contact })
  if (options.mode === "add") return create
  const value = compareValue(contact, options.compare_field)
  if (value === undefined) return options.mode === "update" ? create : Effect.void
  const update = contacts.updateContactByField({
    list_id: options.list_id,
    compare_field: { field_id: options.compare_field, value },
    // A change cannot set `removed` (only an import or a create can): such a contact fails validation, named.
    ...(contact.base === undefined ? {} : { base: contact.base as Contacts.ChangedContactInput["base"] & {} }),
    ...(contact.extra === undefined ? {} : { extra: contact.extra })
  })
  // E-goi documents no 404 for updateContactByField: in mode update, a contact that already exists
  // shows as createContact's 409 (its unique field is in use), and is then updated.
  return options.mode === "update" ? Effect.catchTag(create, "Conflict", () => update) : update
}

const compareValue = (contact: Contacts.ContactInput, fieldId: string): string | undefined => {
  if (/^\d+$/.test(fieldId)) {
    const value = contact.extra?.find((item) => item.field_id === Number(fieldId))?.value
    return value === undefined ? undefined : Array.isArray(value) ? value.join(",") : String(value)
  }
  const value = (contact.base as Record<string, unknown> | undefined)?.[fieldId]
  return value === undefined || value === "" ? undefined : String(value)
}

/**
 * Forgets any number of contacts, 1000 per request (E-goi's limit).
 *
 * @since 0.1.0
 * @category constructors
 */
export const forgetContacts = <E = never, R = never>(
  contactIds: Input<string, E, R>,
  options: { readonly list_id: number; readonly concurrency?: number | undefined }
): Stream.Stream<Outcome<string>, E, R | EgoiTransport> =>
  Stream.unwrap(
    Effect.map(contactsClient, (contacts) =>
      run(
        batches(toStream(contactIds), { maxItems: 1000, maxBytes: MAX_BODY_BYTES - ENVELOPE_BYTES }),
        (batch) => contacts.actionForgetContacts({ list_id: options.list_id, contacts: batch.items }),
        options
      )
    )
  )

/**
 * Attaches (or, with `detach: true`, detaches) a tag to any number of contacts, 1000 per request.
 *
 * @since 0.1.0
 * @category constructors
 */
export const tagContacts = <E = never, R = never>(
  contactIds: Input<string, E, R>,
  options: {
    readonly list_id: number
    readonly tag_id: number
    readonly detach?: boolean | undefined
    readonly concurrency?: number | undefined
  }
): Stream.Stream<Outcome<string>, E, R | EgoiTransport> =>
  Stream.unwrap(
    Effect.map(contactsClient, (contacts) =>
      run(
        batches(toStream(contactIds), { maxItems: 1000, maxBytes: MAX_BODY_BYTES - ENVELOPE_BYTES }),
        (batch) => {
          const params = { list_id: options.list_id, tag_id: options.tag_id, contacts: batch.items }
          return options.detach ? contacts.actionDetachTag(params) : contacts.actionAttachTag(params)
        },
        options
      )
    )
  )

/**
 * How many records one request of an e-commerce import carries by default: as many as a contact import.
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_BATCH_SIZE = 10_000

/**
 * How an import of records of any type runs: its batches, and what each batch sends.
 */
const importRecords = <A, Item, E, R>(
  records: Input<A, E, R>,
  itemOf: (record: A) => Item,
  options: {
    readonly batchSize?: number | undefined
    readonly maxBytes?: number | undefined
    readonly concurrency?: number | undefined
  },
  send: (items: ReadonlyArray<Item>) => Effect.Effect<unknown, EgoiError>
): Stream.Stream<Outcome<A>, E, R> =>
  run(
    batches(toStream(records), {
      maxItems: options.batchSize ?? DEFAULT_BATCH_SIZE,
      maxBytes: options.maxBytes ?? MAX_BODY_BYTES - ENVELOPE_BYTES,
      measure: itemOf
    }),
    (batch) => send(batch.items.map(itemOf)),
    options
  )

/**
 * Options of {@link importProducts}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ImportProductsOptions {
  readonly catalog_id: number
  /**
   * `update` (the default) adds new products and replaces those with the same identifier; `add`
   * adds new ones only. E-goi's `rewrite` empties the catalog on each request, so an import of several
   * requests cannot use it: delete and create the catalog instead.
   */
  readonly mode?: "add" | "update" | undefined
  /** Products per request: 10,000 by default. */
  readonly batchSize?: number | undefined
  /** Requests at once: 2 by default. */
  readonly concurrency?: number | undefined
  /** The JSON bytes of products per request: just under E-goi's 20 MB by default. */
  readonly maxBytes?: number | undefined
}

/**
 * Imports any number of products into a catalog with `ImportProducts`, in requests of `batchSize`
 * products under 20 MB. E-goi upserts them by identifier in the background; the outcome of each
 * request says whether E-goi accepted its products.
 *
 * @since 0.1.0
 * @category constructors
 */
export const importProducts: {
  <E = never, R = never>(
    products: Input<Ecommerce.ProductInput, E, R>,
    options: ImportProductsOptions
  ): Stream.Stream<Outcome<Ecommerce.ProductInput>, E, R | EgoiTransport>
  /** Records of any type, with `productOf` saying which product each one carries (a CSV row and its line, say). */
  <A, E = never, R = never>(
    records: Input<A, E, R>,
    options: ImportProductsOptions & { readonly productOf: (record: A) => Ecommerce.ProductInput }
  ): Stream.Stream<Outcome<A>, E, R | EgoiTransport>
} = <A, E, R>(
  records: Input<A, E, R>,
  options: ImportProductsOptions & { readonly productOf?: (record: A) => Ecommerce.ProductInput }
): Stream.Stream<Outcome<A>, E, R | EgoiTransport> =>
  Stream.unwrap(
    Effect.map(ecommerceClient, (ecommerce) =>
      importRecords(
        records,
        options.productOf ?? ((record: A) => record as Ecommerce.ProductInput),
        options,
        (products) =>
          // Products are upserted (or kept) by identifier, so a request sent again changes nothing it
          // already did: it is retried like a read.
          ecommerce.ImportProducts(
            { catalog_id: options.catalog_id, products, ...(options.mode === undefined ? {} : { mode: options.mode }) },
            IDEMPOTENT
          )
      )
    )
  )

/**
 * Options of {@link importOrders}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ImportOrdersOptions {
  readonly list_id: number
  /** Orders per request: 10,000 by default. */
  readonly batchSize?: number | undefined
  /** Requests at once: 2 by default. */
  readonly concurrency?: number | undefined
  /** The JSON bytes of orders per request: just under E-goi's 20 MB by default. */
  readonly maxBytes?: number | undefined
}

/**
 * Imports any number of a list's past orders with `ImportOrdersBulk`, in requests of `batchSize`
 * orders under 20 MB. A request is not sent again when its answer is lost: E-goi documents no
 * key that would keep it from counting an order twice.
 *
 * @since 0.1.0
 * @category constructors
 */
export const importOrders: {
  <E = never, R = never>(
    orders: Input<Ecommerce.BulkOrder, E, R>,
    options: ImportOrdersOptions
  ): Stream.Stream<Outcome<Ecommerce.BulkOrder>, E, R | EgoiTransport>
  /** Records of any type, with `orderOf` saying which order each one carries. */
  <A, E = never, R = never>(
    records: Input<A, E, R>,
    options: ImportOrdersOptions & { readonly orderOf: (record: A) => Ecommerce.BulkOrder }
  ): Stream.Stream<Outcome<A>, E, R | EgoiTransport>
} = <A, E, R>(
  records: Input<A, E, R>,
  options: ImportOrdersOptions & { readonly orderOf?: (record: A) => Ecommerce.BulkOrder }
): Stream.Stream<Outcome<A>, E, R | EgoiTransport> =>
  Stream.unwrap(
    Effect.map(ecommerceClient, (ecommerce) =>
      importRecords(records, options.orderOf ?? ((record: A) => record as Ecommerce.BulkOrder), options, (orders) =>
        ecommerce.ImportOrdersBulk({ list_id: options.list_id, body: orders })
      )
    )
  )
