/**
 * Help a person can read, in the manner of gh: a summary, a usage line with the whole command, the
 * subcommands one line each or the flags with the kind of value each takes, examples, and where to
 * go next. Plain text unless the style says otherwise.
 *
 * @internal
 */
import { type Command, type Flag, flagsOf, type Positional } from "./spec.js"
import type { Style } from "./style.js"

export interface HelpOptions {
  readonly style: Style
  /** The terminal's width; lines are wrapped or cut to it. */
  readonly width: number
}

/** The most characters of choices shown as a flag's kind; more are listed in its description. */
const MAX_CHOICES = 40

/** What a flag takes, as help shows it after the flag: `integer`, `asc|desc`, `JSON`, `FILE`. */
export const valueText = (flag: Flag): string => {
  if (flag.placeholder) return flag.placeholder
  switch (flag.kind._tag) {
    case "choice": {
      const joined = flag.kind.values.join("|")
      return joined.length <= MAX_CHOICES ? joined : "choice"
    }
    case "boolean":
      return ""
    case "json":
      return "JSON"
    case "keyValue":
      return "key=value"
    default:
      return flag.kind._tag
  }
}

const boundsText = (flag: Flag): string | undefined => {
  const { minimum, maximum, maxLength } = flag.bounds ?? {}
  if (minimum !== undefined && maximum !== undefined) return `${minimum} to ${maximum}`
  if (minimum !== undefined) return `at least ${minimum}`
  if (maximum !== undefined) return `at most ${maximum}`
  if (maxLength !== undefined) return `at most ${maxLength} characters`
  return undefined
}

/** A flag's description with what else help should say: bounds, long choices, default, required. */
export const flagDescription = (flag: Flag): string => {
  const bounds = boundsText(flag)
  const notes = [
    bounds !== undefined && !flag.description?.includes(bounds) ? bounds : undefined,
    flag.defaultValue !== undefined ? `default ${flag.defaultValue}` : undefined,
    flag.repeatable ? "repeatable" : undefined,
    flag.required
      ? flag.requiredUnless
        ? `required unless ${flag.requiredUnless.map((name) => `--${name}`).join(" or ")}`
        : "required"
      : undefined
  ].filter((note): note is string => note !== undefined)
  const choices =
    flag.kind._tag === "choice" && valueText(flag) === "choice" ? `One of: ${flag.kind.values.join(", ")}.` : undefined
  const description =
    flag.description && choices && !/[.!?]$/.test(flag.description) ? `${flag.description}.` : flag.description
  return [description, choices, notes.length > 0 ? `(${notes.join("; ")})` : undefined]
    .filter((part) => part !== undefined && part !== "")
    .join(" ")
}

/** Words of `text` in lines of at most `width` characters. */
export const wrapText = (text: string, width: number): ReadonlyArray<string> => {
  const lines: Array<string> = []
  let line = ""
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === "" ? word : `${line} ${word}`
  }
  if (line !== "") lines.push(line)
  return lines
}

