/**
 * The Push group of the mock: the account's push apps (E-goi makes them in its app, so they come
 * from `seed({ pushApps })`), the Firebase tokens devices register for a contact of the app's list,
 * the open and cancel events they report, and push campaigns sent to the tokens of the app's
 * contacts. E-goi documents no 404 for apps, so an unknown app is a 422 naming `app_id`.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Push } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { ACCEPTED, unprocessable } from "../answers.js"
import { asNotFoundOrUnprocessable, asUnprocessable, isRefusal } from "../campaignStore.js"
import { fieldText } from "../contactModel.js"
import type { MockContext } from "../context.js"
import type { MockState } from "../state.js"
import { listsTable } from "./lists.js"

export const group = "push"

/** A push app. Table `pushApps`, keyed by `app_id`. */
export interface StoredPushApp {
  readonly app_id: string
  readonly list_id: number
  readonly name: string
  readonly description: string
  readonly two_steps_config: string
  readonly development: boolean
  readonly created: string
  readonly updated: string
}

/** A device's token for an app, and the contact it belongs to. Table `pushTokens`, keyed by `${app_id}:${token}`. */
export interface StoredPushToken {
  readonly app_id: string
  readonly os: string
  readonly token: string
  readonly contact_id?: string | undefined
}

export const pushAppsTable = (state: MockState) => state.table<StoredPushApp>("pushApps", (app) => app.app_id)

export const pushTokensTable = (state: MockState) =>
  state.table<StoredPushToken>("pushTokens", (token) => `${token.app_id}:${token.token}`)

/** A push app to seed: its list and name; its ID drawn from the seed unless given. */
export interface PushAppSeed {
  readonly app_id?: string | undefined
  readonly list_id: number
  readonly name: string
  readonly description?: string | undefined
  /** The field of the list a token's `two_steps_data` names the contact by: `email` unless given. */
  readonly two_steps_config?: string | undefined
  readonly development?: boolean | undefined
}

/** Adds a push app, as E-goi's app does. */
export const insertPushApp = (state: MockState, seed: PushAppSeed): StoredPushApp => {
  const now = state.now()
  const appId = seed.app_id ?? Array.from({ length: 16 }, () => state.random.int(0, 15).toString(16)).join("")
  return pushAppsTable(state).set({
    app_id: appId,
    list_id: seed.list_id,
    name: seed.name,
    description: seed.description ?? "",
    two_steps_config: seed.two_steps_config ?? "email",
    development: seed.development ?? false,
    created: now,
    updated: now
  })
}

/** The tokens of a contact for an app: the registered ones, and those in the contact's push token fields. */
export const tokensOf = (
  state: MockState,
  appId: string,
  contact: {
    readonly contact_id: string
    readonly base: { readonly push_token_android?: any; readonly push_token_ios?: any }
  }
): ReadonlyArray<readonly [os: string, token: string]> => {
  const tokens = new Map<string, string>()
  for (const row of pushTokensTable(state).values()) {
    if (row.app_id === appId && row.contact_id === contact.contact_id) tokens.set(row.token, row.os)
  }
  for (const [os, field] of [
    ["android", contact.base.push_token_android],
    ["ios", contact.base.push_token_ios]
  ] as const) {
    for (const entry of (field ?? []) as ReadonlyArray<{ app_id?: string; token?: string }>) {
      if (entry.app_id === appId && entry.token) tokens.set(entry.token, os)
    }
  }
  return [...tokens].map(([token, os]) => [os, token] as const)
}

export const seeds = {
  pushApps: (context: MockContext, seed: PushAppSeed) => void insertPushApp(context.state, seed)
}

const view = (state: MockState, app: StoredPushApp): Push.PushApp => ({
  app_id: app.app_id,
  list: { id: app.list_id, internal_name: listsTable(state).get(app.list_id)?.internal_name ?? "" },
  name: app.name,
  description: app.description,
  two_steps_config: app.two_steps_config,
  development: app.development,
  created: app.created,
  updated: app.updated
})

