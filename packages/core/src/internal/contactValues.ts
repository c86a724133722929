/**
 * Comparing what is asked of a contact with what it holds: the workflows that create or change
 * contacts (upsert, sync) do nothing to a contact that already holds every value given.
 *
 * @internal
 */
import type * as Contacts from "../Contacts.js"

type ExtraInput = typeof Contacts.ExtraFieldInput.Type

/** A value given for an extra field, as text: option IDs sorted and joined, so their order does not count. */
export const textOf = (value: ExtraInput["value"]): string =>
  Array.isArray(value) ? [...value].sort((a, b) => a - b).join(",") : String(value)

/** Whether the contact already holds every value given. */
export const holds = (
  existing: Contacts.Contact,
  base: Record<string, unknown> | undefined,
  extra: ReadonlyArray<ExtraInput>
): boolean => {
  const current = existing.base as Record<string, unknown>
  for (const [name, value] of Object.entries(base ?? {})) {
    if (value === undefined) continue
    const was = current[name]
    if (typeof value === "object" ? JSON.stringify(was) !== JSON.stringify(value) : String(was ?? "") !== String(value))
      return false
  }
  for (const item of extra) {
    const was = existing.extra.find((candidate) => candidate.field_id === item.field_id)?.value
    const wasText = Array.isArray(was) ? [...was].sort((a, b) => a - b).join(",") : was === undefined ? "" : String(was)
    if (wasText !== textOf(item.value)) return false
  }
  return true
}
