import { readFileSync } from "node:fs"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as EgoiError from "../src/EgoiError.js"

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), "utf8"))

describe("the documented error body", () => {
  const unauthorized = fixture("errors/unauthorized.401.json")

  it("decodes with ErrorBody", () => {
    expect(Schema.decodeUnknownSync(EgoiError.ErrorBody)(unauthorized)).toStrictEqual(unauthorized)
    expect(Schema.decodeUnknownSync(EgoiError.ErrorBody)(fixture("errors/notFound.404.json"))).toStrictEqual(
      fixture("errors/notFound.404.json")
    )
  })

  it("decodes through Wire.Unauthorized into an Unauthorized instance", () => {
    const error = Schema.decodeUnknownSync(EgoiError.Wire.Unauthorized)(unauthorized)
    expect(error).toBeInstanceOf(EgoiError.Unauthorized)
    expect(error._tag).toBe("Unauthorized")
    expect(error).toMatchObject({
      status: 401,
      title: "Unauthorized",
      detail:
        "The request has not been applied because it lacks valid authentication credentials for the target resource"
    })
    expect(error.method).toBeUndefined()
    expect(error.path).toBeUndefined()
    expect(error.message).toBe(
      "401 Unauthorized: The request has not been applied because it lacks valid authentication credentials for the target resource"
    )
  })

  it("is refused by a Wire schema when it lacks a documented field", () => {
    expect(() => Schema.decodeUnknownSync(EgoiError.Wire.Unauthorized)({ title: "Unauthorized", status: 401 })).toThrow(
      /detail/
    )
  })
})

describe("encoding an error for the wire", () => {
  it("gives exactly the documented fields of a NotFound, with no _tag, method or path", () => {
    const error = new EgoiError.NotFound({
      status: 404,
      title: "Not Found",
      detail: "The list does not exist",
      method: "GET",
      path: "/lists/7"
    })
    const body = Schema.encodeSync(EgoiError.Wire.NotFound)(error)
    expect(body).toStrictEqual({ title: "Not Found", status: 404, detail: "The list does not exist" })
    expect(Object.keys(body).sort()).toStrictEqual(["detail", "status", "title"])
  })

  it("keeps type and errors when they are set", () => {
    const error = new EgoiError.Conflict({
      type: "http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html",
      status: 409,
      title: "Conflict",
      detail: "The request could not be completed due to a conflict",
      errors: { list_limit_reached: "The maximum number of allowed lists was reached" },
      method: "POST",
      path: "/lists"
    })
    expect(Schema.encodeSync(EgoiError.Wire.Conflict)(error)).toStrictEqual({
      type: "http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html",
      title: "Conflict",
      status: 409,
      detail: "The request could not be completed due to a conflict",
      errors: { list_limit_reached: "The maximum number of allowed lists was reached" }
    })
  })

  it("round-trips a documented body through its Wire schema", () => {
    const body = fixture("errors/notFound.404.json")
    const error = Schema.decodeUnknownSync(EgoiError.Wire.NotFound)(body)
    expect(error).toBeInstanceOf(EgoiError.NotFound)
    expect(Schema.encodeSync(EgoiError.Wire.NotFound)(error)).toStrictEqual(body)
  })
})

describe("byStatus", () => {
  it("has a class and E-goi's title for each documented status", () => {
    expect([...EgoiError.byStatus.keys()]).toStrictEqual([400, 401, 403, 404, 408, 409, 413, 422, 429, 500, 503])
    expect(EgoiError.byStatus.get(404)!.title).toBe("Not Found")
    const made = new (EgoiError.byStatus.get(422)!)({ status: 422, title: "Unprocessable Entity", detail: "" })
    expect(made).toBeInstanceOf(EgoiError.UnprocessableEntity)
  })

  it("prefixes the message with the method and path of the call", () => {
    const error = new EgoiError.Conflict({
      status: 409,
      title: "Conflict",
      detail: "Cannot delete",
      errors: { has_automations: "The list has automations" },
      method: "DELETE",
      path: "/lists/3"
    })
    expect(error.message).toBe(
      'DELETE /lists/3: 409 Conflict: Cannot delete ({"has_automations":"The list has automations"})'
    )
  })
})
