/**
 * `egoi openapi`: the OpenAPI document of every operation the CLI knows.
 *
 * @internal
 */
import { ExitCode } from "../internal/exitCode.js"
import type { Command } from "../internal/spec.js"

export const openapi: Command = {
  name: "openapi",
  summary: "Print the OpenAPI document of every operation this CLI knows",
  examples: ["openapi > egoi-openapi.json"],
  run: async (_parsed, io) => {
    const { openApi } = await import("@egoi-ts/core/EgoiApi")
    io.stdout.write(`${JSON.stringify(openApi(), null, 2)}\n`)
    return ExitCode.ok
  }
}
