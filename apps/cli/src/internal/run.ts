/**
 * What every operation command shares: the global flags, and running one call against the chosen
 * E-goi with its output printed.
 *
 * @internal
 */
import * as Options from "@effect/cli/Options"
import { EgoiClient, type Pagination } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { connect, type GlobalOptions, toCurl } from "./client.js"
import { printResult, processTerminal, type Terminal } from "./output.js"

let terminal: Terminal = processTerminal()

/** The terminal commands print to. */
export const currentTerminal = () => terminal

/** Replaces the terminal (the tour prints through its own). */
export const setTerminal = (next: Terminal) => {
  terminal = next
}

/** Flags every operation command takes. */
export const globalOptions: Options.Options<GlobalOptions> = Options.all({
  apiKey: Options.redacted("api-key").pipe(
    Options.withDescription("The API key; EGOI_API_KEY by default (prefer it: flags stay in shell history)"),
    Options.optional
  ),
  baseUrl: Options.text("base-url").pipe(
    Options.withDescription("The API's base URL; EGOI_BASE_URL or https://api.egoiapp.com by default"),
    Options.optional
  ),
  json: Options.boolean("json").pipe(Options.withDescription("Print JSON, also on a terminal")),
  dryRun: Options.boolean("dry-run").pipe(
    Options.withDescription("Print the request as a curl command (key left out) and send nothing")
  ),
  mock: Options.boolean("mock").pipe(Options.withDescription("Talk to an embedded, seeded mock instead of E-goi")),
  noColor: Options.boolean("no-color").pipe(Options.withDescription("No colors (also with NO_COLOR set)"))
})

/** What the definition says of a call, as far as running it and printing its answer go. */
export interface CallInfo {
  /** How the call is named in messages (`getList`, `GET /lists/1`). */
  readonly label: string
  readonly paging: Pagination.Kind | undefined
  readonly requiresKey: boolean
}

/** Runs one call and prints its answer; failures go back to the caller to report. */
export const runWithClient = (
  options: GlobalOptions,
  info: CallInfo,
  call: (client: EgoiClient.Service) => Effect.Effect<unknown, unknown>
) =>
  Effect.gen(function* () {
    if (options.noColor) setTerminal({ ...terminal, color: false })
    const connection = yield* connect(options, { requiresKey: info.requiresKey })
    const result = yield* Effect.flatMap(EgoiClient.EgoiClient, call).pipe(
      Effect.provide(connection.layer),
      Effect.either
    )
    const [captured] = connection.captured
    if (options.dryRun && captured) {
      terminal.out(toCurl(captured))
      return
    }
    if (Either.isLeft(result)) return yield* Effect.fail(result.left)
    printResult(terminal, result.right, { json: options.json, label: info.label, paging: info.paging })
  })
