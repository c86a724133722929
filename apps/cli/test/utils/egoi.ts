/**
 * Running the CLI in tests. `egoi(args)` runs it in-process, exactly as the binary does (the same
 * `runCli`, with stand-ins for stdout, stderr and stdin), so a test waits for no process to start;
 * `spawnEgoi(args)` runs the bundled `dist/egoi.js` as a subprocess, for the few smoke tests of the
 * binary itself. Either way stdout is not a terminal (so the CLI prints JSON) unless a test says
 * so, and none of the caller's EGOI_* variables or profiles reach it.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { PassThrough, Writable } from "node:stream"
import { fileURLToPath } from "node:url"
import { expect } from "vitest"
import { runCli } from "../../src/internal/cli.js"
import type { Io } from "../../src/internal/io.js"

export const CLI_DIR = fileURLToPath(new URL("../..", import.meta.url))
export const CLI = join(CLI_DIR, "dist", "egoi.js")

export interface Result {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** A config directory with no profiles, so a test never reads the developer's own. */
const NO_CONFIG = join(tmpdir(), "egoi-cli-test-no-config")
/** The binary's compile cache for tests, out of the developer's own cache folder. */
const TEST_CACHE = join(tmpdir(), "egoi-cli-test-cache")

/** The test process's environment without the variables the CLI reads, plus the given ones. */
export const cleanEnv = (extra: Record<string, string> = {}): Record<string, string | undefined> => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("EGOI_") && name !== "NO_COLOR")
  ),
  XDG_CONFIG_HOME: NO_CONFIG,
  XDG_CACHE_HOME: TEST_CACHE,
  ...extra
})

/** A stream that keeps what is written to it, and says it is a terminal when told to. */
export class Recorder extends Writable {
  text = ""
  constructor(
    readonly isTTY = false,
    readonly columns = 100
  ) {
    super({ decodeStrings: false })
  }
  override _write(chunk: string | Buffer, _encoding: BufferEncoding, done: () => void) {
    this.text += chunk.toString()
    done()
  }
}

export interface RunOptions {
  /** stdout (and stderr) as a terminal. */
  readonly tty?: boolean
  /** What stdin gives; it ends after. */
  readonly stdin?: string
  /** stdin as a terminal a person types into. */
  readonly interactive?: boolean
}

/** Runs `egoi <args>` in this process to its end. */
export const egoi = async (
  args: ReadonlyArray<string>,
  env: Record<string, string> = {},
  options: RunOptions = {}
): Promise<Result> => {
  const stdout = new Recorder(options.tty)
  const stderr = new Recorder(options.tty)
  const stdin = Object.assign(new PassThrough(), { isTTY: options.interactive === true })
  stdin.end(options.stdin ?? "")
  const io: Io = { stdout, stderr, stdin, env: cleanEnv(env) }
  const code = await runCli(args, io)
  return { code, signal: null, stdout: stdout.text, stderr: stderr.text }
}

const requireBundle = () => {
  if (!existsSync(CLI)) {
    throw new Error(
      `${CLI} is missing: these tests run the bundled CLI. Build it first with \`node build.mjs\` in apps/cli ` +
        "(turbo runs the build before the tests)."
    )
  }
}

/** Starts the bundled `egoi <args>` as a subprocess and leaves it running. */
export const start = (args: ReadonlyArray<string>, env: Record<string, string> = {}): ChildProcess => {
  requireBundle()
  return spawn(process.execPath, [CLI, ...args], { cwd: CLI_DIR, env: cleanEnv(env), stdio: ["pipe", "pipe", "pipe"] })
}

/** How long a test that starts the bundled binary may take: a bound that only catches a hang. */
export const SPAWN_TIMEOUT = 120_000

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

/** Runs the bundled `egoi <args>` to its end, stdin closed. */
export const spawnEgoi = (args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<Result> => {
  const child = start(args, env)
  // The command may end before its stdin is closed: the pipe closing first is no failure of the command's.
  child.stdin!.on("error", () => {})
  child.stdin!.end()
  return collect(child)
}

/** The output of a successful command, parsed as JSON. */
export const json = (result: Result): any => {
  expect(result.code, `exit code (stderr: ${result.stderr})`).toBe(0)
  return JSON.parse(result.stdout)
}
