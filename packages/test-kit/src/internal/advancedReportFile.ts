/**
 * The file of an advanced report, built from the account as it is when the report runs: the
 * recipients of the campaigns sent and what each did (the outcomes the reports of the Reports group
 * count), the contacts' subscription data and activity trails, and the seeded form answers; kept to
 * the report's period, lists and campaigns, with the columns asked for. A CSV file: a header row,
 * then one row per record.
 *
 * - Every row of a report about contacts starts with `list_id` and `contact_id`, then the base
 *   fields asked for (`list_base_fields`), the extra fields asked for (`extra_<field_id>`, for the
 *   rows of their list), then the statistics and campaign columns whose flag is `true`, in the
 *   documented order.
 * - A campaign is in a report when it was sent (delivered) within the period; `all`, `last`,
 *   `specific` and `group` select among the campaigns of a list of the report's channel.
 * - `grouping: "by_contact"` orders the rows by contact; `by_campaign` (the default) by campaign.
 * - `include_unopens: false` leaves out the recipients who did not open the email.
 *
 * @internal
 */
import type { AdvancedReports } from "@egoi-ts/core"
import { type Channel, LOCATIONS, READERS, type Recipient, type StoredCampaign } from "./campaignStore.js"
import { fieldText, type StoredContact } from "./contactModel.js"
import type { ContactStore } from "./contactStore.js"
import { campaignsTable } from "./groups/campaigns.js"
import type { MockState } from "./state.js"

type Cell = string | number
type Row = ReadonlyArray<Cell>

/** A report's table: its column names, and a row of cells per record. */
export interface ReportTable {
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<Row>
}

/** A form answer as the mock keeps it. Table `formAnswers`, keyed by `answer_id`. */
export interface StoredFormAnswer {
  readonly answer_id: number
  readonly list_id: number
  readonly form_id: number
  readonly contact_id: string
  readonly date: string
  readonly answers: Readonly<Record<string, string>>
}

export const formAnswersTable = (state: MockState) =>
  state.table<StoredFormAnswer>("formAnswers", (row) => row.answer_id)

/** The request of any kind of report, as decoded by the definition (dates in E-goi's notation). */
export interface ReportRequest {
  readonly range: { readonly start: string | Date; readonly end: string | Date }
  readonly lists?: ReadonlyArray<number>
  readonly campaigns?: ReadonlyArray<AdvancedReports.ReportCampaigns>
  readonly forms?: ReadonlyArray<{ readonly list_id: number; readonly forms: ReadonlyArray<number> }>
  readonly columns?: {
    readonly list_base_fields?: ReadonlyArray<string> | undefined
    readonly list_extra_fields?: ReadonlyArray<{ readonly list_id: number; readonly fields: ReadonlyArray<string> }>
    readonly list_stats_fields?: Readonly<Record<string, boolean | undefined>> | undefined
    readonly campaign_fields?: Readonly<Record<string, boolean | undefined>> | undefined
    readonly contact_activities?: Readonly<Record<string, boolean | undefined>> | undefined
  }
  readonly options?: {
    readonly notify?: ReadonlyArray<number> | undefined
    readonly include_unopens?: boolean | undefined
    readonly grouping?: "by_contact" | "by_campaign" | undefined
  }
}

const text = (value: string | Date): string =>
  value instanceof Date ? value.toISOString().slice(0, 19).replace("T", " ") : value

/** The columns of a flag set that are `true`, in the documented order. */
const flagged = (order: ReadonlyArray<string>, flags: Readonly<Record<string, boolean | undefined>> | undefined) =>
  order.filter((name) => flags?.[name] === true)

const CAMPAIGN_FIELDS = [
  "internal_name",
  "campaign_hash",
  "send_date",
  "group",
  "channel",
  "type",
  "sender",
  "url",
  "city",
  "country",
  "region",
  "program",
  "os"
] as const

