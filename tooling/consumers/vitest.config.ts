import { shared } from "@egoi-ts/vitest-config"
import { defineConfig, mergeConfig } from "vitest/config"

// Packing and installing take minutes on a busy machine: the suite's own bounds, not speed targets.
export default mergeConfig(shared, defineConfig({ test: { hookTimeout: 900_000, testTimeout: 300_000 } }))
