// What tests of every package use to prove a secret never leaks: every string reachable from a value.

/**
 * Every string reachable from a value: own properties, enumerable or not and symbol-keyed ones too,
 * getters included, prototypes, Map and Set entries, at any depth up to `maxDepth`.
 *
 * @param {unknown} root
 * @param {number} [maxDepth]
 * @returns {Array<string>}
 */
export const reachableStrings = (root, maxDepth = 12) => {
  /** @type {Array<string>} */
  const strings = []
  const seen = new Set()
  /** @param {unknown} value @param {number} depth */
  const visit = (value, depth) => {
    if (typeof value === "string") {
      strings.push(value)
      return
    }
    if (value === null || (typeof value !== "object" && typeof value !== "function") || seen.has(value)) return
    if (depth > maxDepth) return
    seen.add(value)
    if (value instanceof Map) {
      for (const [key, item] of value) {
        visit(key, depth + 1)
        visit(item, depth + 1)
      }
    }
    if (value instanceof Set) for (const item of value) visit(item, depth + 1)
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)
      if (descriptor && "value" in descriptor) visit(descriptor.value, depth + 1)
      else if (descriptor?.get && typeof value === "object") {
        try {
          visit(/** @type {Record<PropertyKey, unknown>} */ (value)[key], depth + 1)
        } catch {}
      }
    }
    visit(Object.getPrototypeOf(value), depth + 1)
  }
  visit(root, 0)
  return strings
}