/** What a campaign column holds for a recipient of a campaign (`url`: the link of a click row, or the first clicked). */
const campaignCell = (field: string, campaign: StoredCampaign, recipient?: Recipient, url?: string): Cell => {
  const facet = recipient?.outcome.facet ?? 0
  const location = LOCATIONS[facet % LOCATIONS.length]!
  const reader = READERS[Math.floor(facet / LOCATIONS.length) % READERS.length]!
  switch (field) {
    case "internal_name":
      return campaign.internal_name
    case "campaign_hash":
      return campaign.campaign_hash
    case "send_date":
      return campaign.delivered ?? ""
    case "group":
      return campaign.group_id ?? ""
    case "channel":
      return campaign.channel
    case "type":
      return campaign.rss ? "rss" : "standard"
    case "sender":
      return campaign.sender_id ?? ""
    case "url":
      return url ?? recipient?.outcome.clicks[0] ?? ""
    case "city":
      return location.location
    case "country":
      return location.country
    case "region":
      return location.region
    case "program":
      return reader.reader
    case "os":
      return reader.type
    default:
      return ""
  }
}

export class ReportBuilder {
  constructor(
    private readonly state: MockState,
    private readonly contacts: ContactStore
  ) {}

  /** The table of a report of a kind. */
  build(kind: AdvancedReports.ReportKind, request: ReportRequest): ReportTable {
    switch (kind) {
      case "sends":
        return this.sends(request)
      case "email-events":
        return this.recipientsReport(request, ["email"], EMAIL_EVENT_STATS, (recipient) =>
          request.options?.include_unopens === false && recipient.outcome.opens === 0
            ? undefined
            : emailEvents(recipient)
        )
      case "email-bounces":
        return this.recipientsReport(request, ["email"], ["bounce_date", "bounce_type", "bounce_detail"], (r, c) =>
          r.outcome.bounce === undefined
            ? undefined
            : {
                bounce_date: c.delivered ?? "",
                bounce_type: r.outcome.bounce,
                bounce_detail: r.outcome.bounce === "hard" ? "The address does not exist" : "The mailbox is full"
              }
        )
      case "email-clicks-by-contact":
        return this.clicksByContact(request)
      case "email-clicks-by-url":
        return this.clicksByUrl(request)
      case "email-unsubscriptions":
        return this.recipientsReport(
          request,
          ["email"],
          ["unsubscription_method", "unsubscription_motive", "unsubscription_date"],
          (recipient, _, contact) =>
            recipient.outcome.unsubscribed
              ? {
                  unsubscription_method: contact.base.unsubscription_method,
                  unsubscription_motive: contact.base.unsubscription_reason,
                  unsubscription_date: contact.base.unsubscription_date
                }
              : undefined
        )
      case "sms-events":
        return this.recipientsReport(request, ["sms"], ["delivery_answer", "delivery_date"], (r, c) => ({
          delivery_answer: r.outcome.state ?? "",
          delivery_date: c.delivered ?? ""
        }))
      case "sms-bounces":
        return this.recipientsReport(request, ["sms"], ["delivery_answer", "delivery_date"], (r, c) =>
          r.outcome.state === "error" || r.outcome.state === "invalid"
            ? { delivery_answer: r.outcome.state, delivery_date: c.delivered ?? "" }
            : undefined
        )
      case "subscriptions":
        return this.contactsReport(request, ["subscription_method", "subscription_src"], (contact) =>
          this.within(request, contact.base.subscription_date)
            ? {
                subscription_method: contact.base.subscription_method,
                subscription_src: contact.base.subscription_form
              }
            : undefined
        )
      case "unsubscriptions":
        return this.contactsReport(
          request,
          ["unsubscription_method", "unsubscription_src", "unsubscription_date"],
          (contact) =>
            contact.base.status === "removed" && this.within(request, contact.base.unsubscription_date)
              ? {
                  unsubscription_method: contact.base.unsubscription_method,
                  unsubscription_src: this.unsubscribedFrom(contact),
                  unsubscription_date: contact.base.unsubscription_date
                }
              : undefined
        )
      case "contact-activity":
        return this.activity(request)
      case "form-answers":
        return this.formAnswers(request)
    }
  }

  private within(request: ReportRequest, date: string | undefined): boolean {
    return date !== undefined && date >= text(request.range.start) && date <= text(request.range.end)
  }

