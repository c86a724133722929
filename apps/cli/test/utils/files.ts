/** A temporary directory for one test, removed when the test ends. */
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { TestContext } from "vitest"

export const tempDir = async (context: Pick<TestContext, "onTestFinished">) => {
  const dir = await mkdtemp(join(tmpdir(), "egoi-cli-"))
  context.onTestFinished(() => rm(dir, { recursive: true, force: true }))
  return {
    dir,
    /** The path of a file in the directory. */
    path: (name: string) => join(dir, name),
    /** Writes a file in the directory and returns its path. */
    file: async (name: string, content: string) => {
      const path = join(dir, name)
      await writeFile(path, content)
      return path
    }
  }
}
