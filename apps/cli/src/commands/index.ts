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
import { mcp } from "./mcp.js"
import { mock } from "./mock.js"
import { openapi } from "./openapi.js"
import { reportCommands } from "./reportsGenerate.js"
import { tour } from "./tour.js"

/** Workflows by the group command they join. */
export const WORKFLOWS: Readonly<Record<string, ReadonlyArray<Command>>> = {
  contacts: [contactsImport, contactsExport],
  email: [emailSend],
  sms: [smsSend],
  reports: reportCommands
}

/** The commands beside the groups. */
export const COMMANDS: ReadonlyArray<Command> = [api, config, completion, mcp, mock, openapi, tour]
