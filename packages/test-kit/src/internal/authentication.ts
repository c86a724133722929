/**
 * The server side of the definition's `Authentication` middleware: a call with no key, or with a key
 * the mock does not accept, is answered 401 in E-goi's body.
 *
 * @internal
 */
import { Authentication } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { unauthorized } from "./answers.js"

export const layer = (accepts: (apiKey: string) => boolean) =>
  Layer.succeed(
    Authentication.Authentication,
    Authentication.Authentication.of({
      [Authentication.HEADER]: (apiKey: Redacted.Redacted<string>) =>
        accepts(Redacted.value(apiKey).trim()) ? Effect.void : Effect.fail(unauthorized())
    })
  )
