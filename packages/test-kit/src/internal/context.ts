/**
 * What every group module of the mock gets: the account's state, the mock's options and the
 * services that outlive a request (the operations queue, the webhook deliveries, the contact
 * store), and the shape a group module has.
 *
 * @internal
 */
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import type { Authentication } from "@egoi-ts/core"
import type * as Layer from "effect/Layer"
import { CampaignStore } from "./campaignStore.js"
import { ContactStore } from "./contactStore.js"
import { type OperationMode, OperationRunner } from "./operationRunner.js"
import type { MockState } from "./state.js"
import { WebhookDispatcher } from "./webhookDispatcher.js"

/** The options of the mock that group modules read. */
export interface GroupOptions {
  /** How many lists the account may hold before `createList` answers 409. */
  readonly maxLists?: number | undefined
  /** When queued operations run: on the next turn of the event loop (the default), or only when asked. */
  readonly operations?: OperationMode | undefined
  /** The mock's seed, which campaign outcomes are drawn from. */
  readonly seed?: string | number | undefined
}

/** One mock's account and services, shared by its group modules. */
export interface MockContext {
  readonly state: MockState
  readonly options: GroupOptions
  /** Imports and exports queued as operations, and the callbacks they send. */
  readonly operations: OperationRunner
  /** Contact events delivered to the registered webhooks. */
  readonly webhooks: WebhookDispatcher
  /** The contacts of every list, with their unique-value indexes and activity trails. */
  readonly contacts: ContactStore
  /** The campaigns of every channel, their sends and what their recipients did. */
  readonly campaigns: CampaignStore
}

export const makeContext = (state: MockState, options: GroupOptions): MockContext => {
  const webhooks = new WebhookDispatcher(state)
  const contacts = new ContactStore(state, webhooks)
  const mode = options.operations ?? "immediate"
  return {
    state,
    options,
    operations: new OperationRunner(state, mode),
    webhooks,
    contacts,
    campaigns: new CampaignStore(state, contacts, mode, options.seed)
  }
}

/** Adds one seeded record of some kind (a list, a contact, ...) to the account. */
export type Seeder<Record> = (context: MockContext, record: Record) => void

/**
 * A group module: `group`, the name of the group of the definition it serves; `layer`, its route
 * handlers (declaring its tables as it is called, so the tables exist before the first request);
 * `seeds`, a seeder for each kind of record `EgoiMock.seed` takes for it, by key.
 */
export interface GroupModule {
  readonly group: string
  readonly layer: (
    context: MockContext
  ) => Layer.Layer<HttpApiGroup.ApiGroup<"egoi", any>, never, Authentication.Authentication>
  readonly seeds: { readonly [key: string]: Seeder<never> }
}
