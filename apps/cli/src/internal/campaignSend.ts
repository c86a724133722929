/**
 * `egoi email send` and `egoi sms send`: a campaign created, sent to a list (or its segments) and,
 * with `--wait`, followed until E-goi has sent it, then its report. The hash goes to stdout, so a
 * script can keep it (`hash=$(egoi email send ... )`); what happened goes to stderr.
 *
 * @internal
 */
import { existsSync } from "node:fs"
import { readFile } from "node:fs/promises"
import type * as Campaigns from "@egoi-ts/core/Campaigns"
import * as EgoiClient from "@egoi-ts/core/EgoiClient"
import type * as Reports from "@egoi-ts/core/Reports"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import { connect } from "./client.js"
import { CliUsageError } from "./errors.js"
import type { Io } from "./io.js"
import * as Progress from "./progress.js"
import { runToExitCode } from "./runEffect.js"
import { resolveSettings } from "./settings.js"
import type { Parsed } from "./spec.js"
import { type Terminal, terminalOf } from "./terminal.js"
import { reportUsage } from "./usage.js"

/** Who of the list a send goes to: the whole list, or its segments. */
export type Audience = { readonly type: "none" } | { readonly type: "segment"; readonly data: ReadonlyArray<string> }

/** What both channels' sends take. */
export interface SendOptions {
  readonly list: number
  readonly segments: ReadonlyArray<string>
  readonly sender: number
  readonly name: string | undefined
  readonly schedule: string | undefined
  readonly wait: boolean
  /** Seconds between checks with `wait`. */
  readonly interval: number
}

/** What the command prints with `--json` (or when piped): the campaign, and its report once sent. */
export interface SendResult {
  readonly campaign_hash: string
  readonly channel: "email" | "sms"
  readonly list_id: number
  readonly status: string
  readonly report?: Reports.EmailReport | Reports.PhoneReport | undefined
}

export const audienceOf = (segments: ReadonlyArray<string>): Audience =>
  segments.length === 0 ? { type: "none" } : { type: "segment", data: segments }

/** A campaign's status, until E-goi has sent it (or canceled it), checked every `interval` seconds. */
export const waitUntilSent = (campaignHash: string, interval: number) =>
  Effect.gen(function* () {
    const client = yield* EgoiClient.EgoiClient
    const progress = yield* Progress.Progress
    const statusOf = Effect.flatMap(
      client.campaigns.getAllCampaigns({ campaign_hash: campaignHash }),
      (page): Effect.Effect<string, CliUsageError> => {
        const campaign: Campaigns.Campaign | undefined = page.items[0]
        if (!campaign) return Effect.fail(new CliUsageError({ detail: `Campaign ${campaignHash} is gone` }))
        return Effect.as(
          progress.update(`Campaign ${campaignHash} is ${campaign.status ?? "unknown"}; waiting for it to be sent`),
          campaign.status ?? "unknown"
        )
      }
    )
    // Checked now, then every `interval` seconds until sent; the schedule answers the last status.
    const untilSent = Schedule.spaced(Duration.seconds(interval)).pipe(
      Schedule.untilInput((status: string) => status === "sent" || status === "canceled"),
      Schedule.passthrough
    )
    const status = yield* statusOf.pipe(Effect.repeat(untilSent), Effect.ensuring(progress.done))
    if (status === "canceled") return yield* new CliUsageError({ detail: `Campaign ${campaignHash} was canceled` })
    return status
  })

/** Creates a campaign with `create`, sends it with `send`, and with `wait` follows it and reads its report. */
const createAndSend = <R extends Reports.EmailReport | Reports.PhoneReport, E1, E2, E3>(
  channel: SendResult["channel"],
  options: SendOptions,
  terminal: Terminal,
  steps: {
    readonly create: Effect.Effect<{ readonly campaign_hash: string }, E1>
    readonly send: (campaignHash: string) => Effect.Effect<unknown, E2>
    readonly report: (campaignHash: string) => Effect.Effect<R, E3>
  }
) =>
  Effect.gen(function* () {
    const { campaign_hash } = yield* steps.create
    // The draft stays when the send is refused (a sender in moderation, say): say which it is.
    yield* steps
      .send(campaign_hash)
      .pipe(Effect.tapError(() => Effect.sync(() => terminal.err(`Campaign ${campaign_hash} was created, not sent:`))))
    terminal.err(
      options.schedule === undefined
        ? `Campaign ${campaign_hash} is being sent to list ${options.list}`
        : `Campaign ${campaign_hash} is scheduled for ${options.schedule} (list ${options.list})`
    )
    if (!options.wait) {
      return { campaign_hash, channel, list_id: options.list, status: options.schedule ? "queued" : "sending" }
    }
    const status = yield* waitUntilSent(campaign_hash, options.interval)
    const report = yield* steps.report(campaign_hash)
    return { campaign_hash, channel, list_id: options.list, status, report } satisfies SendResult
  })

