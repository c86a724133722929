/**
 * The Promise client of every group: `new Egoi({ apiKey })`, then
 * `egoi.<group>.<operationId>(params, options?)`. A program that needs one group can import that
 * group's client alone (`@egoi-ts/sdk/lists`) and carry none of the others.
 */
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import { EgoiApi, EgoiTransport } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { type AdvancedReportWorkflows, advancedReportWorkflows } from "./AdvancedReportFiles.js"
import type { ContactInput, Resources } from "./api.js"
import type { BulkOptions, BulkReport, ImportContactsOptions, Records } from "./Bulk.js"
import { ClientBase } from "./ClientBase.js"
import { jobs } from "./internal/bulk.js"
import { methodsOf, runOn } from "./internal/runtime.js"
import type { ClientOptions } from "./options.js"

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
export interface Egoi extends Resources {
  /** The Advanced Reports operations, and `generate`, `waitFor` and `download` to get a report's file in one go. */
  readonly advancedReports: Resources["advancedReports"] & AdvancedReportWorkflows
}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the groups are added at run time from the API definition
export class Egoi extends ClientBase {
  constructor(options: ClientOptions = {}) {
    super(options)
    for (const group of Object.values(
      EgoiApi.EgoiApi.groups
    ) as unknown as Array<HttpApiGroup.HttpApiGroup.AnyWithProps>) {
      ;(this as Record<string, unknown>)[group.identifier] = methodsOf(this, group)
    }
    Object.assign(this.advancedReports, advancedReportWorkflows(this))
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
      )
  }
}
