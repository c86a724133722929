#!/usr/bin/env node
// Writes api.md, the one page that maps every operation to its route, SDK call and CLI command.
// `--check` fails when api.md is out of date with the API definition (run by npm test).
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
const { EgoiApi } = await import(join(root, "packages/core/dist/index.js"))
const { HttpApi } = await import(join(root, "packages/core/node_modules/@effect/platform/dist/esm/index.js"))

const kebab = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase()

const spec = EgoiApi.openApi()
const groups = new Map()
HttpApi.reflect(EgoiApi.EgoiApi, {
  onGroup({ group }) {
    groups.set(group.identifier, { endpoints: [] })
  },
  onEndpoint({ group, endpoint }) {
    groups.get(group.identifier).endpoints.push(endpoint)
  }
})

const summaries = new Map()
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (operation?.operationId)
      summaries.set(operation.operationId, { path, method, summary: operation.summary, tag: operation.tags[0] })
  }
}

const lines = [
  "# API map",
  "",
  "Every operation this project defines, with its route, its Promise SDK call and its CLI command.",
  "Generated from the API definition by `node tooling/scripts/api-md.mjs`; `npm test` fails when it is stale.",
  ""
]
let count = 0
for (const [identifier, { endpoints }] of groups) {
  const single = endpoints.length === 1 && kebab(endpoints[0].name) === kebab(identifier)
  lines.push(
    `## ${summaries.get(endpoints[0].name).tag}`,
    "",
    "| operation | route | sdk | cli | what it does |",
    "|---|---|---|---|---|"
  )
  for (const endpoint of endpoints) {
    const { path, method, summary } = summaries.get(endpoint.name)
    const command = single ? `egoi ${kebab(identifier)}` : `egoi ${kebab(identifier)} ${kebab(endpoint.name)}`
    lines.push(
      `| \`${endpoint.name}\` | \`${method.toUpperCase()} ${path}\` | \`egoi.${identifier}.${endpoint.name}()\` | \`${command}\` | ${summary ?? ""} |`
    )
    count++
  }
  lines.push("")
}
lines.push(`${count} operations.`, "")
const text = lines.join("\n")
const target = join(root, "api.md")
if (process.argv.includes("--check")) {
  let current = ""
  try {
    current = readFileSync(target, "utf8")
  } catch {}
  if (current !== text) {
    console.error("api.md is out of date: run node tooling/scripts/api-md.mjs")
    process.exit(1)
  }
  console.log(`api.md is up to date (${count} operations)`)
} else {
  writeFileSync(target, text)
  console.log(`api.md written (${count} operations)`)
}
