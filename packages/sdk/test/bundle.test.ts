/**
 * A program that imports one group's entry point carries that group only: bundled the way an
 * application would bundle it, none of the other groups' routes is in the output. A program that
 * imports the main entry point and calls one group evaluates that group's definition only.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { EgoiApi } from "@egoi-ts/core"
import { build } from "esbuild"
import { afterAll, describe, expect, it } from "vitest"

const dist = fileURLToPath(new URL("../dist", import.meta.url))
const folder = mkdtempSync(join(tmpdir(), "egoi-sdk-bundle-"))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The program bundled and minified, as text. */
const bundle = async (source: string): Promise<string> => {
  const entry = join(folder, `${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(entry, source)
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "error",
    nodePaths: [fileURLToPath(new URL("../node_modules", import.meta.url))]
  })
  return result.outputFiles[0]!.text
}

const endpointsOf = (identifier: string): Array<{ readonly name: string; readonly path: string }> =>
  Object.values(
    (
      EgoiApi.EgoiApi.groups as unknown as Record<string, { endpoints: Record<string, { name: string; path: string }> }>
    )[identifier]!.endpoints
  )

/** Whether the bundle holds an endpoint: its operation name as a string, or its route. */
const holds = (text: string, endpoint: { readonly name: string; readonly path: string }) =>
  text.includes(JSON.stringify(endpoint.name)) || text.includes(endpoint.path)

const otherGroups = (identifier: string) => Object.keys(EgoiApi.EgoiApi.groups).filter((other) => other !== identifier)

describe("per-group entry points", () => {
  it("bundle a one-group program without any other group's routes", async () => {
    const text = await bundle(`import { Lists } from ${JSON.stringify(join(dist, "groups/lists.js"))}
const lists = new Lists({ apiKey: "bundle-test" })
console.log(await lists.getAllLists({ limit: 1 }))`)
    expect(endpointsOf("lists").filter((endpoint) => !holds(text, endpoint))).toStrictEqual([])
    const foreign = otherGroups("lists").flatMap((group) =>
      endpointsOf(group)
        .filter((endpoint) => holds(text, endpoint))
        .map((endpoint) => endpoint.name)
    )
    expect(foreign).toStrictEqual([])
  }, 60_000)

  it("while the whole client carries every group", async () => {
    const text = await bundle(`import { Egoi } from ${JSON.stringify(join(dist, "index.js"))}
const egoi = new Egoi({ apiKey: "bundle-test" })
console.log(await egoi.lists.getAllLists({ limit: 1 }))`)
    const missing = Object.keys(EgoiApi.EgoiApi.groups).flatMap((group) =>
      endpointsOf(group)
        .filter((endpoint) => !holds(text, endpoint))
        .map((endpoint) => endpoint.name)
    )
    expect(missing).toStrictEqual([])
  }, 60_000)
})

/** The routes of the groups whose definitions a text holds (operation names alone do not count: the catalog has them all). */
const groupsRoutedIn = (text: string): Array<string> =>
  Object.keys(EgoiApi.EgoiApi.groups).filter((group) =>
    endpointsOf(group).some((endpoint) => text.includes(endpoint.path))
  )

describe("the main entry point", () => {
  it("evaluates no group's definition at import, and only the called group's on a call", () => {
    // The files Node loads for a program that imports `Egoi` and calls one group, read by a load hook.
    const hook = join(folder, "hook.mjs")
    const loadedList = join(folder, "loaded.txt")
    writeFileSync(loadedList, "")
    writeFileSync(
      hook,
      `import { appendFileSync } from "node:fs"
export async function load(url, context, next) {
  if (url.startsWith("file:")) appendFileSync(${JSON.stringify(loadedList)}, url + "\\n")
  return next(url, context)
}`
    )
    const program = join(folder, "one-call.mjs")
    writeFileSync(
      program,
      `import { register } from "node:module"
import { appendFileSync } from "node:fs"
register(${JSON.stringify(pathToFileURL(hook).href)})
const { Egoi } = await import(${JSON.stringify(pathToFileURL(join(dist, "index.js")).href)})
const answer = () => new Response(JSON.stringify({ items: [], total_items: 0 }), { headers: { "content-type": "application/json" } })
const egoi = new Egoi({ apiKey: "lazy-test", rateLimit: false, fetch: async () => answer() })
appendFileSync(${JSON.stringify(loadedList)}, "-- imported\\n")
void egoi.lists
void egoi.contacts
appendFileSync(${JSON.stringify(loadedList)}, "-- groups used\\n")
await egoi.lists.getAllLists({ limit: 1 })
await egoi.close()`
    )
    execFileSync(process.execPath, [program])
    const [imported, used, called] = readFileSync(loadedList, "utf8")
      .split(/^-- .*$/m)
      .map((part) => part.split("\n").filter((url) => url.startsWith("file:") && !url.includes(folder)))
    const routed = (urls: ReadonlyArray<string> | undefined) =>
      groupsRoutedIn((urls ?? []).map((url) => readFileSync(fileURLToPath(url), "utf8")).join("\n"))
    expect(imported!.length).toBeGreaterThan(0)
    expect(routed(imported)).toStrictEqual([])
    expect(used).toStrictEqual([])
    expect(routed(called)).toStrictEqual(["lists"])
  }, 60_000)
})
