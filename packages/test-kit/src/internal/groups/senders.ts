/**
 * The Senders group of the mock: email, cellphone (SMS) and phone (voice) senders, each kind in its
 * own table with its own IDs. A new sender is in `moderation`; the uploaded file is kept (see
 * `snapshot()`) but never answered, as E-goi does.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Senders } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { conflict, found } from "../answers.js"
import type { MockContext } from "../context.js"
import { page } from "../query.js"
import type { MockState, Table } from "../state.js"

export const group = "senders"

/** A cellphone sender as the mock stores it: with the file it was registered with. */
export interface StoredCellphoneSender extends Senders.CellphoneSender {
  readonly file: string
}

/** A phone sender as the mock stores it: with the file it was registered with. */
export interface StoredPhoneSender extends Senders.PhoneSender {
  readonly file: string
}

/** Table `emailSenders`, keyed by `sender_id`. */
export const emailSendersTable = (state: MockState) =>
  state.table<Senders.EmailSender>("emailSenders", (sender) => sender.sender_id)

/** Table `cellphoneSenders`, keyed by `sender_id`. */
export const cellphoneSendersTable = (state: MockState) =>
  state.table<StoredCellphoneSender>("cellphoneSenders", (sender) => sender.sender_id)

/** Table `phoneSenders`, keyed by `sender_id`. */
export const phoneSendersTable = (state: MockState) =>
  state.table<StoredPhoneSender>("phoneSenders", (sender) => sender.sender_id)

/** A sender's moderation state: `moderation` until E-goi approves it. */
type SenderStatus = Senders.EmailSender["status"]

/** An email sender to seed; `moderation` unless a status is given. */
export interface EmailSenderSeed {
  readonly name: string
  readonly email: string
  readonly status?: SenderStatus
}

/** A cellphone (SMS) sender to seed; `moderation` unless a status is given, with an empty file unless one is. */
export interface CellphoneSenderSeed {
  readonly type: Senders.CellphoneSender["type"]
  readonly cellphone: string
  readonly status?: SenderStatus
  readonly file?: string | undefined
}

/** A phone (voice) sender to seed; `moderation` unless a status is given, with an empty file unless one is. */
export interface PhoneSenderSeed {
  readonly phone: string
  readonly status?: SenderStatus
  readonly file?: string | undefined
}

/** Adds an email sender, as `createEmailSender` does. */
export const insertEmailSender = (state: MockState, seed: EmailSenderSeed): Senders.EmailSender => {
  const table = emailSendersTable(state)
  return table.set({
    sender_id: table.takeId(),
    name: seed.name,
    email: seed.email,
    status: seed.status ?? "moderation"
  })
}

/** Adds a cellphone sender, as `createCellphoneSender` does. */
export const insertCellphoneSender = (state: MockState, seed: CellphoneSenderSeed): StoredCellphoneSender => {
  const table = cellphoneSendersTable(state)
  return table.set({
    sender_id: table.takeId(),
    type: seed.type,
    cellphone: seed.cellphone,
    status: seed.status ?? "moderation",
    file: seed.file ?? ""
  })
}

/** Adds a phone sender, as `createPhoneSender` does. */
export const insertPhoneSender = (state: MockState, seed: PhoneSenderSeed): StoredPhoneSender => {
  const table = phoneSendersTable(state)
  return table.set({
    sender_id: table.takeId(),
    phone: seed.phone,
    status: seed.status ?? "moderation",
    file: seed.file ?? ""
  })
}

/** The three kinds of sender: email addresses, cellphones (SMS) and phones (voice). */
export type SenderKind = "email" | "cellphone" | "phone"

/** The kinds of sender, in the order the mock's control route names them. */
export const SENDER_KINDS: ReadonlyArray<SenderKind> = ["email", "cellphone", "phone"]

