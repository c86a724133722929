/**
 * The CLI's workflows in the test process: an in-process mock (no socket, no subprocess) and the
 * client core builds over it, with the progress line silent unless a test brings its own.
 */
import { EgoiClient, type EgoiTransport } from "@egoi-ts/core"
import { EgoiMock } from "@egoi-ts/test-kit"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { TestContext } from "vitest"
import * as Progress from "../../src/internal/progress.js"
import { accountOf } from "./account.js"

type Services = EgoiClient.EgoiClient | EgoiTransport.EgoiTransport | Progress.Progress

export const inProcessMock = (
  context: Pick<TestContext, "onTestFinished">,
  options: EgoiMock.Options = { rateLimit: false, operations: "manual" }
) => {
  const mock = EgoiMock.make(options)
  context.onTestFinished(() => mock.dispose())
  const client = EgoiClient.layerWith({
    apiKey: EgoiMock.TEST_API_KEY,
    baseUrl: EgoiMock.IN_PROCESS_URL,
    fetch: mock.fetch,
    rateLimit: false,
    strict: true
  })
  const provide = <A, E>(effect: Effect.Effect<A, E, Services>, progress: Layer.Layer<Progress.Progress>) =>
    effect.pipe(Effect.provide(Layer.merge(client, progress)))
  return {
    mock,
    account: accountOf(mock),
    /** Runs a workflow against the mock; it must succeed. */
    run: <A, E>(effect: Effect.Effect<A, E, Services>, progress = Progress.silent) =>
      Effect.runPromise(provide(effect, progress)),
    /** Runs a workflow against the mock, its failure returned rather than thrown. */
    runEither: <A, E>(effect: Effect.Effect<A, E, Services>, progress = Progress.silent) =>
      Effect.runPromise(Effect.either(provide(effect, progress)))
  }
}
