// Bundles the CLI into dist/: egoi.js, the entry, with what help, completion and parsing need, and
// chunks/ that commands load when they run (one per group of the definition, the client, the mock,
// the MCP server), so a command loads only what it uses.
//
// The entry carries the catalog of the definition as JSON, derived here once (src/internal/
// deriveCatalog.ts, run on core's built definition): src/internal/definition.ts is replaced by that
// JSON and by one dynamic import per group of the core module that declares it.
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { build } from "esbuild"

const here = dirname(fileURLToPath(import.meta.url))
const { version } = JSON.parse(readFileSync(join(here, "package.json"), "utf8"))
const coreDist = join(here, "node_modules/@egoi-ts/core/dist")

/** The catalog, by running deriveCatalog.ts on core's built definition. */
const deriveCatalog = async () => {
  const [output] = (
    await build({
      stdin: {
        contents: [
          'import { EgoiApi } from "@egoi-ts/core/EgoiApi"',
          'import { deriveCatalog } from "./src/internal/deriveCatalog.ts"',
          "export const catalog = deriveCatalog(EgoiApi)"
        ].join("\n"),
        resolveDir: here,
        loader: "ts"
      },
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      logLevel: "warning"
    })
  ).outputFiles
  const file = join(tmpdir(), `egoi-catalog-${process.pid}.mjs`)
  writeFileSync(file, output.text)
  try {
    return (await import(pathToFileURL(file).href)).catalog
  } finally {
    rmSync(file, { force: true })
  }
}

/** The core module and export that declare each group, found by loading core's public modules. */
const declaringModules = async () => {
  const found = new Map()
  for (const file of readdirSync(coreDist).filter((name) => /^[A-Z]\w*\.js$/.test(name))) {
    const module = await import(pathToFileURL(join(coreDist, file)).href)
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName.endsWith("Group") && value && "endpoints" in Object(value) && !found.has(value.identifier)) {
        found.set(value.identifier, { module: file.replace(/\.js$/, ""), exportName })
      }
    }
  }
  return found
}

const catalog = await deriveCatalog()
const modules = await declaringModules()
const loaders = catalog.groups.map(({ name }) => {
  const declared = modules.get(name)
  if (!declared) throw new Error(`No core module declares the group ${name}`)
  return `  ${JSON.stringify(name)}: () => import("@egoi-ts/core/${declared.module}").then((module) => module.${declared.exportName})`
})
const definitionModule = [
  `const CATALOG = ${JSON.stringify(JSON.stringify(catalog))}`,
  "let cached",
  "export const catalog = () => (cached ??= JSON.parse(CATALOG))",
  `const GROUPS = {\n${loaders.join(",\n")}\n}`,
  "export const groupDefinition = async (name) => {",
  "  const load = GROUPS[name]",
  '  if (load === undefined) throw new Error("No group " + name + " in the definition")',
  "  return load()",
  "}"
].join("\n")

/** definition.ts as built: the catalog as JSON, each group a dynamic import of its own. */
const builtDefinition = {
  name: "built-definition",
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]src[\\/]internal[\\/]definition\.ts$/ }, () => ({
      contents: definitionModule,
      loader: "js"
    }))
  }
}

/**
 * HttpApiEndpoint imports @effect/platform's router for one function, `prefixPath`, which its
 * `prefix` method calls; the router brings the HTTP server's request, multipart and routing modules
 * with it, a fifth of what an operation loads. The endpoint gets `prefixPath` alone, the same
 * function; the mock, which serves HTTP, imports the router itself and gets all of it. Should the
 * endpoint use anything else of the router, the build fails on the missing export.
 */
const endpointWithoutRouter = {
  name: "endpoint-without-router",
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/HttpRouter\.js$/ }, (args) =>
      /@effect[\\/]platform[\\/].*[\\/]HttpApiEndpoint\.js$/.test(args.importer)
        ? { path: "prefixPath", namespace: "endpoint-without-router" }
        : undefined
    )
    plugin.onLoad({ filter: /.*/, namespace: "endpoint-without-router" }, () => ({
      contents: [
        "const removeTrailingSlash = (path) => (path.endsWith('/') ? path.slice(0, -1) : path)",
        "const prefixed = (self, prefix) => (self === '/' ? removeTrailingSlash(prefix) : removeTrailingSlash(prefix) + self)",
        "export const prefixPath = (...args) => (args.length === 1 ? (self) => prefixed(self, args[0]) : prefixed(args[0], args[1]))"
      ].join("\n"),
      loader: "js"
    }))
  }
}

const outdir = join(here, "dist")
rmSync(outdir, { recursive: true, force: true })
const result = await build({
  entryPoints: { egoi: join(here, "src/main.ts") },
  outdir,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  platform: "node",
  target: "node20",
  format: "esm",
  minify: true,
  sourcemap: false,
  legalComments: "none",
  define: { __EGOI_CLI_VERSION__: JSON.stringify(version) },
  plugins: [builtDefinition, endpointWithoutRouter],
  write: false,
  metafile: true,
  logLevel: "warning"
})

// Bundled CommonJS packages call require; an ES module has none, so each file makes its own.
const requireShim = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);"
// Node's compile cache makes later starts faster; it exists from Node 22.1 and is skipped before.
const entryBanner = `#!/usr/bin/env node\n${requireShim}try{__cr(import.meta.url)('node:module').enableCompileCache?.()}catch{}\n`
for (const file of result.outputFiles) {
  const entry = file.path === join(outdir, "egoi.js")
  mkdirSync(dirname(file.path), { recursive: true })
  writeFileSync(file.path, `${entry ? entryBanner : `${requireShim}\n`}${file.text}`)
  if (entry) chmodSync(file.path, 0o755)
}
if (process.argv.includes("--metafile")) writeFileSync(join(here, "meta.json"), JSON.stringify(result.metafile))
