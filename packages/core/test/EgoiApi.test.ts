import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import * as EgoiApi from "../src/EgoiApi.js"

const fixture = <A>(path: string): A => JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), "utf8"))

interface Triple {
  readonly path: string
  readonly method: string
  readonly operationId: string
}

interface Operation {
  readonly operationId: string
  readonly responses: Record<string, unknown>
  readonly security?: ReadonlyArray<Record<string, ReadonlyArray<string>>>
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

const spec = EgoiApi.openApi()

const operations = (): Array<Triple & { readonly operation: Operation }> =>
  Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, unknown>)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({
        path,
        method,
        operationId: (operation as Operation).operationId,
        operation: operation as Operation
      }))
  )

const byKey = (a: Triple, b: Triple) =>
  `${a.path} ${a.method} ${a.operationId}`.localeCompare(`${b.path} ${b.method} ${b.operationId}`)

describe("openApi", () => {
  it("has exactly the 13 operations of E-goi's reference for Lists, Tags, My Account and Ping", () => {
    const reference = fixture<Array<Triple>>("reference-operations.json")
    expect(reference).toHaveLength(13)
    const derived = operations().map(({ path, method, operationId }) => ({ path, method, operationId }))
    expect(derived.sort(byKey)).toStrictEqual([...reference].sort(byKey))
  })

  it("documents the success status of each operation", () => {
    const expected: Record<string, string> = {
      createList: "201",
      createTag: "201",
      deleteList: "204",
      deleteTag: "204",
      enableTransactional: "204"
    }
    for (const { operationId, operation } of operations()) {
      const successes = Object.keys(operation.responses).filter((status) => status.startsWith("2"))
      expect({ operationId, successes }).toStrictEqual({ operationId, successes: [expected[operationId] ?? "200"] })
    }
  })

  it("documents every status of E-goi's reference, adding only HttpApi's own 400", () => {
    const reference = fixture<Record<string, Array<number>>>("reference-statuses.json")
    for (const { operationId, operation } of operations()) {
      const derived = Object.keys(operation.responses).map(Number)
      const documented = reference[operationId]!
      expect({ operationId, missing: documented.filter((status) => !derived.includes(status)) }).toStrictEqual({
        operationId,
        missing: []
      })
      expect({
        operationId,
        extra: derived.filter((status) => !documented.includes(status) && status !== 400)
      }).toStrictEqual({ operationId, extra: [] })
    }
  })

  it("declares the Apikey header as the security scheme", () => {
    expect(spec.components.securitySchemes).toStrictEqual({ Apikey: { type: "apiKey", name: "Apikey", in: "header" } })
    expect(spec.security).toStrictEqual([{ Apikey: [] }])
  })

  it("requires the Apikey on every operation but ping", () => {
    for (const { operationId, operation } of operations()) {
      // An operation's own `security` replaces the document's; `[]` means no authentication.
      const effective = operation.security ?? spec.security
      expect({ operationId, effective }).toStrictEqual({
        operationId,
        effective: operationId === "ping" ? [] : [{ Apikey: [] }]
      })
    }
  })

  it("names E-goi's server and the document", () => {
    expect(spec.servers).toStrictEqual([{ url: "https://api.egoiapp.com", description: "E-goi" }])
    expect(spec.info.title).toBe("E-goi Marketing API")
    expect(spec.info.version).toBe("v3")
  })

  it("gives the same document when asked twice", () => {
    expect(EgoiApi.openApi()).toStrictEqual(spec)
  })
})
