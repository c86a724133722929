/**
 * The Webhooks operations alone: `new Webhooks({ apiKey })`, then `webhooks.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { WebhooksGroup } from "@egoi-ts/core/Webhooks"
import { groupClient } from "../internal/client.js"

/** A client of the Webhooks operations: `new Webhooks({ apiKey })`; `close()` releases it. */
export const Webhooks = /* @__PURE__ */ groupClient(WebhooksGroup)

/** A client of the Webhooks operations. */
export type Webhooks = InstanceType<typeof Webhooks>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
