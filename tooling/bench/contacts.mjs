#!/usr/bin/env node
// The contacts benchmark: the bundled CLI imports a generated CSV into the mock server and exports it
// back, each measured for wall time and peak memory; then the SDK's paginated reads are compared with
// a raw `fetch` loop on the same server, in the same run.
//
//   node tooling/bench/contacts.mjs [--contacts 1000000] [--read 100000] [--json] [--keep]
//
// The CLI must be built (`cd apps/cli && node build.mjs`) and the packages compiled; see README.md.
import { createReadStream } from "node:fs"
import { mkdtemp, rm, stat } from "node:fs/promises"
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { createInterface } from "node:readline"
import { parseArgs } from "node:util"
import { Egoi } from "@egoi-ts/sdk"
import { log, mb, median, memoryOf, requireCli, runCli, seconds, startServer, writeCsv } from "./measure.mjs"

const KEY = "bench-key"
const PLANS = ["free", "pro", "business", "enterprise"]
const ROUNDS = 3

const { values: flags } = parseArgs({
  options: {
    contacts: { type: "string", default: "1000000" },
    read: { type: "string", default: "100000" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false }
  }
})
const CONTACTS = Number(flags.contacts)
const READ = Number(flags.read)
if (!Number.isInteger(CONTACTS) || CONTACTS < 2 || !Number.isInteger(READ) || READ < 1) {
  console.error("--contacts must be an integer of at least 2 and --read at least 1")
  process.exit(2)
}
requireCli()

/** The lines of a file, less its header. */
const countRows = async (path) => {
  let lines = 0
  for await (const _ of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) lines++
  return lines - 1
}

const main = async () => {
  const dir = await mkdtemp(join(tmpdir(), "egoi-bench-"))
  const results = { machine: {}, contacts: CONTACTS, read: READ, phases: {} }
  const server = await startServer()
  const api = async (method, path, body) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { Apikey: KEY, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
    return text === "" ? undefined : JSON.parse(text)
  }
  /** Waits until the mock's operations queue is empty. */
  const drained = async () => {
    for (;;) {
      const { total_items } = await api("GET", "/operations?limit=1")
      if (total_items === 0) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const listSize = async (listId) => (await api("GET", `/lists/${listId}/contacts?limit=1`)).total_items
  const serverMemory = () => {
    const memory = memoryOf(server.pid)
    return memory ? { rssMb: mb(memory.rssKb), peakMb: mb(memory.peakKb) } : undefined
  }

  try {
    results.machine = {
      cpus: availableParallelism(),
      cpu: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      // Other work on the machine slows every figure alike; the ratios hold better than the times.
      loadAtStart: loadavg()[0]
    }

    // 1. The CSV.
    const csv = join(dir, "contacts.csv")
    let start = performance.now()
    await writeCsv(
      csv,
      "email,first_name,last_name,plan",
      CONTACTS,
      (i) => `user${i}@example.com,First ${i % 1000},Last ${i},${PLANS[i % PLANS.length]}`
    )
    results.phases.generate = { seconds: seconds(start), megabytes: (await stat(csv)).size / 2 ** 20 }
    log(`generated ${CONTACTS} contacts (${results.phases.generate.megabytes.toFixed(1)} MB) in ${dir}`)

    // 2. A list with an extra field the CSV's `plan` column maps to.
    const { list_id: listId } = await api("POST", "/lists", { internal_name: "Bench import" })
    await api("POST", `/lists/${listId}/fields/extra`, { name: "Plan", format: "text" })

    // 3. The import: the CLI alone, then until the mock has added every contact.
    start = performance.now()
    const imported = await runCli(["contacts", "import", csv, "--list", String(listId), "--base-url", server.url], {
      dir,
      env: { EGOI_API_KEY: KEY }
    })
    const summary = JSON.parse(imported.stdout)
    if (summary.accepted !== CONTACTS) throw new Error(`the CLI accepted ${summary.accepted} of ${CONTACTS} contacts`)
    await drained()
    const endToEnd = seconds(start)
    const size = await listSize(listId)
    if (size !== CONTACTS) throw new Error(`list ${listId} holds ${size} contacts, not ${CONTACTS}`)
    results.phases.import = {
      cliSeconds: imported.seconds,
      cliPeakMb: imported.peakMb,
      cliPerSecond: CONTACTS / imported.seconds,
      endToEndSeconds: endToEnd,
      endToEndPerSecond: CONTACTS / endToEnd,
      requests: summary.requests,
      server: serverMemory(),
      memoryBy: imported.method
    }
    log(`imported in ${endToEnd.toFixed(1)} s (CLI ${imported.seconds.toFixed(1)} s)`)

    // 4. The export, streamed to a file.
    const output = join(dir, "export.csv")
    const exported = await runCli(
      ["contacts", "export", "--list", String(listId), "--format", "csv", "--output", output, "--base-url", server.url],
      { dir, env: { EGOI_API_KEY: KEY } }
    )
    const rows = await countRows(output)
    if (rows !== CONTACTS) throw new Error(`the export has ${rows} rows, not ${CONTACTS}`)
    results.phases.export = {
      seconds: exported.seconds,
      peakMb: exported.peakMb,
      perSecond: rows / exported.seconds,
      rows,
      server: serverMemory()
    }
    log(`exported ${rows} rows in ${exported.seconds.toFixed(1)} s`)

    // 5. Reads: the SDK's paginated iteration against a raw fetch loop, on a second list.
    const { list_id: readListId } = await api("POST", "/lists", { internal_name: "Bench read" })
    for (let first = 0; first < READ; first += 10_000) {
      const contacts = []
      for (let i = first; i < Math.min(READ, first + 10_000); i++) {
        contacts.push({ base: { email: `reader${i}@example.com`, first_name: "Reader", last_name: String(i) } })
      }
      if (contacts.length === 1) await api("POST", `/lists/${readListId}/contacts`, contacts[0])
      else {
        await api("POST", `/lists/${readListId}/contacts/actions/import-bulk`, {
          mode: "add",
          compare_field: "email",
          contacts
        })
      }
    }
    await drained()
    if ((await listSize(readListId)) !== READ) throw new Error(`list ${readListId} does not hold ${READ} contacts`)

    const egoi = new Egoi({ apiKey: KEY, baseUrl: server.url, rateLimit: false })
    const sdkRead = async () => {
      let count = 0
      for await (const _ of egoi.contacts.getAllContacts({ list_id: readListId })) count++
      return count
    }
    const rawRead = async () => {
      let count = 0
      let total = Number.POSITIVE_INFINITY
      for (let offset = 0; offset < total; ) {
        const response = await fetch(`${server.url}/lists/${readListId}/contacts?offset=${offset}&limit=1000`, {
          headers: { Apikey: KEY }
        })
        if (!response.ok) throw new Error(`GET contacts: ${response.status}`)
        const page = await response.json()
        total = page.total_items
        count += page.items.length
        offset += page.items.length
        if (page.items.length === 0) break
      }
      return count
    }
    // One untimed page each, so neither pays for the first connection or the first compilation alone.
    await egoi.contacts.getAllContacts({ list_id: readListId, limit: 1000 })
    await fetch(`${server.url}/lists/${readListId}/contacts?limit=1000`, { headers: { Apikey: KEY } }).then((r) =>
      r.arrayBuffer()
    )
    const times = { sdk: [], raw: [] }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, read] of round % 2 === 0
        ? [
            ["raw", rawRead],
            ["sdk", sdkRead]
          ]
        : [
            ["sdk", sdkRead],
            ["raw", rawRead]
          ]) {
        start = performance.now()
        const count = await read()
        times[name].push(seconds(start))
        if (count !== READ) throw new Error(`${name} read ${count} contacts, not ${READ}`)
      }
    }
    await egoi.close()
    results.phases.read = {
      sdkSeconds: median(times.sdk),
      rawSeconds: median(times.raw),
      ratio: median(times.sdk) / median(times.raw),
      sdkPerSecond: READ / median(times.sdk),
      rawPerSecond: READ / median(times.raw),
      rounds: times,
      server: serverMemory()
    }
    results.machine.loadAtEnd = loadavg()[0]
  } finally {
    server.stop()
    if (!flags.keep) await rm(dir, { recursive: true, force: true })
  }
  return results
}

