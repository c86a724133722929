#!/usr/bin/env node
// A long run of mixed traffic against the mock on a socket, one request in ten malformed, watching the
// server's resident memory: it must stay flat, however long the run (the request log is bounded, an
// oversized body is never held). Not a test: it takes as long as it is told (an hour by default).
//
// Traffic, from --connections loops: reads (getAllLists, getContact, getAllContacts), a contact
// update (PATCH, its body in the log), and one request in ten among: a body declared at 50 MB and
// never sent, invalid JSON, JSON nested 100,000 deep, a form-encoded body, broken percent-encoding,
// an unknown route, a wrong method, 20 KB of headers, an unknown Prefer value.
//
// node tooling/bench/mock-soak.mjs [--duration 3600] [--connections 10] [--sample 10] [--entry <test-kit dist index.js>] [--json]
import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import * as Http from "node:http"
import * as Net from "node:net"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { numberOption, option } from "./measure.mjs"

const duration = numberOption("duration", 3600) * 1000
const connections = numberOption("connections", 10)
const sampleEvery = numberOption("sample", 10) * 1000
const entry = option("entry", "@egoi-ts/test-kit")
const here = fileURLToPath(new URL(".", import.meta.url))

const child = spawn(process.execPath, [join(here, "mock-target.mjs"), "mock", entry], {
  stdio: ["pipe", "pipe", "inherit"]
})
const url = new URL(
  await new Promise((resolve) => child.stdout.once("data", (chunk) => resolve(String(chunk).split("\n")[0].trim())))
)
let died
child.once("exit", (code, signal) => {
  died = `exited (${code ?? signal})`
})
const rssMB = () => {
  try {
    const line = readFileSync(`/proc/${child.pid}/status`, "utf8")
      .split("\n")
      .find((text) => text.startsWith("VmRSS:"))
    return Number(line.split(/\s+/)[1]) / 1024
  } catch {
    return Number.NaN
  }
}

const agent = new Http.Agent({ keepAlive: true, maxSockets: connections })
const request = (method, path, { headers = {}, body } = {}) =>
  new Promise((resolve) => {
    const outgoing = Http.request(
      { host: url.hostname, port: url.port, method, path, agent, headers: { apikey: "soak-key", ...headers } },
      (incoming) => {
        incoming.resume()
        incoming.on("end", () => resolve(incoming.statusCode))
      }
    )
    outgoing.on("error", () => resolve("error"))
    outgoing.end(body)
  })

/** Headers that declare a body far past the limit, and not a byte of it: answered, then the socket is let go. */
const declaredHuge = () =>
  new Promise((resolve) => {
    const socket = Net.connect(Number(url.port), url.hostname, () =>
      socket.write(
        `POST /lists HTTP/1.1\r\nHost: x\r\nApikey: soak-key\r\ncontent-type: application/json\r\nContent-Length: 50000000\r\n\r\n`
      )
    )
    socket.once("data", (data) => {
      socket.destroy()
      resolve(Number(String(data).split(" ")[1]))
    })
    socket.on("error", () => resolve("error"))
  })

const JSON_HEADERS = { "content-type": "application/json" }
const MALFORMED = [
  declaredHuge,
  () => request("POST", "/lists", { headers: JSON_HEADERS, body: "{not json" }),
  () => request("POST", "/lists", { headers: JSON_HEADERS, body: "[".repeat(100_000) + "]".repeat(100_000) }),
  () =>
    request("POST", "/lists", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "internal_name=x"
    }),
  () => request("GET", "/lists/%E0%A4%A"),
  () => request("GET", "/no/such/route"),
  () => request("DELETE", "/lists"),
  () => request("GET", "/lists", { headers: { "x-padding": "p".repeat(20_000) } }),
  () => request("GET", "/lists", { headers: { prefer: "code=999" } })
]
let counter = 0
const WELL_FORMED = [
  () => request("GET", "/lists"),
  () => request("GET", "/lists/1/contacts/00000000a1"),
  () => request("GET", "/lists/1/contacts?limit=10"),
  () =>
    request("PATCH", "/lists/1/contacts/00000000a1", {
      headers: JSON_HEADERS,
      body: JSON.stringify({ base: { first_name: `Name ${counter++ % 1000}`, last_name: "x".repeat(2_000) } })
    })
]

const statuses = new Map()
let sent = 0
const end = Date.now() + duration
const loop = async () => {
  while (Date.now() < end && !died) {
    const pool = sent % 10 === 9 ? MALFORMED : WELL_FORMED
    const status = await pool[Math.floor(sent / 10) % pool.length]()
    sent++
    statuses.set(status, (statuses.get(status) ?? 0) + 1)
  }
}

const samples = []
const started = Date.now()
const sample = () =>
  samples.push({ seconds: Math.round((Date.now() - started) / 1000), rssMB: +rssMB().toFixed(1), sent })
sample()
const timer = setInterval(() => {
  sample()
  const last = samples.at(-1)
  process.stderr.write(`${last.seconds}s  ${last.sent} requests  RSS ${last.rssMB} MB\n`)
}, sampleEvery)
await Promise.all(Array.from({ length: connections }, loop))
clearInterval(timer)
sample()

// The first samples include the start (modules loading, the first requests): the trend is read after a fifth of the run.
const settled = samples.filter((entry) => entry.seconds >= samples.at(-1).seconds / 5)
const first = settled[0] ?? samples[0]
const last = samples.at(-1)
console.log(
  `${entry === "@egoi-ts/test-kit" ? "mock" : entry}: ${last.sent} requests in ${last.seconds} s (${Math.round(last.sent / last.seconds)}/s), ` +
    `one in ten malformed${died ? `; the server ${died}` : ""}`
)
console.log(
  `RSS ${first.rssMB} MB at ${first.seconds} s, ${last.rssMB} MB at the end, at most ${Math.max(...samples.map((s) => s.rssMB || 0))} MB`
)
console.log(`statuses: ${[...statuses].map(([status, count]) => `${status} ×${count}`).join(", ")}`)
if (process.argv.includes("--json"))
  console.log(JSON.stringify({ samples, statuses: Object.fromEntries(statuses) }, null, 2))
child.kill()
agent.destroy()
process.exit(0)
