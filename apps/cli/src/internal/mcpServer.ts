/**
 * `egoi mcp`: a Model Context Protocol server over stdio, made with the official TypeScript SDK's
 * low-level `Server` (the tools' JSON Schemas come from the definition, `mcpTools.ts`, and need no
 * other schema language). Calls go through core's client for the tool's group, over one transport
 * (one rate limiter) for the server's life. Only GET operations are offered unless --allow-writes;
 * --groups chooses the groups. Results are JSON text; failures are tool errors with E-goi's detail.
 * Nothing but the protocol goes to stdout: messages go to stderr.
 *
 * @internal
 */

import type { Readable, Writable } from "node:stream"
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as EgoiApi from "@egoi-ts/core/EgoiApi"
import * as Transport from "@egoi-ts/core/EgoiTransport"
import * as GroupClient from "@egoi-ts/core/GroupClient"
import { Server } from "@modelcontextprotocol/sdk/server/index.js"
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js"
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListToolsRequestSchema,
  McpError
} from "@modelcontextprotocol/sdk/types.js"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as ManagedRuntime from "effect/ManagedRuntime"
import { type Catalog, isReadOnly } from "./catalog.js"
import { VERSION } from "./cli.js"
import { connect } from "./client.js"
import { catalog } from "./definition.js"
import { ExitCode } from "./exitCode.js"
import type { Io } from "./io.js"
import { type Tool, toolsOf } from "./mcpTools.js"
import { describeError, reportError } from "./report.js"
import { resolveSettings } from "./settings.js"
import type { Parsed } from "./spec.js"
import { terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

/** What the server offers. */
export interface McpOptions {
  readonly allowWrites: boolean
  /** Group commands or identifiers (`lists`, `my-account`); every group when not given. */
  readonly groups: ReadonlyArray<string> | undefined
}

const INSTRUCTIONS = [
  "E-goi Marketing API v3: lists, contacts, fields, tags, segments, senders and more.",
  "Each tool is one API operation, named by E-goi's operationId, taking its path, query and body fields as one object.",
  "Collections page with offset and limit (at most 1000); IDs of lists, fields and tags are integers, contact IDs 10 hexadecimal characters."
].join(" ")

/** The groups `--groups` names, or the names it has that no group has. */
export const selectGroups = (
  given: ReadonlyArray<string> | undefined,
  known: Catalog
): { readonly names: ReadonlySet<string> } | { readonly unknown: ReadonlyArray<string> } => {
  if (given === undefined) return { names: new Set(known.groups.map((group) => group.name)) }
  const names = new Set<string>()
  const unknown: Array<string> = []
  for (const word of given) {
    const group = known.groups.find((candidate) => candidate.command === word || candidate.name === word)
    if (group) names.add(group.name)
    else unknown.push(word)
  }
  return unknown.length > 0 ? { unknown } : { names }
}

/** Which tools a server with these options lists, and why any other is refused. */
export const offered = (tools: ReadonlyArray<Tool>, options: McpOptions, groups: ReadonlySet<string>) => {
  const refusal = (tool: Tool): string | undefined => {
    if (!groups.has(tool.group.name)) {
      return `${tool.name} belongs to the group ${tool.group.command}, which this server does not offer: start egoi mcp with --groups ${tool.group.command}.`
    }
    if (!options.allowWrites && !isReadOnly(tool.operation)) {
      return `${tool.name} changes data (${tool.operation.method} ${tool.operation.path}); this server offers only operations that read: start egoi mcp with --allow-writes.`
    }
    return undefined
  }
  return { listed: tools.filter((tool) => refusal(tool) === undefined), refusal }
}

const textResult = (text: string, isError = false): CallToolResult => ({
  content: [{ type: "text", text }],
  ...(isError ? { isError: true } : {})
})

/** Builds the server: its tools, and a call handler that runs each through `call`. */
export const makeServer = (
  tools: ReadonlyArray<Tool>,
  options: McpOptions,
  groups: ReadonlySet<string>,
  call: (tool: Tool, args: Record<string, unknown>) => Promise<CallToolResult>
): Server => {
  const { listed, refusal } = offered(tools, options, groups)
  const server = new Server(
    { name: "egoi", title: "E-goi Marketing API", version: VERSION },
    { capabilities: { tools: {} }, instructions: INSTRUCTIONS }
  )
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: listed.map(({ name, title, description, inputSchema, annotations }) => ({
      name,
      title,
      description,
      inputSchema,
      annotations
    }))
  }))
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const tool = tools.find((candidate) => candidate.name === request.params.name)
    if (tool === undefined) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`)
    const refused = refusal(tool)
    if (refused) return textResult(refused, true)
    return call(tool, request.params.arguments ?? {})
  })
  return server
}

export const runMcp = async (parsed: Parsed, io: Io): Promise<number> => {
  const { flags, path } = parsed
  // Everything this command prints is a message: stdout belongs to the protocol.
  const terminal = {
    ...terminalOf(io, { noColor: flags["no-color"] === true }),
    out: (text: string) => void io.stderr.write(`${text}\n`)
  }
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, path)
  for (const notice of resolved.settings.notices) terminal.err(notice)
  const given =
    typeof flags.groups === "string"
      ? flags.groups
          .split(",")
          .map((word) => word.trim())
          .filter(Boolean)
      : undefined
  const selected = selectGroups(given, catalog())
  if ("unknown" in selected) {
    return reportUsage(
      terminal,
      `--groups names no group ${selected.unknown.join(", ")}; the groups: ${catalog()
        .groups.map((group) => group.command)
        .join(", ")}`,
      path
    )
  }
  const options: McpOptions = { allowWrites: flags["allow-writes"] === true, groups: given }
  const connection = await Effect.runPromiseExit(connect(resolved.settings, { requiresKey: true, dryRun: false }))
  if (Exit.isFailure(connection)) return reportError(terminal, Cause.squash(connection.cause))

  const runtime = ManagedRuntime.make(Transport.layerWith(connection.value.options))
  const clients = new Map<string, Record<string, (params: unknown) => Effect.Effect<unknown, unknown>>>()
  const clientOf = (group: string) =>
    Effect.map(Transport.EgoiTransport, (transport) => {
      let client = clients.get(group)
      if (client === undefined) {
        const definition = (
          EgoiApi.EgoiApi.groups as unknown as Record<string, HttpApiGroup.HttpApiGroup.AnyWithProps>
        )[group]!
        client = GroupClient.fromTransport(transport, definition) as unknown as typeof client
        clients.set(group, client!)
      }
      return client!
    })
  const call = async (tool: Tool, args: Record<string, unknown>): Promise<CallToolResult> => {
    const exit = await runtime.runPromiseExit(
      Effect.flatMap(clientOf(tool.group.name), (client) => client[tool.operation.name]!(args))
    )
    if (Exit.isSuccess(exit)) {
      const value = exit.value
      return {
        ...textResult(value === undefined ? "Done: E-goi answered with no content." : JSON.stringify(value, null, 2)),
        ...(typeof value === "object" && value !== null && !Array.isArray(value)
          ? { structuredContent: value as Record<string, unknown> }
          : {})
      }
    }
    return textResult(describeError(Cause.squash(exit.cause)).join("\n"), true)
  }

  const tools = toolsOf(EgoiApi.EgoiApi, catalog())
  const server = makeServer(tools, options, selected.names, call)
  const transport = new StdioServerTransport(io.stdin as Readable, io.stdout as Writable)
  const closed = new Promise<void>((resolve) => {
    server.onclose = resolve
  })
  await server.connect(transport)
  const { listed } = offered(tools, options, selected.names)
  terminal.err(
    `egoi MCP server on stdio: ${listed.length} tools${options.allowWrites ? "" : " (read-only; --allow-writes offers the others)"}, ${
      resolved.settings.mock
        ? "against the embedded mock"
        : `against ${resolved.settings.baseUrl ?? "https://api.egoiapp.com"}`
    }.`
  )
  // The client ends the session by closing stdin; Ctrl-C ends it too.
  const stop = () => void server.close()
  io.stdin.once("end", stop)
  io.signal?.addEventListener("abort", stop, { once: true })
  await closed
  io.stdin.removeListener("end", stop)
  io.signal?.removeEventListener("abort", stop)
  await runtime.dispose()
  return ExitCode.ok
}
