/**
 * Every code block of the READMEs a user reads, run as the user would run it, in the application the
 * packages were installed into, against a mock on a local socket (`EGOI_BASE_URL`):
 *
 * - TypeScript and JavaScript blocks are complete programs: all of them type-check together (strict,
 *   `skipLibCheck` off), then each runs on its own with Node, or with vitest when it is a test.
 * - Shell blocks run line by line: `egoi` commands with the installed binary, in a scratch folder
 *   holding the files they name (a zsh or fish completion script is printed, not sourced by bash);
 *   `npm install` must name packages the application could install; the workspace's own `npm start`
 *   and `npm test` must be its scripts, and `npm start -- <args>` runs the installed CLI with `<args>`. A command of any other kind fails
 *   the test, so a README cannot show what this suite does not run.
 * - Console blocks are terminal sessions: each `$ egoi ...` command runs and must print exactly the
 *   lines the README shows after it.
 * - JSON blocks must parse; `text` blocks are not code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { MockServer } from "@egoi-ts/test-kit"
import { describe, expect, inject, it } from "vitest"
import * as Workspace from "./workspace.js"

const READMES = [
  "README.md",
  "packages/core/README.md",
  "packages/sdk/README.md",
  "packages/test-kit/README.md",
  "apps/cli/README.md"
] as const

const API_KEY = "readme-api-key"

interface Block {
  readonly readme: string
  readonly line: number
  readonly language: string
  readonly code: string
}

const blocksOf = (readme: string): ReadonlyArray<Block> => {
  const lines = readFileSync(join(Workspace.root, readme), "utf8").split("\n")
  const blocks: Array<Block> = []
  let open: { language: string; line: number; code: Array<string> } | undefined
  lines.forEach((text, index) => {
    const fence = /^```(\S*)\s*$/.exec(text)
    if (!open && fence) open = { language: fence[1] ?? "", line: index + 1, code: [] }
    else if (open && /^```\s*$/.test(text)) {
      blocks.push({ readme, line: open.line, language: open.language, code: open.code.join("\n") })
      open = undefined
    } else open?.code.push(text)
  })
  if (open) throw new Error(`${readme}:${open.line}: a code block that never closes`)
  return blocks
}

const PROGRAM = new Set(["ts", "typescript", "js", "javascript"])
const SHELL = new Set(["sh", "bash", "shell"])
const KNOWN = new Set([...PROGRAM, ...SHELL, "console", "json", "text"])

const app = inject("app")
const all = READMES.flatMap(blocksOf)
const programs = all.filter((block) => PROGRAM.has(block.language))
const fileOf = (block: Block) => {
  const name = `${block.readme.replace(/README\.md$/, "readme").replace(/\W+/g, "-")}-${block.line}`
  return /from "(?:vitest|@effect\/vitest)"/.test(block.code) ? `${name}.test.ts` : `${name}.ts`
}

/** A mock on a socket for one block, seeded as the READMEs assume: lists 1 to 4, tags 1 to 3. */
const withMock = async <A>(use: (url: string) => Promise<A>): Promise<A> => {
  const server = await MockServer.start({ seed: "readme", port: 0 })
  try {
    return await use(server.url)
  } finally {
    await server.close()
  }
}

/** The files the CLI examples read, and the folders they write to. */
const FIXTURES: Record<string, string> = {
  "list.json": JSON.stringify({ internal_name: "From a file", public_name: "From a file" }),
  "people.csv": "email,first_name\nana@example.com,Ana\nrui@example.com,Rui\n",
  "may.html": '<h1>May news</h1><a href="https://example.com/may">Read more</a>',
  "people.ndjson": `${JSON.stringify({ email: "ana@example.com", first_name: "Ana" })}\n`,
  "products.csv": "product_identifier,name,price,brand,Colour\nJEANS-32,Blue jeans,29.90,Acme,blue\n",
  "orders.ndjson": `${JSON.stringify({
    order_id: "1001",
    contact_id: "ana@example.com",
    revenue: 29.9,
    store_url: "https://shop.example.com",
    date: "2024-05-01 10:00:00",
    items: [{ id: "JEANS-32", name: "Blue jeans", price: 29.9, quantity: 1 }]
  })}\n`,
  "work-key.txt": `${API_KEY}\n`,
  ".config/fish/completions/.keep": ""
}