/** The sender of a kind with that ID, if any, with its moderation status. */
export const senderOf = (
  state: MockState,
  kind: SenderKind,
  senderId: number
): { readonly sender_id: number; readonly status?: string | undefined } | undefined =>
  kind === "email"
    ? emailSendersTable(state).get(senderId)
    : kind === "cellphone"
      ? cellphoneSendersTable(state).get(senderId)
      : phoneSendersTable(state).get(senderId)

/**
 * Approves a sender, as E-goi's moderation does: its status becomes `active`, and campaigns can be
 * sent from it. Answers the sender without its file, or `undefined` when there is no such sender.
 */
export const approveSender = (state: MockState, kind: SenderKind, senderId: number): object | undefined => {
  if (kind === "email") {
    const sender = emailSendersTable(state).get(senderId)
    return sender && emailSendersTable(state).set({ ...sender, status: "active" })
  }
  if (kind === "cellphone") {
    const sender = cellphoneSendersTable(state).get(senderId)
    return sender && withoutFile(cellphoneSendersTable(state).set({ ...sender, status: "active" }))
  }
  const sender = phoneSendersTable(state).get(senderId)
  return sender && withoutFile(phoneSendersTable(state).set({ ...sender, status: "active" }))
}

export const seeds = {
  emailSenders: (context: MockContext, seed: EmailSenderSeed) => void insertEmailSender(context.state, seed),
  cellphoneSenders: (context: MockContext, seed: CellphoneSenderSeed) =>
    void insertCellphoneSender(context.state, seed),
  phoneSenders: (context: MockContext, seed: PhoneSenderSeed) => void insertPhoneSender(context.state, seed)
}

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

const find = <Row>(table: Table<Row>, kind: string, senderId: number) =>
  Effect.suspend(() => found(table.get(senderId), () => `The ${kind} sender ${senderId} does not exist`))

const remove = <Row>(table: Table<Row>, kind: string, senderId: number) =>
  Effect.map(find(table, kind, senderId), () => {
    table.delete(senderId)
  })

const withoutFile = <Row extends { readonly file: string }>({ file: _, ...sender }: Row) => sender

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

export const layer = ({ state }: MockContext) => {
  const emails = emailSendersTable(state)
  const cellphones = cellphoneSendersTable(state)
  const phones = phoneSendersTable(state)
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllCellphoneSenders", ({ urlParams }) => list(cellphones, urlParams, withoutFile))
      .handle("createCellphoneSender", ({ payload }) =>
        Effect.gen(function* () {
          if (cellphones.values().some((sender) => same(sender.cellphone, payload.cellphone))) {
            return yield* alreadyExists()
          }
          return withoutFile(insertCellphoneSender(state, payload))
        })
      )
      .handle("deleteCellphoneSender", ({ path }) => remove(cellphones, "cellphone", path.sender_id))
      .handle("getAllEmailSenders", ({ urlParams }) => list(emails, urlParams, (sender) => sender))
      .handle("createEmailSender", ({ payload }) =>
        Effect.suspend(() =>
          emails.values().some((sender) => same(sender.email, payload.email))
            ? Effect.fail(alreadyExists())
            : Effect.succeed(insertEmailSender(state, payload))
        )
      )
      .handle("putEmailSender", ({ path, payload }) =>
        Effect.map(find(emails, "email", path.sender_id), (sender) => emails.set({ ...sender, name: payload.name }))
      )
      .handle("deleteEmailSender", ({ path }) => remove(emails, "email", path.sender_id))
      .handle("getAllPhoneSenders", ({ urlParams }) => list(phones, urlParams, withoutFile))
      .handle("createPhoneSender", ({ payload }) =>
        Effect.suspend(() =>
          phones.values().some((sender) => sender.phone === payload.phone)
            ? Effect.fail(alreadyExists())
            : Effect.succeed(withoutFile(insertPhoneSender(state, payload)))
        )
      )
      .handle("deletePhoneSender", ({ path }) => remove(phones, "phone", path.sender_id))
  )
}
