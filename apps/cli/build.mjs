// Bundles the CLI into one file, dist/egoi.js.
import { readFileSync } from "node:fs"
import { build } from "esbuild"

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"))

await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/egoi.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  minify: true,
  sourcemap: false,
  legalComments: "none",
  define: { __EGOI_CLI_VERSION__: JSON.stringify(version) },
  banner: {
    js: [
      "#!/usr/bin/env node",
      // Node's compile cache makes later starts faster; it exists from Node 22.1 and is skipped before.
      "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);try{__cr(import.meta.url)('node:module').enableCompileCache?.()}catch{}"
    ].join("\n")
  },
  logLevel: "warning"
})
