#!/usr/bin/env node
// Writes what is derived from the API definition and kept in the repository:
//   api.md                          every operation with its route, SDK call, CLI command, declaration and mock handler,
//                                   and each group's workflows with their SDK call, CLI command and core function
//   packages/sdk/src/workflows.ts   every group's workflows (from src/workflows/), for the client of every group
//   packages/sdk/src/groups/*.ts    one Promise client per group (`@egoi-ts/sdk/lists`), so a program can carry one group
//   packages/sdk/src/groups.ts      every group's client, for the main entry point (`import { Lists } from "@egoi-ts/sdk"`)
//   packages/sdk/src/internal/catalog.ts  each group's operation names and the import of its definition, for lazy loading
//   packages/sdk/src/api.ts         the SDK's types written out in full: schemas, operations, each group's methods
// `--check` writes nothing and fails when any of them is out of date (run by npm test).
// Needs packages/core built (it reads the definition from its dist).
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
const coreDist = join(root, "packages/core/dist")
const { EgoiApi } = await import(pathToFileURL(join(coreDist, "index.js")).href)
const { computeTypes } = await import("./sdkTypes.mjs")
const { Paging } = await import(pathToFileURL(join(coreDist, "index.js")).href)
const { HttpApi } = await import(
  pathToFileURL(join(root, "packages/core/node_modules/@effect/platform/dist/esm/index.js")).href
)

