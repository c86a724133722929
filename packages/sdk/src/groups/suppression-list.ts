/**
 * The SuppressionList operations alone: `new SuppressionList({ apiKey })`, then `suppressionList.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { SuppressionListGroup } from "@egoi-ts/core/SuppressionList"
import { groupClient } from "../internal/client.js"

/** A client of the SuppressionList operations: `new SuppressionList({ apiKey })`; `close()` releases it. */
export const SuppressionList = /* @__PURE__ */ groupClient(SuppressionListGroup)

/** A client of the SuppressionList operations. */
export type SuppressionList = InstanceType<typeof SuppressionList>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