/** One line cut to `width` characters, with an ellipsis where it was cut. */
const cut = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1))}…`)

/** Rows of a name and its text: names in a column, texts wrapped beside them. */
const rows = (entries: ReadonlyArray<readonly [string, string]>, options: HelpOptions, wrap: boolean) => {
  const column = Math.min(Math.max(...entries.map(([name]) => name.length)) + 2, 34)
  const room = Math.max(20, options.width - 2 - column)
  return entries.flatMap(([name, text]) => {
    const pad = " ".repeat(Math.max(2, column - name.length))
    if (name.length + 2 > column) {
      // A name longer than the column takes its own line; its text starts under the column.
      const lines = wrap ? wrapText(text, room) : [cut(text, room)]
      return [`  ${name}`, ...lines.map((line) => `  ${" ".repeat(column)}${line}`)]
    }
    const lines = text === "" ? [""] : wrap ? wrapText(text, room) : [cut(text, room)]
    return lines.map((line, index) => `  ${index === 0 ? `${name}${pad}` : " ".repeat(column)}${line}`.trimEnd())
  })
}

const section = (title: string, lines: ReadonlyArray<string>, style: Style) =>
  lines.length === 0 ? [] : ["", style.bold(title), ...lines]

const argText = (positional: Positional) =>
  positional.required ? positional.name.toUpperCase() : `[${positional.name.toUpperCase()}]`

/** The usage line: the whole command, its arguments and required flags, then `[flags]`. */
export const usageLine = (command: Command, path: ReadonlyArray<string>): string => {
  const words = ["egoi", ...path]
  if (command.subcommands !== undefined && command.run === undefined) {
    return `${words.join(" ")} <${path.length === 0 ? "command" : "operation"}> [flags]`
  }
  for (const positional of command.args ?? []) words.push(argText(positional))
  for (const flag of command.flags ?? []) {
    if (flag.required && !flag.requiredUnless) words.push(`--${flag.name} <${valueText(flag) || "value"}>`)
  }
  return `${words.join(" ")} [flags]`
}

const flagName = (flag: Flag) => {
  const names = [flag.short ? `-${flag.short}, --${flag.name}` : `--${flag.name}`]
  const value = valueText(flag)
  return value ? `${names.join(", ")} ${value}` : names.join(", ")
}

/** The sections of a command's flags, in the order their flags come: `FLAGS` unless a flag says otherwise. */
const flagSections = (flags: ReadonlyArray<Flag>) => {
  const sections = new Map<string, Array<Flag>>()
  for (const flag of flags) {
    const title = flag.section ?? "FLAGS"
    sections.set(title, [...(sections.get(title) ?? []), flag])
  }
  return sections
}

/** The help of a command at `path` (`[]` for egoi itself). */
export const renderHelp = (command: Command, path: ReadonlyArray<string>, options: HelpOptions): string => {
  const { style } = options
  const lines: Array<string> = [...wrapText(command.summary, options.width)]
  if (command.description)
    lines.push("", ...command.description.split("\n").flatMap((paragraph) => wrapText(paragraph, options.width)))
  const usage =
    path.length === 0 ? ["egoi <group> <operation> [flags]", "egoi <command> [flags]"] : [usageLine(command, path)]
  lines.push(
    ...section(
      "USAGE",
      usage.map((line) => `  ${line}`),
      style
    )
  )

  if (command.subcommands !== undefined) {
    const bySection = new Map<string, Array<Command>>()
    for (const sub of command.subcommands) {
      if (sub.hidden) continue
      const title = sub.section ?? "COMMANDS"
      bySection.set(title, [...(bySection.get(title) ?? []), sub])
    }
    for (const [title, subs] of bySection) {
      lines.push(
        ...section(
          title,
          rows(
            subs.map((sub) => [sub.name, sub.summary] as const),
            options,
            false
          ),
          style
        )
      )
    }
  }

  const positionals = (command.args ?? []).filter((positional) => positional.description)
  lines.push(
    ...section(
      "ARGUMENTS",
      rows(
        positionals.map((positional) => [argText(positional), positional.description!] as const),
        options,
        true
      ),
      style
    )
  )
  for (const [title, flags] of flagSections(flagsOf(command))) {
    lines.push(
      ...section(
        title,
        rows(
          flags.map((flag) => [flagName(flag), flagDescription(flag)] as const),
          options,
          true
        ),
        style
      )
    )
  }
  if (command.examples && command.examples.length > 0) {
    lines.push(
      ...section(
        "EXAMPLES",
        command.examples.map((example) => `  $ egoi ${example}`),
        style
      )
    )
  }
  const next =
    command.subcommands !== undefined
      ? path.length === 0
        ? "Run egoi <group> --help for a group's operations, and egoi <group> <operation> --help for an operation's flags."
        : `Run ${["egoi", ...path].join(" ")} <operation> --help for an operation's flags.`
      : undefined
  if (next)
    lines.push(
      ...section(
        "LEARN MORE",
        wrapText(next, options.width - 2).map((line) => `  ${line}`),
        style
      )
    )
  return `${lines.join("\n")}\n`
}