/** Creates and sends an email campaign whose body is `html`. */
export const sendEmail = (
  options: SendOptions & {
    readonly subject: string
    readonly html: string
    readonly replyTo: number | undefined
    readonly unique: boolean
  },
  terminal: Terminal
) =>
  Effect.flatMap(EgoiClient.EgoiClient, (client) =>
    createAndSend("email", options, terminal, {
      create: client.email.createEmailCampaign({
        list_id: options.list,
        internal_name: options.name ?? options.subject,
        subject: options.subject,
        content: { type: "html", body: options.html },
        sender_id: options.sender,
        ...(options.replyTo === undefined ? {} : { reply_to: options.replyTo })
      }),
      send: (campaign_hash) =>
        client.email.actionSendEmail({
          campaign_hash,
          list_id: options.list,
          segments: audienceOf(options.segments),
          ...(options.unique ? { unique_contacts_only: true } : {}),
          ...(options.schedule === undefined ? {} : { schedule_date: options.schedule })
        }),
      report: (campaign_hash) => client.reports.getEmailReport({ campaign_hash })
    })
  )

/** The most characters of the message an SMS campaign's default name takes. */
const NAME_LENGTH = 40

/** Creates and sends an SMS campaign of `message` to the contacts' cellphones. */
export const sendSms = (options: SendOptions & { readonly message: string }, terminal: Terminal) =>
  Effect.flatMap(EgoiClient.EgoiClient, (client) =>
    createAndSend("sms", options, terminal, {
      create: client.sms.createSmsCampaign({
        list_id: options.list,
        internal_name: options.name ?? options.message.slice(0, NAME_LENGTH),
        content: { type: "text", message: options.message },
        sender_id: options.sender
      }),
      send: (campaign_hash) =>
        client.sms.actionSendSms({
          campaign_hash,
          list_id: options.list,
          destination_field: "cellphone",
          segments: audienceOf(options.segments),
          ...(options.schedule === undefined ? {} : { schedule_date: options.schedule })
        }),
      report: (campaign_hash) => client.reports.getSMSReport({ campaign_hash })
    })
  )

/** A sent campaign's report in one line for a person. */
export const describeReport = (result: SendResult): string | undefined => {
  const report = result.report
  if (!report?.overall) return undefined
  if (result.channel === "email") {
    const overall = (report as Reports.EmailReport).overall!
    return [
      `sent ${overall.sends ?? 0}`,
      `opens ${overall.opens ?? 0} (${overall.unique_opens ?? 0} unique)`,
      `clicks ${overall.clicks ?? 0} (${overall.unique_clicks ?? 0} unique)`,
      `bounces ${overall.hard_bounces ?? 0} hard, ${overall.soft_bounces ?? 0} soft`,
      `complaints ${overall.complaints ?? 0}`,
      `unsubscriptions ${overall.unsubscriptions ?? 0}`
    ].join(" · ")
  }
  const overall = (report as Reports.PhoneReport).overall!
  return [
    `sent ${overall.sends ?? 0}`,
    `delivered ${overall.delivered ?? 0}`,
    `pending ${overall.pending ?? 0}`,
    `failed ${overall.error ?? 0}`,
    `invalid ${overall.invalid ?? 0}`
  ].join(" · ")
}

/** The options both commands read from their flags. */
const sendOptionsOf = (flags: Parsed["flags"]): SendOptions => ({
  list: flags.list as number,
  segments: (flags.segment as ReadonlyArray<string> | undefined) ?? [],
  sender: flags.sender as number,
  name: flags.name as string | undefined,
  schedule: flags.schedule as string | undefined,
  wait: flags.wait === true,
  interval: (flags.interval as number | undefined) ?? 5
})

/** Runs a send: the connection, the program, and what it prints. */
const run = async (
  parsed: Parsed,
  io: Io,
  program: (terminal: Terminal) => Effect.Effect<SendResult, unknown, EgoiClient.EgoiClient | Progress.Progress>
): Promise<number> => {
  const { flags, path } = parsed
  const terminal = terminalOf(io, { noColor: flags["no-color"] === true })
  const resolved = resolveSettings(flags, io.env)
  if ("problem" in resolved) return reportUsage(terminal, resolved.problem, path)
  for (const notice of resolved.settings.notices) terminal.err(notice)
  return runToExitCode(
    Effect.gen(function* () {
      const connection = yield* connect(resolved.settings, { requiresKey: true, dryRun: false })
      const result = yield* program(terminal).pipe(
        Effect.provide(EgoiClient.layerWith(connection.options)),
        Effect.provide(Progress.live(io.stderr))
      )
      if (flags.json === true || !terminal.isTTY) {
        terminal.out(JSON.stringify(result, null, 2))
        return
      }
      terminal.out(result.campaign_hash)
      const report = describeReport(result)
      if (report !== undefined) terminal.out(report)
    }),
    terminal,
    io
  )
}

export const runEmailSend = async (parsed: Parsed, io: Io): Promise<number> => {
  const file = parsed.flags.html as string
  if (!existsSync(file)) return reportUsage(terminalOf(io), `no file ${file}`, parsed.path)
  const html = await readFile(file, "utf8")
  return run(parsed, io, (terminal) =>
    sendEmail(
      {
        ...sendOptionsOf(parsed.flags),
        subject: parsed.flags.subject as string,
        html,
        replyTo: parsed.flags["reply-to"] as number | undefined,
        unique: parsed.flags.unique === true
      },
      terminal
    )
  )
}

export const runSmsSend = async (parsed: Parsed, io: Io): Promise<number> =>
  run(parsed, io, (terminal) =>
    sendSms({ ...sendOptionsOf(parsed.flags), message: parsed.flags.message as string }, terminal)
  )
