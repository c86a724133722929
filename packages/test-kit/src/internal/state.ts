/**
 * The in-memory E-goi account behind the mock: its records, ID counters and clock.
 *
 * @internal
 */
import type { Lists, MyAccount, Tags } from "@egoi-ts/core"
import { makeRandom, type Random } from "./random.js"

/** A list as the mock stores it: what `getList` returns, counts aside. */
export interface StoredList extends Lists.List {
  readonly default_language: string
  readonly available_languages: ReadonlyArray<string>
}

/** Everything the mock holds, as plain data: what `snapshot()` returns and `restore()` takes. */
export interface MockData {
  readonly lists: ReadonlyArray<StoredList>
  readonly tags: ReadonlyArray<Tags.Tag>
  readonly account: MyAccount.MyAccount
  readonly transactionalEnabled: boolean
  readonly nextIds: { readonly list: number; readonly tag: number }
}

/** Formats an instant the way E-goi writes dates, `YYYY-MM-DD hh:mm:ss` (UTC). */
export const formatDateTime = (epochMillis: number): string =>
  new Date(epochMillis).toISOString().slice(0, 19).replace("T", " ")

const baseAccount = (random: Random): MyAccount.MyAccount => ({
  general_info: {
    name: "Mock Account",
    website: "www.example.com",
    cellphone: "351-910000000",
    client_id: String(random.int(100000, 999999)),
    company_size: 2,
    business_sector: { business_sector_id: 1, name: "Software" }
  },
  billing_info: {
    type: "company",
    company_legal_name: "Mock Company",
    vat_number: 123456789,
    country: { country_code: "PT" },
    city: "Porto",
    state: "Porto",
    address1: "Rua do Mock 1",
    address2: "",
    zip_code: "4000-001",
    invoice_comments: ""
  },
  plan_info: { type: "starter" },
  balance_info: { balance: "100.00", currency: "EUR" },
  module_info: { te: { enabled: false } }
})

const DEMO_LIST_NAMES = ["Newsletter", "Customers", "Leads", "Events", "Partners", "Beta testers"]
const DEMO_TAG_NAMES = ["vip", "newsletter", "trial", "churn-risk", "webinar", "black-friday"]

/** The records a seed starts with: a few lists and tags, the same for the same seed. */
export const initialData = (seed: string | number | undefined, now: number): MockData => {
  const random = makeRandom(seed ?? 0)
  const account = baseAccount(random)
  if (seed === undefined) {
    return { lists: [], tags: [], account, transactionalEnabled: false, nextIds: { list: 1, tag: 1 } }
  }
  const created = formatDateTime(now - 86_400_000 * random.int(30, 365))
  const lists = DEMO_LIST_NAMES.slice(0, random.int(2, 4)).map(
    (name, index): StoredList => ({
      list_id: index + 1,
      internal_name: name,
      public_name: name,
      status: "active",
      group_id: 0,
      created,
      updated: created,
      default_language: "en",
      available_languages: ["en"]
    })
  )
  const tags = DEMO_TAG_NAMES.slice(0, random.int(2, 4)).map(
    (name, index): Tags.Tag => ({
      tag_id: index + 1,
      name,
      color: `#${random.int(0, 0xffffff).toString(16).padStart(6, "0").toUpperCase()}`
    })
  )
  return {
    lists,
    tags,
    account,
    transactionalEnabled: false,
    nextIds: { list: lists.length + 1, tag: tags.length + 1 }
  }
}

/** The mutable store the handlers work on. */
export class MockState {
  readonly lists = new Map<number, StoredList>()
  readonly tags = new Map<number, Tags.Tag>()
  account: MyAccount.MyAccount = {}
  transactionalEnabled = false
  private nextListId = 1
  private nextTagId = 1

  constructor(
    readonly clock: () => number,
    data: MockData
  ) {
    this.restore(data)
  }

  /** E-goi's notation of the current instant. */
  now(): string {
    return formatDateTime(this.clock())
  }

  takeListId(): number {
    return this.nextListId++
  }

  takeTagId(): number {
    return this.nextTagId++
  }

  snapshot(): MockData {
    return structuredClone({
      lists: [...this.lists.values()],
      tags: [...this.tags.values()],
      account: this.account,
      transactionalEnabled: this.transactionalEnabled,
      nextIds: { list: this.nextListId, tag: this.nextTagId }
    })
  }

  restore(data: MockData): void {
    const copy = structuredClone(data)
    this.lists.clear()
    this.tags.clear()
    for (const list of copy.lists) this.lists.set(list.list_id, list)
    for (const tag of copy.tags) this.tags.set(tag.tag_id, tag)
    this.account = copy.account
    this.transactionalEnabled = copy.transactionalEnabled
    this.nextListId = copy.nextIds.list
    this.nextTagId = copy.nextIds.tag
  }
}
