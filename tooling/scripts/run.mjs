#!/usr/bin/env node
// The two root commands, on a machine that has only Node and npm:
//   npm start [-- <egoi args>]  installs, builds the CLI and runs it: the tour alone, or any egoi command, which
//                               talks to E-goi as configured (--api-key, --base-url, a profile, EGOI_API_KEY) and
//                               to the embedded mock, saying so, when nothing is configured
//   npm test                     installs, then lints, builds, type-checks, checks packaging and runs every test
// pnpm comes through npx at the exact version package.json pins, so corepack is not needed.
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" }

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env, ...options })
  if (result.error) throw result.error
  return result.status ?? 1
}

const pnpm = (args, options) => run("npx", ["--yes", packageManager, ...args], options)

const must = (status, what) => {
  if (status !== 0) {
    console.error(`\n${what} failed (exit ${status})`)
    process.exit(status)
  }
}

const install = (quiet) =>
  must(
    pnpm(
      ["install", "--frozen-lockfile", ...(quiet ? ["--reporter=silent"] : [])],
      quiet ? { stdio: ["ignore", "ignore", "inherit"] } : {}
    ),
    "pnpm install"
  )

/** Sums the vitest JSON reports of every package into one closing line. */
const summarize = () => {
  let passed = 0
  let failed = 0
  let skipped = 0
  for (const folder of ["packages", "apps", "tooling"]) {
    const base = join(root, folder)
    if (!existsSync(base)) continue
    for (const name of readdirSync(base)) {
      const report = join(base, name, "test-results.json")
      if (!existsSync(report)) continue
      const results = JSON.parse(readFileSync(report, "utf8"))
      passed += results.numPassedTests ?? 0
      failed += results.numFailedTests ?? 0
      skipped += (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0)
    }
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  return failed
}

const [command, ...rest] = process.argv.slice(2)

if (command === "test") {
  install(false)
  const colors = process.stdout.isTTY ? [] : ["--colors=off"]
  must(pnpm(["exec", "biome", "ci", ".", ...colors]), "biome (format and lint)")
  // Two tasks at a time on a two-core machine: the end-to-end suites spawn processes of their own.
  const status = pnpm([
    "exec",
    "turbo",
    "run",
    "build",
    "typecheck",
    "lint:package",
    "test",
    "--output-logs=new-only",
    "--concurrency=2"
  ])
  const derived = status === 0 ? run(process.execPath, [join(root, "tooling/scripts/generate.mjs"), "--check"]) : 0
  const failed = summarize()
  process.exit(status !== 0 ? status : failed > 0 || derived !== 0 ? 1 : 0)
} else if (command === "start") {
  // A fresh clone installs and builds first, which takes a while: say so, on stderr, so output stays clean.
  if (!existsSync(join(root, "node_modules", ".pnpm"))) {
    console.error("Installing the workspace (first run, about a minute)...")
  }
  install(true)
  const cli = join(root, "apps/cli/dist/egoi.js")
  if (!existsSync(cli)) console.error("Building the CLI (first run)...")
  must(
    pnpm(
      ["exec", "turbo", "run", "build", "--filter=@egoi-ts/cli...", "--output-logs=errors-only", "--log-prefix=none"],
      {
        stdio: ["ignore", "ignore", "inherit"]
      }
    ),
    "build"
  )
  const args = rest.length > 0 ? rest : ["tour"]
  // The embedded mock only when no key or base URL is configured anywhere; the CLI says when it uses it.
  const cliEnv = { ...env, EGOI_MOCK: env.EGOI_MOCK || "fallback" }
  process.exit(run(process.execPath, [cli, ...args], { env: cliEnv }))
} else {
  console.error("usage: run.mjs test | start [egoi args...]")
  process.exit(2)
}
