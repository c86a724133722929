/**
 * `egoi mock serve`: the test-kit's stateful mock on a local port, until Ctrl-C.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import { ExitCode } from "./exitCode.js"
import type { Io } from "./io.js"
import { runToExitCode } from "./runEffect.js"
import type { Parsed } from "./spec.js"
import { terminalOf } from "./terminal.js"

export const runMockServe = async (parsed: Parsed, io: Io): Promise<number> => {
  const terminal = terminalOf(io, { noColor: parsed.flags["no-color"] === true })
  const port = (parsed.flags.port as number | undefined) ?? 4010
  const host = (parsed.flags.host as "127.0.0.1" | "::1" | "localhost" | undefined) ?? "127.0.0.1"
  const seed = (parsed.flags.seed as string | undefined) ?? "demo"
  const program = Effect.gen(function* () {
    const { MockServer } = yield* Effect.promise(() => import("@egoi-ts/test-kit"))
    const server = yield* Effect.acquireRelease(
      Effect.promise(() => MockServer.start({ port, host, seed })),
      (started) => Effect.promise(() => started.close())
    )
    terminal.err(`E-goi mock listening on ${server.url} (seed "${seed}"); any Apikey is accepted. Ctrl-C stops it.`)
    terminal.out(server.url)
    return yield* Effect.never
  }).pipe(Effect.scoped)
  // Ctrl-C is how a server stops: a clean exit.
  return runToExitCode(program, terminal, io, { interrupted: ExitCode.ok })
}
