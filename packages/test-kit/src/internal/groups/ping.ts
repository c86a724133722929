/**
 * The Ping group of the mock: `pong`, with or without a key.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import type { MockContext } from "../context.js"

export const group = "ping"

/** Ping keeps no records. */
export const seeds = {}

export const layer = (_context: MockContext) =>
  HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers.handle("ping", () => Effect.succeed({ result: "pong" }))
  )
