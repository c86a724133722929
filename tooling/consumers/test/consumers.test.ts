/**
 * The packages as a user gets them: packed as they would be published, installed from the tarballs
 * into a throwaway application with npm, and used there from ESM, CommonJS (also on the oldest Node
 * 20 this machine can fetch), TypeScript under each module resolution, a vitest suite with the
 * test-kit, the `egoi` binary, and a bundle for the browser.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const packages = ["packages/core", "packages/sdk", "packages/test-kit", "apps/cli"]

/** The version the workspace pins for a dependency, from its catalog. */
const pinned = (name: string): string => {
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

/** pnpm as this workspace runs it: it turns `workspace:` ranges into versions when packing. */
const pnpm = (args: ReadonlyArray<string>, cwd: string) => {
  const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { packageManager: string }
  return execFileSync("npx", ["--yes", packageManager, ...args], { cwd, encoding: "utf8", stdio: "pipe" })
}

let app = ""
let packs = ""

/** Runs a command in the application; its output, or a failure with what it printed. */
const inApp = (command: string, args: ReadonlyArray<string>, env: Record<string, string> = {}) => {
  const result = spawnSync(command, args, { cwd: app, encoding: "utf8", env: { ...process.env, ...env } })
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout.trim()
}

const write = (file: string, text: string) => {
  mkdirSync(join(app, file, ".."), { recursive: true })
  writeFileSync(join(app, file), text)
}

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), "egoi-consumers-"))
  packs = join(work, "packs")
  app = join(work, "app")
  mkdirSync(packs)
  mkdirSync(app)
  for (const folder of packages) pnpm(["pack", "--pack-destination", packs], join(root, folder))
  write("package.json", JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }, null, 2))
  const tarballs = readdirSync(packs).map((name) => join(packs, name))
  inApp("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    ...tarballs,
    `effect@${pinned("effect")}`,
    `@effect/platform@${pinned("@effect/platform")}`,
    `typescript@${pinned("typescript")}`,
    `vitest@${pinned("vitest")}`,
    `esbuild@${pinned("esbuild")}`,
    `@types/node@${pinned("@types/node")}`
  ])
})

afterAll(() => {
  if (app) rmSync(join(app, ".."), { recursive: true, force: true })
})

/** A program against the in-process mock: a list created, read back, and a 404 as its error class. */
const program = (load: string) => `${load}
const run = async () => {
  const mock = EgoiMock.make({ seed: "consumer" })
  const egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
  const lists = new Lists({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
  const list = await egoi.lists.createList({ internal_name: "Consumers" })
  const again = await lists.getList({ list_id: list.list_id })
  const missing = await egoi.lists.getList({ list_id: 99999 }).catch((error) => error)
  await egoi.close()
  await lists.close()
  await mock.dispose()
  console.log(JSON.stringify({ name: again.internal_name, missing: missing instanceof EgoiNotFoundError }))
}
run()
`

const expected = JSON.stringify({ name: "Consumers", missing: true })

