/**
 * `egoi webhooks listen`: a receiver on a loopback port (core's `WebhookEvent` checks the token and
 * the posts), a webhook registered on the list for as long as it runs, each event printed and
 * optionally forwarded, and the webhook removed when it stops.
 *
 * @internal
 */
import { randomBytes } from "node:crypto"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import * as EgoiClient from "@egoi-ts/core/EgoiClient"
import * as WebhookEvent from "@egoi-ts/core/WebhookEvent"
import type { WebhookAction } from "@egoi-ts/core/Webhooks"
import * as Effect from "effect/Effect"
import { connect } from "./client.js"
import { ExitCode } from "./exitCode.js"
import type { Io } from "./io.js"
import { runToExitCode } from "./runEffect.js"
import { resolveSettings } from "./settings.js"
import type { Parsed } from "./spec.js"
import { type Terminal, terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

const PATH = "/egoi-webhook"

/** The contact actions listened for unless `--actions` says otherwise. */
const DEFAULT_ACTIONS = WebhookEvent.CONTACT_ACTIONS.join(",")

const isLoopback = (url: string | undefined) => {
  if (url === undefined) return false
  const host = new URL(url).hostname
  return host === "127.0.0.1" || host === "localhost" || host === "[::1]"
}

/** A URL with its token hidden, for printing: the token is a secret like the key. */
const redacted = (url: string) => url.replace(/([?&]token=)[^&]*/, "$1…")

/** The receiving server: each post is answered at once, then its event is handed to `onEvent`. */
const receive = (
  port: number,
  receiver: WebhookEvent.Receiver,
  onEvent: (event: WebhookEvent.WebhookEvent, duplicate: boolean, body: string) => void
) =>
  Effect.async<Server, Error>((resume) => {
    const server = createServer((request, response) => {
      let body = ""
      request.setEncoding("utf8")
      request.on("data", (chunk: string) => {
        body += chunk
      })
      request.on("end", () => {
        const received =
          request.method === "POST"
            ? receiver.receive(request.url ?? "/", body)
            : ({ _tag: "Refused", status: 405, reasons: ["POST only"] } as const)
        response.writeHead(received._tag === "Event" ? 200 : received.status, { "content-type": "application/json" })
        response.end(JSON.stringify(received._tag === "Event" ? { received: true } : { error: received.reasons }))
        if (received._tag === "Event") onEvent(received.event, received.duplicate, body)
      })
    })
    server.once("error", (error) => resume(Effect.fail(error)))
    server.listen(port, "127.0.0.1", () => resume(Effect.succeed(server)))
  })

const printEvent = (terminal: Terminal, json: boolean, event: WebhookEvent.WebhookEvent, duplicate: boolean) => {
  if (json || !terminal.isTTY) {
    terminal.out(JSON.stringify(duplicate ? { ...event, duplicate } : event))
    return
  }
  const { contact_id, ...fields } = event.contact
  const values = Object.entries(fields)
    .map(([field, value]) => `${field}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" ")
  terminal.out(
    `${event.date}  ${event.action}  list ${event.list_id}  contact ${contact_id}${values ? `  ${values}` : ""}${duplicate ? "  (duplicate delivery)" : ""}`
  )
}

export const runListen = async (parsed: Parsed, io: Io): Promise<number> => {
  const { flags, path } = parsed
  const terminal = terminalOf(io, { noColor: flags["no-color"] === true })
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, path)
  for (const notice of resolved.settings.notices) terminal.err(notice)
  const publicUrl = flags.url as string | undefined
  if (publicUrl === undefined && !resolved.settings.mock && !isLoopback(resolved.settings.baseUrl)) {
    return reportUsage(
      terminal,
      "E-goi cannot post to this machine's loopback port: give --url, the public URL of a tunnel to --port",
      path
    )
  }
  const listId = flags.list as number
  const forwardTo = flags["forward-to"] as string | undefined
  const json = flags.json === true
  const split = (value: unknown) =>
    String(value)
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean)
  const token = randomBytes(24).toString("hex")
  const receiver = WebhookEvent.receiver({ token })

  const listen = Effect.gen(function* () {
    const client = yield* EgoiClient.EgoiClient
    const server = yield* Effect.acquireRelease(
      receive((flags.port as number | undefined) ?? 0, receiver, (event, duplicate, body) => {
        printEvent(terminal, json, event, duplicate)
        if (forwardTo !== undefined && !duplicate) {
          fetch(forwardTo, { method: "POST", headers: { "content-type": "application/json" }, body })
            .then((response) => {
              if (!response.ok) terminal.err(`forwarding to ${forwardTo}: ${response.status}`)
            })
            .catch((error: unknown) => terminal.err(`forwarding to ${forwardTo} failed: ${String(error)}`))
        }
      }),
      (started) => Effect.async<void>((resume) => void started.close(() => resume(Effect.void)))
    )
    const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`
    const base = publicUrl === undefined ? local : `${publicUrl.replace(/\/$/, "")}${PATH}`
    const url = `${base}?token=${token}`
    const webhook = yield* Effect.acquireRelease(
      client.webhooks.createWebhook({
        list_id: listId,
        url,
        actions: split(flags.actions ?? DEFAULT_ACTIONS) as Array<WebhookAction>,
        fields: split(flags.fields ?? "email")
      }),
      (created) =>
        client.webhooks.deleteWebhook({ webhook_id: created.webhook_id }).pipe(
          Effect.tap(() => Effect.sync(() => terminal.err(`Webhook ${created.webhook_id} removed.`))),
          Effect.catchAll((error) =>
            Effect.sync(() =>
              terminal.err(`Webhook ${created.webhook_id} could not be removed (${error.message}): remove it yourself.`)
            )
          )
        )
    )
    terminal.err(
      `Webhook ${webhook.webhook_id} on list ${listId} posts to ${redacted(url)}${publicUrl === undefined ? "" : ` (received on ${local})`}; waiting for events. Ctrl-C removes it.`
    )
    return yield* Effect.never
  }).pipe(Effect.scoped)
  const program = Effect.flatMap(connect(resolved.settings, { requiresKey: true, dryRun: false }), (connection) =>
    Effect.provide(listen, EgoiClient.layerWith(connection.options))
  )
  return runToExitCode(program, terminal, io, { interrupted: ExitCode.ok })
}
