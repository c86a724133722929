/**
 * The Advanced Reports group of the mock: the reports asked for (the `advancedReports` table), the
 * saved models reports can be generated from (`advancedReportModels`, seeded) and the form answers
 * the form answers report reads (`formAnswers`, seeded).
 *
 * A `generate*` call checks what it refers to (lists, the lists of its campaigns and forms, the
 * model), then queues an `advanced_report` operation and answers 202. The report's state follows its
 * operation: `queued` while it waits, `paused` while paused, `canceled` if the operation is
 * cancelled, `running` while it runs; then `finished`, with its CSV file (built from the account as
 * it is then, see `advancedReportFile.ts`) served under `/__mock/reports/`, and its `callback_url`
 * POSTed `{ file }`.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { type AdvancedReports, EgoiApi } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { formAnswersTable, ReportBuilder, type ReportRequest, toCsv } from "../advancedReportFile.js"
import { ACCEPTED, unprocessable } from "../answers.js"
import type { MockContext } from "../context.js"
import { publishFile } from "../files.js"
import { matchesText, page, withinDates } from "../query.js"
import type { MockState } from "../state.js"
import { listsTable } from "./lists.js"
import { operationsTable } from "./operations.js"

export const group = "advancedReports"

/** A report asked for. Table `advancedReports`, keyed by `advanced_report_id`. */
export interface StoredAdvancedReport {
  readonly advanced_report_id: number
  readonly title: string
  readonly hash: string
  readonly created: string
  readonly kind: AdvancedReports.ReportKind
  readonly operation_id: number
  /** `queued` until its operation has run; the state shown meanwhile follows the operation. */
  readonly status: "queued" | "finished" | "error"
  readonly file: string | null
}

/** A saved report model: a kind of report and its request. Table `advancedReportModels`, keyed by `model_id`. */
export interface StoredReportModel {
  readonly model_id: number
  readonly title: string
  readonly created: string
  readonly kind: AdvancedReports.ReportKind
  readonly request: ReportRequest
}

export const advancedReportsTable = (state: MockState) =>
  state.table<StoredAdvancedReport>("advancedReports", (row) => row.advanced_report_id)

export const reportModelsTable = (state: MockState) =>
  state.table<StoredReportModel>("advancedReportModels", (row) => row.model_id)

/** A report model to seed: its title, kind, and the request it generates (with its own title, used for the reports). */
export interface ReportModelSeed {
  readonly title: string
  readonly kind: AdvancedReports.ReportKind
  readonly request: ReportRequest & { readonly title: string }
}

/** A form answer to seed: the form of a list it answers, who answered (a contact ID), when, and the answers by question. */
export interface FormAnswerSeed {
  readonly list_id: number
  readonly form_id: number
  readonly contact_id?: string | undefined
  /** E-goi's notation; the mock's clock when not given. */
  readonly date?: string | undefined
  readonly answers: Readonly<Record<string, string>>
}

export const seeds = {
  advancedReportModels: ({ state }: MockContext, seed: ReportModelSeed) => {
    const table = reportModelsTable(state)
    table.set({
      model_id: table.takeId(),
      title: seed.title,
      created: state.now(),
      kind: seed.kind,
      request: seed.request
    })
  },
  formAnswers: ({ state }: MockContext, seed: FormAnswerSeed) => {
    if (!listsTable(state).has(seed.list_id)) throw new Error(`Form answer: list ${seed.list_id} does not exist`)
    const table = formAnswersTable(state)
    table.set({
      answer_id: table.takeId(),
      list_id: seed.list_id,
      form_id: seed.form_id,
      contact_id: seed.contact_id ?? "",
      date: seed.date ?? state.now(),
      answers: seed.answers
    })
  }
}

const OPERATION_STATES: Readonly<Record<string, AdvancedReports.AdvancedReport["status"]>> = {
  queued: "queued",
  executing: "queued",
  processing: "running",
  paused: "paused"
}

const rangeText = (value: string | Date) =>
  value instanceof Date ? value.toISOString().slice(0, 19).replace("T", " ") : value

/** The lists a request refers to, by the field that names them. */
const listsOf = (request: ReportRequest): Array<[field: string, listId: number]> => [
  ...(request.lists ?? []).map((listId, i): [string, number] => [`lists.${i}`, listId]),
  ...(request.campaigns ?? []).map((entry, i): [string, number] => [`campaigns.${i}.list_id`, entry.list_id]),
  ...(request.forms ?? []).map((entry, i): [string, number] => [`forms.${i}.list_id`, entry.list_id]),
  ...(request.columns?.list_extra_fields ?? []).map((entry, i): [string, number] => [
    `columns.list_extra_fields.${i}.list_id`,
    entry.list_id
  ])
]