export const layer = ({ state, contacts, campaigns }: MockContext) => {
  const apps = pushAppsTable(state)
  const findApp = (appId: string) =>
    Effect.suspend(() => {
      const app = apps.get(appId)
      return app ? Effect.succeed(app) : Effect.fail(unprocessable({ app_id: [`Push app ${appId} does not exist`] }))
    })
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getPushApps", ({ urlParams }) =>
        Effect.sync(() =>
          apps
            .values()
            .filter((app) => urlParams.list_id === undefined || app.list_id === urlParams.list_id)
            .map((app) => view(state, app))
        )
      )
      .handle("getPushApp", ({ path }) => Effect.map(findApp(path.app_id), (app) => view(state, app)))
      .handle("registerPushToken", ({ path, payload }) =>
        Effect.gen(function* () {
          const app = yield* findApp(path.app_id)
          let contactId: string | undefined
          if (payload.two_steps_data) {
            const { field, value } = payload.two_steps_data
            const contact = contacts
              .inList(app.list_id)
              .find((candidate) => fieldText(candidate, field)?.toLowerCase() === value.toLowerCase())
            if (!contact) {
              return yield* unprocessable({
                two_steps_data: [`No contact of list ${app.list_id} has ${field} ${value}`]
              })
            }
            contactId = contact.contact_id
          }
          pushTokensTable(state).set({
            app_id: app.app_id,
            os: payload.os,
            token: payload.token,
            contact_id: contactId
          })
          return { success: true }
        })
      )
      .handle("registerPushEvent", ({ path, payload }) =>
        Effect.gen(function* () {
          const app = yield* findApp(path.app_id)
          const campaign = campaigns.find(payload.message_hash, "push")
          if (!campaign || (campaign.options as { app_id?: string } | undefined)?.app_id !== app.app_id) {
            return yield* unprocessable({
              message_hash: [`There is no push campaign ${payload.message_hash} of app ${app.app_id}`]
            })
          }
          if (!campaigns.registerOpen(campaign.campaign_hash, payload.contact, payload.event)) {
            return yield* unprocessable({
              contact: [`Contact ${payload.contact} received no notification of campaign ${campaign.campaign_hash}`]
            })
          }
          return { success: true }
        })
      )
      .handle("createPushCampaign", ({ payload }) =>
        Effect.gen(function* () {
          const app = yield* findApp(payload.app_id)
          const { app_id, title, content, ...extras } = payload
          const created = campaigns.create("push", {
            list_id: app.list_id,
            internal_name: title,
            title,
            content,
            options: { app_id, ...extras }
          })
          return isRefusal(created) ? yield* asUnprocessable(created) : { campaign_hash: created.campaign_hash }
        })
      )
      .handle("patchPushCampaign", ({ path, payload }) =>
        Effect.suspend(() => {
          const { title, content, ...extras } = payload
          const changed = campaigns.update(path.campaign_hash, "push", (campaign) => ({
            ...(title === undefined ? {} : { title, internal_name: title }),
            ...(content === undefined ? {} : { content: { ...(campaign.content as object), ...content } }),
            options: { ...(campaign.options as object), ...extras }
          }))
          return isRefusal(changed)
            ? Effect.fail(asNotFoundOrUnprocessable(changed))
            : Effect.succeed({ campaign_hash: changed.campaign_hash })
        })
      )
      .handle("actionSendPush", ({ path, payload }) =>
        Effect.gen(function* () {
          const campaign = campaigns.find(path.campaign_hash, "push")
          const appId = (campaign?.options as { app_id?: string } | undefined)?.app_id
          if (campaign && appId !== payload.app_id) {
            return yield* unprocessable({ app_id: [`Campaign ${campaign.campaign_hash} is of app ${appId}`] })
          }
          const sent = campaigns.send(path.campaign_hash, "push", { ...payload, list_id: campaign?.list_id ?? 0 })
          return isRefusal(sent) ? yield* asUnprocessable(sent) : ACCEPTED
        })
      )
  )
}