/** An MCP client's first message: the server is ready once it answers. */
const MCP_INITIALIZE = `${JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "readme", version: "0.0.0" } }
})}\n`

/** The words of a command line past its leading `NAME=value` assignments, and past `source <(`. */
const wordsOf = (command: string): ReadonlyArray<string> => {
  const words = command.split(/\s+/)
  let first = 0
  while (/^[A-Z_][A-Z0-9_]*=/.test(words[first] ?? "")) first++
  if (words[first] === "source" && words[first + 1]?.startsWith("<(")) {
    return [(words[first + 1] ?? "").slice(2), ...words.slice(first + 2)]
  }
  return words.slice(first)
}

/**
 * The line to run for an `egoi` command: as written, but a completion script for a shell other than
 * bash (which runs the lines) is printed rather than sourced; `npm start -- <args>` is the CLI with
 * those arguments, run as the installed binary.
 */
const egoiLine = (line: string, words: ReadonlyArray<string>): string => {
  if (words[0] === "npm") return `egoi ${line.slice(line.indexOf(" -- ") + 4)}`
  const sourced = /source <\((egoi completion (\w+))\)/.exec(line)
  return sourced && sourced[2] !== "bash" ? (sourced[1] ?? line) : line
}

/** A scratch folder for a block's commands, holding the files they read, and their environment. */
const scratchFor = (block: Block, url: string) => {
  const scratch = join(app, "readmes", `${fileOf(block).replace(/\.ts$/, "")}-shell`)
  for (const [file, text] of Object.entries(FIXTURES)) {
    mkdirSync(join(scratch, file, ".."), { recursive: true })
    writeFileSync(join(scratch, file), text)
  }
  const env: Record<string, string> = {
    EGOI_API_KEY: API_KEY,
    EGOI_BASE_URL: url,
    // What a command saves (a profile, say) goes to the scratch folder, never the user's home.
    HOME: scratch,
    XDG_CONFIG_HOME: join(scratch, ".config"),
    NO_COLOR: "1",
    PATH: `${join(app, "node_modules/.bin")}:${process.env.PATH}`
  }
  return { scratch, env }
}

/** Runs an `egoi` command line with bash; a server (the mock, MCP) runs until it shows it is ready. */
const runEgoi = (
  line: string,
  words: ReadonlyArray<string>,
  cwd: string,
  env: Record<string, string>,
  anyExit = false
) => {
  if (words[1] === "mock" && words[2] === "serve") {
    return Workspace.inApp(app, "bash", ["-c", line], { cwd, env, stopWhen: /http:\/\/127\.0\.0\.1:\d+/ })
  }
  if (words[1] === "mcp") {
    return Workspace.inApp(app, "bash", ["-c", line], { cwd, env, input: MCP_INITIALIZE, stopWhen: /"result"/ })
  }
  // A command that asks for the key (`config set api-key`) reads it from its input.
  return Workspace.inApp(app, "bash", ["-c", line], { cwd, env, input: `${API_KEY}\n`, anyExit })
}

