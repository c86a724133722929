/**
 * The documented request samples of a group (kept as fixtures, with E-goi's placeholders such as
 * `"notify": [0]` made real): each is a valid body for the server side of the definition, and the
 * client sends it exactly as given.
 */
import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import { EgoiApi } from "../../src/EgoiApi.js"
import { callThroughClient, fixture } from "./DocumentedSamples.js"

export interface RequestSample {
  readonly operation: string
  /** The fixture's folder under `fixtures/`. */
  readonly folder: string
  /** The documented success status, whose fixture answers the call. */
  readonly status: number
  /** The path parameters the call needs besides the body. */
  readonly path?: Record<string, unknown>
}

export const describeRequestSamples = (group: string, samples: ReadonlyArray<RequestSample>) =>
  describe(`documented request samples of ${group}`, () => {
    describe.each(samples)("$operation", ({ operation, folder, status, path }) => {
      const sample = fixture(`${folder}/${operation}.request.json`) as Record<string, unknown>
      const endpoint = (EgoiApi.groups as any)[group].endpoints[operation] as {
        readonly payloadSchema: Option.Option<Schema.Schema<any, any, never>>
      }

      it("is a valid body for the server side of the definition", () => {
        const decoded = Schema.decodeUnknownSync(Option.getOrThrow(endpoint.payloadSchema))(sample)
        expect(Schema.encodeSync(Option.getOrThrow(endpoint.payloadSchema))(decoded)).toStrictEqual(sample)
      })

      it.effect("is sent by the client exactly as documented", () =>
        Effect.gen(function* () {
          const { sent } = yield* callThroughClient(
            group,
            operation,
            { ...path, ...sample },
            {
              status,
              body: fixture(`${folder}/${operation}.${status}.json`)
            }
          )
          expect(sent).toHaveLength(1)
          expect(JSON.parse(sent[0]!.body!)).toStrictEqual(sample)
        })
      )
    })
  })