  /** The leading contact columns: names, and the cells of a contact. */
  private contactColumns(request: ReportRequest) {
    const base = request.columns?.list_base_fields ?? []
    const extra = [...new Set((request.columns?.list_extra_fields ?? []).flatMap((entry) => entry.fields))]
    const names = ["list_id", "contact_id", ...base, ...extra.map((field) => `extra_${field}`)]
    const cells = (listId: number, contact: StoredContact | undefined, contactId: string): Array<Cell> => {
      const asked = (field: string) =>
        (request.columns?.list_extra_fields ?? []).some(
          (entry) => entry.list_id === listId && entry.fields.includes(field)
        )
      return [
        listId,
        contactId,
        ...base.map((field) => (contact ? (fieldText(contact, field) ?? "") : "")),
        ...extra.map((field) => (contact && asked(field) ? (fieldText(contact, field) ?? "") : ""))
      ]
    }
    return { names, cells }
  }

  /** The sent campaigns of some channels a report's `campaigns` selects, sent within its period, oldest first. */
  private selectedCampaigns(request: ReportRequest, channels: ReadonlyArray<Channel>): Array<StoredCampaign> {
    const sent = campaignsTable(this.state)
      .values()
      .filter(
        (campaign) =>
          channels.includes(campaign.channel) &&
          campaign.recipients !== undefined &&
          this.within(request, campaign.delivered)
      )
      .sort((a, b) => (a.delivered ?? "").localeCompare(b.delivered ?? "") || a.id - b.id)
    const selected = new Set<StoredCampaign>()
    for (const selection of request.campaigns ?? []) {
      const ofList = sent.filter((campaign) => campaign.list_id === selection.list_id)
      const chosen =
        selection.type === "all"
          ? ofList
          : selection.type === "last"
            ? ofList.slice(-1)
            : selection.type === "specific"
              ? ofList.filter((campaign) => selection.data.includes(campaign.campaign_hash))
              : ofList.filter(
                  (campaign) => campaign.group_id !== undefined && selection.data.includes(campaign.group_id)
                )
      for (const campaign of chosen) selected.add(campaign)
    }
    return sent.filter((campaign) => selected.has(campaign))
  }

