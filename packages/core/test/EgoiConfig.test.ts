import { inspect } from "node:util"
import { it } from "@effect/vitest"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { describe, expect } from "vitest"
import * as EgoiConfig from "../src/EgoiConfig.js"
import { EgoiConfigError } from "../src/EgoiError.js"

const KEY = "config-secret-7d41e0"

const resolve = (options: Partial<EgoiConfig.Options>) => EgoiConfig.make({ apiKey: KEY, ...options })

describe("make", () => {
  it.effect("defaults to E-goi's https endpoint, a 10 s read and 60 s write timeout, and 2 retries", () =>
    Effect.gen(function* () {
      const config = yield* resolve({})
      expect(config.baseUrl.href).toBe(`${EgoiConfig.DEFAULT_BASE_URL}/`)
      expect(Duration.toMillis(config.readTimeout)).toBe(10_000)
      expect(Duration.toMillis(config.writeTimeout)).toBe(60_000)
      expect(config.maxRetries).toBe(2)
      expect(config.rateLimit?.limit).toBe(10)
      expect(Duration.toMillis(config.rateLimit!.interval)).toBe(1000)
      expect(config.maxBodyBytes).toBe(EgoiConfig.MAX_BODY_BYTES)
    })
  )

  it.effect("lets timeout set both timeouts, and readTimeout or writeTimeout override it", () =>
    Effect.gen(function* () {
      const both = yield* resolve({ timeout: "5 seconds" })
      expect([Duration.toMillis(both.readTimeout), Duration.toMillis(both.writeTimeout)]).toStrictEqual([5000, 5000])
      const one = yield* resolve({ timeout: "5 seconds", writeTimeout: 1000 })
      expect([Duration.toMillis(one.readTimeout), Duration.toMillis(one.writeTimeout)]).toStrictEqual([5000, 1000])
    })
  )

  it.effect("accepts https for any host", () =>
    Effect.gen(function* () {
      const config = yield* resolve({ baseUrl: "https://egoi.example.test/api/" })
      expect(config.baseUrl.href).toBe("https://egoi.example.test/api")
    })
  )

  it.effect.each(["http://127.0.0.1:8080", "http://localhost:3000", "http://[::1]:4000", "http://127.1.2.3"])(
    "accepts plain http for the loopback host %s",
    (baseUrl) =>
      Effect.gen(function* () {
        const config = yield* resolve({ baseUrl })
        expect(config.baseUrl.protocol).toBe("http:")
      })
  )

  it.effect.each([
    "http://api.egoiapp.com",
    "http://192.168.1.10",
    "http://localhost.example.com",
    "http://127.0.0.1.example.com",
    "ftp://localhost",
    "not a url"
  ])("refuses the base URL %s", (baseUrl) =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(resolve({ baseUrl }))
      expect(error).toBeInstanceOf(EgoiConfigError)
      expect(error.detail).toContain("baseUrl")
    })
  )

  it.effect.each([
    { label: "an empty string", apiKey: "" },
    { label: "blanks", apiKey: "   " },
    { label: "an empty Redacted", apiKey: Redacted.make("") }
  ])("refuses $label as the API key", ({ apiKey }) =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(EgoiConfig.make({ apiKey }))
      expect(error).toBeInstanceOf(EgoiConfigError)
      expect(error.detail).toContain("No API key")
    })
  )

  it.effect.each([
    ["a zero timeout", { timeout: 0 }, "timeout"],
    ["a negative timeout", { timeout: -5 }, "timeout"],
    ["a NaN timeout", { timeout: Number.NaN }, "timeout"],
    ["an infinite deadline", { deadline: Number.POSITIVE_INFINITY }, "deadline"],
    ["a billion retries", { maxRetries: 1e9 }, "maxRetries"],
    ["a negative rate-limit interval", { rateLimit: { limit: 5, interval: -1000 } }, "rateLimit.interval"],
    ["a fractional rate limit", { rateLimit: { limit: 2.5, interval: 1000 } }, "rateLimit.limit"],
    ["a body limit over E-goi's", { maxBodyBytes: 30_000_000 }, "maxBodyBytes"],
    ["a fetch that is not a function", { fetch: "fetch" as never }, "fetch"]
  ] as const)("refuses %s at construction", ([_, options, field]) =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(resolve(options as never))
      expect(error).toBeInstanceOf(EgoiConfigError)
      expect(error.detail).toContain(field)
    })
  )

  it.effect("refuses a negative or fractional maxRetries and a bad duration", () =>
    Effect.gen(function* () {
      expect((yield* Effect.flip(resolve({ maxRetries: -1 }))).detail).toContain("maxRetries")
      expect((yield* Effect.flip(resolve({ maxRetries: 1.5 }))).detail).toContain("maxRetries")
      expect((yield* Effect.flip(resolve({ readTimeout: "soon" as never }))).detail).toContain("readTimeout")
      expect((yield* Effect.flip(resolve({ rateLimit: { limit: 0, interval: "1 second" } }))).detail).toContain(
        "rateLimit"
      )
    })
  )

  it.effect("wraps a plain key in Redacted", () =>
    Effect.gen(function* () {
      const config = yield* resolve({})
      expect(Redacted.isRedacted(config.apiKey)).toBe(true)
      expect(Redacted.value(config.apiKey)).toBe(KEY)
    })
  )
})