describe("an application that installed the packages", () => {
  it("uses them from ESM", () => {
    write(
      "esm.mjs",
      program(`import { Egoi, EgoiNotFoundError } from "@egoi-ts/sdk"
import { Lists } from "@egoi-ts/sdk/lists"
import { EgoiMock } from "@egoi-ts/test-kit"
import { EgoiApi } from "@egoi-ts/core"
if (typeof EgoiApi.openApi !== "function") throw new Error("core did not load")`)
    )
    expect(inApp(process.execPath, ["esm.mjs"])).toBe(expected)
  })

  it("uses them from CommonJS, on this Node and on Node 20.18, which cannot require ESM", () => {
    write(
      "cjs.cjs",
      program(`const { Egoi, EgoiNotFoundError } = require("@egoi-ts/sdk")
const { Lists } = require("@egoi-ts/sdk/lists")
const { EgoiMock } = require("@egoi-ts/test-kit")
const { EgoiApi } = require("@egoi-ts/core")
if (typeof EgoiApi.openApi !== "function") throw new Error("core did not load")`)
    )
    expect(inApp(process.execPath, ["cjs.cjs"])).toBe(expected)
    expect(inApp("npx", ["--yes", "node@20.18.0", "cjs.cjs"])).toBe(expected)
  })

  const typed = `import { Egoi, EgoiNotFoundError, type Contact, type GetAllListsAnswer, type GetListParams, type List } from "@egoi-ts/sdk"
import { Lists } from "@egoi-ts/sdk/lists"

export const names = async (egoi: Egoi): Promise<ReadonlyArray<string>> => {
  const page: GetAllListsAnswer = await egoi.lists.getAllLists({ limit: 5 })
  const params: GetListParams = { list_id: 1 }
  const list: List = await new Lists({ apiKey: "k" }).getList(params)
  const contacts: Array<Contact> = []
  for await (const contact of egoi.contacts.getAllContacts({ list_id: list.list_id })) contacts.push(contact)
  return page.items.map((item) => item.internal_name)
}
export const notFound = (error: unknown) => error instanceof EgoiNotFoundError && error.status === 404
`

  const effectNative = `import { EgoiClient } from "@egoi-ts/core"
import { Effect } from "effect"

export const names = Effect.gen(function* () {
  const egoi = yield* EgoiClient.EgoiClient
  const page = yield* egoi.lists.getAllLists({ limit: 5 })
  return page.items.map((list) => list.internal_name)
}).pipe(Effect.provide(EgoiClient.layerConfig()))
`

  const typeCheck = (
    folder: string,
    source: string,
    type: string,
    module: string,
    resolution: string,
    lib: ReadonlyArray<string>,
    extension: string
  ) => {
    write(`${folder}/package.json`, JSON.stringify({ type }))
    write(`${folder}/index.${extension}`, source)
    write(
      `${folder}/tsconfig.json`,
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module,
          moduleResolution: resolution,
          lib,
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: ["node"]
        },
        include: [`index.${extension}`]
      })
    )
    inApp(process.execPath, ["node_modules/typescript/bin/tsc", "-p", `${folder}/tsconfig.json`])
  }

  it.each([
    ["node16, ESM", "module", "node16", "node16", ["ES2022"], "ts"],
    ["node16, CommonJS", "commonjs", "node16", "node16", ["ES2022"], "cts"],
    ["nodenext, ESM", "module", "nodenext", "nodenext", ["ES2022"], "ts"],
    ["bundler, with DOM and no esnext.disposable", "module", "esnext", "bundler", ["ES2022", "DOM"], "ts"],
    [
      "bundler, ES2023 and esnext.disposable",
      "module",
      "esnext",
      "bundler",
      ["ES2023", "DOM", "ESNext.Disposable"],
      "ts"
    ]
  ] as const)(
    "type-checks the SDK under TypeScript %s, its declarations standing alone",
    (name, type, module, resolution, lib, extension) =>
      typeCheck(`sdk-${name.replace(/\W+/g, "-")}`, typed, type, module, resolution, lib, extension)
  )

  // Effect's own declarations name DOM types (streams, sockets): with `skipLibCheck` off they need the DOM lib.
  it.each([
    ["nodenext, ESM, with DOM", "module", "nodenext", "nodenext", ["ES2022", "DOM"], "ts"],
    ["bundler, with DOM", "module", "esnext", "bundler", ["ES2022", "DOM"], "ts"]
  ] as const)("type-checks core under TypeScript %s", (name, type, module, resolution, lib, extension) =>
    typeCheck(`core-${name.replace(/\W+/g, "-")}`, effectNative, type, module, resolution, lib, extension)
  )

  it("tests with the test-kit under vitest, a fault included", () => {
    write(
      "app.test.mjs",
      `import { Egoi, EgoiServiceUnavailableError } from "@egoi-ts/sdk"
import { EgoiMock } from "@egoi-ts/test-kit"
import { expect, it } from "vitest"

it("meets a 503 from the mock", async () => {
  const mock = EgoiMock.make()
  mock.faults.add({ route: "GET /lists", status: 503 })
  const egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, maxRetries: 0 })
  await expect(egoi.lists.getAllLists()).rejects.toBeInstanceOf(EgoiServiceUnavailableError)
  await egoi.close()
})
`
    )
    expect(inApp(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "app.test.mjs"])).toMatch(/1 passed/)
  })

  it("runs the egoi binary", () => {
    expect(inApp("npx", ["egoi", "--version"])).toMatch(/^\d+\.\d+\.\d+/)
  })

  it("bundles a one-call program for the browser, with no Node built-in", async () => {
    write(
      "browser.mjs",
      `import { Lists } from "@egoi-ts/sdk/lists"
const lists = new Lists({ apiKey: "k" })
lists.getAllLists().then((page) => document.body.append(String(page.total_items)))
`
    )
    const output = inApp(join(app, "node_modules/.bin/esbuild"), [
      "browser.mjs",
      "--bundle",
      "--platform=browser",
      "--format=esm",
      "--minify",
      "--outfile=browser.js",
      "--metafile=browser.meta.json",
      "--log-level=error"
    ])
    expect(output).toBe("")
    // For the browser platform esbuild refuses a Node built-in outright; the metafile also shows
    // that nothing was left for the page to fetch at run time.
    const meta = JSON.parse(readFileSync(join(app, "browser.meta.json"), "utf8")) as {
      inputs: Record<string, { imports: ReadonlyArray<{ path: string; external?: boolean }> }>
    }
    const external = Object.values(meta.inputs).flatMap((input) => input.imports.filter((entry) => entry.external))
    expect(external).toEqual([])
    expect(Object.keys(meta.inputs).some((input) => input.includes("@egoi-ts/sdk"))).toBe(true)
  })
})
