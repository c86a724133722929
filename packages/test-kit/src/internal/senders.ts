/**
 * The Senders routes of the mock: email, cellphone (SMS) and phone (voice) senders, each in its own
 * table with its own IDs. A new sender is in `moderation`; the uploaded file is kept (see `snapshot()`)
 * but never answered, as E-goi does.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { Common, EgoiApi, type Senders } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, notFound, unprocessable } from "./errors.js"
import { page } from "./query.js"
import type { MockState, Table } from "./state.js"

/** A cellphone or phone sender as the mock stores it: with the file it was registered with. */
export interface StoredCellphoneSender extends Senders.CellphoneSender {
  readonly file: string
}

export interface StoredPhoneSender extends Senders.PhoneSender {
  readonly file: string
}

export const emailSendersTable = (state: MockState) =>
  state.table<Senders.EmailSender>("emailSenders", (sender) => sender.sender_id)

export const cellphoneSendersTable = (state: MockState) =>
  state.table<StoredCellphoneSender>("cellphoneSenders", (sender) => sender.sender_id)

export const phoneSendersTable = (state: MockState) =>
  state.table<StoredPhoneSender>("phoneSenders", (sender) => sender.sender_id)

const alreadyExists = () => conflict({ sender_already_exists: "The sender already exists" })

/**
 * One page of senders, oldest first (E-goi documents no ordering for senders), with the documented
 * status filter. The answer has only `items`, as documented: no `total_items`.
 */
const list = <Row extends { readonly sender_id: number; readonly status?: string | undefined }, Item>(
  table: Table<Row>,
  query: { readonly offset?: number | undefined; readonly limit?: number | undefined; readonly status?: string },
  view: (row: Row) => Item
) =>
  Effect.sync(() => {
    const matching = table.values().filter((sender) => query.status === undefined || sender.status === query.status)
    const result = page(matching, { offset: query.offset, limit: query.limit, order: "asc" }, "sender_id")
    return { items: result.items.map(view) }
  })

const remove = <Row>(table: Table<Row>, kind: string, senderId: number) =>
  Effect.suspend(() =>
    table.delete(senderId) ? Effect.void : Effect.fail(notFound(`The ${kind} sender ${senderId} does not exist`))
  )

const withoutFile = <Row extends { readonly file: string }>({ file: _, ...sender }: Row) => sender

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

export const layer = (state: MockState) => {
  const emails = emailSendersTable(state)
  const cellphones = cellphoneSendersTable(state)
  const phones = phoneSendersTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, "senders", (handlers) =>
    handlers
      .handle("getAllCellphoneSenders", ({ urlParams }) => list(cellphones, urlParams, withoutFile))
      .handle("createCellphoneSender", ({ payload }) =>
        Effect.gen(function* () {
          if (payload.type === "numeric" && !Common.PHONE_PATTERN.test(payload.cellphone)) {
            return yield* unprocessable({
              cellphone: ["A numeric sender is a number as <dialing code>-<number>, e.g. 351-910000000"]
            })
          }
          if (cellphones.values().some((sender) => same(sender.cellphone, payload.cellphone))) {
            return yield* alreadyExists()
          }
          const sender = cellphones.set({
            sender_id: cellphones.takeId(),
            type: payload.type,
            cellphone: payload.cellphone,
            status: "moderation",
            file: payload.file
          })
          return withoutFile(sender)
        })
      )
      .handle("deleteCellphoneSender", ({ path }) => remove(cellphones, "cellphone", path.sender_id))
      .handle("getAllEmailSenders", ({ urlParams }) => list(emails, urlParams, (sender) => sender))
      .handle("createEmailSender", ({ payload }) =>
        Effect.suspend(() =>
          emails.values().some((sender) => same(sender.email, payload.email))
            ? Effect.fail(alreadyExists())
            : Effect.succeed(
                emails.set({
                  sender_id: emails.takeId(),
                  name: payload.name,
                  email: payload.email,
                  status: "moderation"
                })
              )
        )
      )
      .handle("putEmailSender", ({ path, payload }) =>
        Effect.suspend(() => {
          const sender = emails.get(path.sender_id)
          return sender
            ? Effect.succeed(emails.set({ ...sender, name: payload.name }))
            : Effect.fail(notFound(`The email sender ${path.sender_id} does not exist`))
        })
      )
      .handle("deleteEmailSender", ({ path }) => remove(emails, "email", path.sender_id))
      .handle("getAllPhoneSenders", ({ urlParams }) => list(phones, urlParams, withoutFile))
      .handle("createPhoneSender", ({ payload }) =>
        Effect.suspend(() =>
          phones.values().some((sender) => sender.phone === payload.phone)
            ? Effect.fail(alreadyExists())
            : Effect.succeed(
                withoutFile(
                  phones.set({
                    sender_id: phones.takeId(),
                    phone: payload.phone,
                    status: "moderation",
                    file: payload.file
                  })
                )
              )
        )
      )
      .handle("deletePhoneSender", ({ path }) => remove(phones, "phone", path.sender_id))
  )
}
