/**
 * Validation messages that name the expectation and show the value that broke it.
 *
 * @internal
 */
import type * as ParseResult from "effect/ParseResult"

/** `Expected <expectation>, got <value>`, as the one message of the field (not one per union member). */
export const expected = (expectation: string) => (issue: ParseResult.ParseIssue) => ({
  message: `Expected ${expectation}, got ${"actual" in issue ? JSON.stringify(issue.actual) : "nothing"}`,
  override: true
})
