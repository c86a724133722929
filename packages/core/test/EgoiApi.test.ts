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

/**
 * Every authenticated group declares 408 for all its routes (E-goi's own time limit applies to each),
 * while the reference leaves it out for a few operations (getAllFields, getAllSuppressionList, ...):
 * for an operation that needs the key (documents 401), a 408 is an allowed addition.
 */
const isGroupTimeout = (status: number, documented: ReadonlyArray<number>) => status === 408 && documented.includes(401)

describe("openApi", () => {
  it("has exactly the operations of E-goi's reference listed in the fixture", () => {
    const reference = fixture<Array<Triple>>("reference-operations.json")
    const derived = operations().map(({ path, method, operationId }) => ({ path, method, operationId }))
    expect(derived.sort(byKey)).toStrictEqual([...reference].sort(byKey))
  })

  it("documents the success status of each operation, as the reference does", () => {
    const reference = fixture<Record<string, Array<number>>>("reference-statuses.json")
    for (const { operationId, operation } of operations()) {
      const successes = Object.keys(operation.responses).filter((status) => status.startsWith("2"))
      const expected = (reference[operationId] ?? []).filter((status) => status >= 200 && status < 300).map(String)
      expect({ operationId, successes }).toStrictEqual({ operationId, successes: expected })
    }
  })

  it("documents every status of E-goi's reference, adding only HttpApi's own 400 and the group-wide 408", () => {
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
        extra: derived.filter(
          (status) => !documented.includes(status) && status !== 400 && !isGroupTimeout(status, documented)
        )
      }).toStrictEqual({ operationId, extra: [] })
    }
  })

  it("declares the Apikey header as the security scheme, required per operation rather than document-wide", () => {
    expect(spec.components.securitySchemes).toMatchObject({ Apikey: { type: "apiKey", name: "Apikey", in: "header" } })
    expect(spec.security).toStrictEqual([])
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
