import { defineConfig } from "vitest/config"

/**
 * The vitest configuration every package shares: tests under `test/`, a JSON report the root
 * `npm test` sums into one closing line.
 */
export const shared = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ["default", ["json", { outputFile: "test-results.json" }]]
  }
})
