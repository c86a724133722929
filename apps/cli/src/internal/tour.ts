/**
 * `egoi tour`: a few commands against the embedded mock, each printed before its output, to show
 * what the CLI does without an account.
 *
 * @internal
 */
import * as Command from "@effect/cli/Command"
import * as Effect from "effect/Effect"
import { useEmbeddedMock } from "./client.js"
import { currentTerminal } from "./run.js"

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
    note: "Add a contact to the first list",
    args: ["contacts", "create-contact", "--list-id", "1", "--base", '{"email":"ana@example.com","first_name":"Ana"}']
  },
  { note: "List the list's contacts", args: ["contacts", "get-all-contacts", "--list-id", "1"] },
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

/** Builds the tour command around the function that runs one `egoi` command line and returns its exit code. */
export const tourCommand = (runLine: (args: ReadonlyArray<string>) => Effect.Effect<number>) =>
  Command.make("tour", {}, () =>
    Effect.gen(function* () {
      useEmbeddedMock()
      const terminal = currentTerminal()
      terminal.err("A tour of egoi against the embedded mock: no account, no network.\n")
      for (const step of STEPS) {
        terminal.out(`# ${step.note}`)
        terminal.out(`$ egoi ${step.args.map((arg) => (/^[\w@./:=-]+$/.test(arg) ? arg : `'${arg}'`)).join(" ")}`)
        const code = yield* runLine(step.args)
        if (code !== 0) terminal.out(`(exit code ${code})`)
        terminal.out("")
      }
      terminal.err("Run any command with npm start -- <group> <operation> [flags]; npm start -- --help lists them.")
    })
  ).pipe(Command.withDescription("Run a short tour against the embedded mock"))
