/**
 * Every group module of the mock, in one list: the routes of the definition are built from it, and
 * `EgoiMock.seed` finds each kind of record's seeder in it. A new group of the definition is a new
 * module in `groups/` and one line here.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi } from "@egoi-ts/core"
import * as Layer from "effect/Layer"
import type { GroupModule, MockContext, Seeder } from "./context.js"
import * as AdvancedReports from "./groups/advancedReports.js"
import * as Automations from "./groups/automations.js"
import * as CampaignGroups from "./groups/campaignGroups.js"
import * as Campaigns from "./groups/campaigns.js"
import * as CNames from "./groups/cnames.js"
import * as ConnectedSites from "./groups/connectedSites.js"
import * as Contacts from "./groups/contacts.js"
import * as Ecommerce from "./groups/ecommerce.js"
import * as Email from "./groups/email.js"
import * as Fields from "./groups/fields.js"
import * as Lists from "./groups/lists.js"
import * as MyAccount from "./groups/myAccount.js"
import * as Operations from "./groups/operations.js"
import * as Ping from "./groups/ping.js"
import * as Push from "./groups/push.js"
import * as Reports from "./groups/reports.js"
import * as Segments from "./groups/segments.js"
import * as Senders from "./groups/senders.js"
import * as SmartSms from "./groups/smartSms.js"
import * as Sms from "./groups/sms.js"
import * as SuppressionList from "./groups/suppressionList.js"
import * as Tags from "./groups/tags.js"
import * as TrackEngage from "./groups/trackEngage.js"
import * as Users from "./groups/users.js"
import * as Utilities from "./groups/utilities.js"
import * as Voice from "./groups/voice.js"
import * as Webhooks from "./groups/webhooks.js"
import * as Webpush from "./groups/webpush.js"

/**
 * The group modules. Seeds are added in this order, so a module comes after those whose records
 * its own refer to (contacts after lists, tags and fields; segments after the fields they test;
 * connected sites after lists, their goals after them).
 */
export const GROUPS = [
  Lists,
  Tags,
  Fields,
  Contacts,
  Segments,
  SuppressionList,
  Webhooks,
  Operations,
  MyAccount,
  Ping,
  Senders,
  Users,
  Utilities,
  CNames,
  ConnectedSites,
  TrackEngage,
  Ecommerce,
  CampaignGroups,
  Campaigns,
  Email,
  Sms,
  SmartSms,
  Voice,
  Push,
  Webpush,
  Reports,
  Automations,
  AdvancedReports
] as const satisfies ReadonlyArray<GroupModule>

type Module = (typeof GROUPS)[number]

type GroupLayer = ReturnType<Module["layer"]>

// Distributed over the union of the modules' layers, unlike `Layer.Layer.Success`.
type HandlersOf<L> = L extends Layer.Layer<infer Handlers, infer _E, infer _R> ? Handlers : never
type NeedsOf<L> = L extends Layer.Layer<infer _Handlers, infer _E, infer Needs> ? Needs : never

/** The handlers of every group, which the definition's `HttpApiBuilder.api` needs: one layer providing them all. */
type GroupLayers = Layer.Layer<HandlersOf<GroupLayer>, never, NeedsOf<GroupLayer>>

/**
 * The definition served from one mock's account: the layers of every group module (each declares
 * its tables as it is made, so they exist before the first request), still needing the server side
 * of the `Authentication` middleware.
 */
export const routes = (context: MockContext) => {
  const [first, ...rest] = GROUPS.map((module) => module.layer(context) as GroupLayer)
  return HttpApiBuilder.api(EgoiApi.EgoiApi).pipe(Layer.provide(Layer.mergeAll(first!, ...rest) as GroupLayers))
}

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void
  ? I
  : never

type RecordsOf<Seeds> = {
  readonly [Key in keyof Seeds]?: ReadonlyArray<Seeds[Key] extends Seeder<infer Record> ? Record : never>
}

/** The records `EgoiMock.seed` takes: for each seed key of each group module, a list of records. */
export type SeedRecords = UnionToIntersection<RecordsOf<Module["seeds"]>>

/** Each seed key's seeder, in the order of {@link GROUPS}. */
const SEEDERS: ReadonlyMap<string, Seeder<never>> = new Map(
  GROUPS.flatMap((module) => Object.entries(module.seeds as GroupModule["seeds"]))
)

/** The seed keys, in the order records are added. */
export const seedKeys = (): ReadonlyArray<string> => [...SEEDERS.keys()]

/** Adds seeded records through their group modules' seeders. An unknown key is an error, not ignored. */
export const seed = (context: MockContext, records: SeedRecords): void => {
  const given = records as Readonly<Record<string, ReadonlyArray<unknown> | undefined>>
  const unknown = Object.keys(given).filter((key) => !SEEDERS.has(key))
  if (unknown.length > 0) {
    throw new Error(`Unknown seed keys: ${unknown.join(", ")}; the mock seeds ${seedKeys().join(", ")}`)
  }
  for (const [key, seeder] of SEEDERS) {
    for (const record of given[key] ?? []) (seeder as Seeder<unknown>)(context, record)
  }
}
