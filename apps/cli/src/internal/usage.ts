/**
 * A usage error as every command prints it: what was wrong, on stderr, and which help to read next;
 * exit code 2. Nothing has been sent when one is printed.
 *
 * @internal
 */
import { ExitCode } from "./exitCode.js"
import { styleFor } from "./style.js"
import type { Terminal } from "./terminal.js"

export const reportUsage = (terminal: Terminal, message: string, path: ReadonlyArray<string>): number => {
  const [first, ...rest] = message.split("\n")
  terminal.err(`${styleFor(terminal.errColor).red("Error:")} ${first}`)
  for (const line of rest) terminal.err(line)
  terminal.err(`Run ${["egoi", ...path, "--help"].join(" ")} for usage.`)
  return ExitCode.invalidInput
}
