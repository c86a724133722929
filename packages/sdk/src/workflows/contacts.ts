/**
 * The contact workflows of the Promise SDK, on `egoi.contacts` and on `new Contacts()`: upsert a
 * contact, and read a contact's extra fields by name.
 */
import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import * as ExtraFields from "@egoi-ts/core/ExtraFields"
import * as Upsert from "@egoi-ts/core/Upsert"
import * as Effect from "effect/Effect"
import type { ChangedContactBaseInput, ExtraFieldInput, ExtraFieldValue } from "../api.js"
import { runOn, transportOf } from "../internal/runtime.js"
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

/** One extra-field resolver per client, so its cache lives as long as the client. */
const resolvers = new WeakMap<object, ExtraFields.Resolver>()

const resolverOf = (client: object): ExtraFields.Resolver => {
  let resolver = resolvers.get(client)
  if (resolver === undefined) {
    resolver = Effect.runSync(
      Effect.provideService(ExtraFields.make(), EgoiTransport.EgoiTransport, transportOf(client))
    )
    resolvers.set(client, resolver)
  }
  return resolver
}

/** Runs a core workflow on a client, with its transport and its extra-field resolver. */
const runWorkflow = <A>(
  client: object,
  effect: Effect.Effect<A, unknown, EgoiTransport.EgoiTransport | ExtraFields.ExtraFieldsResolver>,
  signal: AbortSignal | undefined
): Promise<A> =>
  runOn(
    client,
    (transport) =>
      effect.pipe(
        Effect.provideService(ExtraFields.ExtraFieldsResolver, resolverOf(client)),
        Effect.provideService(EgoiTransport.EgoiTransport, transport)
      ),
    signal
  )

/** The workflows of a contacts client. */
export const contactsWorkflows = (client: object): ContactsWorkflows => ({
  upsert: (params, options) => runWorkflow(client, Upsert.contact(params as Upsert.UpsertParams), options?.signal),
  fieldsByName: (listId, contact, options) =>
    runWorkflow(client, resolverOf(client).decode(listId, contact.extra ?? []), options?.signal)
})
