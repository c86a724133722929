/**
 * The whole CLI as one function: the words after `egoi`, where to read and write, and the exit code.
 * The binary (`main.ts`) calls it with the process's streams; tests call it in-process. Help,
 * version, completion and usage errors are answered from the catalog and the commands' descriptions
 * alone; a command loads what it needs only when it runs.
 *
 * @internal
 */
import { COMMANDS, WORKFLOWS } from "../commands/index.js"
import { complete, formatCompletion, SHELLS, type Shell } from "./completion.js"
import { catalog } from "./definition.js"
import { ExitCode } from "./exitCode.js"
import { renderHelp } from "./help.js"
import type { Io } from "./io.js"
import { parse } from "./parse.js"
import { resourceCommands } from "./resourceCommands.js"
import type { Command } from "./spec.js"
import { styleFor } from "./style.js"
import { terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

declare const __EGOI_CLI_VERSION__: string

/** The version the build stamped from package.json. */
export const VERSION = typeof __EGOI_CLI_VERSION__ === "string" ? __EGOI_CLI_VERSION__ : "0.0.0"

/** `egoi` itself: the groups of the definition, then the other commands. */
export const rootCommand = (): Command => ({
  name: "egoi",
  summary: "egoi: the E-goi Marketing API v3 from a terminal.",
  subcommands: [
    ...resourceCommands(catalog(), WORKFLOWS),
    ...COMMANDS.map((command) => ({ section: "COMMANDS", ...command }))
  ],
  flags: [{ name: "version", kind: { _tag: "boolean" }, description: "Print egoi's version" }],
  examples: [
    "lists get-all-lists --limit 5",
    "contacts create-contact --list-id 1 --email ana@example.com --first-name Ana",
    "contacts get-all-contacts --list-id 1 --all --json > contacts.ndjson",
    "contacts import people.csv --list 1",
    "config set api-key",
    "tour"
  ]
})

/** Runs `egoi <argv>` and returns its exit code. */
export const runCli = async (argv: ReadonlyArray<string>, io: Io): Promise<number> => {
  // The version needs no command at all.
  if (argv.length === 1 && argv[0] === "--version") {
    io.stdout.write(`${VERSION}\n`)
    return ExitCode.ok
  }
  if (argv[0] === "__complete") {
    const shell = SHELLS.includes(argv[1] as Shell) ? (argv[1] as Shell) : "bash"
    const words = argv.slice(argv.indexOf("--") >= 0 ? argv.indexOf("--") + 1 : 2)
    io.stdout.write(formatCompletion(complete(rootCommand(), words), shell))
    return ExitCode.ok
  }
  const terminal = terminalOf(io, { noColor: argv.includes("--no-color") })
  const outcome = parse(rootCommand(), argv)
  switch (outcome._tag) {
    case "version":
      terminal.out(VERSION)
      return ExitCode.ok
    case "help":
      io.stdout.write(
        renderHelp(outcome.command, outcome.path, { style: styleFor(terminal.color), width: terminal.width })
      )
      return ExitCode.ok
    case "usage":
      return reportUsage(terminal, outcome.message, outcome.path)
    case "run":
      return outcome.command.run!(outcome.parsed, io)
  }
}
