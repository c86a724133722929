import { mkdirSync, statSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { describe, expect, it } from "vitest"
import { configPath, readConfig, writeConfig } from "../src/internal/config.js"
import { resolveSettings, type SettingFlags } from "../src/internal/settings.js"
import { tempDir } from "./utils/files.js"

/** An environment whose config directory is a fresh temporary one, with these profiles saved. */
const withProfiles = async (
  context: Parameters<typeof tempDir>[0],
  profiles: Record<string, { api_key?: string; base_url?: string }>
) => {
  const { dir } = await tempDir(context)
  const env = { XDG_CONFIG_HOME: dir }
  if (Object.keys(profiles).length > 0) writeConfig(env, { profiles })
  return env
}

const resolve = (flags: SettingFlags, env: Record<string, string>) => {
  const result = resolveSettings(flags, env)
  if ("problem" in result) throw new Error(result.problem)
  return result.settings
}

describe("resolveSettings", () => {
  const PROFILES = {
    default: { api_key: "default-key", base_url: "http://127.0.0.1:1/default" },
    work: { api_key: "work-key", base_url: "http://127.0.0.1:1/work" }
  }

  it("takes each setting from its flag, then --profile, then its variable, then EGOI_PROFILE or default", async (context) => {
    const files = await withProfiles(context, PROFILES)
    const env = { ...files, EGOI_API_KEY: "env-key", EGOI_BASE_URL: "http://127.0.0.1:1/env" }
    // flag > everything
    expect(resolve({ "api-key": "flag-key", profile: "work" }, env)).toMatchObject({
      apiKey: "flag-key",
      apiKeySource: "--api-key"
    })
    // --profile > variable
    expect(resolve({ profile: "work" }, env)).toMatchObject({
      apiKey: "work-key",
      baseUrl: "http://127.0.0.1:1/work",
      apiKeySource: "profile work"
    })
    // variable > the profile EGOI_PROFILE names
    expect(resolve({}, { ...env, EGOI_PROFILE: "work" })).toMatchObject({
      apiKey: "env-key",
      baseUrl: "http://127.0.0.1:1/env"
    })
    // EGOI_PROFILE's profile, then default's, when no variable is set
    expect(resolve({}, { ...files, EGOI_PROFILE: "work" })).toMatchObject({ apiKey: "work-key", profile: "work" })
    expect(resolve({}, files)).toMatchObject({ apiKey: "default-key", profile: "default" })
    // A setting the chosen profile lacks comes from the next source.
    const partial = await withProfiles(context, { local: { base_url: "http://127.0.0.1:1/local" } })
    expect(resolve({ profile: "local" }, { ...partial, EGOI_API_KEY: "env-key" })).toMatchObject({
      apiKey: "env-key",
      baseUrl: "http://127.0.0.1:1/local"
    })
  })

  it("refuses a profile that does not exist, named by --profile or EGOI_PROFILE; no profile at all is fine", async (context) => {
    const env = await withProfiles(context, PROFILES)
    expect(resolveSettings({ profile: "nope" }, env)).toEqual({
      problem: 'no profile "nope" (from --profile): egoi config list shows the profiles'
    })
    expect(resolveSettings({}, { ...env, EGOI_PROFILE: "nope" })).toMatchObject({
      problem: expect.stringContaining("EGOI_PROFILE")
    })
    expect(resolve({}, await withProfiles(context, {}))).toMatchObject({ apiKey: undefined, mock: false })
  })

  it("uses the embedded mock with --mock or EGOI_MOCK=1, and with EGOI_MOCK=fallback only when nothing is set, saying so", async (context) => {
    const none = await withProfiles(context, {})
    expect(resolve({ mock: true }, none).mock).toBe(true)
    expect(resolve({}, { ...none, EGOI_MOCK: "1" }).mock).toBe(true)
    const fallback = resolve({}, { ...none, EGOI_MOCK: "fallback" })
    expect(fallback.mock).toBe(true)
    expect(fallback.notices.join()).toContain("embedded mock")
    expect(resolve({ "api-key": "k" }, { ...none, EGOI_MOCK: "fallback" }).mock).toBe(false)
    expect(resolve({ "base-url": "http://127.0.0.1:4010" }, { ...none, EGOI_MOCK: "fallback" }).mock).toBe(false)
    const profiled = await withProfiles(context, PROFILES)
    expect(resolve({}, { ...profiled, EGOI_MOCK: "fallback" }).mock).toBe(false)
  })
})

describe("the configuration file", () => {
  it("is written with mode 0600 under XDG_CONFIG_HOME/egoi, and one others can read is reported", async (context) => {
    const env = await withProfiles(context, { default: { api_key: "k" } })
    const path = configPath(env)
    expect(path).toBe(`${env.XDG_CONFIG_HOME}/egoi/config.json`)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700)
    expect(readConfig(env)).toEqual({ config: { profiles: { default: { api_key: "k" } } }, warning: undefined })
    const loose = await withProfiles(context, {})
    mkdirSync(dirname(configPath(loose)), { recursive: true })
    writeFileSync(configPath(loose), '{"profiles":{}}', { mode: 0o644 })
    expect(readConfig(loose).warning).toContain("chmod 600")
  })

  it("that is not JSON is a usage error naming the file", async (context) => {
    const env = await withProfiles(context, {})
    mkdirSync(dirname(configPath(env)), { recursive: true })
    writeFileSync(configPath(env), "{", { mode: 0o600 })
    expect(resolveSettings({}, env)).toMatchObject({
      problem: expect.stringContaining(`${configPath(env)} is not valid JSON`)
    })
  })
})
