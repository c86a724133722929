/**
 * Smoke tests of the bundled binary, `node dist/egoi.js`, each a subprocess: what only the built
 * file can show (the entry, its chunks, the catalog it carries, stdio, signals). Everything else is
 * tested in-process. Timeouts here only catch a hang: nothing depends on how fast a start is.
 */
import { spawnSync } from "node:child_process"
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { createServer as createHttpsServer } from "node:https"
import * as NodeModule from "node:module"
import type { AddressInfo } from "node:net"
import { fileURLToPath } from "node:url"
import { MockServer } from "@egoi-ts/test-kit"
import { Client } from "@modelcontextprotocol/sdk/client/index.js"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js"
import { describe, expect, it, type TestContext } from "vitest"
import { CLI, cleanEnv, SPAWN_TIMEOUT, spawnEgoi, start } from "./utils/egoi.js"
import { tempDir } from "./utils/files.js"

const text = (result: unknown) =>
  (result as { content: ReadonlyArray<{ readonly text: string }> }).content.map((part) => part.text).join("\n")

describe("the bundled egoi", { timeout: SPAWN_TIMEOUT }, () => {
  it("answers --version and --help, with no escape codes when piped", async () => {
    const [version, help] = await Promise.all([spawnEgoi(["--version"]), spawnEgoi(["--help"])])
    expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) })
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^ {2}lists +Lists: \d+ operations$/m)
    expect(help.stdout).not.toContain("\u001b[")
  })

  it("runs an operation against a server, loading its group, and exits with the code of a failure", async (context) => {
    const server = await MockServer.start({ port: 0, seed: "demo" })
    context.onTestFinished(() => server.close())
    const [page, missing] = await Promise.all([
      spawnEgoi(["lists", "get-all-lists", "--limit", "1", "--base-url", server.url], { EGOI_API_KEY: "smoke" }),
      spawnEgoi(["lists", "get-list", "--list-id", "999", "--mock"])
    ])
    expect(page.code).toBe(0)
    expect(JSON.parse(page.stdout).items).toHaveLength(1)
    expect(missing.code).toBe(3)
    expect(missing.stderr).toContain("404 Not Found")
  })

  it("calls E-goi over https, as it does the real API", async (context) => {
    // A certificate for 127.0.0.1 only, made for these tests; the binary trusts it as an extra CA.
    const tls = (name: string) => readFileSync(new URL(`fixtures/loopback-tls.${name}`, import.meta.url))
    const received: Array<{ readonly path: string | undefined; readonly key: unknown }> = []
    const server = createHttpsServer({ key: tls("key"), cert: tls("crt") }, (request, response) => {
      received.push({ path: request.url, key: request.headers.apikey })
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ total_items: 0, items: [] }))
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    context.onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const { port } = server.address() as AddressInfo
    const result = await spawnEgoi(["lists", "get-all-lists", "--base-url", `https://127.0.0.1:${port}`], {
      EGOI_API_KEY: "smoke-tls",
      NODE_EXTRA_CA_CERTS: fileURLToPath(new URL("fixtures/loopback-tls.crt", import.meta.url))
    })
    expect(result.stderr).toBe("")
    expect(JSON.parse(result.stdout)).toEqual({ total_items: 0, items: [] })
    expect(received).toEqual([{ path: "/lists", key: "smoke-tls" }])
  })

  it("serves MCP over stdio to the official SDK's client: a read, a write refused, then allowed", async () => {
    const connect = async (args: ReadonlyArray<string>) => {
      const client = new Client({ name: "egoi-smoke", version: "1.0.0" })
      await client.connect(
        new StdioClientTransport({
          command: process.execPath,
          args: [CLI, "mcp", "--mock", ...args],
          env: cleanEnv() as Record<string, string>,
          stderr: "pipe"
        })
      )
      return client
    }
    const readOnly = await connect([])
    try {
      const names = (await readOnly.listTools()).tools.map((tool) => tool.name)
      expect(names).toContain("getAllTags")
      expect(names).not.toContain("createTag")
      const tags = await readOnly.callTool({ name: "getAllTags", arguments: { limit: 2 } })
      expect(JSON.parse(text(tags)).items).toHaveLength(2)
      const refused = await readOnly.callTool({ name: "createTag", arguments: { name: "agent" } })
      expect(refused.isError).toBe(true)
      expect(text(refused)).toContain("--allow-writes")
    } finally {
      await readOnly.close()
    }
    const writer = await connect(["--allow-writes"])
    try {
      const created = await writer.callTool({ name: "createTag", arguments: { name: "agent" } })
      expect(created.isError).toBeFalsy()
      expect(JSON.parse(text(created))).toMatchObject({ name: "agent", tag_id: expect.any(Number) })
    } finally {
      await writer.close()
    }
  })

  it("mock serve --port 0 prints its URL, serves the mock, and stops on SIGINT", async () => {
    const child = start(["mock", "serve", "--port", "0", "--seed", "demo"])
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal }))
    )
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = ""
        child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
          stdout += chunk
          const newline = stdout.indexOf("\n")
          if (newline >= 0) resolve(stdout.slice(0, newline))
        })
        child.on("error", reject)
        child.on("exit", (code) => reject(new Error(`mock serve exited early with ${code}`)))
      })
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const response = await fetch(`${url}/lists`, { headers: { Apikey: "x" } })
      expect(response.status).toBe(200)
      expect(((await response.json()) as { items: Array<unknown> }).items.length).toBeGreaterThan(0)
      child.kill("SIGINT")
      // Ctrl-C is how the server is meant to stop: a clean exit, and the port closed.
      expect(await exited).toEqual({ code: 0, signal: null })
      await expect(fetch(`${url}/lists`, { headers: { Apikey: "x" } })).rejects.toThrow()
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
    }
  })

  it("keeps a compile cache that speeds later starts and never changes what a command does", async (context) => {
    const server = await MockServer.start({ port: 0, seed: "demo" })
    context.onTestFinished(() => server.close())
    const { path } = await tempDir(context)
    const secret = "smoke-secret-key-0123456789"
    const run = (env: Record<string, string>) =>
      spawnEgoi(["lists", "get-all-lists", "--limit", "2", "--base-url", server.url], {
        EGOI_API_KEY: secret,
        ...env
      })
    const cacheFiles = () => {
      const [folder] = readdirSync(path("cache/egoi"))
      return readdirSync(path(`cache/egoi/${folder}`)).map((name) => path(`cache/egoi/${folder}/${name}`))
    }

    const first = await run({ XDG_CACHE_HOME: path("cache") })
    expect(first.code).toBe(0)
    // Node 22.1 and later keep their own cache; this one is Node 20's.
    if (typeof (NodeModule as { enableCompileCache?: unknown }).enableCompileCache === "function") return
    const files = cacheFiles()
    expect(files.length).toBeGreaterThan(3)
    if (process.platform !== "win32") {
      expect(statSync(path("cache/egoi")).mode & 0o777).toBe(0o700)
      for (const file of files) expect(statSync(file).mode & 0o777).toBe(0o600)
    }
    // The cache holds the CLI's code, never what a run was given.
    for (const file of files) expect(readFileSync(file).includes(secret)).toBe(false)

    const cached = await run({ XDG_CACHE_HOME: path("cache") })
    expect(cached).toEqual(first)

    // A damaged file is refused by V8 and written again; the command is none the worse.
    for (const file of files) writeFileSync(file, "not a code cache")
    expect(await run({ XDG_CACHE_HOME: path("cache") })).toEqual(first)
    expect(readFileSync(files[0]!).toString("latin1")).not.toBe("not a code cache")

    // A cache folder that cannot be made only means no cache; turned off, none is made.
    writeFileSync(path("not-a-folder"), "")
    expect(await run({ XDG_CACHE_HOME: path("not-a-folder") })).toEqual(first)
    expect(await run({ XDG_CACHE_HOME: path("off"), NODE_DISABLE_COMPILE_CACHE: "1" })).toEqual(first)
    expect(existsSync(path("off"))).toBe(false)
  })

  /** Runs a shell script with the bundled `egoi` on the PATH, as an installed binary is. */
  const inShell = async (context: TestContext, shell: string, args: ReadonlyArray<string>, script: string) => {
    const { dir, path } = await tempDir(context)
    writeFileSync(path("egoi"), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`)
    chmodSync(path("egoi"), 0o755)
    const result = spawnSync(shell, [...args, script], {
      env: { ...cleanEnv(), PATH: `${dir}:${process.env.PATH}` },
      encoding: "utf8"
    })
    expect(result.stderr).toBe("")
    return result.stdout.trim()
  }
  const installed = (shell: string) => spawnSync(shell, ["-c", "exit 0"]).status === 0

  it("completes in bash with the script egoi completion bash prints", async (context) => {
    const complete = (words: string) =>
      inShell(
        context,
        "bash",
        ["-c"],
        `source <(egoi completion bash); COMP_WORDS=(${words}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _egoi_complete; printf '%s\\n' "\${COMPREPLY[@]}"`
      )
    expect(await complete("egoi lists get-")).toBe("get-all-lists\nget-list")
    expect(await complete("egoi contacts get-all-contacts --li")).toBe("--list-id\n--limit")
    expect(await complete(`egoi lists get-all-lists --order ''`)).toBe("asc\ndesc")
  })

  // zsh's completion system needs a terminal; its functions the script calls print what they are given.
  it.skipIf(!installed("zsh"))("completes in zsh with the script egoi completion zsh prints", async (context) => {
    const complete = (words: string, current: number) =>
      inShell(
        context,
        "zsh",
        ["-fc"],
        `compdef() { : }; _files() { print -r -- ":files" }; _describe() { print -rl -- "\${(@P)4}" }
source <(egoi completion zsh); words=(${words}); CURRENT=${current}; _egoi`
      )
    expect(await complete("egoi lists get-", 3)).toBe(
      "get-all-lists:List every list of the account, a page at a time\nget-list:Show a list with its languages and contact counts"
    )
    expect(await complete("egoi contacts get-all-contacts --li", 4)).toMatch(/^--list-id:.*\n--limit:/)
    expect(await complete(`egoi lists get-all-lists --order ''`, 5)).toBe("asc\ndesc")
    expect(await complete(`egoi contacts import ''`, 4)).toBe(":files")
  })

  it.skipIf(!installed("fish"))("completes in fish with the script egoi completion fish prints", async (context) => {
    const complete = (line: string) =>
      inShell(context, "fish", ["--no-config", "-c"], `egoi completion fish | source; complete -C "${line}"`)
    expect(await complete("egoi lists get-")).toBe(
      "get-all-lists\tList every list of the account, a page at a time\nget-list\tShow a list with its languages and contact counts"
    )
    expect(await complete("egoi contacts get-all-contacts --li")).toMatch(/^--limit\t.*\n--list-id\t/)
    expect(await complete("egoi lists get-all-lists --order ")).toBe("asc\ndesc")
  })
})
