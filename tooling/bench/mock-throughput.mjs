#!/usr/bin/env node
// Requests per second the mock serves on a socket, against what a team would otherwise run, in one run:
//
//   mock         this checkout's test-kit (MockServer)
//   mock before  another built checkout's test-kit (--before <checkout>)
//   prism        Prism serving the OpenAPI document of the same definition (--prism <prism binary>)
//   bare         node:http answering a fixed body: the floor no server in JavaScript goes under
//
// Each target runs in a process of its own; autocannon (10 connections, keep-alive) drives each route
// for --duration seconds, the targets taking turns for --rounds rounds so the machine's drift reaches
// them alike; the median round of each is reported, with its ratio to Prism and to the mock before.
//
// node tooling/bench/mock-throughput.mjs [--duration 5] [--rounds 3] [--connections 10]
//   [--before <checkout>] [--prism <path to prism>] [--json]
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { EgoiApi } from "@egoi-ts/core"
import autocannon from "autocannon"
import { median, numberOption, option } from "./measure.mjs"

const here = fileURLToPath(new URL(".", import.meta.url))
const duration = numberOption("duration", 5)
const rounds = numberOption("rounds", 3)
const connections = numberOption("connections", 10)
const before = option("before")
const prism = option("prism")

const ROUTES = [
  { name: "getAllLists", path: "/lists" },
  { name: "getContact", path: "/lists/1/contacts/00000000a1" }
]

const started = []
const spawnTarget = (command, args, ready) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] })
    started.push(child)
    let output = ""
    const onData = (chunk) => {
      output += String(chunk)
      const url = ready(output)
      if (url) resolve(url)
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.once("exit", (code) => reject(new Error(`${command} exited (${code}): ${output.slice(-500)}`)))
  })

const firstLine = (output) => (output.includes("\n") ? output.split("\n")[0].trim() : undefined)
const targets = [
  {
    name: "mock",
    url: await spawnTarget(process.execPath, [join(here, "mock-target.mjs"), "mock", "@egoi-ts/test-kit"], firstLine)
  }
]
if (before) {
  const entry = join(before, "packages/test-kit/dist/index.js")
  targets.push({
    name: "mock before",
    url: await spawnTarget(process.execPath, [join(here, "mock-target.mjs"), "mock", entry], firstLine)
  })
}
let scratch
if (prism) {
  scratch = mkdtempSync(join(tmpdir(), "egoi-bench-prism-"))
  const document = join(scratch, "openapi.json")
  writeFileSync(document, JSON.stringify(EgoiApi.openApi()))
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  targets.push({
    name: "prism",
    url: await spawnTarget(prism, ["mock", document, "-h", "127.0.0.1", "-p", String(port)], (output) =>
      /listening|Prism is listening/i.test(output) ? `http://127.0.0.1:${port}` : undefined
    )
  })
}
targets.push({
  name: "bare",
  url: await spawnTarget(process.execPath, [join(here, "mock-target.mjs"), "bare"], firstLine)
})

const measure = (url, path) =>
  new Promise((resolve, reject) => {
    autocannon(
      { url: `${url}${path}`, connections, duration, headers: { apikey: "bench-key", accept: "application/json" } },
      (error, result) => (error ? reject(error) : resolve(result))
    )
  })

const results = {}
for (const route of ROUTES) {
  for (const target of targets) results[`${route.name} ${target.name}`] = { rps: [], non2xx: 0 }
  // One untimed second each, so every target has warmed up before its first round.
  for (const target of targets)
    await new Promise((resolve) =>
      autocannon(
        { url: `${target.url}${route.path}`, connections, duration: 1, headers: { apikey: "bench-key" } },
        resolve
      )
    )
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) {
      const result = await measure(target.url, route.path)
      const entry = results[`${route.name} ${target.name}`]
      entry.rps.push(result.requests.average)
      entry.non2xx += result.non2xx + result.errors + result.timeouts
    }
  }
}

const rows = []
for (const route of ROUTES) {
  const of = (name) => results[`${route.name} ${name}`] && median(results[`${route.name} ${name}`].rps)
  for (const target of targets) {
    const rps = of(target.name)
    const entry = results[`${route.name} ${target.name}`]
    rows.push({
      route: route.name,
      target: target.name,
      rps: Math.round(rps),
      rounds: entry.rps.map(Math.round),
      failed: entry.non2xx,
      vsPrism: prism ? +(rps / of("prism")).toFixed(2) : undefined,
      vsBefore: before ? +(rps / of("mock before")).toFixed(2) : undefined,
      vsBare: +(rps / of("bare")).toFixed(2)
    })
  }
}
for (const row of rows) {
  console.log(
    `${row.route.padEnd(12)} ${row.target.padEnd(12)} ${String(row.rps).padStart(7)} req/s  rounds ${row.rounds.join(", ")}` +
      `${row.failed ? `  (${row.failed} non-2xx or failed)` : ""}` +
      `${row.vsPrism === undefined ? "" : `  ×prism ${row.vsPrism}`}` +
      `${row.vsBefore === undefined ? "" : `  ×before ${row.vsBefore}`}  ×bare ${row.vsBare}`
  )
}
if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2))
for (const child of started) child.kill()
if (scratch) rmSync(scratch, { recursive: true, force: true })
process.exit(0)
