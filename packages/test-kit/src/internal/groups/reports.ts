/**
 * The Reports group of the mock: each channel's report, counted from what the campaign's send
 * delivered (see `campaignStore.ts`): `sends` is the number of messages the send resolved, and every
 * other count and breakdown adds up the recipients' outcomes, which are also on the contacts'
 * trails. A campaign not sent yet reports zeros; a breakdown whose flag is `false` is left out.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { EgoiApi, type Reports } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { found } from "../answers.js"
import { type Channel, LOCATIONS, NETWORKS, READERS, type Recipient, type StoredCampaign } from "../campaignStore.js"
import type { MockContext } from "../context.js"

export const group = "reports"

export const seeds = {}

const emailCounts = (recipients: ReadonlyArray<Recipient>) => {
  let [opens, clicks, hard, soft, complaints, unsubscriptions] = [0, 0, 0, 0, 0, 0]
  for (const { outcome } of recipients) {
    opens += outcome.opens
    clicks += outcome.clicks.length
    if (outcome.bounce === "hard") hard++
    if (outcome.bounce === "soft") soft++
    if (outcome.complaint) complaints++
    if (outcome.unsubscribed) unsubscriptions++
  }
  return {
    sends: recipients.length,
    opens,
    clicks,
    hard_bounces: hard,
    soft_bounces: soft,
    complaints,
    unsubscriptions
  }
}

/** Recipients grouped by a key, the groups in the order of their keys. */
const groupBy = (recipients: ReadonlyArray<Recipient>, key: (recipient: Recipient) => string | undefined) => {
  const groups = new Map<string, Array<Recipient>>()
  for (const recipient of recipients) {
    const name = key(recipient)
    if (name === undefined) continue
    const group = groups.get(name)
    if (group) group.push(recipient)
    else groups.set(name, [recipient])
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))
}

const pad = (value: number) => String(value).padStart(2, "0")

/** The breakdowns of a report: each flag is true unless given as false. */
const wanted = (flag: boolean | undefined) => flag !== false

const emailReport = (
  campaign: StoredCampaign,
  flags: { readonly [Flag in "date" | "weekday" | "hour" | "location" | "domain" | "url" | "reader"]?: boolean }
): Reports.EmailReport => {
  const recipients = campaign.recipients ?? []
  const delivered = campaign.delivered === undefined ? undefined : new Date(`${campaign.delivered.replace(" ", "T")}Z`)
  const counts = emailCounts(recipients)
  const whenSent = (field: string, value: string) =>
    delivered && recipients.length > 0 ? [{ [field]: value, ...counts }] : []
  const readerOf = (recipient: Recipient) => READERS[Math.floor(recipient.outcome.facet / LOCATIONS.length)]!
  const locationOf = (recipient: Recipient) => LOCATIONS[recipient.outcome.facet % LOCATIONS.length]!
  const openers = recipients.filter((recipient) => recipient.outcome.opens > 0)
  return {
    campaign_hash: campaign.campaign_hash,
    overall: {
      ...counts,
      unique_opens: openers.length,
      unique_clicks: recipients.filter((recipient) => recipient.outcome.clicks.length > 0).length
    },
    ...(wanted(flags.date)
      ? {
          date: whenSent(
            "date",
            delivered
              ? `${pad(delivered.getUTCDate())}-${pad(delivered.getUTCMonth() + 1)}-${delivered.getUTCFullYear()}`
              : ""
          ) as any
        }
      : {}),
    // ISO weekdays: 1 is Monday, 7 Sunday.
    ...(wanted(flags.weekday)
      ? { weekday: whenSent("weekday", String((((delivered?.getUTCDay() ?? 0) + 6) % 7) + 1)) as any }
      : {}),
    ...(wanted(flags.hour) ? { hour: whenSent("hour", pad(delivered?.getUTCHours() ?? 0)) as any } : {}),
    ...(wanted(flags.location)
      ? {
          location: groupBy(openers, (recipient) => locationOf(recipient).location).map(([, group]) => {
            const { sends: _, ...rest } = emailCounts(group)
            return { ...locationOf(group[0]!), ...rest }
          })
        }
      : {}),
    ...(wanted(flags.domain)
      ? {
          domain: groupBy(recipients, (recipient) => recipient.destination.split("@")[1]?.toLowerCase()).map(
            ([domain, group]) => ({ domain, ...emailCounts(group) })
          )
        }
      : {}),
    ...(wanted(flags.url)
      ? {
          url: groupBy(
            recipients.flatMap((recipient) =>
              recipient.outcome.clicks.map((url) => ({ ...recipient, destination: url }))
            ),
            (click) => click.destination
          ).map(([url, clicks]) => ({ url, clicks: clicks.length }))
        }
      : {}),
    ...(wanted(flags.reader)
      ? {
          reader: groupBy(openers, (recipient) => readerOf(recipient).reader).map(([, group]) => ({
            ...readerOf(group[0]!),
            opens: group.reduce((total, recipient) => total + recipient.outcome.opens, 0)
          }))
        }
      : {})
  }
}

