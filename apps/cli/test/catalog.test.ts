import { EgoiApi } from "@egoi-ts/core"
import { describe, expect, it } from "vitest"
import { literalMatches, operationAt, operationNamed } from "../src/internal/catalog.js"
import { catalog } from "../src/internal/definition.js"
import { COMMON_FLAGS, deriveCatalog } from "../src/internal/deriveCatalog.js"

const derived = deriveCatalog(EgoiApi.EgoiApi)
const operation = (group: string, name: string) => operationNamed(derived, group, name)!
const flag = (group: string, name: string, flagName: string) =>
  operation(group, name).parameters.find((parameter) => parameter.flag === flagName)

describe("deriveCatalog", () => {
  it("reads every operation of the definition, as the OpenAPI document has them", () => {
    const document = EgoiApi.openApi()
    const operationIds = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods as Record<string, { operationId?: string }>).flatMap((entry) =>
        entry.operationId ? [entry.operationId] : []
      )
    )
    const names = derived.groups.flatMap((group) => group.operations.map((entry) => entry.name))
    expect([...names].sort()).toEqual([...operationIds].sort())
    expect(derived.groups.find((group) => group.name === "myAccount")).toMatchObject({
      command: "my-account",
      title: "My Account"
    })
    // What the CLI runs with is what the definition gives.
    expect(catalog()).toEqual(derived)
  })

  it("takes paging, authentication and parameters as the definition declares them", () => {
    expect(operation("lists", "getAllLists")).toMatchObject({
      paging: "page",
      requiresKey: true,
      command: "get-all-lists"
    })
    expect(operation("fields", "getAllFields").paging).toBe("array")
    expect(operation("lists", "getList").paging).toBeUndefined()
    // A collection that comes whole is no paging.
    expect(operation("cnames", "getAllCNames").paging).toBeUndefined()
    expect(operation("ping", "ping")).toMatchObject({ requiresKey: false, method: "POST", path: "/ping" })
    expect(operation("lists", "getList").parameters).toEqual([
      expect.objectContaining({
        flag: "list-id",
        path: ["list_id"],
        location: "path",
        required: true,
        kind: { _tag: "integer" }
      })
    ])
    expect(flag("lists", "getAllLists", "limit")?.bounds).toEqual({ minimum: 1, maximum: 1000 })
    expect(flag("lists", "getAllLists", "order")?.kind).toEqual({ _tag: "choice", values: ["asc", "desc"] })
    expect(operation("lists", "getList").summary).toEqual(expect.any(String))
  })

  it("makes each field of an object parameter a flag of its own, named after the field unless that name is taken", () => {
    expect(flag("contacts", "createContact", "email")).toMatchObject({
      path: ["base", "email"],
      location: "body",
      kind: { _tag: "string" }
    })
    expect(flag("contacts", "createContact", "first-name")?.path).toEqual(["base", "first_name"])
    expect(flag("contacts", "createContact", "base")).toMatchObject({ path: ["base"], kind: { _tag: "json" } })
    // `referrer.referrer` would be --referrer, which the parameter itself is.
    expect(flag("contacts", "createContact", "referrer-referrer")?.path).toEqual(["referrer", "referrer"])
    // A field is required when it and its object are.
    expect(flag("contacts", "updateContactByField", "field-id")).toMatchObject({
      path: ["compare_field", "field_id"],
      required: true
    })
  })

  it("gives no operation two flags of one name, nor one a common flag has", () => {
    for (const group of derived.groups) {
      for (const entry of group.operations) {
        const flags = entry.parameters.map((parameter) => parameter.flag)
        expect(new Set(flags).size, entry.name).toBe(flags.length)
        for (const name of flags) expect(COMMON_FLAGS, `${entry.name} --${name}`).not.toContain(name)
      }
    }
  })
})

describe("operationAt", () => {
  it("finds the operation of a raw call by method and route, path parameters in any segment", () => {
    expect(operationAt(derived, "GET", "/lists")?.operation.name).toBe("getAllLists")
    expect(operationAt(derived, "get", "/lists/7")?.operation.name).toBe("getList")
    expect(operationAt(derived, "PATCH", "/lists/7/")?.operation.name).toBe("updateList")
    expect(operationAt(derived, "GET", "/lists?limit=5")?.operation.name).toBe("getAllLists")
    expect(operationAt(derived, "POST", "/ping")?.operation.requiresKey).toBe(false)
    expect(operationAt(derived, "POST", "/lists/1/fields/extra")?.operation.name).toBe("createExtraField")
    expect(operationAt(derived, "PATCH", "/lists/1/fields/base/first_name")?.operation.name).toBe("patchBaseField")
  })

  it("finds nothing for a route the definition lacks", () => {
    expect(operationAt(derived, "GET", "/no-such-route")).toBeUndefined()
    expect(operationAt(derived, "PUT", "/lists")).toBeUndefined()
    expect(operationAt(derived, "GET", "/lists/1/nothing")).toBeUndefined()
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
