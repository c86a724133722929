/**
 * The My Account group of the mock: the account's details (the `account` value), whether
 * Track&Engage and transactional sending are enabled.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type MyAccount } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict } from "../answers.js"
import type { MockContext } from "../context.js"
import type { MockState } from "../state.js"
import { requireListParam } from "./lists.js"

export const group = "myAccount"

const baseAccount = (clientId: string): MyAccount.MyAccount => ({
  general_info: {
    name: "Mock Account",
    website: "www.example.com",
    cellphone: "351-910000000",
    client_id: clientId,
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

/** The account's details, with a client ID drawn from the seed. */
export const accountCell = (state: MockState) =>
  state.cell("account", () => baseAccount(String(state.random.int(100000, 999999))))

export const transactionalCell = (state: MockState) => state.cell("transactionalEnabled", () => false)

/** There is one account, made with the mock. */
export const seeds = {}

export const layer = ({ state }: MockContext) => {
  const account = accountCell(state)
  const transactional = transactionalCell(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getMyAccount", () => Effect.sync(() => account.get()))
      .handle("enableTe", ({ payload }) =>
        Effect.gen(function* () {
          const current = account.get()
          if (current.module_info?.te?.enabled) {
            return yield* conflict({
              domain_already_defined: "Track&Engage is already enabled for a domain of this account"
            })
          }
          if (payload.list_id !== undefined) yield* requireListParam(state, payload.list_id)
          account.set({ ...current, module_info: { ...current.module_info, te: { enabled: true } } })
          return { result: true, response: "success" }
        })
      )
      .handle("enableTransactional", () =>
        Effect.gen(function* () {
          if (transactional.get()) {
            return yield* conflict({ client_already_enabled: "Transactional is already enabled" })
          }
          transactional.set(true)
        })
      )
  )
}
