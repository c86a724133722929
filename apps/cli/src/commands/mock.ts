/**
 * `egoi mock serve`: the stateful mock on a local port. The work is in `internal/mockServe.ts`.
 *
 * @internal
 */
import { type Command, lazy } from "../internal/spec.js"

const serve: Command = {
  name: "serve",
  summary: "Serve the stateful mock on a local port until Ctrl-C",
  flags: [
    {
      name: "port",
      kind: { _tag: "integer" },
      defaultValue: "4010",
      bounds: { minimum: 0, maximum: 65535 },
      description: "0 picks a free port"
    },
    { name: "host", kind: { _tag: "choice", values: ["127.0.0.1", "::1", "localhost"] }, defaultValue: "127.0.0.1" },
    { name: "seed", kind: { _tag: "string" }, defaultValue: "demo", description: "Seeds the data and the fault rates" }
  ],
  examples: ["mock serve --port 4010", "mock serve --port 0 --seed test"],
  run: lazy(() => import("../internal/mockServe.js"), "runMockServe")
}

export const mock: Command = {
  name: "mock",
  summary: "The stateful E-goi mock: egoi mock serve",
  subcommands: [serve]
}
