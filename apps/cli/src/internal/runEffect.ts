/**
 * Runs a command's Effect program to an exit code: its own code, or the code of the failure it
 * reported; an interruption (Ctrl-C, through the run's abort signal) stops it cleanly.
 *
 * @internal
 */
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { ExitCode } from "./exitCode.js"
import type { Io } from "./io.js"
import { reportError } from "./report.js"
import type { Terminal } from "./terminal.js"

export interface RunOptions {
  /** The exit code of an interruption: 130 by default, 0 for servers, which Ctrl-C is how to stop. */
  readonly interrupted?: number | undefined
  /** Lines to print after a failure's own, to say what to do about it. */
  readonly hints?: ((error: unknown) => ReadonlyArray<string>) | undefined
}

export const runToExitCode = async (
  program: Effect.Effect<number | void, unknown>,
  terminal: Terminal,
  io: Io,
  options: RunOptions = {}
): Promise<number> => {
  const exit = await Effect.runPromiseExit(program, io.signal ? { signal: io.signal } : undefined)
  if (Exit.isSuccess(exit)) return exit.value ?? ExitCode.ok
  if (Cause.isInterruptedOnly(exit.cause)) return options.interrupted ?? ExitCode.interrupted
  // A failure and a defect alike are reported once, with the exit code of their kind.
  const error = Cause.squash(exit.cause)
  return reportError(terminal, error, options.hints?.(error) ?? [])
}
