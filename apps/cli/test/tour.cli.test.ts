/**
 * `egoi tour` (`tour.ts`), in-process.
 */
import { expect, it } from "vitest"
import { egoi } from "./utils/egoi.js"

it("tour runs against the embedded mock and shows the commands, a 404's exit code and a curl line", async () => {
  const result = await egoi(["tour"])
  expect(result.code).toBe(0)
  expect(result.stdout).toContain("$ egoi lists create-list")
  expect(result.stdout).toContain("(exit code 3)")
  expect(result.stdout).toContain("(exit code 2)")
  expect(result.stdout).toMatch(/^curl -X POST /m)
})
