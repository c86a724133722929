/**
 * `egoi api METHOD PATH`: any route, raw. The work is in `internal/apiCall.ts`.
 *
 * @internal
 */
import { connectionFlags, dryRunFlag, jsonFlag } from "../internal/commonFlags.js"
import { type Command, lazy } from "../internal/spec.js"

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

export const api: Command = {
  name: "api",
  summary: "Call any route: egoi api GET /lists --query limit=5",
  description:
    "A route of the definition is checked and printed as its operation is (a page as a table on a terminal); any other is sent as given, with the key.",
  args: [
    { name: "method", required: true, values: METHODS, description: "GET, POST, PUT, PATCH or DELETE, in any case" },
    { name: "path", required: true, description: "The route, e.g. /lists/1" }
  ],
  flags: [
    { name: "query", kind: { _tag: "keyValue" }, placeholder: "KEY=VALUE", description: "A query parameter" },
    {
      name: "body",
      kind: { _tag: "json" },
      completesFiles: true,
      description: "The request body as JSON, inline or as @file"
    },
    jsonFlag,
    dryRunFlag,
    ...connectionFlags
  ],
  examples: ["api GET /lists --query limit=5", 'api post /tags --body \'{"name":"vip"}\''],
  run: lazy(() => import("../internal/apiCall.js"), "runApiCall")
}
