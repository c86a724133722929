/**
 * An E-goi account in a mock, set up through the mock's own API (in-process, whatever the test talks
 * to it through), and what it holds and received: the contact workflows' tests share it.
 */
import { EgoiMock } from "@egoi-ts/test-kit"

export interface StoredContact {
  readonly list_id: number
  readonly contact_id: string
  readonly base: Record<string, string | undefined>
  readonly extra: ReadonlyArray<{ readonly field_id: number; readonly value: string | ReadonlyArray<number> }>
}

export const accountOf = (mock: EgoiMock.EgoiMock) => {
  /** A call to the mock's API, as any client would make it. */
  const api = async (method: string, path: string, body?: unknown): Promise<any> => {
    const response = await mock.fetch(`${EgoiMock.IN_PROCESS_URL}${path}`, {
      method,
      headers: { Apikey: EgoiMock.TEST_API_KEY, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    const text = await response.text()
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`)
    return text === "" ? undefined : JSON.parse(text)
  }
  const createList = async (name: string): Promise<number> =>
    (await api("POST", "/lists", { internal_name: name })).list_id
  const createField = async (listId: number, name: string, format: string, unique = false): Promise<number> =>
    Number((await api("POST", `/lists/${listId}/fields/extra`, { name, format, unique })).field_id)
  const createOption = async (listId: number, fieldId: number, label: string): Promise<number> =>
    (await api("POST", `/lists/${listId}/fields/extra/${fieldId}/options`, { en: label })).option_id
  /** A list with a text field `Plan` and an options field `Tier` (Gold, Silver); the mock's request log emptied. */
  const listWithFields = async (name: string) => {
    const listId = await createList(name)
    const plan = await createField(listId, "Plan", "text")
    const tier = await createField(listId, "Tier", "options")
    const gold = await createOption(listId, tier, "Gold")
    const silver = await createOption(listId, tier, "Silver")
    mock.clearRequests()
    return { listId, plan, tier, gold, silver }
  }
  /** Imports contacts straight through the mock's API and runs the import. */
  const seedContacts = async (listId: number, contacts: ReadonlyArray<unknown>) => {
    await api("POST", `/lists/${listId}/contacts/actions/import-bulk`, {
      mode: "add",
      compare_field: "email",
      contacts
    })
    await mock.runOperations()
  }
  return {
    api,
    createList,
    createField,
    createOption,
    listWithFields,
    seedContacts,
    /**
     * A list with the fields of {@link listWithFields} and `count` contacts, `user<i>@example.com`, on
     * the pro plan for even `i`, in tiers Gold and Silver for `i` a multiple of 3 (else Gold); the
     * mock's request log emptied.
     */
    listWithContacts: async (name: string, count: number) => {
      const fields = await listWithFields(name)
      await seedContacts(
        fields.listId,
        Array.from({ length: count }, (_, i) => ({
          base: { email: `user${i}@example.com`, first_name: `User ${i}` },
          extra: [
            { field_id: fields.plan, value: i % 2 === 0 ? "pro" : "free" },
            { field_id: fields.tier, value: i % 3 === 0 ? [fields.gold, fields.silver] : [fields.gold] }
          ]
        }))
      )
      mock.clearRequests()
      return fields
    },
    contactsOf: (listId: number): Array<StoredContact> =>
      (mock.snapshot().contacts as unknown as Array<StoredContact>).filter((contact) => contact.list_id === listId),
    /** The bodies of the import requests the mock received for a list. */
    importBodies: (listId: number): Array<{ mode: string; compare_field: string; contacts: Array<any> }> =>
      mock
        .requests()
        .filter(
          (request) => request.method === "POST" && request.path === `/lists/${listId}/contacts/actions/import-bulk`
        )
        .map((request) => JSON.parse(request.body)),
    /** The `getAllContacts` requests the mock received for a list. */
    contactPageRequests: (listId: number) =>
      mock.requests().filter((request) => request.method === "GET" && request.path === `/lists/${listId}/contacts`)
  }
}

export type Account = ReturnType<typeof accountOf>
export type ListWithFields = Awaited<ReturnType<Account["listWithFields"]>>

export const byEmail = (contacts: ReadonlyArray<StoredContact>) =>
  new Map(contacts.map((contact) => [contact.base.email, contact]))

export const extraValue = (contact: StoredContact | undefined, fieldId: number) =>
  contact?.extra.find((value) => value.field_id === fieldId)?.value

/** Two records with base fields under headers of any case, spaces or dashes, extra fields by name, and a column no field has. */
export const RECORDS = [
  {
    Email: "ana@example.com",
    "First Name": "Ana",
    "last-name": "Silva",
    Cellphone: "351-910000001",
    Plan: "pro",
    Tier: "Gold",
    Notes: "vip"
  },
  {
    Email: "bruno@example.com",
    "First Name": "Bruno",
    "last-name": "Costa",
    Cellphone: "",
    Plan: "free",
    Tier: "gold;Silver",
    Notes: ""
  }
]

export const toCsv = (records: ReadonlyArray<Record<string, string>>) =>
  [Object.keys(records[0]!).join(","), ...records.map((record) => Object.values(record).join(","))].join("\n")

/** Rows of which two are invalid: a bad email (line 3) and a cellphone without its country code (line 4). */
export const ROWS_WITH_INVALID = [
  "email,first_name,cellphone",
  "ana@example.com,Ana,351-910000001",
  "not-an-email,Bad,351-910000002",
  "bruno@example.com,Bruno,12345",
  "carla@example.com,Carla,"
]

export const INVALID_EMAIL = 'base.email: Expected an email address, got "not-an-email"'
export const INVALID_CELLPHONE =
  'base.cellphone: Expected a number as <country code>-<number>, e.g. 351-910000000, got "12345"'
