/**
 * What installing the test-kit brings: its dependencies and peer dependencies are exactly the
 * packages its source imports, so a consumer installs nothing it does not load.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..")

const sourceFiles = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []
  )

/** The packages named by the source's imports and re-exports (type-only ones included: their types ship). */
const importedPackages = (): Set<string> => {
  const packages = new Set<string>()
  for (const file of sourceFiles(join(root, "src"))) {
    const text = readFileSync(file, "utf8")
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
      if (specifier!.startsWith(".") || specifier!.startsWith("node:")) continue
      const parts = specifier!.split("/")
      packages.add(specifier!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!)
    }
  }
  return packages
}

describe("package", () => {
  it("depends on, or asks as peers for, exactly the packages its source imports", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
    const declared = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {})
    ].sort()
    // Its own name appears in the examples of its doc comments.
    const imported = [...importedPackages()].filter((name) => name !== manifest.name)
    expect(declared).toEqual(imported.sort())
    expect(declared).not.toContain("@effect/platform-node")
  })
})
