/**
 * The Webhooks operations alone: `new Webhooks({ apiKey })`, then `webhooks.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { WebhooksGroup } from "@egoi-ts/core/Webhooks"
import type { WebhooksMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"
import { type WebhooksWorkflows, webhooksWorkflows } from "../workflows/webhooks.js"

/** A client of the Webhooks operations and workflows: `new Webhooks({ apiKey })`; `close()` releases it. */
export const Webhooks: new (options?: ClientOptions) => ClientBase & WebhooksMethods & WebhooksWorkflows =
  /* @__PURE__ */ groupClient(WebhooksGroup, webhooksWorkflows)

/** A client of the Webhooks operations. */
export type Webhooks = ClientBase & WebhooksMethods & WebhooksWorkflows

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
export type * from "../workflows/webhooks.js"
