#!/usr/bin/env node
// The heap the mock holds per stored contact, for this checkout's test-kit and (with --before) another
// built checkout's, in one run. Each build is measured in a child process of its own (node
// --expose-gc): an in-process mock, a list, then N contacts (email, first and last name, an extra
// text field) imported through actionImportBulk in requests of 10,000, as a client would; the heap is
// measured after full collections before and after, and divided by N. Each contact also holds its
// `subscription` activity, its place in the list's order and its email in the unique-value index.
//
// node tooling/bench/mock-memory.mjs [--contacts 200000] [--before <checkout>] [--json]
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { numberOption, option } from "./measure.mjs"

if (process.argv[2] === "--child") {
  const [, , , entry, count] = process.argv
  const { EgoiMock } = await import(entry)
  const n = Number(count)
  const mock = EgoiMock.make({ rateLimit: false, accountLimit: false, operations: "manual", requestLog: false })
  const call = async (method, path, body) => {
    const response = await mock.fetch(`${EgoiMock.IN_PROCESS_URL}${path}`, {
      method,
      headers: { apikey: "bench-key", "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return response.json()
  }
  await call("POST", "/lists", { internal_name: "Bench" })
  const field = await call("POST", "/lists/1/fields/extra", { name: "City", format: "text" })
  const heap = () => {
    for (let i = 0; i < 4; i++) globalThis.gc()
    return process.memoryUsage().heapUsed
  }
  const before = heap()
  const batch = 10_000
  for (let start = 0; start < n; start += batch) {
    const contacts = []
    for (let i = start; i < Math.min(n, start + batch); i++) {
      contacts.push({
        base: { email: `contact${i}@example.com`, first_name: `First${i % 1000}`, last_name: `Last${i % 777}` },
        extra: [{ field_id: Number(field.field_id), value: `City ${i % 50}` }]
      })
    }
    await call("POST", "/lists/1/contacts/actions/import-bulk", { mode: "add", compare_field: "email", contacts })
    await mock.runOperations()
  }
  const total = (await call("GET", "/lists/1/contacts?limit=1")).total_items
  if (total !== n) throw new Error(`expected ${n} contacts, the list has ${total}`)
  const after = heap()
  process.stdout.write(JSON.stringify({ perContact: (after - before) / n, heapMB: after / 1e6 }))
  process.exit(0)
}

const contacts = numberOption("contacts", 200_000)
const before = option("before")
const here = fileURLToPath(new URL(".", import.meta.url))
const builds = [{ name: "mock", entry: "@egoi-ts/test-kit" }]
if (before) builds.push({ name: "mock before", entry: join(before, "packages/test-kit/dist/index.js") })
const rows = builds.map((build) => {
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--max-old-space-size=4096",
      join(here, "mock-memory.mjs"),
      "--child",
      build.entry,
      String(contacts)
    ],
    { encoding: "utf8" }
  )
  if (child.status !== 0) throw new Error(`${build.name}: ${child.stderr}`)
  return { build: build.name, contacts, ...JSON.parse(child.stdout) }
})
for (const row of rows) {
  console.log(
    `${row.build.padEnd(12)} ${row.contacts} contacts  ${Math.round(row.perContact)} bytes of heap each  (heap ${Math.round(row.heapMB)} MB)`
  )
}
if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2))
