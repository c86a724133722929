/**
 * Deep-object query parameters (`extra_field_id[5]=gold`), which `HttpApi`'s flat query schemas
 * cannot declare: the wire side is the flat record of strings `HttpApi` expects, the code side one
 * object parameter (`extra_field_id: { 5: "gold" }`).
 *
 * @internal
 */
import * as Schema from "effect/Schema"
import { optionalParam } from "../Common.js"

const QueryRecord = Schema.Record({
  key: Schema.String,
  value: Schema.Union(Schema.String, Schema.Array(Schema.String))
})

/** Query fields plus one deep-object parameter `name` (described by `description`). */
export const withDeepObject = <const Fields extends Schema.Struct.Fields, const Name extends string>(
  fields: Fields,
  name: Name,
  description = `Filters by extra field: { "<field_id>": "<value>" }, sent as ${name}[<field_id>]=<value>`
) => {
  const prefix = `${name}[`
  const grouped = Schema.transform(QueryRecord, Schema.Record({ key: Schema.String, value: Schema.Unknown }), {
    strict: true,
    decode: (query) => {
      const out: Record<string, unknown> = {}
      const deep: Record<string, string> = {}
      for (const [key, value] of Object.entries(query)) {
        if (key.startsWith(prefix) && key.endsWith("]")) {
          deep[key.slice(prefix.length, -1)] = Array.isArray(value) ? (value[0] ?? "") : (value as string)
        } else {
          out[key] = value
        }
      }
      if (Object.keys(deep).length > 0) out[name] = deep
      return out
    },
    encode: (params) => {
      const out: Record<string, string | ReadonlyArray<string>> = {}
      for (const [key, value] of Object.entries(params)) {
        if (key === name && value && typeof value === "object") {
          for (const [inner, innerValue] of Object.entries(value)) out[`${prefix}${inner}]`] = String(innerValue)
        } else if (value !== undefined) {
          out[key] = value as string | ReadonlyArray<string>
        }
      }
      return out
    }
  })
  const typed = Schema.Struct({
    ...fields,
    [name]: optionalParam(Schema.Record({ key: Schema.String, value: Schema.String }).annotations({ description }))
  } as Fields & {
    readonly [K in Name]: Schema.optionalWith<
      Schema.Record$<typeof Schema.String, typeof Schema.String>,
      { exact: true }
    >
  })
  return Schema.compose(grouped, typed, { strict: false })
}
