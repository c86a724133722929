/**
 * A `MockServer` on a loopback port for one test, closed when the test ends, and the CLI (run
 * in-process) pointed at it with an API key.
 */
import type { EgoiMock } from "@egoi-ts/test-kit"
import { MockServer } from "@egoi-ts/test-kit"
import type { TestContext } from "vitest"
import { egoi, type RunOptions } from "./egoi.js"

/** The key the tests give the CLI; the mock accepts any key unless told otherwise. */
export const KEY = "e2e-test-key"

/** The parts of the mock's state the tests read. */
export interface MockState {
  readonly lists: ReadonlyArray<{
    readonly list_id: number
    readonly internal_name: string
    readonly public_name: string
  }>
  readonly tags: ReadonlyArray<{ readonly tag_id: number; readonly name: string; readonly color: string }>
  readonly account: { readonly module_info?: { readonly te?: { readonly enabled?: boolean } } }
  readonly transactionalEnabled: boolean
}

export const stateOf = (mock: EgoiMock.EgoiMock) => mock.snapshot() as unknown as MockState

export const startServer = async (context: TestContext, options: MockServer.Options = {}) => {
  const server = await MockServer.start({ port: 0, ...options })
  context.onTestFinished(() => server.close())
  const { mock, url } = server
  const listNamed = (name: string) => stateOf(mock).lists.find((list) => list.internal_name === name)
  return {
    url,
    mock,
    /** Runs `egoi <args> --base-url <url>` with an API key in the environment (unless `env` sets another). */
    run: (args: ReadonlyArray<string>, env: Record<string, string> = {}, options: RunOptions = {}) =>
      egoi([...args, "--base-url", url], { EGOI_API_KEY: KEY, ...env }, options),
    requestCount: () => mock.requests().length,
    lastRequest: () => mock.requests().at(-1)!,
    state: () => stateOf(mock),
    listNamed,
    tagNamed: (name: string) => stateOf(mock).tags.find((tag) => tag.name === name),
    /** Adds a list straight into the mock and returns its ID. */
    seedList: (name: string): number => {
      mock.seed({ lists: [{ internal_name: name }] })
      return listNamed(name)!.list_id
    }
  }
}

export type Server = Awaited<ReturnType<typeof startServer>>

/** A mock server with the demo data (a few lists, tags, users, ...). */
export const demoServer = (context: TestContext, options: MockServer.Options = {}) =>
  startServer(context, { seed: "demo", ...options })
