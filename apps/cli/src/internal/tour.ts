/**
 * `egoi tour`: a few commands against the embedded mock, each printed before its output, to show
 * what the CLI does without an account. Each step runs in this process, so they share the mock.
 *
 * @internal
 */
import { runCli } from "./cli.js"
import { ExitCode } from "./exitCode.js"
import type { Io } from "./io.js"
import type { Parsed } from "./spec.js"
import { terminalOf } from "./terminal.js"

const STEPS: ReadonlyArray<{ readonly note: string; readonly args: ReadonlyArray<string> }> = [
  { note: "Is the API up?", args: ["ping"] },
  {
    note: "Create a list",
    args: ["lists", "create-list", "--internal-name", "Newsletter", "--public-name", "Our newsletter"]
  },
  { note: "Create a tag", args: ["tags", "create-tag", "--name", "spring-sale", "--color", "#FF8800"] },
  {
    note: "List the lists (the mock starts with some demo data)",
    args: ["lists", "get-all-lists", "--limit", "5", "--order", "asc"]
  },
  { note: "List the tags", args: ["tags", "get-all-tags", "--order", "asc"] },
  {
    note: "Add a contact to the first list: each field of the body is a flag",
    args: ["contacts", "create-contact", "--list-id", "1", "--email", "ana@example.com", "--first-name", "Ana"]
  },
  { note: "List the list's contacts", args: ["contacts", "get-all-contacts", "--list-id", "1", "--limit", "5"] },
  { note: "Show the account", args: ["my-account", "get-my-account"] },
  { note: "A list that does not exist: a 404, exit code 3", args: ["lists", "get-list", "--list-id", "999"] },
  {
    note: "An invalid limit is refused before anything is sent: exit code 2",
    args: ["lists", "get-all-lists", "--limit", "5000"]
  },
  {
    note: "--dry-run prints the request as curl, without the key",
    args: ["lists", "create-list", "--internal-name", "Test", "--dry-run"]
  }
]

const shellWord = (arg: string) => (/^[\w@./:=-]+$/.test(arg) ? arg : `'${arg}'`)

export const runTour = async (parsed: Parsed, io: Io): Promise<number> => {
  const terminal = terminalOf(io, { noColor: parsed.flags["no-color"] === true })
  // Every step talks to the embedded mock, whatever key or profile is configured.
  const stepIo: Io = { ...io, env: { ...io.env, EGOI_MOCK: "1" } }
  terminal.err("A tour of egoi against the embedded mock: no account, no network.\n")
  for (const step of STEPS) {
    terminal.out(`# ${step.note}`)
    terminal.out(`$ egoi ${step.args.map(shellWord).join(" ")}`)
    const code = await runCli(step.args, stepIo)
    if (code !== ExitCode.ok) terminal.out(`(exit code ${code})`)
    terminal.out("")
  }
  terminal.err(
    "Run any command as egoi <group> <operation> [flags] (from this repository: npm start --silent -- ...); egoi --help lists them."
  )
  return ExitCode.ok
}
