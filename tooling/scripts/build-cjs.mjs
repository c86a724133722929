#!/usr/bin/env node
// The CommonJS build of a package, made from its ESM build: every `dist/**/*.js` turned into CommonJS
// under `dist/cjs/` (same file names, in a folder marked `"type": "commonjs"`), and its declarations
// copied beside, so `require` and TypeScript's CommonJS resolution find their own files. Run after `tsc`,
// from the package's folder.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { transform } from "esbuild"

const dist = join(process.cwd(), "dist")
const cjs = join(dist, "cjs")
rmSync(cjs, { recursive: true, force: true })

const files = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return path === cjs ? [] : files(path)
    return [path]
  })

for (const file of files(dist)) {
  const target = join(cjs, relative(dist, file))
  mkdirSync(dirname(target), { recursive: true })
  if (file.endsWith(".js")) {
    const { code } = await transform(readFileSync(file, "utf8"), {
      format: "cjs",
      target: "node20",
      sourcefile: relative(dist, file),
      // Without a map: the CommonJS files are a translation of the ESM ones, whose maps point at the sources.
      sourcemap: false
    })
    writeFileSync(target, code)
  } else if (file.endsWith(".d.ts")) {
    writeFileSync(target, readFileSync(file, "utf8"))
  }
}
writeFileSync(join(cjs, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`)