describe("layerConfig", () => {
  const fromEnv = (env: Record<string, string>, options?: Parameters<typeof EgoiConfig.layerConfig>[0]) =>
    EgoiConfig.EgoiConfig.pipe(
      Effect.provide(
        EgoiConfig.layerConfig(options).pipe(
          Layer.provide(Layer.setConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))))
        )
      )
    )

  it.effect("reads EGOI_API_KEY and EGOI_BASE_URL", () =>
    Effect.gen(function* () {
      const config = yield* fromEnv({ EGOI_API_KEY: KEY, EGOI_BASE_URL: "http://127.0.0.1:4010" })
      expect(Redacted.value(config.apiKey)).toBe(KEY)
      expect(config.baseUrl.href).toBe("http://127.0.0.1:4010/")
    })
  )

  it.effect("uses E-goi's endpoint when EGOI_BASE_URL is not set, and keeps the options given in code", () =>
    Effect.gen(function* () {
      const config = yield* fromEnv({ EGOI_API_KEY: KEY }, { maxRetries: 5 })
      expect(config.baseUrl.href).toBe(`${EgoiConfig.DEFAULT_BASE_URL}/`)
      expect(config.maxRetries).toBe(5)
    })
  )

  it.effect("also reads from Effect.withConfigProvider", () =>
    Effect.gen(function* () {
      const config = yield* EgoiConfig.EgoiConfig.pipe(
        Effect.provide(EgoiConfig.layerConfig()),
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["EGOI_API_KEY", KEY]])))
      )
      expect(Redacted.value(config.apiKey)).toBe(KEY)
    })
  )

  it.effect("fails when EGOI_API_KEY is not set", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(fromEnv({}))
      expect(error).toBeInstanceOf(EgoiConfigError)
      expect(error.detail).toBe("EGOI_API_KEY is not set")
    })
  )

  it.effect("refuses a plain-http EGOI_BASE_URL that is not loopback", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(fromEnv({ EGOI_API_KEY: KEY, EGOI_BASE_URL: "http://api.egoiapp.com" }))
      expect(error).toBeInstanceOf(EgoiConfigError)
    })
  )

  it.effect("keeps the key Redacted: String, JSON and inspect never show it", () =>
    Effect.gen(function* () {
      const config = yield* fromEnv({ EGOI_API_KEY: KEY })
      expect(Redacted.isRedacted(config.apiKey)).toBe(true)
      expect(Redacted.value(config.apiKey)).toBe(KEY)
      for (const shown of [
        String(config.apiKey),
        `${config.apiKey}`,
        JSON.stringify(config.apiKey),
        JSON.stringify(config),
        inspect(config.apiKey),
        inspect(config, { depth: 10 })
      ]) {
        expect(shown).not.toContain(KEY)
      }
      expect(String(config.apiKey)).toBe("<redacted>")
    })
  )
})
