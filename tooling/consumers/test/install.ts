/**
 * Packs the packages as they would be published and installs the tarballs, with npm, into one
 * throwaway application that every test file of this package works in.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { TestProject } from "vitest/node"
import { PACKAGES, pinned, root } from "./workspace.js"

declare module "vitest" {
  export interface ProvidedContext {
    /** The application's folder. */
    readonly app: string
  }
}

/** pnpm as this workspace runs it: it turns `workspace:` ranges into versions when packing. */
const pnpm = (args: ReadonlyArray<string>, cwd: string) => {
  const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { packageManager: string }
  return execFileSync("npx", ["--yes", packageManager, ...args], { cwd, encoding: "utf8", stdio: "pipe" })
}

export default function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), "egoi-consumers-"))
  const packs = join(work, "packs")
  const app = join(work, "app")
  mkdirSync(packs)
  mkdirSync(app)
  for (const folder of PACKAGES) pnpm(["pack", "--pack-destination", packs], join(root, folder))
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }))
  const tarballs = readdirSync(packs).map((name) => join(packs, name))
  execFileSync(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      ...tarballs,
      ...["effect", "@effect/platform", "@effect/vitest", "typescript", "vitest", "esbuild", "@types/node", "msw"].map(
        (name) => `${name}@${pinned(name)}`
      )
    ],
    { cwd: app, stdio: "pipe" }
  )
  project.provide("app", app)
  return () => rmSync(work, { recursive: true, force: true })
}
