/**
 * Running one operation command: its settings and parameters from the flags, its group's definition
 * (only that group's), the call through core's client for that group, and the answer printed. With
 * `--all`, every page of an operation the definition declares paged, read ahead a page or two.
 *
 * @internal
 */
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as Transport from "@egoi-ts/core/EgoiTransport"
import * as GroupClient from "@egoi-ts/core/GroupClient"
import * as Effect from "effect/Effect"
import { type OperationInfo, routeOf } from "./catalog.js"
import { connect, toCurl } from "./client.js"
import { goAhead } from "./confirm.js"
import { ExitCode } from "./exitCode.js"
import type { Io } from "./io.js"
import { printItems, printResult } from "./output.js"
import { paramsOf } from "./params.js"
import { asksFirst } from "./resourceCommands.js"
import { runToExitCode } from "./runEffect.js"
import { resolveSettings } from "./settings.js"
import type { Parsed } from "./spec.js"
import { terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

/**
 * A group of one endpoint: the group with only the operation a command calls, so the client compiles
 * that operation's checks and decoders and none of its neighbours'. A group is a record of its
 * endpoints, errors, middlewares and annotations; the copy keeps all but the other endpoints.
 */
export const withOnly = (
  group: HttpApiGroup.HttpApiGroup.AnyWithProps,
  name: string
): HttpApiGroup.HttpApiGroup.AnyWithProps => {
  const copy = Object.setPrototypeOf(function HttpApiGroup() {}, Object.getPrototypeOf(group))
  return Object.assign(copy, { ...group, endpoints: { [name]: group.endpoints[name]! } })
}

type Call = (params: Record<string, unknown>) => Effect.Effect<unknown, unknown, never>

/** Pages fetched at once with --all, after the first: the next one is on its way while one prints. */
const ALL_CONCURRENCY = 2

export const runOperation = async (
  operation: OperationInfo,
  definition: HttpApiGroup.HttpApiGroup.AnyWithProps,
  parsed: Parsed,
  io: Io
): Promise<number> => {
  const { flags, path } = parsed
  const terminal = terminalOf(io, { noColor: flags["no-color"] === true })
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, path)
  const { settings } = resolved
  for (const notice of settings.notices) terminal.err(notice)
  const built = paramsOf(operation, flags)
  if ("problem" in built) return reportUsage(terminal, built.problem, path)
  const all = flags.all === true && operation.paging !== undefined
  if (all && (flags.limit !== undefined || flags.offset !== undefined)) {
    return reportUsage(terminal, "--all reads every page: leave out --limit and --offset", path)
  }
  const dryRun = flags["dry-run"] === true
  const json = flags.json === true
  if (asksFirst(operation) && !dryRun) {
    const question = `${operation.summary ?? operation.name}: ${routeOf(operation, built.params)}. Go ahead?`
    if (!(await goAhead(io, flags, question))) {
      terminal.err("Cancelled: nothing was sent.")
      return ExitCode.error
    }
  }

  const program = Effect.gen(function* () {
    const connection = yield* connect(settings, { requiresKey: operation.requiresKey, dryRun })
    const work = Effect.gen(function* () {
      const client = (yield* GroupClient.make(withOnly(definition, operation.name))) as unknown as Record<string, Call>
      const call = client[operation.name]!
      if (dryRun) {
        // The request is captured, then refused by the capturing fetch: only the capture matters.
        yield* Effect.either(call(all ? { ...built.params, offset: 0, limit: 1000 } : built.params))
        const [captured] = connection.captured
        if (captured) terminal.out(toCurl(captured))
        return
      }
      if (!all) {
        const result = yield* call(built.params)
        printResult(terminal, result, { json, label: operation.name, paging: operation.paging })
        return
      }
      // Every page: one JSON object a line as the pages arrive, or one table at the end on a terminal.
      const streaming = json || !terminal.isTTY
      const items: Array<unknown> = []
      // Streams are loaded for --all only: a single call has no use for them.
      const { forEachPage } = yield* Effect.promise(() => import("./pages.js"))
      const pages = call as (params: Record<string, unknown>) => Effect.Effect<ReadonlyArray<unknown>, unknown>
      yield* forEachPage(pages, operation.paging!, built.params, { concurrency: ALL_CONCURRENCY }, (page) => {
        if (streaming) for (const item of page) terminal.out(JSON.stringify(item))
        else items.push(...page)
      })
      if (!streaming) printItems(terminal, items, undefined, "")
    })
    return yield* Effect.provide(work, Transport.layerWith(connection.options))
  })
  return runToExitCode(program, terminal, io)
}