const kebab = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]{2,})([A-Z][a-z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase()

const { Schema } = await import(pathToFileURL(join(root, "packages/core/node_modules/effect/dist/esm/index.js")).href)

/** The core module and export that declare each group, found by loading core's public modules. */
const declaringModule = new Map()
/** Every schema core's public modules export, by module: the SDK names a type after each. */
const schemasByModule = new Map()
for (const file of readdirSync(coreDist).filter((name) => /^[A-Z]\w*\.js$/.test(name))) {
  const module = await import(pathToFileURL(join(coreDist, file)).href)
  const schemas = Object.entries(module)
    .filter(([name, value]) => /^[A-Z]/.test(name) && Schema.isSchema(value) && !name.endsWith("Group"))
    .map(([name]) => name)
  if (schemas.length > 0) schemasByModule.set(file.replace(/\.js$/, ""), schemas)
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

// The workflows beside the operations: the SDK's, declared as `<Module>Workflows` in
// packages/sdk/src/workflows/<group>.ts (each member's doc naming its core function with `@core`), and
// the CLI's, registered in `WORKFLOWS` of apps/cli/src/commands/index.ts.
const sdkWorkflowsFolder = join(root, "packages/sdk/src/workflows")
const cliCommandsFolder = join(root, "apps/cli/src/commands")
const cliIndex = readFileSync(join(cliCommandsFolder, "index.ts"), "utf8")
const cliCommandFiles = new Map(
  [...cliIndex.matchAll(/import \{ (\w+) \} from "\.\/(\w+)\.js"/g)].map(([, name, file]) => [name, file])
)
const workflowsOf = (group) => {
  const rows = new Map()
  const subpath = kebab(group.identifier)
  const sdkFile = join(sdkWorkflowsFolder, `${subpath}.ts`)
  if (existsSync(sdkFile)) {
    const text = readFileSync(sdkFile, "utf8")
    const body = text.match(/export interface \w+Workflows \{([\s\S]*?)\n\}/)?.[1] ?? ""
    for (const [, doc, name] of body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\n\s*(\w+)[<(]/g)) {
      const summary = doc
        .split("\n")
        .map((line) => line.replace(/^\s*\*\s?/, "").trim())
        .filter((line) => line && !line.startsWith("@"))
        .join(" ")
        .replace(/\.\s.*$/, "")
        .replace(/\.$/, "")
      const core = doc.match(/@core\s+(\S+)/)?.[1]
      rows.set(kebab(name), { name, summary, core, sdk: `egoi.${group.identifier}.${name}()` })
    }
  }
  const registered = cliIndex.match(new RegExp(`\\b${group.identifier}: \\[([^\\]]*)\\]`))?.[1] ?? ""
  for (const variable of registered
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const file = cliCommandFiles.get(variable)
    if (!file) continue
    const text = readFileSync(join(cliCommandsFolder, `${file}.ts`), "utf8")
    const name = text.match(/name: "([\w-]+)"/)?.[1]
    const summary = text.match(/summary: "([^"]*)"/)?.[1]
    if (!name) continue
    const row = rows.get(name) ?? { name, summary, sdk: undefined, core: undefined }
    rows.set(name, { ...row, summary: row.summary ?? summary, cli: `egoi ${subpath} ${name}` })
  }
  return [...rows.values()]
}

// api.md
const lines = [
  "# API map",
  "",
  "Every operation this project defines: its route, its Promise SDK call, its CLI command, where it is",
  "declared in core and where the mock answers it. Generated from the API definition by",
  "`node tooling/scripts/generate.mjs`; `npm test` fails when it is stale. After each group's operations,",
  "its workflows: tasks of several operations written once (upsert, sync, waiting for background work...).",
  ""
]
let count = 0
let workflowCount = 0
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
    const declared = locate(coreSources, new RegExp(`\\b\\w+\\(\\s*"${endpoint.name}"|^\\s*"${endpoint.name}",$`))
    const handled = locate(mockSources, new RegExp(`\\.handle\\(\\s*"${endpoint.name}"`))
    const link = (target, text) => (target ? `[${text}](${target})` : "—")
    lines.push(
      `| \`${endpoint.name}\` | \`${method.toUpperCase()} ${path}\` | \`egoi.${group.identifier}.${endpoint.name}()\` | \`${command}\` | ${link(declared, "core")} | ${link(handled, "mock")} | ${summary ?? ""} |`
    )
    count++
  }
  lines.push("")
  const workflows = workflowsOf(group)
  if (workflows.length > 0) {
    const coreLink = (core) => {
      if (!core) return "—"
      const [module, fn] = core.split(".")
      const at = locate([join(root, `packages/core/src/${module}.ts`)], new RegExp(`^export const ${fn}\\b`))
      return at ? `[\`${core}\`](${at})` : `\`${core}\``
    }
    lines.push(
      `Workflows of ${routes.get(endpoints[0].name).tag}: several operations as one task, written once.`,
      "",
      "| workflow | sdk | cli | core | what it does |",
      "|---|---|---|---|---|"
    )
    for (const row of workflows) {
      lines.push(
        `| ${row.name} | ${row.sdk ? `\`${row.sdk}\`` : "—"} | ${row.cli ? `\`${row.cli}\`` : "—"} | ${coreLink(row.core)} | ${row.summary ?? ""} |`
      )
      workflowCount++
    }
    lines.push("")
  }
}
lines.push(`${count} operations, ${workflowCount} workflows.`, "")
outputs.set(join(root, "api.md"), lines.join("\n"))

// One SDK entry point per group.
const groupsFolder = join(root, "packages/sdk/src/groups")
for (const { group } of groups) {
  const { module, exportName } = declaringModule.get(group.identifier)
  const subpath = kebab(group.identifier)
  const hasWorkflows = existsSync(join(sdkWorkflowsFolder, `${subpath}.ts`))
  const clientType = hasWorkflows
    ? `ClientBase & ${module}Methods & ${module}Workflows`
    : `ClientBase & ${module}Methods`
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
      `import type { ${module}Methods } from "../api.js"`,
      'import type { ClientBase } from "../ClientBase.js"',
      'import { groupClient } from "../internal/groupClient.js"',
      'import type { ClientOptions } from "../options.js"',
      ...(hasWorkflows
        ? [`import { ${group.identifier}Workflows, type ${module}Workflows } from "../workflows/${subpath}.js"`]
        : []),
      "",
      `/** A client of the ${module} operations${hasWorkflows ? " and workflows" : ""}: \`new ${module}({ apiKey })\`; \`close()\` releases it. */`,
      `export const ${module}: new (options?: ClientOptions) => ${clientType} = /* @__PURE__ */ groupClient(${exportName}${hasWorkflows ? `, ${group.identifier}Workflows` : ""})`,
      "",
      `/** A client of the ${module} operations. */`,
      `export type ${module} = ${clientType}`,
      "",
      'export type * from "../api.js"',
      ...(hasWorkflows ? [`export type * from "../workflows/${subpath}.js"`] : []),
      'export * from "../errors.js"',
      'export type { ClientOptions, RequestOptions } from "../options.js"',
      'export { PagePromise } from "../PagePromise.js"',
      ""
    ].join("\n")
  )
}

// The main entry point's group classes load their group's definition when first called, so importing
// it evaluates none of them; their types are the group entry points' own.
outputs.set(
  join(root, "packages/sdk/src/groups.ts"),
  [
    "/**",
    ' * Every group\'s client class, so the main entry point offers them too (`import { Lists } from "@egoi-ts/sdk"`).',
    " * Each loads its group's definition when first called: importing the main entry point evaluates none.",
    " *",
    " * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.",
    " *",
    " * @packageDocumentation",
    " */",
    ...groups.map(({ group }) => {
      const { module } = declaringModule.get(group.identifier)
      return `import type { ${module} as ${module}Client } from "./groups/${kebab(group.identifier)}.js"`
    }),
    'import { lazyGroupClient } from "./internal/lazy.js"',
    "",
    ...groups.flatMap(({ group }) => {
      const { module } = declaringModule.get(group.identifier)
      return [
        `/** A client of the ${module} operations, as \`@egoi-ts/sdk/${kebab(group.identifier)}\` offers it. */`,
        `export const ${module}: typeof ${module}Client = /* @__PURE__ */ lazyGroupClient(${JSON.stringify(group.identifier)})`,
        `/** A client of the ${module} operations. */`,
        `export type ${module} = ${module}Client`,
        ""
      ]
    })
  ].join("\n")
)

// What a client knows of each group before loading its definition: the operations' names (the paged
// ones answer a PagePromise at once) and where the definition is.
outputs.set(
  join(root, "packages/sdk/src/internal/catalog.ts"),
  [
    "/**",
    " * Each group's operations by name, the paged ones apart, and the import of the core module that",
    " * defines the group: a client offers a group's methods before its definition is loaded.",
    " *",
    " * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.",
    " *",
    " * @internal",
    " */",
    'import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"',
    "",
    "/** What a client knows of a group before loading it. */",
    "export interface CatalogGroup {",
    "  readonly operations: ReadonlyArray<string>",
    "  readonly paged: ReadonlyArray<string>",
    "  readonly load: () => Promise<HttpApiGroup.HttpApiGroup.Any>",
    "}",
    "",
    "/** Every group, by identifier, in the definition's order. */",
    "export const CATALOG: Readonly<Record<string, CatalogGroup>> = {",
    ...groups.map(({ group, endpoints }) => {
      const { module, exportName } = declaringModule.get(group.identifier)
      const paged = endpoints.filter((endpoint) => Paging.kindOf(endpoint) !== undefined)
      return [
        `  ${group.identifier}: {`,
        `    operations: ${JSON.stringify(endpoints.map((endpoint) => endpoint.name))},`,
        `    paged: ${JSON.stringify(paged.map((endpoint) => endpoint.name))},`,
        `    load: () => import("@egoi-ts/core/${module}").then((module) => module.${exportName})`,
        "  },"
      ].join("\n")
    }),
    "}",
    ""
  ].join("\n")
)

// Every group's workflows, for the client of every group.
const withWorkflows = groups.filter(({ group }) =>
  existsSync(join(sdkWorkflowsFolder, `${kebab(group.identifier)}.ts`))
)
outputs.set(
  join(root, "packages/sdk/src/workflows.ts"),
  [
    "/**",
    " * Every group's workflows, so `new Egoi()` offers them on its groups (`egoi.contacts.upsert`).",
    " *",
    " * Generated by `node tooling/scripts/generate.mjs` from `src/workflows/`: do not edit.",
    " *",
    " * @packageDocumentation",
    " */",
    ...withWorkflows.map(
      ({ group }) => `import { ${group.identifier}Workflows } from "./workflows/${kebab(group.identifier)}.js"`
    ),
    "",
    ...withWorkflows.map(({ group }) => `export type * from "./workflows/${kebab(group.identifier)}.js"`),
    "",
    "/** Each group's workflows, by group. */",
    "export const WORKFLOWS: Readonly<Record<string, (client: object) => object>> = {",
    ...withWorkflows.map(({ group }) => `  ${group.identifier}: ${group.identifier}Workflows,`),
    "}",
    ""
  ].join("\n")
)

// The SDK's own types, written out in full from core's (see sdkTypes.mjs): each schema as `<Name>`
// (`<Module><Name>` where two modules share a name; `<Name>Details` where a group's client class has the
// name), each operation's parameters and answer, each group's methods, the whole client's groups.
const pascal = (name) => name.charAt(0).toUpperCase() + name.slice(1)
const nameCounts = new Map()
for (const names of schemasByModule.values())
  for (const name of names) nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1)
const skipped = new Set(["EgoiError"])
const clientClasses = new Set([...declaringModule.values()].map(({ module }) => module))
const schemaAliases = []
for (const [module, names] of schemasByModule) {
  if (skipped.has(module)) continue
  for (const name of names) {
    const alias = nameCounts.get(name) > 1 ? `${module}${name}` : clientClasses.has(name) ? `${name}Details` : name
    schemaAliases.push({ alias, module, name })
  }
}
const probes = {}
for (const { alias, module, name } of schemaAliases)
  probes[`S_${alias}`] = `Schema.Schema.Type<typeof ${module}Module.${name}>`
for (const { group, endpoints } of groups) {
  const { module, exportName } = declaringModule.get(group.identifier)
  for (const endpoint of endpoints) {
    const operation = `GroupClient.GroupClient<typeof ${module}Module.${exportName}>["${endpoint.name}"]`
    probes[`P_${endpoint.name}`] = `NonNullable<Parameters<${operation}>[0]>`
    probes[`A_${endpoint.name}`] = `Effect.Effect.Success<ReturnType<${operation}>>`
  }
}
const { printed, shapes } = computeTypes({
  fromFolder: join(root, "packages/sdk"),
  imports: [
    'import type * as Effect from "effect/Effect"',
    'import type * as Schema from "effect/Schema"',
    'import type * as GroupClient from "@egoi-ts/core/GroupClient"',
    ...[...new Set([...schemasByModule.keys(), ...[...declaringModule.values()].map(({ module }) => module)])]
      .filter((module) => !skipped.has(module))
      .map((module) => `import type * as ${module}Module from "@egoi-ts/core/${module}"`)
  ],
  aliases: probes
})
// An operation's type that is exactly a named schema's is written as that name.
const byShape = new Map()
for (const { alias } of schemaAliases) if (!byShape.has(shapes[`S_${alias}`])) byShape.set(shapes[`S_${alias}`], alias)
const named = (probe) => byShape.get(shapes[probe]) ?? printed[probe]
const typeLines = [
  "/**",
  " * The types of the API as the SDK declares them, written out in full: every schema (`Contact`, `List`,",
  " * ...), every operation's parameters and answer (`GetAllListsParams`, `GetAllListsAnswer`), each group's",
  " * methods and the whole client's groups. They refer to nothing outside the SDK.",
  " *",
  " * Generated from the API definition by `node tooling/scripts/generate.mjs`: do not edit.",
  " *",
  " * @packageDocumentation",
  " */",
  'import type { RequestOptions } from "./options.js"',
  'import type { PagePromise } from "./PagePromise.js"',
  ""
]
for (const { alias, module, name } of schemaAliases) {
  typeLines.push(
    `/** \`${name}\` of \`@egoi-ts/core/${module}\`. */`,
    `export type ${alias} = ${printed[`S_${alias}`]}`,
    ""
  )
}
const everyGroup = []
for (const { group, endpoints } of groups) {
  const { module } = declaringModule.get(group.identifier)
  const methods = []
  for (const endpoint of endpoints) {
    const name = pascal(endpoint.name)
    const params = printed[`P_${endpoint.name}`]
    typeLines.push(
      `/** The parameters of \`${endpoint.name}\`. */`,
      `export type ${name}Params = ${named(`P_${endpoint.name}`)}`,
      "",
      `/** What \`${endpoint.name}\` answers. */`,
      `export type ${name}Answer = ${named(`A_${endpoint.name}`)}`,
      ""
    )
    const { path, method, summary } = routes.get(endpoint.name)
    const paging = Paging.kindOf(endpoint)
    const result =
      paging === "page"
        ? `PagePromise<${name}Answer, ${name}Answer["items"][number]>`
        : paging === "array"
          ? `PagePromise<${name}Answer, ${name}Answer[number]>`
          : `Promise<${name}Answer>`
    const optional = params === "{}" || !/readonly [\w"]+: /.test(params.replace(/\{[^{}]*\{.*$/, ""))
    methods.push(
      `  /** ${summary ?? endpoint.name} (\`${method.toUpperCase()} ${path}\`). */`,
      `  ${endpoint.name}(params${optional ? "?" : ""}: ${name}Params, options?: RequestOptions): ${result}`
    )
  }
  typeLines.push(`/** The ${module} operations. */`, `export interface ${module}Methods {`, ...methods, "}", "")
  const workflowsFile = join(sdkWorkflowsFolder, `${kebab(group.identifier)}.ts`)
  if (existsSync(workflowsFile)) {
    typeLines.splice(
      typeLines.indexOf('import type { PagePromise } from "./PagePromise.js"') + 1,
      0,
      `import type { ${module}Workflows } from "./workflows/${kebab(group.identifier)}.js"`
    )
    everyGroup.push(`  readonly ${group.identifier}: ${module}Methods & ${module}Workflows`)
  } else everyGroup.push(`  readonly ${group.identifier}: ${module}Methods`)
}
typeLines.push("/** Every group of the API, by name. */", "export interface Resources {", ...everyGroup, "}", "")
outputs.set(join(root, "packages/sdk/src/api.ts"), typeLines.join("\n"))

// The TypeScript outputs as Biome writes them (formatted, imports and exports sorted), so `biome ci` and `--check` agree.
const biome = join(root, "node_modules/.bin/biome")
for (const [file, text] of outputs) {
  if (!file.endsWith(".ts")) continue
  const formatted = spawnSync(biome, ["check", "--write", `--stdin-file-path=${file}`], {
    input: text,
    encoding: "utf8"
  })
  if (formatted.status !== 0) throw new Error(`biome could not format ${relative(root, file)}: ${formatted.stderr}`)
  outputs.set(file, formatted.stdout)
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
