#!/usr/bin/env node
// What the client costs on top of the network: the same calls, in the same run, against a server that
// answers fixed bodies (fixed-server.mjs, in a process of its own), made with
//
//   raw      fetch + JSON.parse, the floor
//   sdk      @egoi-ts/sdk (its own checks, encoding, decoding, retries policy, rate-limit tracking)
//   core     @egoi-ts/core from Effect (the same, without the Promise layer)
//   egoisdk  E-goi's own generated SDK (superagent), for reference
//
// Each scenario runs its variants in blocks, one block of each in turn, for several rounds, so the
// machine's drift reaches every variant alike; it reports the median block of each and its ratio to
// raw. The SDK and core run with the client-side rate limiter off (it would measure the limit, not the
// cost) and no retries. For the paginated read it also reports the heap each variant retains once
// done and collected (with --expose-gc): reading page after page must not accumulate.
//
// node --expose-gc tooling/bench/client.mjs [--rounds 40] [--calls 25] [--pages 4] [--read 100000] [--json]
//   [--before <checkout>]   also measures the SDK of another checkout of this repository (built), as "sdk before"
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { EgoiClient } from "@egoi-ts/core"
import { Egoi } from "@egoi-ts/sdk"
import * as ManagedRuntime from "effect/ManagedRuntime"
import { median, numberOption, option } from "./measure.mjs"

const here = fileURLToPath(new URL(".", import.meta.url))
const require = createRequire(import.meta.url)
const egoiSdk = require("egoisdk")

const rounds = numberOption("rounds", 40)
const calls = numberOption("calls", 25)
const pages = numberOption("pages", 4)
const read = numberOption("read", 100_000)

const server = spawn(process.execPath, [join(here, "fixed-server.mjs")], { stdio: ["pipe", "pipe", "inherit"] })
const url = await new Promise((resolve) =>
  server.stdout.once("data", (chunk) => resolve(String(chunk).trim().split("\n")[0]))
)
const API_KEY = "bench-key"
const headers = { apikey: API_KEY, accept: "application/json" }

const egoi = new Egoi({ apiKey: API_KEY, baseUrl: url, rateLimit: false, maxRetries: 0 })
const beforeCheckout = option("before")
const before =
  beforeCheckout !== undefined
    ? new (await import(join(beforeCheckout, "packages/sdk/dist/index.js"))).Egoi({
        apiKey: API_KEY,
        baseUrl: url,
        rateLimit: false,
        maxRetries: 0
      })
    : undefined
const runtime = ManagedRuntime.make(
  EgoiClient.layerWith({ apiKey: API_KEY, baseUrl: url, rateLimit: false, maxRetries: 0 })
)
const core = await runtime.runPromise(EgoiClient.EgoiClient)
const generated = new egoiSdk.ApiClient()
generated.basePath = url
generated.authentications.Apikey.apiKey = API_KEY
const generatedLists = new egoiSdk.ListsApi(generated)
const generatedContacts = new egoiSdk.ContactsApi(generated)
const callback = (call) =>
  new Promise((resolve, reject) => call((error, data) => (error ? reject(error) : resolve(data))))

const raw = async (path) => {
  const response = await fetch(`${url}${path}`, { headers })
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return JSON.parse(await response.text())
}

const scenarios = [
  {
    name: `small call (getAllLists), blocks of ${calls}`,
    variants: {
      raw: async () => {
        for (let i = 0; i < calls; i++) await raw("/lists")
      },
      sdk: async () => {
        for (let i = 0; i < calls; i++) await egoi.lists.getAllLists()
      },
      ...(before && {
        "sdk before": async () => {
          for (let i = 0; i < calls; i++) await before.lists.getAllLists()
        }
      }),
      core: async () => {
        for (let i = 0; i < calls; i++) await runtime.runPromise(core.lists.getAllLists())
      },
      egoisdk: async () => {
        for (let i = 0; i < calls; i++) await callback((done) => generatedLists.getAllLists({}, done))
      }
    }
  },
  {
    name: `page of 1,000 contacts, blocks of ${pages}`,
    variants: {
      raw: async () => {
        for (let i = 0; i < pages; i++) await raw("/lists/1/contacts?offset=0&limit=1000")
      },
      sdk: async () => {
        for (let i = 0; i < pages; i++) await egoi.contacts.getAllContacts({ list_id: 1, offset: 0, limit: 1000 })
      },
      ...(before && {
        "sdk before": async () => {
          for (let i = 0; i < pages; i++) await before.contacts.getAllContacts({ list_id: 1, offset: 0, limit: 1000 })
        }
      }),
      core: async () => {
        for (let i = 0; i < pages; i++) {
          await runtime.runPromise(core.contacts.getAllContacts({ list_id: 1, offset: 0, limit: 1000 }))
        }
      },
      egoisdk: async () => {
        for (let i = 0; i < pages; i++) {
          await callback((done) => generatedContacts.getAllContacts(1, { offset: 0, limit: 1000 }, done))
        }
      }
    }
  },
  {
    name: `paginated read of ${read.toLocaleString("en")} contacts`,
    rounds: 5,
    variants: {
      raw: async () => {
        let seen = 0
        for (let offset = 0; offset < read; offset += 1000) {
          const page = await raw(`/lists/1/contacts?offset=${offset}&limit=1000`)
          seen += page.items.length
        }
        return seen
      },
      "sdk pages": async () => {
        let seen = 0
        for (let offset = 0; offset < read; offset += 1000) {
          const page = await egoi.contacts.getAllContacts({ list_id: 1, offset, limit: 1000 })
          seen += page.items.length
        }
        return seen
      },
      "sdk for await": async () => {
        let seen = 0
        for await (const _ of egoi.contacts.getAllContacts({ list_id: 1 })) {
          if (++seen >= read) break
        }
        return seen
      },
      ...(before && {
        "before for await": async () => {
          let seen = 0
          for await (const _ of before.contacts.getAllContacts({ list_id: 1 })) {
            if (++seen >= read) break
          }
          return seen
        }
      })
    }
  }
]

const results = []
for (const scenario of scenarios) {
  const names = Object.keys(scenario.variants)
  const times = Object.fromEntries(names.map((name) => [name, []]))
  const retained = Object.fromEntries(names.map((name) => [name, []]))
  // One untimed block warms every variant up (JIT, connections).
  for (const run of Object.values(scenario.variants)) await run()
  for (let round = 0; round < (scenario.rounds ?? rounds); round++) {
    for (const [name, run] of Object.entries(scenario.variants)) {
      globalThis.gc?.()
      const before = process.memoryUsage().heapUsed
      const started = performance.now()
      await run()
      times[name].push(performance.now() - started)
      globalThis.gc?.()
      retained[name].push(process.memoryUsage().heapUsed - before)
    }
  }
  const floor = median(times.raw)
  console.log(`\n${scenario.name} (median of ${scenario.rounds ?? rounds} blocks)`)
  const rows = {}
  for (const name of names) {
    const ms = median(times[name])
    rows[name] = { ms, ratio: ms / floor, retainedMB: median(retained[name]) / 1e6 }
    console.log(
      `  ${name.padEnd(14)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / floor).toFixed(2)}× raw${scenario.rounds ? `  retained ${(median(retained[name]) / 1e6).toFixed(1)} MB` : ""}`
    )
  }
  results.push({ scenario: scenario.name, rows })
}

await egoi.close()
await before?.close()
await runtime.dispose()
server.stdin.end()
if (process.argv.includes("--json")) console.log(JSON.stringify(results))