export const layer = ({ state, contacts, operations }: MockContext) => {
  const reports = advancedReportsTable(state)
  const models = reportModelsTable(state)
  const builder = new ReportBuilder(state, contacts)

  const statusOf = (report: StoredAdvancedReport): AdvancedReports.AdvancedReport["status"] => {
    if (report.status !== "queued") return report.status
    const operation = operationsTable(state).get(report.operation_id)
    return operation ? (OPERATION_STATES[operation.status ?? "queued"] ?? "queued") : "canceled"
  }

  const view = (report: StoredAdvancedReport): AdvancedReports.AdvancedReport => ({
    advanced_report_id: report.advanced_report_id,
    title: report.title,
    hash: report.hash,
    file: report.file,
    status: statusOf(report),
    created: report.created
  })

  /** Checks what a request refers to, then queues the report's work. */
  const queue = (kind: AdvancedReports.ReportKind, title: string, request: ReportRequest & { callback_url?: string }) =>
    Effect.gen(function* () {
      const errors: Record<string, Array<string>> = {}
      for (const [field, listId] of listsOf(request)) {
        if (!listsTable(state).has(listId)) (errors[field] ??= []).push(`List ${listId} does not exist`)
      }
      if (rangeText(request.range.start) > rangeText(request.range.end)) {
        errors.range = ["The range ends before it starts"]
      }
      if (Object.keys(errors).length > 0) return yield* unprocessable(errors)
      const reportId = reports.takeId()
      const hash = Array.from({ length: 32 }, () => state.random.int(0, 15).toString(16)).join("")
      const operation = operations.enqueue({ type: "advanced_report", name: title }, () => {
        const current = reports.get(reportId)
        if (!current) return
        const file = publishFile(state, {
          folder: "reports",
          extension: "csv",
          contentType: "text/csv",
          content: toCsv(builder.build(kind, request))
        })
        reports.set({ ...current, status: "finished", file })
        if (request.callback_url) operations.callback(request.callback_url, { file })
      })
      reports.set({
        advanced_report_id: reportId,
        title,
        hash,
        created: state.now(),
        kind,
        operation_id: operation.operation_id,
        status: "queued",
        file: null
      })
      return ACCEPTED
    })

  const generate =
    (kind: AdvancedReports.ReportKind) =>
    ({ payload }: { readonly payload: ReportRequest & { readonly title: string; readonly callback_url?: string } }) =>
      queue(kind, payload.title, payload)

  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllAdvancedReports", ({ urlParams }) =>
        Effect.sync(() => {
          const matching = reports
            .values()
            .map(view)
            .filter(
              (report) =>
                (urlParams.status === undefined || report.status === urlParams.status) &&
                matchesText(report.title, urlParams.title) &&
                withinDates(report.created, urlParams.created_min, urlParams.created_max)
            )
          return page(matching, urlParams, "advanced_report_id")
        })
      )
      .handle("getAllAdvancedReportsModels", ({ urlParams }) =>
        Effect.sync(() => {
          const matching = models
            .values()
            .filter((model) => matchesText(model.title, urlParams.title))
            .map(({ model_id, title, created }) => ({ model_id, title, created }))
          return page(matching, urlParams, "model_id")
        })
      )
      .handle("generateByModelReport", ({ payload }) =>
        Effect.gen(function* () {
          const model = models.get(payload.model_id)
          // The reference documents no 404 here: an unknown model is a parameter that fails validation.
          if (!model) return yield* unprocessable({ model_id: [`Report model ${payload.model_id} does not exist`] })
          return yield* queue(model.kind, model.title, model.request)
        })
      )
      .handle("generateContactActivityReport", generate("contact-activity"))
      .handle("generateEmailBouncesReport", generate("email-bounces"))
      .handle("generateEmailClicksByContactReport", generate("email-clicks-by-contact"))
      .handle("generateEmailClicksByUrlReport", generate("email-clicks-by-url"))
      .handle("generateEmailEventsReport", generate("email-events"))
      .handle("generateEmailUnsubscriptionsReport", generate("email-unsubscriptions"))
      .handle("generateFormAnswersReport", generate("form-answers"))
      .handle("generateSendsReport", generate("sends"))
      .handle("generateSmsBouncesReport", generate("sms-bounces"))
      .handle("generateSmsEventsReport", generate("sms-events"))
      .handle("generateSubscriptionsReport", generate("subscriptions"))
      .handle("generateUnsubscriptionsReport", generate("unsubscriptions"))
  )
}
