#!/usr/bin/env node
// What a program that makes one call carries: each program below is bundled with esbuild (minified,
// ESM, for Node) in this run, and its size reported raw and gzipped, beside openai's own one-call
// program as the yardstick of a well-kept SDK.
//
//   one group   import { Lists } from "@egoi-ts/sdk/lists"          new Lists(...).getAllLists()
//   whole SDK   import { Egoi } from "@egoi-ts/sdk"                 new Egoi(...).lists.getAllLists()
//   openai      import OpenAI from "openai"                         new OpenAI(...).models.list()
//
// The whole-SDK program is bundled a second time with code splitting, as a bundler that splits does:
// the chunks it loads at start (its entry and what that imports; each group's definition is a chunk
// loaded on first use), and all its chunks together (each gzipped on its own).
//
// node tooling/bench/bundle.mjs [--json] [--before <checkout>]      (the SDK must be built first)
//   --before adds the whole-SDK program built from another checkout of this repository, as "before"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { option } from "./measure.mjs"

const here = fileURLToPath(new URL(".", import.meta.url))
const require = createRequire(import.meta.url)
const esbuild = require("esbuild")

const programs = {
  "one group (@egoi-ts/sdk/lists)": `import { Lists } from "@egoi-ts/sdk/lists"
const lists = new Lists({ apiKey: process.env.EGOI_API_KEY })
console.log(await lists.getAllLists({ limit: 1 }))`,
  "whole SDK (@egoi-ts/sdk)": `import { Egoi } from "@egoi-ts/sdk"
const egoi = new Egoi({ apiKey: process.env.EGOI_API_KEY })
console.log(await egoi.lists.getAllLists({ limit: 1 }))`,
  "openai (one call)": `import OpenAI from "openai"
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })
console.log(await openai.models.list())`
}

const checkout = option("before")
if (checkout !== undefined) {
  programs["whole SDK, before"] = `import { Egoi } from ${JSON.stringify(join(checkout, "packages/sdk/dist/index.js"))}
const egoi = new Egoi({ apiKey: process.env.EGOI_API_KEY })
console.log(await egoi.lists.getAllLists({ limit: 1 }))`
  // openai stays last: it is the yardstick.
  const { ["openai (one call)"]: yardstick, ...rest } = programs
  for (const key of Object.keys(programs)) delete programs[key]
  Object.assign(programs, rest, { "openai (one call)": yardstick })
}

const folder = mkdtempSync(join(tmpdir(), "egoi-bundle-"))
const results = []
const bundle = (entry, splitting) =>
  esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    logLevel: "error",
    ...(splitting ? { splitting: true, outdir: join(folder, "split"), metafile: true } : {}),
    // Resolve the packages as this benchmark installs them.
    nodePaths: [join(here, "node_modules")]
  })
try {
  for (const [name, source] of Object.entries(programs)) {
    const entry = join(folder, `${results.length}.mjs`)
    writeFileSync(entry, source)
    const bytes = (await bundle(entry, false)).outputFiles[0].contents
    results.push({ name, bytes: bytes.length, gzip: gzipSync(bytes).length })
    if (name !== "whole SDK (@egoi-ts/sdk)") continue
    const split = await bundle(entry, true)
    const outputs = split.metafile.outputs
    const fileOf = new Map(split.outputFiles.map((file) => [relative(process.cwd(), file.path), file]))
    // What the program loads at start: its entry chunk and the chunks that one imports statically.
    const atStart = new Set()
    const visit = (path) => {
      if (atStart.has(path)) return
      atStart.add(path)
      for (const imported of outputs[path].imports) if (imported.kind === "import-statement") visit(imported.path)
    }
    visit(Object.keys(outputs).find((path) => outputs[path].entryPoint))
    const sizes = (files) => ({
      bytes: files.reduce((sum, file) => sum + file.contents.length, 0),
      gzip: files.reduce((sum, file) => sum + gzipSync(file.contents).length, 0)
    })
    const chunks = split.outputFiles.filter((file) => file.path.endsWith(".js"))
    results.push(
      {
        name: `  splitting: at start (${atStart.size} chunks)`,
        ...sizes([...atStart].map((path) => fileOf.get(path)))
      },
      { name: `  splitting: all ${chunks.length} chunks`, ...sizes(chunks) }
    )
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}

const openai = results.at(-1)
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
for (const { name, bytes, gzip } of results) {
  console.log(
    `${name.padEnd(34)} ${kb(bytes).padStart(9)} minified  ${kb(gzip).padStart(8)} gzip  ${(gzip / openai.gzip).toFixed(2)}× openai`
  )
}
if (process.argv.includes("--json")) console.log(JSON.stringify(results))
