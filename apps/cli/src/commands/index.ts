/**
 * The hand-written commands, registered in one place. A workflow joins its group
 * (`egoi contacts import`), any other command stands at the top (`egoi api`). Each is declared in a
 * module of this folder (its flags, arguments and examples: what help and completion read) and does
 * its work in a module of `internal/` that it loads when it runs.
 *
 * @internal
 */
import type { Command } from "../internal/spec.js"
import { api } from "./api.js"
import { emailSend, smsSend } from "./campaignSend.js"
import { completion } from "./completion.js"
import { config } from "./config.js"
import { contactsExport } from "./contactsExport.js"
import { contactsImport } from "./contactsImport.js"
import { contactsSync } from "./contactsSync.js"
import { contactsUpsert } from "./contactsUpsert.js"
import { importOrders, importProducts } from "./ecommerceImport.js"
import { mcp } from "./mcp.js"
import { mock } from "./mock.js"
import { openapi } from "./openapi.js"
import { reportCommands } from "./reportsGenerate.js"
import { tour } from "./tour.js"
import { webhooksListen } from "./webhooksListen.js"

/** Workflows by the group command they join. */
export const WORKFLOWS: Readonly<Record<string, ReadonlyArray<Command>>> = {
  contacts: [contactsImport, contactsExport, contactsUpsert, contactsSync],
  ecommerce: [importProducts, importOrders],
  email: [emailSend],
  sms: [smsSend],
  webhooks: [webhooksListen],
  reports: reportCommands
}

/** The commands beside the groups. */
export const COMMANDS: ReadonlyArray<Command> = [api, config, completion, mcp, mock, openapi, tour]
