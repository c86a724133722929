// Bundles the CLI into dist/: cli.js, the entry, with what help, completion and parsing need, and
// chunks/ that commands load when they run (one per group of the definition, the client, the mock,
// the MCP server), so a command loads only what it uses; egoi.js, the binary, loads them with a V8
// code cache (src/launch.ts), which is why they are CommonJS and the build records their hashes.
//
// The entry carries the catalog of the definition as JSON, derived here once (src/internal/
// deriveCatalog.ts, run on core's built definition): src/internal/definition.ts is replaced by that
// JSON and by one dynamic import per group of the core module that declares it.

import { createHash } from "node:crypto"
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, relative, sep } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { build, transformSync } from "esbuild"

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
// Split as ES modules (esbuild splits no other format), then each file turned into CommonJS for the
// launcher, which loads it with a V8 code cache (src/launch.ts).
const result = await build({
  entryPoints: { cli: join(here, "src/main.ts") },
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

/**
 * One output file as CommonJS with the meaning it had as an ES module: strict code, imports become
 * `require`, `import()` a `require` in a promise, and `import.meta.url` the file's own URL.
 */
const toCommonJs = (file) => {
  const { code } = transformSync(file.text, {
    format: "cjs",
    target: "node20",
    minifyWhitespace: true,
    supported: { "dynamic-import": false },
    define: { "import.meta.url": "__importMetaUrl" },
    logLevel: "error"
  })
  const name = relative(outdir, file.path)
  // Any other use of import.meta has no CommonJS meaning (esbuild would make it an empty object).
  if (/import\.meta|\bimport_meta\b/.test(code)) throw new Error(`${name} uses import.meta beyond its url`)
  // The launcher reads files as ASCII.
  if (Buffer.byteLength(code) !== code.length) throw new Error(`${name} is not ASCII`)
  // The launcher resolves the CLI's own files below dist/ only.
  if (code.includes('require("../')) throw new Error(`${name} requires a file above its folder`)
  // An ES module is strict code; a CommonJS file is only when it says so, first.
  const strict = '"use strict";'
  return code.includes("__importMetaUrl")
    ? `${strict}var __importMetaUrl=require("node:url").pathToFileURL(__filename).href;${code}`
    : `${strict}${code}`
}

const hashes = {}
for (const file of result.outputFiles) {
  const code = toCommonJs(file)
  mkdirSync(dirname(file.path), { recursive: true })
  writeFileSync(file.path, code)
  hashes[relative(outdir, file.path).split(sep).join("/")] = createHash("sha256")
    .update(code)
    .digest("hex")
    .slice(0, 32)
}
writeFileSync(join(outdir, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`)

await build({
  entryPoints: [join(here, "src/launch.ts")],
  outfile: join(outdir, "egoi.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minify: true,
  legalComments: "none",
  banner: { js: "#!/usr/bin/env node" },
  define: { __EGOI_CLI_FILES__: JSON.stringify(hashes) },
  logLevel: "warning"
})
chmodSync(join(outdir, "egoi.js"), 0o755)
if (process.argv.includes("--metafile")) writeFileSync(join(here, "meta.json"), JSON.stringify(result.metafile))
