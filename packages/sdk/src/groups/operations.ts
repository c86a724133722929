/**
 * The Operations operations alone: `new Operations({ apiKey })`, then `operations.<operationId>(params)`.
 * A program that imports only this entry point carries no other group. The error classes are here too.
 *
 * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.
 *
 * @packageDocumentation
 */
import { OperationsGroup } from "@egoi-ts/core/Operations"
import type { OperationsMethods } from "../api.js"
import type { ClientBase } from "../ClientBase.js"
import { groupClient } from "../internal/groupClient.js"
import type { ClientOptions } from "../options.js"
import { type OperationsWorkflows, operationsWorkflows } from "../workflows/operations.js"

/** A client of the Operations operations and workflows: `new Operations({ apiKey })`; `close()` releases it. */
export const Operations: new (options?: ClientOptions) => ClientBase & OperationsMethods & OperationsWorkflows =
  /* @__PURE__ */ groupClient(OperationsGroup, operationsWorkflows)

/** A client of the Operations operations. */
export type Operations = ClientBase & OperationsMethods & OperationsWorkflows

export type * from "../api.js"
export * from "../errors.js"
export type { ClientOptions, RequestOptions } from "../options.js"
export { PagePromise } from "../PagePromise.js"
export type * from "../workflows/operations.js"
