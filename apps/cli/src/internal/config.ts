/**
 * The configuration file: named profiles, each with an API key and a base URL, in the user's config
 * directory (`$XDG_CONFIG_HOME/egoi/config.json`, `~/.config/egoi/config.json` by default,
 * `%APPDATA%\egoi\config.json` on Windows). It holds a secret, so it is written with mode 0600 in a
 * directory of mode 0700, and a file others can read is reported.
 *
 * @internal
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs"
import { homedir } from "node:os"
import { dirname, join } from "node:path"
import type { Io } from "./io.js"

/** The settings of one profile, as the file stores them. */
export interface Profile {
  readonly api_key?: string | undefined
  readonly base_url?: string | undefined
}

export interface ConfigFile {
  readonly profiles: Readonly<Record<string, Profile>>
}

/** The settings a profile has, by the names `egoi config` takes. */
export const SETTINGS = { "api-key": "api_key", "base-url": "base_url" } as const satisfies Record<
  string,
  keyof Profile
>

export type Setting = keyof typeof SETTINGS

export const DEFAULT_PROFILE = "default"

/** Where the file is, from the environment. */
export const configPath = (env: Io["env"]): string => {
  if (process.platform === "win32" && env.APPDATA) return join(env.APPDATA, "egoi", "config.json")
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config")
  return join(base, "egoi", "config.json")
}

/** A file the CLI cannot use: not JSON, or not of the expected shape. */
export class ConfigFileError extends Error {}

/** The file's profiles (none when there is no file), and a warning when others may read it. */
export const readConfig = (env: Io["env"]): { readonly config: ConfigFile; readonly warning?: string | undefined } => {
  const path = configPath(env)
  if (!existsSync(path)) return { config: { profiles: {} } }
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"))
  } catch (error) {
    throw new ConfigFileError(
      `${path} is not valid JSON (${error instanceof Error ? error.message : error}); fix or remove it`
    )
  }
  const profiles = (parsed as { profiles?: unknown } | null)?.profiles
  if (typeof profiles !== "object" || profiles === null || Array.isArray(profiles)) {
    throw new ConfigFileError(`${path} has no "profiles" object; fix or remove it`)
  }
  const mode = process.platform === "win32" ? 0 : statSync(path).mode & 0o077
  return {
    config: { profiles: profiles as Record<string, Profile> },
    warning:
      mode !== 0
        ? `${path} can be read by other users of this machine, and it holds API keys: chmod 600 ${path}`
        : undefined
  }
}

/** Writes the file whole (to a temporary file first, then renamed), mode 0600 in a directory of mode 0700. */
export const writeConfig = (env: Io["env"], config: ConfigFile): string => {
  const path = configPath(env)
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 })
  // The mode given to writeFileSync is masked by the umask; the file must not be readable by others whatever it is.
  if (process.platform !== "win32") chmodSync(temporary, 0o600)
  renameSync(temporary, path)
  return path
}

/** A profile name: letters, digits, `-`, `_`, `.`. */
export const isProfileName = (name: string) => /^[\w.-]+$/.test(name)