  /** Rows in campaign order, or in contact order for `grouping: "by_contact"`. */
  private grouped(request: ReportRequest, rows: Array<Row>): Array<Row> {
    if (request.options?.grouping !== "by_contact") return rows
    return rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => String(a.row[1]).localeCompare(String(b.row[1])) || a.index - b.index)
      .map(({ row }) => row)
  }

  /** A row per recipient of the selected campaigns that `stats` keeps, with the statistics it gives. */
  private recipientsReport(
    request: ReportRequest,
    channels: ReadonlyArray<Channel>,
    statsOrder: ReadonlyArray<string>,
    stats: (recipient: Recipient, campaign: StoredCampaign, contact: StoredContact) => Record<string, Cell> | undefined
  ): ReportTable {
    const contactColumns = this.contactColumns(request)
    const statColumns = flagged(statsOrder, request.columns?.list_stats_fields)
    const campaignColumns = flagged(CAMPAIGN_FIELDS, request.columns?.campaign_fields)
    const rows: Array<Row> = []
    for (const campaign of this.selectedCampaigns(request, channels)) {
      for (const recipient of campaign.recipients ?? []) {
        const contact = this.contacts.get(campaign.list_id, recipient.contact_id)
        const values = contact && stats(recipient, campaign, contact)
        if (!values) continue
        rows.push([
          ...contactColumns.cells(campaign.list_id, contact, recipient.contact_id),
          ...statColumns.map((name) => values[name] ?? ""),
          ...campaignColumns.map((field) => campaignCell(field, campaign, recipient))
        ])
      }
    }
    return { columns: [...contactColumns.names, ...statColumns, ...campaignColumns], rows: this.grouped(request, rows) }
  }

  /** Who each campaign sent to the report's lists within its period went to, whatever the channel. */
  private sends(request: ReportRequest): ReportTable {
    const contactColumns = this.contactColumns(request)
    const campaignColumns = flagged(CAMPAIGN_FIELDS.slice(0, 7), request.columns?.campaign_fields)
    const rows: Array<Row> = []
    const campaigns = campaignsTable(this.state)
      .values()
      .filter(
        (campaign) =>
          (request.lists ?? []).includes(campaign.list_id) &&
          campaign.recipients !== undefined &&
          this.within(request, campaign.delivered)
      )
      .sort((a, b) => (a.delivered ?? "").localeCompare(b.delivered ?? "") || a.id - b.id)
    for (const campaign of campaigns) {
      for (const recipient of campaign.recipients ?? []) {
        const contact = this.contacts.get(campaign.list_id, recipient.contact_id)
        rows.push([
          ...contactColumns.cells(campaign.list_id, contact, recipient.contact_id),
          recipient.destination,
          ...campaignColumns.map((field) => campaignCell(field, campaign, recipient))
        ])
      }
    }
    return { columns: [...contactColumns.names, "destination", ...campaignColumns], rows }
  }

  /** A row per link a recipient clicked. */
  private clicksByContact(request: ReportRequest): ReportTable {
    const contactColumns = this.contactColumns(request)
    const statColumns = flagged(["clicks"], request.columns?.list_stats_fields)
    const campaignColumns = flagged(CAMPAIGN_FIELDS, request.columns?.campaign_fields)
    const rows: Array<Row> = []
    for (const campaign of this.selectedCampaigns(request, ["email"])) {
      for (const recipient of campaign.recipients ?? []) {
        const contact = this.contacts.get(campaign.list_id, recipient.contact_id)
        for (const url of new Set(recipient.outcome.clicks)) {
          const clicks = recipient.outcome.clicks.filter((clicked) => clicked === url).length
          rows.push([
            ...contactColumns.cells(campaign.list_id, contact, recipient.contact_id),
            ...statColumns.map(() => clicks),
            ...campaignColumns.map((field) => campaignCell(field, campaign, recipient, url))
          ])
        }
      }
    }
    return { columns: [...contactColumns.names, ...statColumns, ...campaignColumns], rows }
  }

  /**
   * A row per link clicked in each campaign: its clicks, the contacts who clicked it, and those as a
   * percentage of the messages delivered (not bounced). No contact columns: a row is about a link.
   */
  private clicksByUrl(request: ReportRequest): ReportTable {
    const statColumns = flagged(["clicks", "unique_clicks", "click_rate_per_url"], request.columns?.list_stats_fields)
    const campaignColumns = flagged(CAMPAIGN_FIELDS.slice(0, 7), request.columns?.campaign_fields)
    const rows: Array<Row> = []
    for (const campaign of this.selectedCampaigns(request, ["email"])) {
      const recipients = campaign.recipients ?? []
      const delivered = recipients.filter((recipient) => recipient.outcome.bounce === undefined).length
      const urls = [...new Set(recipients.flatMap((recipient) => recipient.outcome.clicks))]
      for (const url of urls) {
        const clickers = recipients.filter((recipient) => recipient.outcome.clicks.includes(url))
        const clicks = clickers.reduce((sum, r) => sum + r.outcome.clicks.filter((c) => c === url).length, 0)
        const stats: Record<string, Cell> = {
          clicks,
          unique_clicks: clickers.length,
          click_rate_per_url: delivered === 0 ? "0.00" : ((100 * clickers.length) / delivered).toFixed(2)
        }
        rows.push([
          campaign.list_id,
          url,
          ...statColumns.map((name) => stats[name]!),
          ...campaignColumns.map((field) => campaignCell(field, campaign))
        ])
      }
    }
    return { columns: ["list_id", "url", ...statColumns, ...campaignColumns], rows }
  }

  /** A row per contact of the report's lists that `stats` keeps. */
  private contactsReport(
    request: ReportRequest,
    statsOrder: ReadonlyArray<string>,
    stats: (contact: StoredContact) => Record<string, Cell> | undefined
  ): ReportTable {
    const contactColumns = this.contactColumns(request)
    const statColumns = flagged(statsOrder, request.columns?.list_stats_fields)
    const rows: Array<Row> = []
    for (const listId of request.lists ?? []) {
      for (const contact of this.contacts.inList(listId)) {
        const values = stats(contact)
        if (values) {
          rows.push([
            ...contactColumns.cells(listId, contact, contact.contact_id),
            ...statColumns.map((name) => values[name] ?? "")
          ])
        }
      }
    }
    return { columns: [...contactColumns.names, ...statColumns], rows }
  }

  /** The campaign a contact unsubscribed through (its unsubscribe activity's), or the way it was done. */
  private unsubscribedFrom(contact: StoredContact): string {
    const last = [...this.contacts.activitiesOf(contact)].reverse().find((a) => a.action_name === "unsubscribe")
    return last?.action_data?.campaign_hash ?? contact.base.unsubscription_method
  }

  /**
   * A row per activity of the contacts of the report's lists within its period, of the activities
   * whose flag is `true` (every activity when none is): `opens` and `clicks` are the trail's
   * `email_open` and `email_click`.
   */
  private activity(request: ReportRequest): ReportTable {
    const contactColumns = this.contactColumns(request)
    const wanted = Object.entries(request.columns?.contact_activities ?? {})
      .filter(([, on]) => on === true)
      .map(([name]) => ACTIVITY_NAMES[name] ?? name)
    const rows: Array<Row> = []
    for (const listId of request.lists ?? []) {
      for (const contact of this.contacts.inList(listId)) {
        for (const activity of this.contacts.activitiesOf(contact)) {
          if (!this.within(request, activity.date)) continue
          if (wanted.length > 0 && !wanted.includes(activity.action_name)) continue
          rows.push([
            ...contactColumns.cells(listId, contact, contact.contact_id),
            activity.action_name,
            activity.date ?? "",
            activity.action_data?.campaign_hash ?? ""
          ])
        }
      }
    }
    return { columns: [...contactColumns.names, "activity", "date", "campaign_hash"], rows }
  }

  /** A row per answer to the forms asked for within the period: a column per question of any of them. */
  private formAnswers(request: ReportRequest): ReportTable {
    const answers = formAnswersTable(this.state)
      .values()
      .filter(
        (answer) =>
          (request.forms ?? []).some(
            (entry) => entry.list_id === answer.list_id && entry.forms.includes(answer.form_id)
          ) && this.within(request, answer.date)
      )
      .sort((a, b) => a.date.localeCompare(b.date) || a.answer_id - b.answer_id)
    const questions = [...new Set(answers.flatMap((answer) => Object.keys(answer.answers)))]
    return {
      columns: ["list_id", "form_id", "contact_id", "date", ...questions],
      rows: answers.map((answer) => [
        answer.list_id,
        answer.form_id,
        answer.contact_id,
        answer.date,
        ...questions.map((question) => answer.answers[question] ?? "")
      ])
    }
  }
}

