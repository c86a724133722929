/**
 * How the test-kit's tests make, seed and call a mock: through a strict `EgoiClient` over a new
 * in-process mock (answers off their schema fail the test), or as raw HTTP through the mock's
 * `fetch` where the wire format is the point. The mocks' clocks stand still at {@link NOW}.
 */
import { EgoiClient } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { onTestFinished } from "vitest"
import * as EgoiMock from "../../src/EgoiMock.js"

/** The instant the mocks of the tests stand at. */
export const NOW = Date.UTC(2024, 4, 1, 10, 0, 0)

/** {@link NOW} as E-goi writes it. */
export const NOW_TEXT = "2024-05-01 10:00:00"

/** The key raw calls send. */
export const KEY = "test-kit-key"

/** A new mock, disposed of when the test finishes. */
export const startMock = (options?: EgoiMock.Options): EgoiMock.EgoiMock => {
  const mock = EgoiMock.make(options)
  onTestFinished(() => mock.dispose())
  return mock
}

/** A new in-process mock at {@link NOW} (or with the options given), and a strict client over it that never retries. */
export const mockClient = (options: EgoiMock.Options = {}) =>
  EgoiMock.layerClient({ now: () => NOW, ...options }, { maxRetries: 0 })

/** The client and the mock of the context. */
export const clientAndMock = Effect.all({ egoi: EgoiClient.EgoiClient, mock: EgoiMock.EgoiMockService })

/** A raw answer: its status and its parsed JSON body (`undefined` for a 204). */
export interface RawAnswer {
  readonly status: number
  readonly body: any
}

/** Calls a mock's route as any HTTP client would, with {@link KEY}. */
export const call = async (
  mock: EgoiMock.EgoiMock,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { Apikey: KEY }
): Promise<RawAnswer> => {
  const response = await mock.fetch(`${EgoiMock.IN_PROCESS_URL}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() }
}

/** {@link call} on the mock of the context. */
export const raw = (method: string, path: string, body?: unknown) =>
  Effect.flatMap(EgoiMock.EgoiMockService, (mock) => Effect.promise(() => call(mock, method, path, body)))

/** Seeds the mock of the context. */
export const seed = (records: EgoiMock.Seed) => Effect.map(EgoiMock.EgoiMockService, (mock) => mock.seed(records))

type SavedRule = Extract<EgoiMock.SegmentSeed, { readonly type: "saved" }>["rule"]
type Operator = SavedRule["segment_filter_array"][number]["segment_operator"]

/** A saved segment of list 1 to seed, its conditions given as `[field, operator, value]`. */
export const savedSegment = (
  name: string,
  conditions: ReadonlyArray<readonly [field: string, operator: Operator, value: string]>,
  options: Omit<SavedRule, "segment_filter_array"> = {}
): EgoiMock.SegmentSeed => ({
  list_id: 1,
  name,
  type: "saved",
  rule: {
    ...options,
    segment_filter_array: conditions.map(([segment_field, segment_operator, segment_value]) => ({
      segment_field,
      segment_operator,
      segment_value
    }))
  }
})
