/**
 * Running the bundled CLI in tests: `node dist/egoi.js ...` as a subprocess, stdout a pipe (so the CLI
 * prints JSON), with none of the caller's EGOI_* variables unless given.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { availableParallelism } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { expect } from "vitest"

export const CLI_DIR = fileURLToPath(new URL("../..", import.meta.url))
export const CLI = join(CLI_DIR, "dist", "egoi.js")

if (!existsSync(CLI)) {
  throw new Error(
    `${CLI} is missing: these tests run the bundled CLI. Build it first with \`node build.mjs\` in apps/cli ` +
      "(turbo runs the build before the tests)."
  )
}

export interface Result {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** The test process's environment without the variables the CLI reads, plus the given ones. */
export const cleanEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("EGOI_"))),
  ...extra
})

/** Starts `egoi <args>` and leaves it running. */
export const start = (args: ReadonlyArray<string>, env: Record<string, string> = {}): ChildProcess =>
  spawn(process.execPath, [CLI, ...args], { cwd: CLI_DIR, env: cleanEnv(env), stdio: ["ignore", "pipe", "pipe"] })

/**
 * Tests run concurrently and a CLI start is CPU-bound (parsing the bundle), so at most this many run at
 * once, first come first served: a test then waits a bounded time instead of every start slowing down.
 */
const SLOTS = Math.max(2, availableParallelism())
let running = 0
const waiting: Array<() => void> = []

const inSlot = async <A>(task: () => Promise<A>): Promise<A> => {
  if (running < SLOTS) running++
  else await new Promise<void>((resolve) => waiting.push(resolve))
  try {
    return await task()
  } finally {
    // Hands the slot to the next in line, or frees it.
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

/**
 * How long an end-to-end test may take. Each CLI start first waits for a slot, behind the starts of
 * every other test of its file, so a test of several commands can wait for most of its file's starts
 * on a busy two-core machine: the bound is that queue, not the test's own work, and only catches a hang.
 */
export const E2E_TIMEOUT = 180_000

/** Runs a CLI process to its end, collecting its output. */
export const collect = (child: ChildProcess): Promise<Result> =>
  new Promise((resolve, reject) => {
    let stdout = ""
    let stderr = ""
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk
    })
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk
    })
    child.on("error", reject)
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
  })

/** Runs `egoi <args>` to its end. */
export const egoi = (args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<Result> =>
  inSlot(() => collect(start(args, env)))

/** The output of a successful command, parsed as JSON. */
export const json = (result: Result): any => {
  expect(result.code, `exit code (stderr: ${result.stderr})`).toBe(0)
  return JSON.parse(result.stdout)
}
