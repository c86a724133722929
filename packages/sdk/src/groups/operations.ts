/**
 * The Operations operations alone: `new Operations({ apiKey })`, then `operations.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { OperationsGroup } from "@egoi-ts/core/Operations"
import { groupClient } from "../internal/client.js"

/** A client of the Operations operations: `new Operations({ apiKey })`; `close()` releases it. */
export const Operations = /* @__PURE__ */ groupClient(OperationsGroup)

/** A client of the Operations operations. */
export type Operations = InstanceType<typeof Operations>

export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../internal/client.js"
export { PagePromise } from "../PagePromise.js"