const results = await main()
const { machine, phases } = results
const rate = (perSecond) => `${Math.round(perSecond).toLocaleString("en")}/s`
const table = [
  ["measure", "time", "rate", "peak RSS", "note"],
  [
    `import ${CONTACTS.toLocaleString("en")} (CLI)`,
    `${phases.import.cliSeconds.toFixed(1)} s`,
    rate(phases.import.cliPerSecond),
    `${phases.import.cliPeakMb.toFixed(0)} MB`,
    `${phases.import.requests} requests`
  ],
  [
    "import, end to end",
    `${phases.import.endToEndSeconds.toFixed(1)} s`,
    rate(phases.import.endToEndPerSecond),
    `${phases.import.server?.peakMb.toFixed(0) ?? "?"} MB`,
    "until the mock has added all (RSS: mock)"
  ],
  [
    `export ${phases.export.rows.toLocaleString("en")} (CLI)`,
    `${phases.export.seconds.toFixed(1)} s`,
    rate(phases.export.perSecond),
    `${phases.export.peakMb.toFixed(0)} MB`,
    "CSV to a file"
  ],
  [
    `read ${READ.toLocaleString("en")}, raw fetch`,
    `${phases.read.rawSeconds.toFixed(2)} s`,
    rate(phases.read.rawPerSecond),
    "",
    `median of ${ROUNDS}`
  ],
  [
    `read ${READ.toLocaleString("en")}, SDK`,
    `${phases.read.sdkSeconds.toFixed(2)} s`,
    rate(phases.read.sdkPerSecond),
    "",
    `sdk/raw = ${phases.read.ratio.toFixed(2)}`
  ]
]
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)))
console.log(
  `\n${machine.cpus} CPUs (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}, ` +
    `load ${machine.loadAtStart.toFixed(1)} at start, ${machine.loadAtEnd.toFixed(1)} at end\n`
)
for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join("  "))
if (flags.json) console.log(JSON.stringify(results, null, 2))
