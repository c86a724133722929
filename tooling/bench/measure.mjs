// What the benchmarks measure with: medians, elapsed seconds, a process's memory, the mock server
// in a child process of its own, and the built CLI run to its end with its time and peak memory.
import { spawn } from "node:child_process"
import { once } from "node:events"
import { createWriteStream, existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { performance } from "node:perf_hooks"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"

const HERE = dirname(fileURLToPath(import.meta.url))

/** The built CLI's binary. */
export const CLI = join(HERE, "..", "..", "apps", "cli", "dist", "egoi.js")

/** Stops with a message when the CLI is not built. */
export const requireCli = () => {
  if (!existsSync(CLI)) {
    console.error(`${CLI} is missing: build the CLI first (cd apps/cli && node build.mjs)`)
    process.exit(1)
  }
}

/** The value given after `--name` on the command line, or `fallback`. */
export const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : fallback
}

/** A number given as `--name N`, or `fallback`. */
export const numberOption = (name, fallback) => {
  const value = option(name)
  return value === undefined ? fallback : Number(value)
}

/** A progress line, on stderr so stdout stays the results. */
export const log = (text) => process.stderr.write(`${text}\n`)

/** Seconds since `start` (a `performance.now()`). */
export const seconds = (start) => (performance.now() - start) / 1000

/** The median of some numbers (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** kB to MB. */
export const mb = (kb) => kb / 1024

/** The peak and current resident memory of a process, in kB, from /proc (Linux); undefined elsewhere. */
export const memoryOf = (pid) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8")
    const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN)
    return { peakKb: field("VmHWM"), rssKb: field("VmRSS") }
  } catch {
    return undefined
  }
}

/** Starts the mock server (`server.mjs`) in a child process of its own; answers its URL and pid. */
export const startServer = async () => {
  const child = spawn(process.execPath, [join(HERE, "server.mjs")], { stdio: ["pipe", "pipe", "inherit"] })
  const [line] = await Promise.race([
    once(createInterface({ input: child.stdout }), "line"),
    once(child, "exit").then(([code]) => {
      throw new Error(`the mock server exited with ${code}`)
    })
  ])
  return { url: line.trim(), pid: child.pid, stop: () => child.kill("SIGTERM") }
}

/**
 * Runs the CLI to its end with `env` added: its wall time (from spawn to exit, start-up included) and
 * its peak resident memory, from /usr/bin/time when present (writing `time.txt` in `dir`), else by
 * sampling /proc/<pid>/status every 50 ms.
 */
export const runCli = async (args, { dir, env = {} }) => {
  const useTime = existsSync("/usr/bin/time")
  const timeFile = join(dir, "time.txt")
  const childEnv = { ...process.env, ...env }
  const started = performance.now()
  const child = useTime
    ? spawn("/usr/bin/time", ["-f", "%M", "-o", timeFile, process.execPath, CLI, ...args], { env: childEnv })
    : spawn(process.execPath, [CLI, ...args], { env: childEnv })
  let peakKb = 0
  const sampler = useTime
    ? undefined
    : setInterval(() => {
        peakKb = Math.max(peakKb, memoryOf(child.pid)?.peakKb ?? 0)
      }, 50)
  let stdout = ""
  let stderr = ""
  child.stdout.setEncoding("utf8").on("data", (chunk) => {
    stdout += chunk
  })
  child.stderr.setEncoding("utf8").on("data", (chunk) => {
    stderr += chunk
  })
  const [code] = await once(child, "close")
  const wall = seconds(started)
  if (sampler) clearInterval(sampler)
  if (useTime) peakKb = Number(readFileSync(timeFile, "utf8").trim().split(/\s+/).at(-1))
  if (code !== 0) throw new Error(`egoi ${args.join(" ")} exited with ${code}:\n${stderr}`)
  return { seconds: wall, peakMb: mb(peakKb), stdout, stderr, method: useTime ? "/usr/bin/time" : "VmHWM samples" }
}

/** Writes a CSV of `header` and `count` rows (`row(i)`, without its newline), streaming, 10,000 rows a write. */
export const writeCsv = async (path, header, count, row) => {
  const out = createWriteStream(path)
  out.write(`${header}\n`)
  let lines = []
  for (let i = 0; i < count; i++) {
    lines.push(`${row(i)}\n`)
    if (lines.length === 10_000 || i === count - 1) {
      if (!out.write(lines.join(""))) await once(out, "drain")
      lines = []
    }
  }
  out.end()
  await once(out, "finish")
}
