#!/usr/bin/env node
// What a short-lived program pays to start: a one-call script (start Node, import the client, make
// one call to the fixed-body server, exit) timed as a whole process, beside the same script written
// with bare `fetch`. Each variant runs once per round, in turn, so the machine's drift reaches every
// variant alike; the median of each is reported with its ratio to bare `fetch`. A separate,
// untimed pass counts the files each variant loads.
//
//   fetch        await (await fetch(url, { headers })).json()
//   one group    import { Lists } from "@egoi-ts/sdk/lists"       (ES module)
//   whole SDK    import { Egoi } from "@egoi-ts/sdk"               (ES module)
//   require      require("@egoi-ts/sdk")                            (CommonJS)
//   egoisdk      E-goi's own generated SDK (superagent), for reference
//
// node tooling/bench/import.mjs [--rounds 30] [--json] [--before <checkout>]    (the SDK must be built)
//   --before adds the whole-SDK script against another checkout of this repository (built), as "before"
import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { numberOption, option } from "./measure.mjs"

const here = fileURLToPath(new URL(".", import.meta.url))
const rounds = numberOption("rounds", 30)
const before = option("before")

const server = spawn(process.execPath, [join(here, "fixed-server.mjs")], { stdio: ["pipe", "pipe", "inherit"] })
const url = await new Promise((resolve) =>
  server.stdout.once("data", (chunk) => resolve(String(chunk).trim().split("\n")[0]))
)

// Scripts live in a temporary folder but resolve packages from this benchmark's node_modules.
const from = (specifier) => JSON.stringify(pathToFileURL(join(here, "node_modules", specifier)).href)
const sdkEntry = (subpath) => {
  const manifest = JSON.parse(readFileSync(join(here, "node_modules/@egoi-ts/sdk/package.json"), "utf8"))
  const target = subpath === "." ? manifest.exports["."] : manifest.exports["./*"]
  return (kind) => join("@egoi-ts/sdk", target[kind].default.replace("*", subpath.slice(2)))
}
const options = `{ apiKey: "bench-key", baseUrl: process.env.BENCH_URL, rateLimit: false, maxRetries: 0 }`

const scripts = {
  fetch: [
    "mjs",
    `const response = await fetch(process.env.BENCH_URL + "/lists", { headers: { apikey: "bench-key", accept: "application/json" } })
if (!response.ok) throw new Error(String(response.status))
const page = await response.json()
if (page.items.length !== 1) throw new Error("unexpected answer")`
  ],
  "one group": [
    "mjs",
    `import { Lists } from ${from(sdkEntry("./lists")("import"))}
const lists = new Lists(${options})
const page = await lists.getAllLists()
if (page.items.length !== 1) throw new Error("unexpected answer")
await lists.close()`
  ],
  "whole SDK": [
    "mjs",
    `import { Egoi } from ${from(sdkEntry(".")("import"))}
const egoi = new Egoi(${options})
const page = await egoi.lists.getAllLists()
if (page.items.length !== 1) throw new Error("unexpected answer")
await egoi.close()`
  ],
  "whole SDK, require": [
    "cjs",
    `const { Egoi } = require(${JSON.stringify(join(here, "node_modules", sdkEntry(".")("require")))})
const egoi = new Egoi(${options})
egoi.lists.getAllLists().then(async (page) => {
  if (page.items.length !== 1) throw new Error("unexpected answer")
  await egoi.close()
})`
  ],
  ...(before && {
    "whole SDK, before": [
      "mjs",
      `import { Egoi } from ${JSON.stringify(pathToFileURL(join(before, "packages/sdk/dist/index.js")).href)}
const egoi = new Egoi(${options})
const page = await egoi.lists.getAllLists()
if (page.items.length !== 1) throw new Error("unexpected answer")
await egoi.close()`
    ]
  }),
  egoisdk: [
    "cjs",
    `const egoi = require(${JSON.stringify(join(here, "node_modules/egoisdk"))})
const client = new egoi.ApiClient()
client.basePath = process.env.BENCH_URL
client.authentications.Apikey.apiKey = "bench-key"
new egoi.ListsApi(client).getAllLists({}, (error, page) => {
  if (error) throw error
  if (page.items.length !== 1) throw new Error("unexpected answer")
})`
  ]
}

