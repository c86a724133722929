/**
 * The contact workflows of the Promise SDK, on `egoi.contacts` and on `new Contacts()`: upsert a
 * contact, and read a contact's extra fields by name.
 */
import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import type * as ExtraFields from "@egoi-ts/core/ExtraFields"
import type * as Sync from "@egoi-ts/core/Sync"
import type * as Upsert from "@egoi-ts/core/Upsert"
import * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { ChangedContactBaseInput, ContactInput, ExtraFieldInput, ExtraFieldValue } from "../api.js"
import type { BulkReport, Records } from "../Bulk.js"
import { lazyModule, runOn } from "../internal/runtime.js"
import type { RequestOptions } from "../options.js"

/** An extra field's value given by name: text or a number; option labels (or IDs) for an options field. */
export type FieldValue = string | number | ReadonlyArray<string | number>

/** What `upsert` takes. */
export interface UpsertContactParams {
  readonly list_id: number
  /** The unique field that identifies the contact: `email` (default), `cellphone`, `phone`, or a unique extra field's name or ID. */
  readonly key?: string | undefined
  readonly base?: ChangedContactBaseInput | undefined
  /** Extra fields by ID, as E-goi takes them. */
  readonly extra?: ReadonlyArray<ExtraFieldInput> | undefined
  /** Extra fields by name, option labels for options fields: `{ Plan: "Gold", Birthday: "1990-01-31" }`. */
  readonly fields?: Readonly<Record<string, FieldValue>> | undefined
  /** Tags to attach: IDs, or names (a tag the account does not have yet is created). */
  readonly tags?: ReadonlyArray<number | string> | undefined
}

/** What `upsert` did. */
export interface UpsertContactResult {
  /** `created`, `updated`, or `unchanged` (the contact held every value and tag given). */
  readonly action: "created" | "updated" | "unchanged"
  readonly contact_id: string
  /** The tags this call attached. */
  readonly tags_attached: ReadonlyArray<number>
  /** The create met E-goi's 409 (the contact appeared after the look-up) and that contact was updated. */
  readonly raced: boolean
}

/** A contact's extra values by field name; option labels for options fields. */
export type FieldsByName = Readonly<Record<string, string | number | ReadonlyArray<string>>>

/** What `sync` takes. */
export interface SyncContactsOptions {
  readonly list_id: number
  /** The unique field that matches a source contact with the list's: `email` (default), `cellphone`, `phone`, or a unique extra field's name or ID. */
  readonly key?: string | undefined
  /** The list's contacts the source lacks: `keep` them (default), `unsubscribe` them, or `forget` them. */
  readonly missing?: "keep" | "unsubscribe" | "forget" | undefined
  /** Compute the difference only; change nothing. */
  readonly dryRun?: boolean | undefined
  /** Contacts per import request: 10,000 by default. */
  readonly batchSize?: number | undefined
  /** Requests at once: 2 by default. */
  readonly concurrency?: number | undefined
  readonly signal?: AbortSignal | undefined
}

/** The difference between a source and a list. */
export interface SyncPlan {
  /** Source contacts the list lacks. */
  readonly create: ReadonlyArray<ContactInput>
  /** Source contacts the list has with other values. */
  readonly update: ReadonlyArray<ContactInput>
  readonly unchanged: number
  /** The list's contacts (not already removed) the source lacks. */
  readonly missing: ReadonlyArray<{ readonly contact_id: string; readonly key: string }>
  /** Positions of source contacts without a value for the key. */
  readonly invalid: ReadonlyArray<number>
  /** Positions of source contacts whose key an earlier one had. */
  readonly repeated: ReadonlyArray<number>
}

/** What `sync` found and did: the plan, the import of new and changed contacts, and what became of the missing ones. */
export interface SyncContactsResult {
  readonly plan: SyncPlan
  /** Absent on a dry run. */
  readonly imported?: BulkReport<ContactInput> | undefined
  /** Absent on a dry run, or when missing contacts are kept. */
  readonly missing?: BulkReport<string> | undefined
}

