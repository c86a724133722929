/**
 * `egoi webhooks listen --list ID`: what it takes. The work is in `internal/webhooksListen.ts`.
 *
 * @internal
 */
import { connectionFlags, jsonFlag, listFlag } from "../internal/commonFlags.js"
import { type Command, lazy } from "../internal/spec.js"

export const webhooksListen: Command = {
  name: "listen",
  summary: "Register a temporary webhook on a list, print each event as it arrives, remove it on exit",
  description:
    "Receives on 127.0.0.1 (--port), with a random secret token in the registered URL, so only E-goi's posts are taken. Against E-goi itself, give the public URL of a tunnel to that port with --url. Each event is printed (a JSON line when piped or with --json), a delivery made again marked as a duplicate, and with --forward-to posted on to your own endpoint. Ctrl-C removes the webhook.",
  flags: [
    listFlag,
    {
      name: "actions",
      kind: { _tag: "string" },
      defaultValue: "subscription,edit_subscription,unsubscribe,resubscription,forget_subscription,change_consent",
      description: "The actions to listen for, separated by commas"
    },
    {
      name: "fields",
      kind: { _tag: "string" },
      defaultValue: "email",
      description: "The contact fields each post carries, by ID, separated by commas"
    },
    {
      name: "forward-to",
      kind: { _tag: "string" },
      placeholder: "URL",
      description: "Post each event on to this URL"
    },
    {
      name: "url",
      kind: { _tag: "string" },
      placeholder: "URL",
      description: "The public URL of a tunnel to the local port, for E-goi itself to reach"
    },
    {
      name: "port",
      kind: { _tag: "integer" },
      defaultValue: "0",
      bounds: { minimum: 0, maximum: 65535 },
      description: "The local port to receive on; any free one by default"
    },
    jsonFlag,
    ...connectionFlags
  ],
  examples: [
    "webhooks listen --list 1 --mock",
    "webhooks listen --list 1 --forward-to http://localhost:3000/egoi",
    "webhooks listen --list 1 --port 8080 --url https://abc.tunnel.example"
  ],
  run: lazy(() => import("../internal/webhooksListen.js"), "runListen")
}
