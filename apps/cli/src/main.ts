/**
 * egoi: every E-goi Marketing API v3 operation from a terminal.
 */
import * as Command from "@effect/cli/Command"
import * as ValidationError from "@effect/cli/ValidationError"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { apiCommand, mockCommand, openApiCommand } from "./internal/commands.js"
import { exportCommand } from "./internal/contactsExport.js"
import { importCommand } from "./internal/contactsImport.js"
import { resourceCommands } from "./internal/derive.js"
import { ExitCode, reportError } from "./internal/output.js"
import { currentTerminal } from "./internal/run.js"
import { tourCommand } from "./internal/tour.js"

declare const __EGOI_CLI_VERSION__: string

const runLine = (args: ReadonlyArray<string>): Effect.Effect<number> => cli(["node", "egoi", ...args])

const root = Command.make("egoi").pipe(
  Command.withDescription("The E-goi Marketing API v3 from a terminal"),
  Command.withSubcommands([
    apiCommand,
    openApiCommand,
    mockCommand,
    tourCommand(runLine),
    ...resourceCommands({ contacts: [importCommand, exportCommand] })
  ])
)

const run = Command.run(root, {
  name: "egoi",
  version: typeof __EGOI_CLI_VERSION__ === "string" ? __EGOI_CLI_VERSION__ : "0.0.0"
})

function cli(argv: ReadonlyArray<string>): Effect.Effect<number> {
  return run(argv).pipe(
    Effect.as(ExitCode.ok as number),
    // Every failure, and any defect too, is reported once and exits with the code of its kind; only
    // an interruption (Ctrl-C) is left to the runtime.
    Effect.catchAllCause((cause) => {
      if (Cause.isInterruptedOnly(cause)) return Effect.failCause(cause)
      const error = Cause.squash(cause)
      return Effect.sync(() =>
        // @effect/cli has already printed its own usage errors, with help.
        ValidationError.isValidationError(error) ? ExitCode.invalidInput : reportError(currentTerminal(), error)
      )
    }),
    Effect.provide(NodeContext.layer)
  ) as Effect.Effect<number>
}

NodeRuntime.runMain(cli(process.argv), {
  disableErrorReporting: true,
  // Ctrl-C (an interruption only) is how `mock serve` stops: a clean exit, as in Effect's default teardown.
  teardown: (exit, onExit) =>
    onExit(
      Exit.isSuccess(exit) ? (exit.value as number) : Cause.isInterruptedOnly(exit.cause) ? ExitCode.ok : ExitCode.error
    )
})
