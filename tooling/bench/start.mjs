#!/usr/bin/env node
// CLI start-up: `egoi --version` (the bundle parsed, the commands derived, one line printed) against
// `node -e 0`, the floor any Node program pays, measured alternately in the same run.
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..")
const cli = join(root, "apps/cli/dist/egoi.js")
if (!existsSync(cli)) throw new Error(`${cli} is missing: build the CLI first (node build.mjs in apps/cli)`)

const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 15
const time = (args) => {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] })
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`)
  return Number(process.hrtime.bigint() - started) / 1e6
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// One untimed run of each, so the file cache is warm for both.
time(["-e", "0"])
time([cli, "--version"])
const floor = []
const egoi = []
for (let i = 0; i < rounds; i++) {
  floor.push(time(["-e", "0"]))
  egoi.push(time([cli, "--version"]))
}
const result = { rounds, nodeMs: median(floor), egoiMs: median(egoi), ratio: median(egoi) / median(floor) }
console.log(`node -e 0        ${result.nodeMs.toFixed(0)} ms (median of ${rounds})`)
console.log(`egoi --version   ${result.egoiMs.toFixed(0)} ms (median of ${rounds})`)
console.log(`egoi/node        ${result.ratio.toFixed(2)}`)
if (process.argv.includes("--json")) console.log(JSON.stringify(result))
