/**
 * `egoi config set|get|list|unset`: reading and changing the profiles of the configuration file
 * (`config.ts`). The key is never printed: `get` and `list` say whether it is set. `set api-key`
 * without a value reads it from the terminal without echo, or from stdin, so it stays out of shell
 * history.
 *
 * @internal
 */
import {
  type ConfigFile,
  ConfigFileError,
  configPath,
  DEFAULT_PROFILE,
  isProfileName,
  type Profile,
  readConfig,
  SETTINGS,
  type Setting,
  writeConfig
} from "./config.js"
import { ExitCode } from "./exitCode.js"
import type { Io } from "./io.js"
import type { Parsed } from "./spec.js"
import { styleFor } from "./style.js"
import { renderTable } from "./table.js"
import { type Terminal, terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

/** Reads a secret: typed on the terminal without echo, or piped in (its first line). */
export const readSecret = (io: Io, prompt: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const { stdin } = io
    const tty = stdin as NodeJS.ReadStream
    if (stdin.isTTY && typeof tty.setRawMode === "function") {
      io.stderr.write(prompt)
      let typed = ""
      tty.setRawMode(true)
      tty.setEncoding("utf8")
      const done = (value: string | Error) => {
        tty.setRawMode(false)
        tty.pause()
        tty.removeListener("data", onData)
        io.stderr.write("\n")
        if (value instanceof Error) reject(value)
        else resolve(value)
      }
      const onData = (chunk: string) => {
        for (const character of chunk) {
          if (character === "\r" || character === "\n") return done(typed)
          if (character === "\u0003") return done(new Error("cancelled"))
          if (character === "\u007f" || character === "\b") typed = typed.slice(0, -1)
          else typed += character
        }
      }
      tty.on("data", onData)
      tty.resume()
      return
    }
    let text = ""
    stdin.setEncoding("utf8")
    stdin.on("data", (chunk: string) => {
      text += chunk
    })
    stdin.on("end", () => resolve(text.split(/\r?\n/)[0]!.trim()))
    stdin.on("error", reject)
  })

const profileOf = (parsed: Parsed, io: Io) =>
  (parsed.flags.profile as string | undefined) ?? (io.env.EGOI_PROFILE || DEFAULT_PROFILE)

const withProfile = (config: ConfigFile, name: string, profile: Profile): ConfigFile => {
  const { [name]: _, ...others } = config.profiles
  // A profile with nothing set is no profile.
  const empty = Object.values(profile).every((value) => value === undefined)
  return { profiles: empty ? others : { ...config.profiles, [name]: profile } }
}

const checkBaseUrl = (value: string): string | undefined => {
  try {
    const url = new URL(value)
    return url.protocol === "https:" || url.protocol === "http:" ? undefined : "--base-url must be an http or https URL"
  } catch {
    return `${JSON.stringify(value)} is not a URL`
  }
}

const set = async (parsed: Parsed, io: Io, terminal: Terminal, config: ConfigFile) => {
  const setting = parsed.args[0] as Setting
  const name = profileOf(parsed, io)
  if (!isProfileName(name))
    return reportUsage(terminal, `a profile name is letters, digits, -, _ and .: ${JSON.stringify(name)}`, parsed.path)
  let value = parsed.args[1]
  if (value === undefined) {
    if (setting !== "api-key") return reportUsage(terminal, `egoi config set ${setting} needs a value`, parsed.path)
    value = await readSecret(io, `API key for profile ${name}: `)
  } else if (setting === "api-key") {
    terminal.err(
      "Note: a key given as an argument stays in shell history; egoi config set api-key alone reads it from the terminal or stdin."
    )
  }
  if (value === "") return reportUsage(terminal, `no ${setting} given`, parsed.path)
  if (setting === "base-url") {
    const problem = checkBaseUrl(value)
    if (problem) return reportUsage(terminal, problem, parsed.path)
  }
  const path = writeConfig(io.env, withProfile(config, name, { ...config.profiles[name], [SETTINGS[setting]]: value }))
  terminal.err(`Saved ${setting} in profile ${name} (${path})`)
  return ExitCode.ok
}

const get = (parsed: Parsed, io: Io, terminal: Terminal, config: ConfigFile) => {
  const setting = parsed.args[0] as Setting
  const name = profileOf(parsed, io)
  const value = config.profiles[name]?.[SETTINGS[setting]]
  if (value === undefined) {
    terminal.err(`${setting} is not set in profile ${name}`)
    return ExitCode.error
  }
  terminal.out(setting === "api-key" ? "(set; never shown)" : value)
  return ExitCode.ok
}

const unset = (parsed: Parsed, io: Io, terminal: Terminal, config: ConfigFile) => {
  const setting = parsed.args[0] as Setting
  const name = profileOf(parsed, io)
  const profile = config.profiles[name]
  if (profile?.[SETTINGS[setting]] === undefined) {
    terminal.err(`${setting} is not set in profile ${name}`)
    return ExitCode.ok
  }
  const path = writeConfig(io.env, withProfile(config, name, { ...profile, [SETTINGS[setting]]: undefined }))
  terminal.err(`Removed ${setting} from profile ${name} (${path})`)
  return ExitCode.ok
}

const list = (parsed: Parsed, io: Io, terminal: Terminal, config: ConfigFile) => {
  const active = io.env.EGOI_PROFILE || DEFAULT_PROFILE
  const names = Object.keys(config.profiles).sort()
  if (parsed.flags.json === true || !terminal.isTTY) {
    const profiles = Object.fromEntries(
      names.map((name) => {
        const profile = config.profiles[name]!
        return [name, { api_key: profile.api_key !== undefined, base_url: profile.base_url ?? null }]
      })
    )
    terminal.out(JSON.stringify({ file: configPath(io.env), active, profiles }, null, 2))
    return ExitCode.ok
  }
  if (names.length === 0) {
    terminal.err(`No profiles yet (${configPath(io.env)}). egoi config set api-key saves one.`)
    return ExitCode.ok
  }
  const rows = names.map((name) => {
    const profile = config.profiles[name]!
    return [
      `${name === active ? "* " : "  "}${name}`,
      profile.api_key !== undefined ? "set" : "",
      profile.base_url ?? ""
    ]
  })
  terminal.out(renderTable(["  profile", "api key", "base url"], rows, styleFor(terminal.color)))
  terminal.err(`* in use by default (EGOI_PROFILE or default) · ${configPath(io.env)}`)
  return ExitCode.ok
}

export const runConfig = async (parsed: Parsed, io: Io): Promise<number> => {
  const terminal = terminalOf(io, { noColor: parsed.flags["no-color"] === true })
  let config: ConfigFile
  try {
    const read = readConfig(io.env)
    if (read.warning) terminal.err(`Warning: ${read.warning}`)
    config = read.config
  } catch (error) {
    if (error instanceof ConfigFileError) return reportUsage(terminal, error.message, parsed.path)
    throw error
  }
  switch (parsed.path.at(-1)) {
    case "set":
      return set(parsed, io, terminal, config)
    case "get":
      return get(parsed, io, terminal, config)
    case "unset":
      return unset(parsed, io, terminal, config)
    default:
      return list(parsed, io, terminal, config)
  }
}
