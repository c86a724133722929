/**
 * `egoi contacts upsert`: one contact created or updated through core's `Upsert.contact`, with extra
 * fields by name and tags by name, and what was done printed.
 *
 * @internal
 */
import * as EgoiClient from "@egoi-ts/core/EgoiClient"
import * as Upsert from "@egoi-ts/core/Upsert"
import * as Effect from "effect/Effect"
import { connect } from "./client.js"
import type { Io } from "./io.js"
import { runToExitCode } from "./runEffect.js"
import { resolveSettings } from "./settings.js"
import type { Parsed } from "./spec.js"
import { terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

/** The base-field flags, by the field they set. */
const BASE_FLAGS = {
  email: "email",
  cellphone: "cellphone",
  phone: "phone",
  "first-name": "first_name",
  "last-name": "last_name",
  "birth-date": "birth_date",
  language: "language",
  status: "status"
} as const

/** The parameters of the upsert the flags ask for. */
export const paramsOf = (flags: Readonly<Record<string, unknown>>): Upsert.UpsertParams => {
  const base: Record<string, unknown> = {}
  for (const [flag, field] of Object.entries(BASE_FLAGS)) if (flags[flag] !== undefined) base[field] = flags[flag]
  const fields = flags.field as Record<string, string> | undefined
  // A tag given as digits is an ID; any other is a name.
  const tags = (flags.tag as ReadonlyArray<string> | undefined)?.map((tag) => (/^\d+$/.test(tag) ? Number(tag) : tag))
  return {
    list_id: flags.list as number,
    key: (flags.key as string | undefined) ?? "email",
    ...(Object.keys(base).length > 0 ? { base: base as Upsert.UpsertParams["base"] } : {}),
    ...(fields === undefined ? {} : { fields }),
    ...(tags === undefined ? {} : { tags })
  }
}

export const runUpsert = async (parsed: Parsed, io: Io): Promise<number> => {
  const { flags, path } = parsed
  const terminal = terminalOf(io, { noColor: flags["no-color"] === true })
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, path)
  for (const notice of resolved.settings.notices) terminal.err(notice)
  const program = Effect.gen(function* () {
    const connection = yield* connect(resolved.settings, { requiresKey: true, dryRun: false })
    const result = yield* Upsert.contact(paramsOf(flags)).pipe(Effect.provide(EgoiClient.layerWith(connection.options)))
    if (flags.json === true || !terminal.isTTY) {
      terminal.out(JSON.stringify(result, null, 2))
      return
    }
    const tags = result.tags_attached.length > 0 ? `; tags attached: ${result.tags_attached.join(", ")}` : ""
    const raced = result.raced ? " (it had just been created by another writer)" : ""
    terminal.out(`${result.action} contact ${result.contact_id}${raced}${tags}`)
  })
  return runToExitCode(program, terminal, io)
}
