/**
 * `egoi email send` and `egoi sms send`: a campaign created and sent in one command. What they take;
 * the work is in `internal/campaignSend.ts`.
 *
 * @internal
 */
import { connectionFlags, jsonFlag } from "../internal/commonFlags.js"
import { type Command, type Flag, lazy } from "../internal/spec.js"

/** The flags both channels take: the list, who of it, the sender, the name, the schedule and --wait. */
const audienceFlags: ReadonlyArray<Flag> = [
  {
    name: "list",
    aliases: ["list-id"],
    kind: { _tag: "integer" },
    required: true,
    description: "ID of the list to send to",
    bounds: { minimum: 1 }
  },
  {
    name: "segment",
    kind: { _tag: "string" },
    repeatable: true,
    placeholder: "ID",
    description: "Send only to this segment of the list (repeat for several); the whole list otherwise"
  },
  {
    name: "sender",
    aliases: ["sender-id"],
    kind: { _tag: "integer" },
    required: true,
    description: "ID of the (approved) sender",
    bounds: { minimum: 1 }
  },
  {
    name: "schedule",
    kind: { _tag: "string" },
    placeholder: "DATE",
    description: "Send at this date and time (YYYY-MM-DD hh:mm:ss in UTC, or RFC 3339) instead of now"
  },
  {
    name: "wait",
    kind: { _tag: "boolean" },
    description: "Wait until the campaign is sent, then show its report"
  },
  {
    name: "interval",
    kind: { _tag: "integer" },
    defaultValue: "5",
    bounds: { minimum: 1 },
    description: "Seconds between checks with --wait"
  }
]

export const emailSend: Command = {
  name: "send",
  summary: "Create an email campaign from an HTML file and send it to a list or its segments",
  description:
    "Creates the campaign, sends it, and prints its hash; --wait shows its report once E-goi has sent it. Only contacts that can receive email get it (active, with an address, not suppressed).",
  flags: [
    ...audienceFlags,
    { name: "subject", kind: { _tag: "string" }, required: true, description: "The email's subject" },
    {
      name: "html",
      kind: { _tag: "string" },
      required: true,
      placeholder: "FILE",
      completesFiles: true,
      description: "The HTML file of the email's body"
    },
    {
      name: "name",
      kind: { _tag: "string" },
      description: "The campaign's internal name; the subject when not given"
    },
    {
      name: "reply-to",
      kind: { _tag: "integer" },
      bounds: { minimum: 1 },
      description: "ID of the email sender replies go to"
    },
    {
      name: "unique",
      kind: { _tag: "boolean" },
      description: "Send once per address, however many contacts share it"
    },
    jsonFlag,
    ...connectionFlags
  ],
  examples: [
    'email send --list 1 --sender 1 --subject "May news" --html may.html',
    'email send --list 1 --segment 3 --sender 1 --subject "VIP preview" --html vip.html --wait'
  ],
  run: lazy(() => import("../internal/campaignSend.js"), "runEmailSend")
}

export const smsSend: Command = {
  name: "send",
  summary: "Create an SMS campaign and send it to a list or its segments",
  description:
    "Creates the campaign, sends it to the contacts' cellphones, and prints its hash; --wait shows its report once E-goi has sent it.",
  flags: [
    ...audienceFlags,
    { name: "message", kind: { _tag: "string" }, required: true, description: "The text of the SMS" },
    {
      name: "name",
      kind: { _tag: "string" },
      description: "The campaign's internal name; the start of the message when not given"
    },
    jsonFlag,
    ...connectionFlags
  ],
  examples: ['sms send --list 1 --sender 2 --message "Sale today only" --wait'],
  run: lazy(() => import("../internal/campaignSend.js"), "runSmsSend")
}
