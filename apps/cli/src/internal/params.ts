/**
 * The parameters of a call from its flags: `--body` first (its fields, or the whole body when it is
 * not an object), then each parameter's flag, then each field's flag (`--email` into `base`), so the
 * more specific a flag, the more it wins.
 *
 * @internal
 */
import type { OperationInfo } from "./catalog.js"
import { isRecord } from "./table.js"

export const paramsOf = (
  operation: OperationInfo,
  flags: Readonly<Record<string, unknown>>
): { readonly params: Record<string, unknown> } | { readonly problem: string } => {
  const body = flags.body
  let params: Record<string, unknown> = {}
  if (body !== undefined) {
    if (operation.wholeBody) params = { body }
    else if (isRecord(body)) params = { ...body }
    else return { problem: "--body expects a JSON object for this operation" }
  }
  const ordered = [
    ...operation.parameters.filter((parameter) => parameter.path.length === 1),
    ...operation.parameters.filter((parameter) => parameter.path.length > 1)
  ]
  for (const parameter of ordered) {
    const value = flags[parameter.flag]
    if (value === undefined) continue
    const [name, field] = parameter.path as [string, string?]
    if (field === undefined) {
      params[name] = value
      continue
    }
    const current = params[name]
    if (current !== undefined && !isRecord(current))
      return { problem: `--${parameter.flag} sets a field of ${name}, which is not an object` }
    params[name] = { ...current, [field]: value }
  }
  return { params }
}