const runShell = (block: Block) =>
  withMock(async (url) => {
    const { scratch, env } = scratchFor(block, url)
    for (const line of block.code.split("\n")) {
      const command = line.replace(/\s+#.*$/, "").trim()
      if (command === "" || command.startsWith("#")) continue
      const words = wordsOf(command)
      if (words[0] === "export") {
        const [name, value] = (words[1] ?? "").split("=")
        if (!name || value === undefined) throw new Error(`${block.readme}:${block.line}: ${command}`)
        // A placeholder value stays the test's own key.
        if (value !== "...") env[name] = value
      } else if (words[0] === "npm" && words[1] === "install") {
        for (const name of words.slice(2).filter((word) => !word.startsWith("-"))) {
          expect(existsSync(join(app, "node_modules", name, "package.json")), `${name} is installable`).toBe(true)
        }
      } else if (words[0] === "npm" && (words[1] === "start" || words[1] === "test")) {
        const { scripts } = JSON.parse(readFileSync(join(Workspace.root, "package.json"), "utf8")) as {
          scripts: Record<string, string>
        }
        expect(scripts[words[1]], `the workspace's ${command}`).toBeDefined()
        // `npm start -- <args>` runs the CLI: the same arguments go to the installed one.
        if (words[1] === "start" && words.includes("--")) {
          await runEgoi(egoiLine(line, words), ["egoi", ...words.slice(words.indexOf("--") + 1)], scratch, env)
        }
      } else if (words[0] === "egoi") {
        await runEgoi(egoiLine(line, words), words, scratch, env)
      } else {
        throw new Error(`${block.readme}:${block.line}: a command this test does not know how to run: ${command}`)
      }
    }
  })

/** A terminal session: each `$ egoi ...` command runs, and prints exactly what the README shows after it. */
const runConsole = (block: Block) =>
  withMock(async (url) => {
    const { scratch, env } = scratchFor(block, url)
    const steps: Array<{ command: string; expected: Array<string> }> = []
    for (const line of block.code.split("\n")) {
      if (line.startsWith("$ ")) steps.push({ command: line.slice(2), expected: [] })
      else if (steps.length === 0) throw new Error(`${block.readme}:${block.line}: output before any command`)
      else steps.at(-1)?.expected.push(line)
    }
    for (const { command, expected } of steps) {
      const words = wordsOf(command)
      if (words[0] !== "egoi") throw new Error(`${block.readme}:${block.line}: not an egoi command: ${command}`)
      expect(await runEgoi(command, words, scratch, env, true), command).toBe(expected.join("\n").trim())
    }
  })

describe("the READMEs", () => {
  it("have only code blocks this test knows how to run", () => {
    const unknown = all.filter((block) => !KNOWN.has(block.language))
    expect(unknown.map((block) => `${block.readme}:${block.line} (${block.language || "no language"})`)).toEqual([])
  })

  it("type-check, every program block together, strict and with libraries checked", async () => {
    const folder = join(app, "readmes")
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, "package.json"), JSON.stringify({ type: "module" }))
    for (const block of programs) writeFileSync(join(folder, fileOf(block)), `${block.code}\nexport {}\n`)
    writeFileSync(
      join(folder, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          lib: ["ES2022", "DOM"],
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: ["node"]
        },
        include: programs.map(fileOf)
      })
    )
    await Workspace.inApp(app, process.execPath, ["node_modules/typescript/bin/tsc", "-p", "readmes/tsconfig.json"])
  })

  for (const readme of READMES) {
    describe(readme, () => {
      for (const block of all.filter((each) => each.readme === readme)) {
        if (PROGRAM.has(block.language)) {
          it(`runs the ${block.language} block of line ${block.line}`, () =>
            withMock(async (url) => {
              const file = join("readmes", fileOf(block))
              writeFileSync(join(app, file), `${block.code}\nexport {}\n`)
              const env = { EGOI_API_KEY: API_KEY, EGOI_BASE_URL: url }
              if (file.endsWith(".test.ts")) {
                await Workspace.inApp(app, process.execPath, ["node_modules/vitest/vitest.mjs", "run", file], {
                  env
                })
              } else {
                const compiled = file.replace(/\.ts$/, ".mjs")
                await Workspace.inApp(app, join(app, "node_modules/.bin/esbuild"), [
                  file,
                  "--format=esm",
                  `--outfile=${compiled}`,
                  "--log-level=error"
                ])
                await Workspace.inApp(app, process.execPath, [compiled], { env })
              }
            }))
        } else if (SHELL.has(block.language)) {
          it(`runs the shell block of line ${block.line}`, () => runShell(block))
        } else if (block.language === "console") {
          it(`shows what the session of line ${block.line} prints`, () => runConsole(block))
        } else if (block.language === "json") {
          it(`has valid JSON in the block of line ${block.line}`, () => {
            expect(() => JSON.parse(block.code)).not.toThrow()
          })
        }
      }
    })
  }
})
