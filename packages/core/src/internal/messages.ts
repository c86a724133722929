/**
 * Validation messages that name the expectation and show the value that broke it.
 *
 * @internal
 */
import type * as ParseResult from "effect/ParseResult"

/** How much of a bad value a message quotes. */
const QUOTE_LIMIT = 60

/** A value as a message quotes it: JSON, cut after {@link QUOTE_LIMIT} characters. */
export const quote = (value: unknown): string => {
  let text: string
  try {
    text = typeof value === "bigint" ? `${value}n` : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length <= QUOTE_LIMIT ? text : `${text.slice(0, QUOTE_LIMIT)}… (${text.length} characters)`
}

/** `Expected <expectation>, got <value>`, as the one message of the field (not one per union member). */
export const expected = (expectation: string) => (issue: ParseResult.ParseIssue) => ({
  message: `Expected ${expectation}, got ${"actual" in issue ? quote(issue.actual) : "nothing"}`,
  override: true
})
