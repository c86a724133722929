/**
 * `egoi mcp`: every operation as a Model Context Protocol tool, over stdio, for agents. The server is
 * in `internal/mcpServer.ts`.
 *
 * @internal
 */
import { connectionFlags } from "../internal/commonFlags.js"
import { type Command, lazy } from "../internal/spec.js"

export const mcp: Command = {
  name: "mcp",
  summary: "Serve the operations as Model Context Protocol tools over stdio, for agents",
  description: [
    "One tool per operation, named by E-goi's operationId (getAllLists), with its summary and a JSON Schema of its parameters, both derived from the definition. Results are JSON; E-goi's errors are tool errors with its detail.",
    "Read-only by default: only GET operations are offered; --allow-writes offers the others. --groups chooses the toolsets."
  ].join("\n"),
  flags: [
    {
      name: "allow-writes",
      kind: { _tag: "boolean" },
      description: "Also offer the operations that change data (POST, PUT, PATCH, DELETE)"
    },
    {
      name: "groups",
      kind: { _tag: "string" },
      placeholder: "GROUP,...",
      description: "Only these groups' operations, e.g. lists,contacts"
    },
    ...connectionFlags
  ],
  examples: ["mcp", "mcp --allow-writes --groups lists,contacts,tags", "mcp --mock"],
  run: lazy(() => import("../internal/mcpServer.js"), "runMcp")
}
