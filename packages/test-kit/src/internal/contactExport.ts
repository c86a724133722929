/**
 * The file of a contact export, as `actionExportContacts` makes it: one row (CSV) or element (XML)
 * per contact, one column per field asked for.
 *
 * @internal
 */
import { fieldText, type StoredContact } from "./contactModel.js"

/** The formats an export is made in. */
export type ExportFormat = "csv" | "xml"

/** The columns of an export that names no fields. */
export const DEFAULT_EXPORT_FIELDS: ReadonlyArray<string> = [
  "contact_id",
  "status",
  "first_name",
  "last_name",
  "email",
  "cellphone",
  "phone"
]

/** The media type a file of each format is served with. */
export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = { csv: "text/csv", xml: "application/xml" }

/** The file: a header row, then a row per contact (CSV), or a `<contacts>` document (XML). */
export const renderExport = (
  format: ExportFormat,
  contacts: ReadonlyArray<StoredContact>,
  fields: ReadonlyArray<string>
): string => (format === "csv" ? toCsv(contacts, fields) : toXml(contacts, fields))

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

const toCsv = (contacts: ReadonlyArray<StoredContact>, fields: ReadonlyArray<string>) =>
  [
    fields.join(","),
    ...contacts.map((contact) => fields.map((field) => csvCell(fieldText(contact, field) ?? "")).join(","))
  ].join("\n")

const xmlText = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

/** A field ID as an element name: anything but word characters and hyphens becomes `_`. */
const elementName = (field: string) => field.replace(/[^\w-]/g, "_")

const toXml = (contacts: ReadonlyArray<StoredContact>, fields: ReadonlyArray<string>) => {
  const element = (contact: StoredContact) =>
    fields
      .map((field) => `<${elementName(field)}>${xmlText(fieldText(contact, field) ?? "")}</${elementName(field)}>`)
      .join("")
  return `<?xml version="1.0" encoding="UTF-8"?>\n<contacts>${contacts
    .map((contact) => `<contact>${element(contact)}</contact>`)
    .join("")}</contacts>`
}
