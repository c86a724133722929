/** The workspace whose packages are installed, and how to work in the application they are installed into. */
import { spawn } from "node:child_process"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const root = fileURLToPath(new URL("../../..", import.meta.url))

/** The packages a user installs. */
export const PACKAGES = ["packages/core", "packages/sdk", "packages/test-kit", "apps/cli"] as const

/** The version the workspace pins for a dependency, from its catalog. */
export const pinned = (name: string): string => {
  const catalog = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8")
  const line = catalog.split("\n").find((text) => text.trim().replace(/"/g, "").startsWith(`${name}:`))
  if (!line) throw new Error(`${name} is not in the workspace catalog`)
  return line
    .split(":")
    .slice(1)
    .join(":")
    .trim()
    .replace(/^["^]+|"$/g, "")
}

/** Writes a file of the application, making its folder. */
export const write = (app: string, file: string, text: string) => {
  mkdirSync(join(app, file, ".."), { recursive: true })
  writeFileSync(join(app, file), text)
}

/**
 * Runs a command in the application (or `cwd`); its output, or a failure with what it printed. Never
 * blocks this process: vitest's worker keeps talking to its runner, and a server this process runs
 * keeps answering the command. A command that serves until stopped is given `stopWhen`, what it
 * prints once it is ready: it is stopped then, and that is its success.
 */
export const inApp = (
  app: string,
  command: string,
  args: ReadonlyArray<string>,
  options: {
    readonly env?: Record<string, string>
    readonly cwd?: string
    /** What the command reads on its standard input; nothing when not given. */
    readonly input?: string
    readonly stopWhen?: RegExp
    /** Any exit status is a success: the output is then stdout and stderr together, as a terminal shows them. */
    readonly anyExit?: boolean
  } = {}
) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? app,
      env: { ...process.env, ...options.env },
      stdio: ["pipe", "pipe", "pipe"]
    })
    // A command may end before it reads its input (most do not read it): the pipe closing under the
    // write is no failure of the command's.
    child.stdin.on("error", () => {})
    child.stdin.end(options.input ?? "")
    let output = ""
    let errors = ""
    let stopped = false
    const failed = (why: string) => new Error(`${command} ${args.join(" ")} ${why}:\n${output}\n${errors}`)
    const timer = setTimeout(() => {
      child.kill("SIGKILL")
      reject(failed("still running after 240 s"))
    }, 240_000)
    child.stdout.on("data", (chunk) => {
      output += chunk
      if (options.stopWhen?.test(output) && !stopped) {
        stopped = true
        child.kill("SIGTERM")
      }
    })
    child.stderr.on("data", (chunk) => {
      errors += chunk
    })
    child.on("close", (code, signal) => {
      clearTimeout(timer)
      if (options.anyExit) resolve(`${output}${errors}`.trim())
      else if (code === 0 || stopped) resolve(output.trim())
      else reject(failed(`exited ${code ?? signal}`))
    })
  })
