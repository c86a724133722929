/**
 * The hand-written commands: `api` (raw calls), `openapi` and `mock serve`.
 *
 * @internal
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import * as HashMap from "effect/HashMap"
import * as Option from "effect/Option"
import { operationAt } from "./definition.js"
import { readBody } from "./derive.js"
import { currentTerminal, globalOptions, runWithClient } from "./run.js"

export const apiCommand = Command.make(
  "api",
  {
    method: Args.choice(
      ["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [method, method] as const),
      { name: "METHOD" }
    ),
    path: Args.text({ name: "path" }).pipe(Args.withDescription("The route, e.g. /lists/1")),
    query: Options.keyValueMap("query").pipe(
      Options.withDescription("A query parameter, key=value (repeatable)"),
      Options.optional
    ),
    body: Options.text("body").pipe(Options.withDescription("The request body as JSON, or @file"), Options.optional),
    global: globalOptions
  },
  ({ method, path, query, body, global }) =>
    Effect.gen(function* () {
      const payload = Option.isSome(body) ? yield* readBody(body.value) : undefined
      // A route of the definition is printed and authenticated as declared; any other needs the key.
      const operation = operationAt(method, path)
      const info = {
        label: `${method} ${path}`,
        paging: operation?.paging,
        requiresKey: operation?.requiresKey ?? true
      }
      yield* runWithClient(global, info, (client) =>
        client.request({
          method: method as "GET",
          path,
          query: Option.match(query, {
            onNone: () => undefined,
            onSome: (map) => Object.fromEntries(HashMap.toEntries(map))
          }),
          body: payload
        })
      )
    })
).pipe(Command.withDescription("Call any route: egoi api GET /lists --query limit=5"))

export const openApiCommand = Command.make("openapi", {}, () =>
  Effect.sync(() => currentTerminal().out(JSON.stringify(EgoiApi.openApi(), null, 2)))
).pipe(Command.withDescription("Print the OpenAPI document of every operation this CLI knows"))

const serveCommand = Command.make(
  "serve",
  {
    port: Options.integer("port").pipe(Options.withDefault(4010), Options.withDescription("0 picks a free port")),
    host: Options.choice("host", ["127.0.0.1", "::1", "localhost"]).pipe(Options.withDefault("127.0.0.1")),
    seed: Options.text("seed").pipe(
      Options.withDefault("demo"),
      Options.withDescription("Seeds the data and the fault rates")
    )
  },
  ({ port, host, seed }) =>
    Effect.gen(function* () {
      const { MockServer } = yield* Effect.promise(() => import("@egoi-ts/test-kit"))
      yield* Effect.acquireRelease(
        Effect.promise(() => MockServer.start({ port, host, seed })),
        (server) => Effect.promise(() => server.close())
      ).pipe(
        Effect.tap((server) =>
          Effect.sync(() => {
            const terminal = currentTerminal()
            terminal.err(
              `E-goi mock listening on ${server.url} (seed "${seed}"); any Apikey is accepted. Ctrl-C stops it.`
            )
            terminal.out(server.url)
          })
        )
      )
      return yield* Effect.never
    }).pipe(Effect.scoped)
).pipe(Command.withDescription("Serve the stateful mock on a local port"))

export const mockCommand = Command.make("mock").pipe(
  Command.withDescription("The stateful E-goi mock"),
  Command.withSubcommands([serveCommand])
)
