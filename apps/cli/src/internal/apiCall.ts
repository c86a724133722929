/**
 * `egoi api METHOD PATH`: a raw call through core's transport, with its policy (timeouts, retries,
 * rate limits). A route of the definition is authenticated and printed as its operation declares;
 * any other carries the key, and a 404 for it says that the definition has no such route.
 *
 * @internal
 */
import * as Transport from "@egoi-ts/core/EgoiTransport"
import * as Effect from "effect/Effect"
import { operationAt } from "./catalog.js"
import { connect, toCurl } from "./client.js"
import { catalog } from "./definition.js"
import type { Io } from "./io.js"
import { printResult } from "./output.js"
import { runToExitCode } from "./runEffect.js"
import { resolveSettings } from "./settings.js"
import type { Parsed } from "./spec.js"
import { terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

export const runApiCall = async (parsed: Parsed, io: Io): Promise<number> => {
  const { flags, path: commandPath } = parsed
  const method = parsed.args[0] as Transport.RawRequest["method"]
  const path = parsed.args[1]!.startsWith("/") ? parsed.args[1]! : `/${parsed.args[1]}`
  const terminal = terminalOf(io, { noColor: flags["no-color"] === true })
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, commandPath)
  for (const notice of resolved.settings.notices) terminal.err(notice)
  const located = operationAt(catalog(), method, path)
  const dryRun = flags["dry-run"] === true

  const program = Effect.gen(function* () {
    const connection = yield* connect(resolved.settings, {
      requiresKey: located?.operation.requiresKey ?? true,
      dryRun
    })
    const call = Effect.flatMap(Transport.EgoiTransport, (transport) =>
      transport.request({
        method,
        path,
        query: flags.query as Record<string, string> | undefined,
        body: flags.body
      })
    ).pipe(Effect.provide(Transport.layerWith(connection.options)))
    if (dryRun) {
      yield* Effect.either(call)
      const [captured] = connection.captured
      if (captured) terminal.out(toCurl(captured))
      return
    }
    const result = yield* call
    printResult(terminal, result, {
      json: flags.json === true,
      label: `${method} ${path}`,
      paging: located?.operation.paging
    })
  })
  return runToExitCode(program, terminal, io, {
    hints: (error) =>
      located === undefined && (error as { readonly status?: unknown }).status === 404
        ? [`No operation of the definition has the route ${method} ${path}; api.md lists those it has.`]
        : []
  })
}
