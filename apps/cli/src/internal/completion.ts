/**
 * Shell completion at every level: groups and commands, a group's operations, a command's flags (the
 * ones not given yet), a flag's choices, an argument's values, and file names where a command takes a
 * file. The shells' scripts ask `egoi __complete <shell> -- <words>` for the candidates of the last
 * word, so they never go stale: what they offer is read from the same commands as help and parsing.
 *
 * @internal
 */
import { subcommandNamed } from "./parse.js"
import { type Command, type Flag, flagsOf, takesValue } from "./spec.js"

export const SHELLS = ["bash", "zsh", "fish"] as const

export type Shell = (typeof SHELLS)[number]

export interface Candidate {
  readonly value: string
  readonly description?: string | undefined
}

/** What to complete the last word with: candidates, or the shell's own file names. */
export type Completion =
  | { readonly _tag: "candidates"; readonly candidates: ReadonlyArray<Candidate> }
  | { readonly _tag: "files" }

const FILES: Completion = { _tag: "files" }

const flagNamed = (flags: ReadonlyArray<Flag>, token: string) => {
  const name = token.replace(/^--?/, "").split("=")[0]!
  return flags.find((flag) => flag.name === name || flag.aliases?.includes(name) || flag.short === name)
}

const firstLine = (text: string | undefined) => text?.split("\n")[0]

/** The candidates for the last of `words` (the words after `egoi`; the last may be empty). */
export const complete = (root: Command, words: ReadonlyArray<string>): Completion => {
  const current = words.at(-1) ?? ""
  const before = words.slice(0, -1)
  let command = root
  const given = new Set<string>()
  let positionals = 0
  for (let index = 0; index < before.length; index++) {
    const token = before[index]!
    if (token.startsWith("-") && token.length > 1) {
      const flag = flagNamed(flagsOf(command), token)
      if (flag) given.add(flag.name)
      if (flag && takesValue(flag) && !token.includes("=")) {
        // The flag's value is the word being completed.
        if (index === before.length - 1) return valuesOf(flag, current)
        index++
      }
      continue
    }
    if (command.subcommands !== undefined && command.run === undefined) {
      const sub = subcommandNamed(command, token)
      if (sub === undefined) return { _tag: "candidates", candidates: [] }
      command = sub
    } else positionals++
  }

  if (current.startsWith("-")) {
    const candidates = flagsOf(command)
      .filter((flag) => flag.repeatable || flag.kind._tag === "keyValue" || !given.has(flag.name))
      .map((flag) => ({ value: `--${flag.name}`, description: firstLine(flag.description) }))
    return { _tag: "candidates", candidates: candidates.filter((candidate) => candidate.value.startsWith(current)) }
  }
  if (command.subcommands !== undefined && command.run === undefined) {
    return {
      _tag: "candidates",
      candidates: command.subcommands
        .filter((sub) => !sub.hidden && sub.name.startsWith(current))
        .map((sub) => ({ value: sub.name, description: sub.summary }))
    }
  }
  const positional = command.args?.[positionals]
  if (positional?.values) {
    return {
      _tag: "candidates",
      candidates: positional.values
        .filter((value) => value.toLowerCase().startsWith(current.toLowerCase()))
        .map((value) => ({ value }))
    }
  }
  if (positional?.completesFiles) return FILES
  return { _tag: "candidates", candidates: [] }
}

const valuesOf = (flag: Flag, current: string): Completion => {
  if (flag.kind._tag === "choice") {
    return {
      _tag: "candidates",
      candidates: flag.kind.values.filter((value) => value.startsWith(current)).map((value) => ({ value }))
    }
  }
  if (flag.completesFiles) return FILES
  return { _tag: "candidates", candidates: [] }
}

/** The answer of `egoi __complete <shell>`: one candidate a line, in the form the shell's script reads. */
export const formatCompletion = (completion: Completion, shell: Shell): string => {
  if (completion._tag === "files") return ":files\n"
  const lines = completion.candidates.map(({ value, description }) => {
    const summary = description?.replace(/\s+/g, " ")
    if (shell === "bash" || !summary) return shell === "zsh" ? value.replace(/:/g, "\\:") : value
    return shell === "zsh" ? `${value.replace(/:/g, "\\:")}:${summary}` : `${value}\t${summary}`
  })
  return lines.length > 0 ? `${lines.join("\n")}\n` : ""
}

const SCRIPTS: Record<Shell, string> = {
  bash: `# egoi completion for bash: source <(egoi completion bash)
_egoi_complete() {
  local IFS=$'\\n'
  local -a lines
  lines=($(egoi __complete bash -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
  if [[ \${#lines[@]} -gt 0 && "\${lines[\${#lines[@]}-1]}" == ":files" ]]; then
    compopt -o default 2>/dev/null
    COMPREPLY=()
    return 0
  fi
  COMPREPLY=("\${lines[@]}")
}
complete -F _egoi_complete egoi
`,
  zsh: `#compdef egoi
# egoi completion for zsh: source <(egoi completion zsh), after compinit
_egoi() {
  local -a lines
  lines=("\${(@f)$(egoi __complete zsh -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ "\${lines[-1]}" == ":files" ]]; then
    _files
    return
  fi
  lines=("\${(@)lines:#}")
  (( \${#lines} )) && _describe -t egoi 'egoi' lines
}
compdef _egoi egoi
`,
  fish: `# egoi completion for fish: egoi completion fish > ~/.config/fish/completions/egoi.fish
function __egoi_complete
  set -l tokens (commandline -opc)
  set -e tokens[1]
  set -l lines (egoi __complete fish -- $tokens (commandline -ct) 2>/dev/null)
  if test (count $lines) -gt 0; and test "$lines[-1]" = ":files"
    __fish_complete_path (commandline -ct)
    return
  end
  printf '%s\\n' $lines
end
complete -c egoi -f -a '(__egoi_complete)'
`
}

/** The completion script of a shell. */
export const scriptFor = (shell: Shell): string => SCRIPTS[shell]
