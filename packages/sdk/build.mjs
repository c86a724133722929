// Builds the SDK as users install it: its JavaScript is bundled with everything it runs (core,
// Effect, @effect/platform) inlined and tree-shaken, so importing it loads a few files instead of
// hundreds; the declarations come from `tsc`.
//
//   dist/index.js, dist/groups/*.js, dist/chunks/*   ESM: one entry point per group, sharing chunks
//   dist/cjs/index.js, dist/cjs/groups/*.js          CommonJS: one bundle, each group's entry re-exports it
//   dist/**/*.d.ts, dist/cjs/**/*.d.ts               the declarations, for ESM and CommonJS resolution
import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const here = dirname(fileURLToPath(import.meta.url))
const dist = join(here, "dist")
const cjs = join(dist, "cjs")
rmSync(dist, { recursive: true, force: true })

execFileSync(process.execPath, [join(here, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
  cwd: here,
  stdio: "inherit"
})

/**
 * `@effect/platform`'s `HttpApiEndpoint` imports its whole HTTP router (the router, the server request,
 * the multipart parser, file-system streams: about a quarter of a one-group program) for one string
 * function of its `prefix` method, which a client never calls. In this bundle that import is that
 * function alone. The build stops if the endpoint module ever uses anything else of the router.
 */
const endpointRouterImport = {
  name: "endpoint-router-import",
  setup(builder) {
    builder.onResolve({ filter: /^\.\/HttpRouter\.js$/ }, (args) =>
      /@effect[\\/]platform[\\/]dist[\\/]esm[\\/]HttpApiEndpoint\.js$/.test(args.importer)
        ? { path: args.importer, namespace: "endpoint-router" }
        : undefined
    )
    builder.onLoad({ filter: /.*/, namespace: "endpoint-router" }, (args) => {
      const uses = new Set(readFileSync(args.path, "utf8").match(/\bHttpRouter\.(?!js")\w+/g) ?? [])
      if ([...uses].some((use) => use !== "HttpRouter.prefixPath")) {
        throw new Error(`HttpApiEndpoint uses more of HttpRouter than prefixPath: ${[...uses].join(", ")}`)
      }
      return {
        contents:
          'export const prefixPath = (path, prefix) => { const base = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix; return path === "/" ? base : base + path }',
        loader: "js"
      }
    })
  }
}

/**
 * Core's operations carry an `OpenApi.Summary` each, a sentence for the OpenAPI document and the CLI's
 * help; a client never reads it, and the 143 of them are a few KB of every whole-SDK program. This
 * bundle leaves them out of core's group modules. The build stops if a summary is written in a way
 * this does not recognize, so none is left behind unnoticed.
 */
const withoutSummaries = {
  name: "without-summaries",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]core[\\/]dist[\\/][A-Z]\w*\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8")
      if (!source.includes("OpenApi.Summary")) return undefined
      const contents = source.replace(
        /\.annotate\(\s*OpenApi\.Summary\s*,\s*(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_$][\w$]*)\s*\)/g,
        ""
      )
      if (contents.includes("OpenApi.Summary"))
        throw new Error(`${relative(here, args.path)} writes an OpenApi.Summary this build does not recognize`)
      return { contents, loader: "js" }
    })
  }
}

const groups = readdirSync(join(here, "src/groups")).filter((name) => name.endsWith(".ts"))
const shared = {
  bundle: true,
  minify: true,
  // Neither Node's nor the browser's: the SDK runs wherever `fetch` does.
  platform: "neutral",
  mainFields: ["module", "main"],
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
  plugins: [endpointRouterImport, withoutSummaries]
}

await build({
  ...shared,
  // Statements kept apart (no syntax minification, which joins them), so an application's bundler can
  // still drop what its program does not use.
  minify: false,
  minifyWhitespace: true,
  minifyIdentifiers: true,
  entryPoints: [join(here, "src/index.ts"), ...groups.map((name) => join(here, "src/groups", name))],
  outdir: dist,
  outbase: join(here, "src"),
  format: "esm",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]"
})

await build({ ...shared, entryPoints: [join(here, "src/index.ts")], outfile: join(cjs, "index.js"), format: "cjs" })
// A CommonJS program holds the whole bundle anyway: each group's entry point is the same module.
for (const name of groups) {
  const file = join(cjs, "groups", name.replace(/\.ts$/, ".js"))
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, 'module.exports = require("../index.js")\n')
}

// The public declarations refer to nothing outside the SDK (its types are written out from core's, see
// tooling/scripts/sdkTypes.mjs): an application type-checks them without core, Effect or
// @effect/platform installed. The internal modules' declarations, which do, are not shipped.
rmSync(join(dist, "internal"), { recursive: true, force: true })
for (const file of readdirSync(dist, { recursive: true })) {
  const path = join(dist, String(file))
  if (!path.endsWith(".d.ts")) continue
  const outside =
    /^\s*(?:import|export)\b[^\n]*\bfrom\s+["'](effect[^"']*|@effect\/[^"']+|@egoi-ts\/core[^"']*)["']/m.exec(
      readFileSync(path, "utf8")
    )
  if (outside)
    throw new Error(`${relative(here, path)} refers to ${outside[1]}: the SDK's declarations must stand alone`)
}

// The declarations again for CommonJS resolution, in the folder marked as CommonJS.
const declarations = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return path === cjs ? [] : declarations(path)
    return entry.name.endsWith(".d.ts") ? [path] : []
  })
for (const file of declarations(dist)) {
  const target = join(cjs, relative(dist, file))
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, readFileSync(file, "utf8"))
}
writeFileSync(join(cjs, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`)
