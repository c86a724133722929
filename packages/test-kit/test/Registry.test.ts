/**
 * The registry of group modules: the mock serves every group of the definition through exactly
 * one module, and each seed key belongs to one module.
 */
import { EgoiApi } from "@egoi-ts/core"
import { describe, expect, it } from "vitest"
import { GROUPS, seedKeys } from "../src/internal/registry.js"

describe("registry", () => {
  it("has exactly one module for every group of the definition, and none for anything else", () => {
    const defined = Object.values(EgoiApi.EgoiApi.groups).map((group) => group.identifier)
    const registered = GROUPS.map((module) => module.group)
    expect([...registered].sort()).toEqual([...defined].sort())
    expect(new Set(registered).size).toBe(registered.length)
  })

  it("gives each seed key to one module, in the order of the modules", () => {
    const keys = GROUPS.flatMap((module) => Object.keys(module.seeds))
    expect(new Set(keys).size).toBe(keys.length)
    expect(seedKeys()).toEqual(keys)
    // Records may refer to records of an earlier kind.
    expect(keys.indexOf("lists")).toBeLessThan(keys.indexOf("extraFields"))
    expect(keys.indexOf("extraFields")).toBeLessThan(keys.indexOf("contacts"))
    expect(keys.indexOf("tags")).toBeLessThan(keys.indexOf("contacts"))
  })
})
