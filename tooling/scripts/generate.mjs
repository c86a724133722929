#!/usr/bin/env node
// Writes what is derived from the API definition and kept in the repository:
//   api.md                          every operation with its route, SDK call, CLI command, declaration and mock handler
//   packages/sdk/src/groups/*.ts    one Promise client per group (`@egoi-ts/sdk/lists`), so a program can carry one group
// `--check` writes nothing and fails when any of them is out of date (run by npm test).
// Needs packages/core built (it reads the definition from its dist).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
const coreDist = join(root, "packages/core/dist")
const { EgoiApi } = await import(pathToFileURL(join(coreDist, "index.js")).href)
const { HttpApi } = await import(
  pathToFileURL(join(root, "packages/core/node_modules/@effect/platform/dist/esm/index.js")).href
)

const kebab = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase()

/** The core module and export that declare each group, found by loading core's public modules. */
const declaringModule = new Map()
for (const file of readdirSync(coreDist).filter((name) => /^[A-Z]\w*\.js$/.test(name))) {
  const module = await import(pathToFileURL(join(coreDist, file)).href)
  for (const [exportName, value] of Object.entries(module)) {
    if (exportName.endsWith("Group") && value && "endpoints" in Object(value)) {
      declaringModule.set(value.identifier, { module: file.replace(/\.js$/, ""), exportName })
    }
  }
}

/** Every `.ts` file below a folder. */
const sources = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(folder, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(folder, entry.name)]
        : []
  )

/** Where in `files` a line matching `pattern` first stands, as a repository-relative link with its line. */
const locate = (files, pattern) => {
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n")
    const index = lines.findIndex((line) => pattern.test(line))
    if (index >= 0) return `${relative(root, file)}#L${index + 1}`
  }
  return undefined
}
const coreSources = sources(join(root, "packages/core/src"))
const mockSources = sources(join(root, "packages/test-kit/src"))

const spec = EgoiApi.openApi()
const routes = new Map()
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (operation?.operationId)
      routes.set(operation.operationId, { path, method, summary: operation.summary, tag: operation.tags[0] })
  }
}

const groups = []
HttpApi.reflect(EgoiApi.EgoiApi, {
  onGroup({ group }) {
    groups.push({ group, endpoints: [] })
  },
  onEndpoint({ endpoint }) {
    groups.at(-1).endpoints.push(endpoint)
  }
})

const outputs = new Map()

// api.md
const lines = [
  "# API map",
  "",
  "Every operation this project defines: its route, its Promise SDK call, its CLI command, where it is",
  "declared in core and where the mock answers it. Generated from the API definition by",
  "`node tooling/scripts/generate.mjs`; `npm test` fails when it is stale.",
  ""
]
let count = 0
for (const { group, endpoints } of groups) {
  const single = endpoints.length === 1 && kebab(endpoints[0].name) === kebab(group.identifier)
  const { module } = declaringModule.get(group.identifier)
  lines.push(
    `## ${routes.get(endpoints[0].name).tag}`,
    "",
    `Core: [\`@egoi-ts/core/${module}\`](packages/core/src/${module}.ts) · SDK: \`egoi.${group.identifier}\` or \`new ${module}()\` from \`@egoi-ts/sdk/${kebab(group.identifier)}\``,
    "",
    "| operation | route | sdk | cli | declared | mock | what it does |",
    "|---|---|---|---|---|---|---|"
  )
  for (const endpoint of endpoints) {
    const { path, method, summary } = routes.get(endpoint.name)
    const command = single
      ? `egoi ${kebab(group.identifier)}`
      : `egoi ${kebab(group.identifier)} ${kebab(endpoint.name)}`
    const declared = locate(coreSources, new RegExp(`Endpoint\\.\\w+\\("${endpoint.name}"`))
    const handled = locate(mockSources, new RegExp(`\\.handle\\(\\s*"${endpoint.name}"`))
    const link = (target, text) => (target ? `[${text}](${target})` : "—")
    lines.push(
      `| \`${endpoint.name}\` | \`${method.toUpperCase()} ${path}\` | \`egoi.${group.identifier}.${endpoint.name}()\` | \`${command}\` | ${link(declared, "core")} | ${link(handled, "mock")} | ${summary ?? ""} |`
    )
    count++
  }
  lines.push("")
}
lines.push(`${count} operations.`, "")
outputs.set(join(root, "api.md"), lines.join("\n"))

// One SDK entry point per group.
const groupsFolder = join(root, "packages/sdk/src/groups")
for (const { group } of groups) {
  const { module, exportName } = declaringModule.get(group.identifier)
  const subpath = kebab(group.identifier)
  outputs.set(
    join(groupsFolder, `${subpath}.ts`),
    [
      "/**",
      ` * The ${module} operations alone: \`new ${module}({ apiKey })\`, then \`${group.identifier}.<operationId>(params)\`.`,
      " * A program that imports only this entry point carries no other group. The error classes are here too.",
      " *",
      " * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.",
      " *",
      " * @packageDocumentation",
      " */",
      `import { ${exportName} } from "@egoi-ts/core/${module}"`,
      'import { groupClient } from "../internal/client.js"',
      "",
      `/** A client of the ${module} operations: \`new ${module}({ apiKey })\`; \`close()\` releases it. */`,
      `export const ${module} = /* @__PURE__ */ groupClient(${exportName})`,
      "",
      `/** A client of the ${module} operations. */`,
      `export type ${module} = InstanceType<typeof ${module}>`,
      "",
      'export * from "../errors.js"',
      'export type { ClientOptions, RequestOptions } from "../internal/client.js"',
      'export { PagePromise } from "../PagePromise.js"',
      ""
    ].join("\n")
  )
}

const check = process.argv.includes("--check")
const stale = []
for (const [file, text] of outputs) {
  const current = existsSync(file) ? readFileSync(file, "utf8") : undefined
  if (current === text) continue
  stale.push(relative(root, file))
  if (!check) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
}
// A group entry point whose group is gone is stale too.
for (const file of existsSync(groupsFolder) ? readdirSync(groupsFolder) : []) {
  const path = join(groupsFolder, file)
  if (outputs.has(path)) continue
  stale.push(relative(root, path))
  if (!check) rmSync(path)
}
if (check && stale.length > 0) {
  console.error(`Out of date with the API definition: ${stale.join(", ")}\nRun: node tooling/scripts/generate.mjs`)
  process.exit(1)
}
console.log(
  check
    ? `api.md and the SDK's ${groups.length} group entry points are up to date (${count} operations)`
    : `${stale.length === 0 ? "nothing to write" : `wrote ${stale.join(", ")}`} (${count} operations)`
)
