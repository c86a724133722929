/**
 * The command line parser: finds the command the words name, then reads its flags and arguments by
 * the kinds its description declares. Every mistake is a usage error that says what was wrong and
 * where to look: the operations of a group for an unknown operation, the flag for a missing or
 * invalid value, the closest name for a typo.
 *
 * @internal
 */
import { readFileSync } from "node:fs"
import type { Bounds } from "./catalog.js"
import { type Command, type Flag, flagsOf, type Parsed, takesValue } from "./spec.js"
import { didYouMean } from "./suggest.js"

export type Outcome =
  | { readonly _tag: "run"; readonly command: Command; readonly parsed: Parsed }
  | { readonly _tag: "help"; readonly command: Command; readonly path: ReadonlyArray<string> }
  | { readonly _tag: "version" }
  | {
      readonly _tag: "usage"
      readonly message: string
      /** The command whose help the user should read next. */
      readonly command: Command
      readonly path: ReadonlyArray<string>
    }

/** `--name` for a flag, as messages show it. */
export const display = (flag: Flag) => `--${flag.name}`

const isFlagToken = (token: string) => token.length > 1 && token.startsWith("-") && !/^-\d/.test(token)

/** The flag a token names (`--list-id`, `--list-id=3`, `-h`), among a command's. */
const flagNamed = (flags: ReadonlyArray<Flag>, token: string): Flag | undefined => {
  const name = token.startsWith("--") ? token.slice(2).split("=")[0]! : undefined
  if (name === undefined) return flags.find((flag) => flag.short !== undefined && token === `-${flag.short}`)
  return flags.find((flag) => flag.name === name || flag.aliases?.includes(name))
}

/** A subcommand by its name. */
export const subcommandNamed = (command: Command, word: string): Command | undefined =>
  command.subcommands?.find((sub) => sub.name === word)

const kindText = (flag: Flag): string => {
  switch (flag.kind._tag) {
    case "integer":
      return "an integer"
    case "number":
      return "a number"
    case "boolean":
      return "true or false"
    case "choice":
      return `one of ${flag.kind.values.join(", ")}`
    case "json":
      return "JSON or @file"
    case "keyValue":
      return "key=value"
    case "string":
      return flag.placeholder ? `a ${flag.placeholder.toLowerCase()}` : "a value"
  }
}

const boundsProblem = (value: number, bounds: Bounds | undefined): string | undefined => {
  if (bounds === undefined) return undefined
  const { minimum, maximum } = bounds
  if (minimum !== undefined && maximum !== undefined && (value < minimum || value > maximum)) {
    return `between ${minimum} and ${maximum}`
  }
  if (minimum !== undefined && value < minimum) return `at least ${minimum}`
  if (maximum !== undefined && value > maximum) return `at most ${maximum}`
  return undefined
}

/** Reads JSON given inline or as `@file`. */
export const readJson = (text: string, label: string): { value: unknown } | { problem: string } => {
  let source = text
  if (text.startsWith("@")) {
    try {
      source = readFileSync(text.slice(1), "utf8")
    } catch {
      return { problem: `${label} ${text}: cannot read the file` }
    }
  }
  try {
    return { value: JSON.parse(source) }
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : ""
    return {
      problem: text.startsWith("@")
        ? `${label} ${text}: not valid JSON${reason}`
        : `${label} expects JSON or @file, got ${JSON.stringify(text)}`
    }
  }
}

/** The value of a flag from its text, or why it is not one. */
export const flagValue = (flag: Flag, text: string): { value: unknown } | { problem: string } => {
  const refuse = () => ({ problem: `${display(flag)} expects ${kindText(flag)}, got ${JSON.stringify(text)}` })
  switch (flag.kind._tag) {
    case "integer":
    case "number": {
      const value = Number(text)
      const valid =
        flag.kind._tag === "integer"
          ? /^\s*[+-]?\d+\s*$/.test(text) && Number.isSafeInteger(value)
          : text.trim() !== "" && Number.isFinite(value)
      if (!valid) return refuse()
      const problem = boundsProblem(value, flag.bounds)
      return problem ? { problem: `${display(flag)} must be ${problem}, got ${text}` } : { value }
    }
    case "boolean":
      return text === "true" || text === "false" ? { value: text === "true" } : refuse()
    case "choice": {
      const exact = flag.kind.values.find((value) => value === text)
      const loose = exact ?? flag.kind.values.find((value) => value.toLowerCase() === text.toLowerCase())
      return loose !== undefined ? { value: loose } : refuse()
    }
    case "json":
      return readJson(text, display(flag))
    case "keyValue": {
      const at = text.indexOf("=")
      return at > 0 ? { value: [text.slice(0, at), text.slice(at + 1)] } : refuse()
    }
    case "string": {
      const minLength = flag.bounds?.minLength
      if (minLength !== undefined && text.length < minLength) {
        return { problem: `${display(flag)} must not be empty` }
      }
      return { value: text }
    }
  }
}

const usage = (message: string, command: Command, path: ReadonlyArray<string>): Outcome => ({
  _tag: "usage",
  message,
  command,
  path
})

const where = (path: ReadonlyArray<string>) => ["egoi", ...path].join(" ")

