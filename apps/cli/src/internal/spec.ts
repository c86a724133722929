/**
 * Commands as data: a command's name, summary, flags, arguments, subcommands and what runs it. The
 * parser, help and shell completion all read the same description, and nothing in it loads the API
 * definition or Effect: a command's `run` imports what it needs when it runs.
 *
 * @internal
 */
import type { Bounds } from "./catalog.js"
import type { Io } from "./io.js"

/** What a flag takes. */
export type FlagKind =
  | { readonly _tag: "string" }
  | { readonly _tag: "integer" }
  | { readonly _tag: "number" }
  /** A switch (`--json`); it may also be given as `--unique true` or `--unique=false`. */
  | { readonly _tag: "boolean" }
  | { readonly _tag: "choice"; readonly values: ReadonlyArray<string> }
  /** JSON, inline or as `@file`. */
  | { readonly _tag: "json" }
  /** `key=value`, repeatable: the values make one object. */
  | { readonly _tag: "keyValue" }

export interface Flag {
  /** The flag without its dashes (`list-id`). */
  readonly name: string
  /** Other names it answers to (`list` for `list-id`). */
  readonly aliases?: ReadonlyArray<string> | undefined
  /** A one-letter form (`h` for `-h`). */
  readonly short?: string | undefined
  readonly kind: FlagKind
  readonly description?: string | undefined
  /** The value's name in help (`FILE`, `URL`), instead of its kind. */
  readonly placeholder?: string | undefined
  /** Required, unless one of these flags is given (a field of `--body` may come from the body). */
  readonly required?: boolean | undefined
  readonly requiredUnless?: ReadonlyArray<string> | undefined
  /** Given several times, its values are collected in order. */
  readonly repeatable?: boolean | undefined
  /** What it is when not given, shown in help. */
  readonly defaultValue?: string | undefined
  readonly bounds?: Bounds | undefined
  /** Completes its value with file names. */
  readonly completesFiles?: boolean | undefined
  /** The heading help lists it under; `FLAGS` when not given. */
  readonly section?: string | undefined
}

export interface Positional {
  readonly name: string
  readonly description?: string | undefined
  readonly required: boolean
  /** Values offered by completion and accepted in any case (`GET`, `get`). */
  readonly values?: ReadonlyArray<string> | undefined
  readonly completesFiles?: boolean | undefined
}

/** A command line after parsing: the command it names, its flags by name and its arguments. */
export interface Parsed {
  /** The command's words after `egoi` (`["lists", "get-all-lists"]`). */
  readonly path: ReadonlyArray<string>
  /** Given flags by name, as values of their kind (arrays for repeatable flags). */
  readonly flags: Readonly<Record<string, unknown>>
  readonly args: ReadonlyArray<string>
}

export interface Command {
  readonly name: string
  /** One line, for the parent's list and the top of its help. */
  readonly summary: string
  /** More about it, for its own help. */
  readonly description?: string | undefined
  /** Where the parent's help lists it (`GROUPS`, `COMMANDS`, `OPERATIONS`, `WORKFLOWS`). */
  readonly section?: string | undefined
  readonly flags?: ReadonlyArray<Flag> | undefined
  readonly args?: ReadonlyArray<Positional> | undefined
  readonly subcommands?: ReadonlyArray<Command> | undefined
  /** Command lines that show it at work, without `egoi` (`["lists get-all-lists --limit 5"]`). */
  readonly examples?: ReadonlyArray<string> | undefined
  /** Left out of help and completion. */
  readonly hidden?: boolean | undefined
  /** Runs it; the exit code. A command with subcommands and no `run` prints its help. */
  readonly run?: ((parsed: Parsed, io: Io) => Promise<number>) | undefined
}

/** `run` for a command whose work is in a module loaded only when it runs. */
export const lazy =
  <Name extends string>(
    load: () => Promise<Record<Name, (parsed: Parsed, io: Io) => Promise<number>>>,
    name: Name
  ): ((parsed: Parsed, io: Io) => Promise<number>) =>
  async (parsed, io) =>
    (await load())[name](parsed, io)

/** The flags every command takes. */
export const UNIVERSAL_FLAGS: ReadonlyArray<Flag> = [
  {
    name: "help",
    short: "h",
    kind: { _tag: "boolean" },
    description: "Show help for the command",
    section: "COMMON FLAGS"
  },
  {
    name: "no-color",
    kind: { _tag: "boolean" },
    description: "No colors or bold (also with NO_COLOR set)",
    section: "COMMON FLAGS"
  }
]

/** The flags a command answers to: its own, then the universal ones. */
export const flagsOf = (command: Command): ReadonlyArray<Flag> => [...(command.flags ?? []), ...UNIVERSAL_FLAGS]

/** Whether a flag takes a value after it (a switch does not). */
export const takesValue = (flag: Flag) => flag.kind._tag !== "boolean"