// Counts the files a script loads, ES modules and CommonJS alike, through a loader hook; untimed.
const counter = `import { appendFileSync } from "node:fs"
import { createRequire } from "node:module"
const require = createRequire(import.meta.url)
const Module = require("node:module")
const record = (file) => appendFileSync(process.env.BENCH_COUNT, file + "\\n")
const load = Module.prototype.load
Module.prototype.load = function (file) { record(file); return load.call(this, file) }`
const esmCounter = `import { appendFileSync } from "node:fs"
export async function load(url, context, next) {
  if (url.startsWith("file:")) appendFileSync(process.env.BENCH_COUNT, url + "\\n")
  return next(url, context)
}`
const registration = `import { register } from "node:module"
import { pathToFileURL } from "node:url"
register(pathToFileURL(process.env.BENCH_ESM_COUNTER))`

const folder = mkdtempSync(join(tmpdir(), "egoi-import-"))
const files = {}
for (const [name, [extension, source]] of Object.entries(scripts)) {
  files[name] = join(folder, `${Object.keys(files).length}.${extension}`)
  writeFileSync(files[name], source)
}
writeFileSync(join(folder, "counter.mjs"), counter)
writeFileSync(join(folder, "esm-counter.mjs"), esmCounter)
writeFileSync(join(folder, "register.mjs"), registration)

const run = (file) =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, [file], { env: { ...process.env, BENCH_URL: url }, stdio: "inherit" })
    child.on("exit", (code) => {
      if (code === 0) resolve(Number(process.hrtime.bigint() - started) / 1e6)
      else reject(new Error(`${file} exited ${code}`))
    })
  })

const loaded = (file) => {
  const count = join(folder, `count-${Math.random().toString(36).slice(2)}`)
  writeFileSync(count, "")
  const result = spawnSync(
    process.execPath,
    ["--import", join(folder, "counter.mjs"), "--import", join(folder, "register.mjs"), file],
    {
      env: { ...process.env, BENCH_URL: url, BENCH_COUNT: count, BENCH_ESM_COUNTER: join(folder, "esm-counter.mjs") },
      stdio: "inherit"
    }
  )
  if (result.status !== 0) throw new Error(`${file} exited ${result.status} while counting`)
  const seen = new Set(readFileSync(count, "utf8").split("\n").filter(Boolean))
  // The script itself and the counting hooks are not the client's.
  return [...seen].filter((entry) => !entry.includes(folder)).length
}

const times = Object.fromEntries(Object.keys(files).map((name) => [name, []]))
try {
  for (const file of Object.values(files)) await run(file) // warm the file cache
  for (let round = 0; round < rounds; round++) {
    for (const [name, file] of Object.entries(files)) times[name].push(await run(file))
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)]
  }
  const baseline = median(times.fetch)
  const results = Object.entries(files).map(([name, file]) => ({
    name,
    ms: median(times[name]),
    ratio: median(times[name]) / baseline,
    files: loaded(file)
  }))
  console.log(`one-call script, start to exit, median of ${rounds} rounds (Node ${process.versions.node})`)
  for (const { name, ms, ratio, files: count } of results) {
    console.log(
      `${name.padEnd(20)} ${`${ms.toFixed(0)} ms`.padStart(8)}  ${`${ratio.toFixed(2)}×`.padStart(6)} fetch  ${String(count).padStart(4)} files loaded`
    )
  }
  if (process.argv.includes("--json")) console.log(JSON.stringify(results))
} finally {
  server.stdin.end()
  rmSync(folder, { recursive: true, force: true })
}