const EMAIL_EVENT_STATS = [
  "opens",
  "clicks",
  "complaints",
  "unsubscribes",
  "bounces",
  "forwards",
  "forwards_conversion",
  "fb_likes",
  "fb_shares",
  "tw_shares",
  "social_shares"
] as const

/** What a recipient of an email did, as the email events report counts it (the mock models no sharing or forwarding). */
const emailEvents = (recipient: Recipient): Record<string, Cell> => ({
  opens: recipient.outcome.opens,
  clicks: recipient.outcome.clicks.length,
  complaints: recipient.outcome.complaint ? 1 : 0,
  unsubscribes: recipient.outcome.unsubscribed ? 1 : 0,
  bounces: recipient.outcome.bounce === undefined ? 0 : 1,
  forwards: 0,
  forwards_conversion: 0,
  fb_likes: 0,
  fb_shares: 0,
  tw_shares: 0,
  social_shares: 0
})

/** The contact activity report's flags that name a trail action differently. */
const ACTIVITY_NAMES: Readonly<Record<string, string>> = {
  opens: "email_open",
  clicks: "email_click"
}

const csvCell = (value: Cell) => {
  const cell = String(value)
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/** The table as CSV: the header row, then a row per record. */
export const toCsv = (table: ReportTable): string =>
  [table.columns, ...table.rows].map((row) => row.map(csvCell).join(",")).join("\n")
