/**
 * Which E-goi a command talks to, and with which key, from its flags, the environment and the
 * profiles. Each setting is taken from the first that has it:
 *
 * 1. its flag (`--api-key`, `--base-url`);
 * 2. the profile named by `--profile` (a flag too);
 * 3. its environment variable (`EGOI_API_KEY`, `EGOI_BASE_URL`);
 * 4. the profile named by `EGOI_PROFILE`, or the profile `default`.
 *
 * `--mock` (or `EGOI_MOCK=1`) talks to the embedded mock instead; `EGOI_MOCK=fallback` (what
 * `npm start` sets) does so only when no key and no base URL is set anywhere, and says so.
 *
 * @internal
 */
import { ConfigFileError, DEFAULT_PROFILE, type Profile, readConfig } from "./config.js"
import type { Io } from "./io.js"

export interface Settings {
  readonly apiKey: string | undefined
  /** Where the key came from, for messages (`--api-key`, `EGOI_API_KEY`, `profile work`); never the key. */
  readonly apiKeySource: string | undefined
  readonly baseUrl: string | undefined
  readonly profile: string
  readonly mock: boolean
  /** Said on stderr before the command runs. */
  readonly notices: ReadonlyArray<string>
}

/** The flags settings are read from. */
export interface SettingFlags {
  readonly "api-key"?: unknown
  readonly "base-url"?: unknown
  readonly profile?: unknown
  readonly mock?: unknown
}

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined)

/** The settings of a command, or why they cannot be had (a profile that does not exist, a broken file). */
export const resolveSettings = (
  flags: SettingFlags,
  env: Io["env"]
): { readonly settings: Settings } | { readonly problem: string } => {
  const named = text(flags.profile)
  const profileName = named ?? text(env.EGOI_PROFILE) ?? DEFAULT_PROFILE
  const notices: Array<string> = []
  let profile: Profile | undefined
  try {
    const { config, warning } = readConfig(env)
    if (warning) notices.push(`Warning: ${warning}`)
    profile = Object.hasOwn(config.profiles, profileName) ? config.profiles[profileName] : undefined
  } catch (error) {
    if (error instanceof ConfigFileError) return { problem: error.message }
    throw error
  }
  if (profile === undefined && profileName !== DEFAULT_PROFILE) {
    const by = named !== undefined ? "--profile" : "EGOI_PROFILE"
    return { problem: `no profile "${profileName}" (from ${by}): egoi config list shows the profiles` }
  }
  const fromProfile = `profile ${profileName}`
  const pick = (flag: unknown, variable: string | undefined, stored: string | undefined, variableName: string) => {
    const candidates: ReadonlyArray<readonly [string | undefined, string]> = [
      [text(flag), `--${variableName === "EGOI_API_KEY" ? "api-key" : "base-url"}`],
      [named !== undefined ? text(stored) : undefined, fromProfile],
      [text(variable), variableName],
      [text(stored), fromProfile]
    ]
    return candidates.find(([value]) => value !== undefined) ?? [undefined, undefined]
  }
  const [apiKey, apiKeySource] = pick(flags["api-key"], env.EGOI_API_KEY, profile?.api_key, "EGOI_API_KEY")
  const [baseUrl] = pick(flags["base-url"], env.EGOI_BASE_URL, profile?.base_url, "EGOI_BASE_URL")
  let mock = flags.mock === true || env.EGOI_MOCK === "1"
  if (!mock && env.EGOI_MOCK === "fallback" && apiKey === undefined && baseUrl === undefined) {
    mock = true
    notices.push(
      "No API key is set, so this talks to the embedded mock. For E-goi: EGOI_API_KEY, --api-key or a profile (egoi config set api-key)."
    )
  }
  return { settings: { apiKey, apiKeySource, baseUrl, profile: profileName, mock, notices } }
}
