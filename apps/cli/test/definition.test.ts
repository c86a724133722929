import { EgoiApi } from "@egoi-ts/core"
import { describe, expect, it } from "vitest"
import { groups, literalMatches, operationAt, operationNamed } from "../src/internal/definition.js"

describe("groups", () => {
  it("reads every operation of the definition, in the order of the OpenAPI document", () => {
    const document = EgoiApi.openApi()
    const operationIds = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods as Record<string, { operationId?: string }>).flatMap((operation) =>
        operation.operationId ? [operation.operationId] : []
      )
    )
    const names = groups().flatMap((group) => group.operations.map((operation) => operation.name))
    expect([...names].sort()).toEqual([...operationIds].sort())
    expect(groups().find((group) => group.name === "myAccount")?.title).toBe("My Account")
  })

  it("takes paging, authentication and parameters as the definition declares them", () => {
    expect(operationNamed("lists", "getAllLists")).toMatchObject({ paging: "page", requiresKey: true })
    expect(operationNamed("fields", "getAllFields")?.paging).toBe("array")
    expect(operationNamed("lists", "getList")?.paging).toBeUndefined()
    // A collection that comes whole is no paging.
    expect(operationNamed("cnames", "getAllCNames")?.paging).toBeUndefined()
    expect(operationNamed("ping", "ping")).toMatchObject({ requiresKey: false, method: "POST", path: "/ping" })
    expect(operationNamed("lists", "getList")?.parameters).toEqual([
      expect.objectContaining({ name: "list_id", location: "path", required: true, kind: { _tag: "integer" } })
    ])
    expect(operationNamed("lists", "getList")?.summary).toEqual(expect.any(String))
    expect(operationNamed("lists", "noSuchOperation")).toBeUndefined()
  })
})

describe("operationAt", () => {
  it("finds the operation of a raw call by method and route, path parameters in any segment", () => {
    expect(operationAt("GET", "/lists")?.name).toBe("getAllLists")
    expect(operationAt("get", "/lists/7")?.name).toBe("getList")
    expect(operationAt("PATCH", "/lists/7/")?.name).toBe("updateList")
    expect(operationAt("GET", "/lists?limit=5")?.name).toBe("getAllLists")
    expect(operationAt("POST", "/ping")?.requiresKey).toBe(false)
  })

  it("finds nothing for a route the definition lacks", () => {
    expect(operationAt("POST", "/lists/1/fields/extra")?.name).toBe("createExtraField")
    expect(operationAt("PATCH", "/lists/1/fields/base/first_name")?.name).toBe("patchBaseField")
    expect(operationAt("GET", "/no-such-route")).toBeUndefined()
    expect(operationAt("PUT", "/lists")).toBeUndefined()
    expect(operationAt("GET", "/lists/1/nothing")).toBeUndefined()
  })
})

describe("literalMatches", () => {
  it("counts the literal segments a template matches, so a literal route wins over a parameter", () => {
    expect(literalMatches("/contacts/search", "/contacts/search")).toBe(2)
    expect(literalMatches("/contacts/:contact_id", "/contacts/search")).toBe(1)
    expect(literalMatches("/lists/:list_id", "/lists/")).toBe(-1)
    expect(literalMatches("/lists/:list_id", "/lists/1/contacts")).toBe(-1)
    expect(literalMatches("/lists/:list_id", "/tags/1")).toBe(-1)
  })
})
