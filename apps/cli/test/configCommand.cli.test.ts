/**
 * `egoi config` through the command line (in-process): profiles saved, read, listed and removed in
 * a temporary config directory; the key never printed; and commands using what was saved.
 */
import { statSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { configPath, readConfig } from "../src/internal/config.js"
import { egoi, json } from "./utils/egoi.js"
import { tempDir } from "./utils/files.js"
import { demoServer } from "./utils/server.js"

const SECRET = "config-test-SECRET-5d1e"

describe("egoi config", () => {
  it("set api-key reads the key from stdin, saves it with mode 0600, and never prints it", async (context) => {
    const env = { XDG_CONFIG_HOME: (await tempDir(context)).dir }
    const set = await egoi(["config", "set", "api-key"], env, { stdin: `${SECRET}\n` })
    expect(set.code).toBe(0)
    expect(set.stderr).toContain("Saved api-key in profile default")
    expect(readConfig(env).config.profiles.default).toEqual({ api_key: SECRET })
    expect(statSync(configPath(env)).mode & 0o777).toBe(0o600)

    const get = await egoi(["config", "get", "api-key"], env)
    const list = await egoi(["config", "list"], env)
    const listed = await egoi(["config", "list"], env, { tty: true })
    for (const result of [set, get, list, listed]) expect(result.stdout + result.stderr).not.toContain(SECRET)
    expect(get.stdout.trim()).toBe("(set; never shown)")
    expect(json(list)).toEqual({
      file: configPath(env),
      active: "default",
      profiles: { default: { api_key: true, base_url: null } }
    })
    expect(listed.stdout).toMatch(/\* default +set/)
  })

  it("keeps profiles apart, checks a base URL, and removes a setting and an emptied profile", async (context) => {
    const env = { XDG_CONFIG_HOME: (await tempDir(context)).dir }
    expect((await egoi(["config", "set", "base-url", "http://127.0.0.1:4010", "--profile", "local"], env)).code).toBe(0)
    expect((await egoi(["config", "set", "base-url", "not a url", "--profile", "local"], env)).code).toBe(2)
    expect((await egoi(["config", "set", "api-key", "k2", "--profile", "work"], env)).stderr).toContain("shell history")
    expect((await egoi(["config", "get", "base-url", "--profile", "local"], env)).stdout).toBe(
      "http://127.0.0.1:4010\n"
    )
    expect((await egoi(["config", "get", "base-url", "--profile", "work"], env)).code).toBe(1)
    expect(Object.keys(readConfig(env).config.profiles).sort()).toEqual(["local", "work"])
    expect((await egoi(["config", "unset", "base-url", "--profile", "local"], env)).code).toBe(0)
    expect(Object.keys(readConfig(env).config.profiles)).toEqual(["work"])
  })

  it("a command uses the profile --profile or EGOI_PROFILE names, and --api-key wins over it", async (context) => {
    const server = await demoServer(context, { apiKeys: ["profile-key"] })
    const env = { XDG_CONFIG_HOME: (await tempDir(context)).dir }
    await egoi(["config", "set", "api-key", "--profile", "mock"], env, { stdin: "profile-key" })
    await egoi(["config", "set", "base-url", server.url, "--profile", "mock"], env)
    const byFlag = await egoi(["lists", "get-all-lists", "--profile", "mock"], env)
    const byVariable = await egoi(["lists", "get-all-lists"], { ...env, EGOI_PROFILE: "mock" })
    expect(json(byFlag).items.length).toBeGreaterThan(0)
    expect(json(byVariable).items.length).toBeGreaterThan(0)
    const overridden = await egoi(["lists", "get-all-lists", "--profile", "mock", "--api-key", "wrong"], env)
    expect(overridden.code).toBe(4)
    const missing = await egoi(["lists", "get-all-lists", "--profile", "nope"], env)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('no profile "nope"')
  })
})