/** The contact workflows. */
export interface ContactsWorkflows {
  /**
   * Creates or updates one contact found by a unique field, attaches tags, and says which it did. A
   * create answered 409 because the contact appeared meanwhile updates the contact the 409 names.
   *
   * @core Upsert.contact
   */
  upsert(params: UpsertContactParams, options?: Pick<RequestOptions, "signal">): Promise<UpsertContactResult>
  /**
   * Makes a list match a source of truth: new and changed contacts imported (an upsert by `key`),
   * missing ones kept, unsubscribed or forgotten. Run it again after a failure to resume: only what is
   * still different is done, and no contact is duplicated.
   *
   * @core Sync.plan
   */
  sync(contacts: Records<ContactInput>, options: SyncContactsOptions): Promise<SyncContactsResult>
  /**
   * A contact's `extra` by field name, option IDs as labels (from the list's fields, cached per client).
   *
   * @core ExtraFields.resolver
   */
  fieldsByName(
    listId: number,
    contact: { readonly extra?: ReadonlyArray<ExtraFieldValue> | undefined },
    options?: Pick<RequestOptions, "signal">
  ): Promise<FieldsByName>
}

// Loaded by the first workflow that runs: they bring the contacts, fields, tags (and for sync, e-commerce
// and operations) definitions.
const extraFieldsModule = lazyModule(() => import("@egoi-ts/core/ExtraFields"))
const upsertModule = lazyModule(() => import("@egoi-ts/core/Upsert"))
const syncModules = lazyModule(() => Promise.all([import("@egoi-ts/core/Sync"), import("../internal/bulk.js")]))

/** One extra-field resolver per client, so its cache lives as long as the client. */
const resolvers = new WeakMap<object, ExtraFields.Resolver>()

/** Runs a core workflow on a client, with its transport and its extra-field resolver. */
const runWorkflow = <A>(
  client: object,
  workflow: (
    resolver: ExtraFields.Resolver
  ) => Effect.Effect<A, unknown, EgoiTransport.EgoiTransport | ExtraFields.ExtraFieldsResolver>,
  signal: AbortSignal | undefined
): Promise<A> =>
  runOn(
    client,
    (transport) =>
      Effect.flatMap(extraFieldsModule, (core) => {
        let resolver = resolvers.get(client)
        if (resolver === undefined) {
          resolver = Effect.runSync(Effect.provideService(core.make(), EgoiTransport.EgoiTransport, transport))
          resolvers.set(client, resolver)
        }
        return workflow(resolver).pipe(
          Effect.provideService(core.ExtraFieldsResolver, resolver),
          Effect.provideService(EgoiTransport.EgoiTransport, transport)
        )
      }),
    signal
  )

/** The workflows of a contacts client. */
export const contactsWorkflows = (client: object): ContactsWorkflows => ({
  upsert: (params, options) =>
    runWorkflow(
      client,
      () => Effect.flatMap(upsertModule, (core) => core.contact(params as Upsert.UpsertParams)),
      options?.signal
    ),
  sync: (contacts, options) => {
    const program = ([core, { toSdkReport, toStream }]: [typeof Sync, typeof import("../internal/bulk.js")]) =>
      Effect.gen(function* () {
        const key = options.key ?? "email"
        const plan = yield* core.plan(toStream(contacts) as Stream.Stream<Sync.Plan["create"][number]>, {
          list_id: options.list_id,
          key
        })
        const { compare_field: _, ...shown } = plan
        if (options.dryRun) return { plan: shown } as SyncContactsResult
        const applied = yield* core.apply(plan, {
          list_id: options.list_id,
          missing: options.missing,
          batchSize: options.batchSize,
          concurrency: options.concurrency
        })
        return {
          plan: shown,
          imported: toSdkReport(applied.imported),
          ...(applied.missing === undefined ? {} : { missing: toSdkReport(applied.missing) })
        } as SyncContactsResult
      })
    return runWorkflow(client, () => Effect.flatMap(syncModules, program), options.signal)
  },
  fieldsByName: (listId, contact, options) =>
    runWorkflow(client, (resolver) => resolver.decode(listId, contact.extra ?? []), options?.signal)
})