const phoneCounts = (recipients: ReadonlyArray<Recipient>) => {
  const count = (state: string) => recipients.filter((recipient) => recipient.outcome.state === state).length
  return {
    sends: recipients.length,
    delivered: count("delivered"),
    error: count("error"),
    invalid: count("invalid"),
    pending: count("pending")
  }
}

const phoneReport = (campaign: StoredCampaign, networks: boolean | undefined): Reports.PhoneReport => {
  const recipients = campaign.recipients ?? []
  return {
    campaign_hash: campaign.campaign_hash,
    overall: {
      destinations: new Set(recipients.map((recipient) => recipient.destination)).size,
      ...phoneCounts(recipients)
    },
    ...(wanted(networks)
      ? {
          networks: groupBy(recipients, (recipient) => NETWORKS[recipient.outcome.facet]).map(([network, group]) => ({
            network,
            ...phoneCounts(group)
          }))
        }
      : {})
  }
}

/** The operating system of a push or web push message: the part of its destination before the first colon. */
const platformOf = (recipient: Recipient) => recipient.destination.split(":")[0] ?? "unknown"

const pushCounts = (recipients: ReadonlyArray<Recipient>) => {
  const count = (state: string) => recipients.filter((recipient) => recipient.outcome.state === state).length
  const delivered = count("delivered")
  return {
    sends: recipients.length,
    opens: recipients.reduce((total, recipient) => total + recipient.outcome.opens, 0),
    delivered,
    received: delivered,
    bounces: count("invalid"),
    error: count("error")
  }
}

const pushReport = (campaign: StoredCampaign, operatingSystems: boolean | undefined): Reports.PushReport => {
  const recipients = campaign.recipients ?? []
  return {
    campaign_hash: campaign.campaign_hash,
    overall: pushCounts(recipients),
    ...(wanted(operatingSystems)
      ? {
          operating_systems: groupBy(recipients, platformOf).map(([system, group]) => ({
            operating_systems: system,
            ...pushCounts(group)
          }))
        }
      : {})
  }
}

const webPushCounts = (recipients: ReadonlyArray<Recipient>) => ({
  opens: recipients.reduce((total, recipient) => total + recipient.outcome.opens, 0),
  sends: recipients.length,
  clicks: recipients.reduce((total, recipient) => total + recipient.outcome.clicks.length, 0),
  bounces: recipients.filter((recipient) => recipient.outcome.state === "invalid").length
})

const webPushReport = (
  campaign: StoredCampaign,
  flags: { readonly [Flag in "devices" | "operating_systems" | "browsers" | "url"]?: boolean }
): Reports.WebPushReport => {
  const recipients = campaign.recipients ?? []
  const byPlatform = groupBy(recipients, platformOf)
  return {
    campaign_hash: campaign.campaign_hash,
    overall: webPushCounts(recipients),
    ...(wanted(flags.devices)
      ? { devices: byPlatform.map(([device, group]) => ({ device, ...webPushCounts(group) })) }
      : {}),
    ...(wanted(flags.operating_systems)
      ? { operating_systems: byPlatform.map(([system]) => ({ operating_system: system, versions: [] })) }
      : {}),
    ...(wanted(flags.browsers) ? { browsers: [] } : {}),
    ...(wanted(flags.url)
      ? {
          url: groupBy(
            recipients.flatMap((recipient) =>
              recipient.outcome.clicks.map((url) => ({ ...recipient, destination: url }))
            ),
            (click) => click.destination
          ).map(([url, clicks]) => ({ url, clicks: clicks.length }))
        }
      : {})
  }
}

export const layer = ({ campaigns }: MockContext) => {
  const find = (hash: string, channels: ReadonlyArray<Channel>, kind: string) =>
    Effect.suspend(() =>
      found(
        channels.map((channel) => campaigns.find(hash, channel)).find((campaign) => campaign !== undefined),
        () => `There is no ${kind} campaign ${hash}`
      )
    )
  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getEmailReport", ({ path, urlParams }) =>
        Effect.map(find(path.campaign_hash, ["email"], "email"), (campaign) => emailReport(campaign, urlParams))
      )
      .handle("getSMSReport", ({ path, urlParams }) =>
        Effect.map(find(path.campaign_hash, ["sms", "smart_sms"], "SMS"), (campaign) =>
          phoneReport(campaign, urlParams.networks)
        )
      )
      .handle("getVoiceReport", ({ path, urlParams }) =>
        Effect.map(find(path.campaign_hash, ["voice"], "voice"), (campaign) =>
          phoneReport(campaign, urlParams.networks)
        )
      )
      .handle("getPushReport", ({ path, urlParams }) =>
        Effect.map(find(path.campaign_hash, ["push"], "push"), (campaign) =>
          pushReport(campaign, urlParams.operating_systems)
        )
      )
      .handle("getWebPushReport", ({ path, urlParams }) =>
        Effect.map(find(path.campaign_hash, ["web_push"], "web push"), (campaign) => webPushReport(campaign, urlParams))
      )
  )
}
