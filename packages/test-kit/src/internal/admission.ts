/**
 * What a request must be before the definition's handlers see it, each refusal answered in E-goi's
 * error body: headers within 16 KiB (431), a path and query in valid percent-encoding (400), an
 * operation's route (404) and method (405), a body in JSON (415) that parses and nests no deeper
 * than {@link MAX_DEPTH} (400). Checked up front, so nothing malformed reaches a handler, where it
 * would surface as an internal failure.
 *
 * @internal
 */
import { errorBody } from "./answers.js"
import * as Routes from "./routes.js"

/** Node's default limit on a request's headers, which the socket server applies too. */
export const MAX_HEADER_BYTES = 16_384

/** The deepest nesting of arrays and objects a body may have; E-goi's own bodies nest a few levels. */
export const MAX_DEPTH = 64

/** A refusal: the status, E-goi's body and any header it needs (`Allow`). */
export interface Refusal {
  readonly status: number
  readonly body: ReturnType<typeof errorBody>
  readonly headers?: Readonly<Record<string, string>>
}

const refuse = (status: number, detail: string, headers?: Record<string, string>): Refusal => ({
  status,
  body: errorBody(status, detail),
  ...(headers ? { headers } : {})
})

const headerBytes = (headers: Headers): number => {
  let size = 0
  headers.forEach((value, name) => {
    size += name.length + value.length + 4
  })
  return size
}

const decodes = (text: string): boolean => {
  try {
    decodeURIComponent(text)
    return true
  } catch {
    return false
  }
}

/** The refusal for a request's head (headers, path, query, route), if any. */
export const checkHead = (method: string, url: URL, headers: Headers): Refusal | undefined => {
  if (headerBytes(headers) > MAX_HEADER_BYTES) {
    return refuse(431, `The request's headers are larger than ${MAX_HEADER_BYTES} bytes`)
  }
  if (!decodes(url.pathname) || !url.search.slice(1).split(/[&=]/).every(decodes)) {
    return refuse(400, "The request's path or query is not valid percent-encoding")
  }
  const route = Routes.resolve(method, url.pathname)
  if (route._tag === "NotFound") return refuse(404, `No operation has the path ${url.pathname}`)
  if (route._tag === "MethodNotAllowed") {
    return refuse(405, `${url.pathname} takes ${route.allow.join(", ")}, not ${method}`, {
      allow: route.allow.join(", ")
    })
  }
  return undefined
}

const isJson = (contentType: string | null) => {
  if (contentType === null) return false
  const type = (contentType.split(";", 1)[0] ?? "").trim().toLowerCase()
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"))
}

/** How deep arrays and objects nest in a JSON text, counted without parsing it (so without recursion). */
const depthOf = (text: string): number => {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (inString) {
      if (code === 92) i++
      else if (code === 34) inString = false
    } else if (code === 34) inString = true
    else if (code === 91 || code === 123) {
      if (++depth > deepest) deepest = depth
    } else if (code === 93 || code === 125) depth--
  }
  return deepest
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

/** The refusal for a request's body, if any: only a JSON body is taken, valid and not too deep. */
export const checkBody = (headers: Headers, body: Uint8Array): Refusal | undefined => {
  if (body.byteLength === 0) return undefined
  const contentType = headers.get("content-type")
  if (!isJson(contentType)) {
    return refuse(
      415,
      `The body must be application/json, not ${contentType ? contentType.split(";", 1)[0]!.slice(0, 100) : "untyped"}`
    )
  }
  let text: string
  try {
    text = utf8.decode(body)
  } catch {
    return refuse(400, "The body is not valid UTF-8")
  }
  if (depthOf(text) > MAX_DEPTH) return refuse(400, `The body nests deeper than ${MAX_DEPTH} levels`)
  try {
    JSON.parse(text)
  } catch {
    return refuse(400, "The body is not valid JSON")
  }
  return undefined
}
