import { describe, expect, it } from "vitest"
import * as Contacts from "../src/Contacts.js"
import * as Fields from "../src/Fields.js"
import * as Lists from "../src/Lists.js"
import * as Parameters from "../src/Parameters.js"

const parametersOf = (group: { readonly endpoints: Record<string, unknown> }, name: string) =>
  Parameters.of(group.endpoints[name] as never)

describe("Parameters.of", () => {
  it("gives path, query and body fields in order, with where each goes and its kind", () => {
    const byName = Object.fromEntries(parametersOf(Lists.ListsGroup, "getAllLists").map((p) => [p.name, p]))
    expect(byName.offset).toMatchObject({ location: "query", required: false, kind: { _tag: "integer" } })
    expect(byName.order).toMatchObject({ kind: { _tag: "choice", values: ["asc", "desc"] } })
    expect(byName.created_min).toMatchObject({ kind: { _tag: "string" } })
    expect(parametersOf(Lists.ListsGroup, "updateList").map((p) => [p.name, p.location, p.required])).toStrictEqual([
      ["list_id", "path", true],
      ["internal_name", "body", false],
      ["public_name", "body", false],
      ["group_id", "body", false]
    ])
  })

  it("merges the shapes of a union body: a field is required only when every shape requires it", () => {
    const byName = Object.fromEntries(
      parametersOf(Contacts.ContactsGroup, "actionUpdateContacts").map((p) => [p.name, p])
    )
    expect(byName.type).toMatchObject({
      required: true,
      kind: { _tag: "choice", values: ["contacts", "segment", "all"] }
    })
    expect(byName.contacts).toMatchObject({ required: false, kind: { _tag: "json" } })
    expect(byName.segment_id).toMatchObject({ required: false, kind: { _tag: "string" } })
  })

  it("reads descriptions through refinements", () => {
    const listId = parametersOf(Fields.FieldsGroup, "getAllFields").find((p) => p.name === "list_id")
    expect(listId).toMatchObject({ required: true, kind: { _tag: "integer" }, description: "ID of the list" })
  })
})