/** The error for a word that names no subcommand of a group, with the subcommands it may have meant. */
const unknownSubcommand = (command: Command, path: ReadonlyArray<string>, word: string): Outcome => {
  const visible = (command.subcommands ?? []).filter((sub) => !sub.hidden).map((sub) => sub.name)
  if (path.length === 0) {
    return usage(`unknown command "${word}".${didYouMean(word, visible)}`, command, path)
  }
  return usage(
    `${where(path)} has no operation "${word}".${didYouMean(word, visible)}\n` +
      `The operations of ${where(path)}: ${visible.join(", ")}`,
    command,
    path
  )
}

/** Parses the words after `egoi` against the command tree under `root`. */
export const parse = (root: Command, argv: ReadonlyArray<string>): Outcome => {
  const path: Array<string> = []
  let command = root
  const rest: Array<string> = []
  let help = false

  // The command path first: words up to the first one that is not a subcommand of a group. Flags
  // may come anywhere; a flag's value is skipped when the command so far knows the flag takes one.
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!
    if (token === "--") {
      rest.push(...argv.slice(index))
      break
    }
    if (isFlagToken(token)) {
      if (token === "--help" || token === "-h") {
        help = true
        continue
      }
      if (token === "--version" && command === root) return { _tag: "version" }
      rest.push(token)
      const flag = flagNamed(flagsOf(command), token)
      if (flag && takesValue(flag) && !token.includes("=") && index + 1 < argv.length) rest.push(argv[++index]!)
      continue
    }
    if (command.subcommands !== undefined && command.run === undefined) {
      const sub = subcommandNamed(command, token)
      if (sub === undefined) return unknownSubcommand(command, path, token)
      command = sub
      path.push(sub.name)
      continue
    }
    rest.push(token)
  }

  if (help) return { _tag: "help", command, path }

  const flags = flagsOf(command)
  const given: Record<string, unknown> = {}
  const args: Array<string> = []
  for (let index = 0; index < rest.length; index++) {
    const token = rest[index]!
    if (token === "--") {
      args.push(...rest.slice(index + 1))
      break
    }
    if (!isFlagToken(token)) {
      args.push(token)
      continue
    }
    const flag = flagNamed(flags, token)
    const name = token.split("=")[0]!
    if (flag === undefined) {
      const names = flags.flatMap((candidate) => [candidate.name, ...(candidate.aliases ?? [])])
      return usage(
        `unknown flag ${name} for ${where(path)}.${didYouMean(name.replace(/^-+/, ""), names, "--")}`,
        command,
        path
      )
    }
    let text = token.includes("=") ? token.slice(token.indexOf("=") + 1) : undefined
    if (takesValue(flag) && text === undefined) {
      const next = rest[index + 1]
      if (next === undefined || (next.startsWith("--") && next.length > 2)) {
        const what = flag.kind._tag === "string" && !flag.placeholder ? "" : `: ${kindText(flag)}`
        return usage(`${display(flag)} needs a value${what}`, command, path)
      }
      text = next
      index++
    } else if (text === undefined) {
      const next = rest[index + 1]
      if (next === "true" || next === "false") {
        text = next
        index++
      } else text = "true"
    }
    const read = flagValue(flag, text)
    if ("problem" in read) return usage(read.problem, command, path)
    if (flag.kind._tag === "keyValue") {
      const [key, value] = read.value as [string, string]
      given[flag.name] = { ...(given[flag.name] as Record<string, string> | undefined), [key]: value }
    } else if (flag.repeatable) {
      given[flag.name] = [...((given[flag.name] as Array<unknown> | undefined) ?? []), read.value]
    } else given[flag.name] = read.value
  }

  if (command.subcommands !== undefined && command.run === undefined) {
    if (args.length > 0) return unknownSubcommand(command, path, args[0]!)
    return { _tag: "help", command, path }
  }

  const positionals = command.args ?? []
  for (const [index, positional] of positionals.entries()) {
    const text = args[index]
    if (text === undefined) {
      if (positional.required) return usage(`${where(path)} needs ${positional.name.toUpperCase()}`, command, path)
      continue
    }
    if (positional.values) {
      const value = positional.values.find((candidate) => candidate.toLowerCase() === text.toLowerCase())
      if (value === undefined) {
        return usage(
          `${positional.name.toUpperCase()} must be one of ${positional.values.join(", ")}, got ${JSON.stringify(text)}`,
          command,
          path
        )
      }
      args[index] = value
    }
  }
  if (args.length > positionals.length) {
    const extra = args[positionals.length]!
    return usage(
      positionals.length === 0
        ? `${where(path)} takes no arguments, got ${JSON.stringify(extra)} (flags start with --)`
        : `unexpected argument ${JSON.stringify(extra)}`,
      command,
      path
    )
  }

  const missing = flags.filter(
    (flag) => flag.required && given[flag.name] === undefined && !flag.requiredUnless?.some((other) => other in given)
  )
  if (missing.length > 0) {
    const names = missing.map(display)
    return usage(
      missing.length === 1
        ? `missing ${names[0]}${missing[0]!.description ? ` (${missing[0]!.description})` : ""}`
        : `missing required flags: ${names.join(", ")}`,
      command,
      path
    )
  }

  return { _tag: "run", command, parsed: { path, flags: given, args } }
}
