#!/usr/bin/env node
// CLI start-up against `node -e 0`, the floor any Node program pays, measured alternately in one run:
//
//   egoi --version                 the version, one line
//   egoi --help                    the groups, one line each
//   egoi lists --help              one group's operations
//   egoi lists get-all-lists       one operation against a local server that answers a fixed page
//                                  (fixed-server.mjs), its answer printed as JSON
//   ..., first run                 the same operation with an empty compile cache, as after an install
//                                  or an upgrade (the cache folder is new for each run)
//
// The builds keep their compile cache in a temporary folder of this run (XDG_CACHE_HOME), warmed by
// an untimed run of each command first: the figures are those of a start after the first.
//
// node tooling/bench/start.mjs [--rounds 15] [--json]
//   [--before <checkout or egoi.js>]   also times another build of the CLI, as "before", in the same rounds
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { median, numberOption, option } from "./measure.mjs"

const here = fileURLToPath(new URL(".", import.meta.url))
const root = join(here, "..", "..")

/** The bundle of a checkout (its apps/cli/dist/egoi.js), or the file itself. */
const bundleOf = (path) => {
  const file = statSync(path).isDirectory() ? join(path, "apps/cli/dist/egoi.js") : path
  if (!existsSync(file)) throw new Error(`${file} is missing: build the CLI first (node build.mjs in apps/cli)`)
  return file
}
const rounds = numberOption("rounds", 15)
const builds = { egoi: bundleOf(root) }
if (option("before")) builds.before = bundleOf(option("before"))

const server = spawn(process.execPath, [join(here, "fixed-server.mjs")], { stdio: ["pipe", "pipe", "inherit"] })
const url = await new Promise((resolve) =>
  server.stdout.once("data", (chunk) => resolve(String(chunk).trim().split("\n")[0]))
)
const cacheHome = mkdtempSync(join(tmpdir(), "egoi-start-cache-"))
const env = { ...process.env, EGOI_API_KEY: "bench-key", NO_COLOR: "1", XDG_CACHE_HOME: cacheHome }
for (const name of Object.keys(env)) if (name.startsWith("EGOI_") && name !== "EGOI_API_KEY") delete env[name]

const commands = {
  "--version": ["--version"],
  "--help": ["--help"],
  "lists --help": ["lists", "--help"],
  "lists get-all-lists": ["lists", "get-all-lists", "--base-url", url]
}

// spawnSync would block the fixed server's event loop; each run is awaited instead.
const time = (args, extraEnv = {}) =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, args, { env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] })
    let stderr = ""
    child.stdout.resume()
    child.stderr.on("data", (chunk) => {
      stderr += chunk
    })
    child.on("error", reject)
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`node ${args.join(" ")} exited ${code}: ${stderr}`))
      else resolve(Number(process.hrtime.bigint() - started) / 1e6)
    })
  })

/** A compile cache folder of its own for each first run, so it finds none. */
let firstRuns = 0
const emptyCache = () => ({ XDG_CACHE_HOME: join(cacheHome, `first-${firstRuns++}`) })

const samples = { "node -e 0": [] }
const runs = [["node -e 0", ["-e", "0"]]]
for (const [build, file] of Object.entries(builds)) {
  for (const [name, args] of Object.entries(commands)) {
    const label = `${build} ${name}`
    samples[label] = []
    runs.push([label, [file, ...args]])
  }
  const label = `${build} lists get-all-lists, first run`
  samples[label] = []
  runs.push([label, [file, ...commands["lists get-all-lists"]], emptyCache])
}

// One untimed run of each, so the file cache is warm for all, and the compile cache too.
for (const [, args, extraEnv] of runs) await time(args, extraEnv?.())
for (let round = 0; round < rounds; round++) {
  for (const [label, args, extraEnv] of runs) samples[label].push(await time(args, extraEnv?.()))
}
server.stdin.end()
rmSync(cacheHome, { recursive: true, force: true })

const floor = median(samples["node -e 0"])
const result = { rounds, node: process.version, load: spawnSync("cat", ["/proc/loadavg"]).stdout?.toString().trim() }
result.medians = Object.fromEntries(Object.entries(samples).map(([label, values]) => [label, median(values)]))
result.ratios = Object.fromEntries(Object.entries(result.medians).map(([label, ms]) => [label, ms / floor]))
const width = Math.max(...Object.keys(samples).map((label) => label.length))
for (const [label, ms] of Object.entries(result.medians)) {
  console.log(`${label.padEnd(width)}  ${ms.toFixed(0).padStart(5)} ms  ${result.ratios[label].toFixed(2)}×`)
}
console.log(`(medians of ${rounds} rounds, alternating; ratios to node -e 0)`)
if (process.argv.includes("--json")) console.log(JSON.stringify(result))
