/**
 * `egoi completion bash|zsh|fish`: the script that makes a shell complete egoi's groups, operations,
 * flags and their values. The scripts ask `egoi __complete` (`internal/completion.ts`) for candidates.
 *
 * @internal
 */

import { SHELLS, scriptFor } from "../internal/completion.js"
import { ExitCode } from "../internal/exitCode.js"
import type { Command } from "../internal/spec.js"

export const completion: Command = {
  name: "completion",
  summary: "Print the shell completion script for bash, zsh or fish",
  description: [
    "bash: add `source <(egoi completion bash)` to ~/.bashrc.",
    "zsh: add `source <(egoi completion zsh)` to ~/.zshrc (after compinit).",
    "fish: egoi completion fish > ~/.config/fish/completions/egoi.fish"
  ].join("\n"),
  args: [{ name: "shell", required: true, values: SHELLS, description: "bash, zsh or fish" }],
  examples: ["completion bash >> ~/.bashrc", "completion fish > ~/.config/fish/completions/egoi.fish"],
  run: async (parsed, io) => {
    io.stdout.write(scriptFor(parsed.args[0] as (typeof SHELLS)[number]))
    return ExitCode.ok
  }
}
