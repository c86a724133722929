import { describe, expect, it } from "vitest"
import { operationNamed } from "../src/internal/catalog.js"
import { catalog } from "../src/internal/definition.js"
import { paramsOf } from "../src/internal/params.js"

const operation = (group: string, name: string) => operationNamed(catalog(), group, name)!

describe("paramsOf", () => {
  it("puts each field's flag into its object, over the object's flag, over --body", () => {
    const createContact = operation("contacts", "createContact")
    expect(
      paramsOf(createContact, {
        "list-id": 1,
        body: { base: { email: "body@example.com", last_name: "Body" }, extra: [] },
        base: { email: "base@example.com", first_name: "Base" },
        email: "flag@example.com"
      })
    ).toEqual({
      params: { list_id: 1, base: { email: "flag@example.com", first_name: "Base" }, extra: [] }
    })
    expect(paramsOf(createContact, { "list-id": 1, email: "ana@example.com", "first-name": "Ana" })).toEqual({
      params: { list_id: 1, base: { email: "ana@example.com", first_name: "Ana" } }
    })
  })

  it("lets each flag given win over the body's field, and passes a body that is not an object whole", () => {
    expect(
      paramsOf(operation("lists", "createList"), {
        body: { internal_name: "Body", public_name: "P" },
        "public-name": "Q"
      })
    ).toEqual({
      params: { internal_name: "Body", public_name: "Q" }
    })
    const whole = catalog()
      .groups.flatMap((group) => group.operations)
      .find((candidate) => candidate.wholeBody)
    if (whole) expect(paramsOf(whole, { body: [{ id: 1 }] })).toMatchObject({ params: { body: [{ id: 1 }] } })
    expect(paramsOf(operation("lists", "createList"), { body: [1, 2] })).toEqual({
      problem: "--body expects a JSON object for this operation"
    })
  })
})
