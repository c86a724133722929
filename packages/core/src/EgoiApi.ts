/**
 * The definition of the E-goi Marketing API v3: every operation once, as data. The client, the
 * mock server, the CLI and the OpenAPI document are all derived from it.
 *
 * @since 0.1.0
 */
import * as HttpApi from "@effect/platform/HttpApi"
import * as OpenApi from "@effect/platform/OpenApi"
import { CNamesGroup } from "./CNames.js"
import { ContactsGroup } from "./Contacts.js"
import { FieldsGroup } from "./Fields.js"
import { ListsGroup } from "./Lists.js"
import { MyAccountGroup } from "./MyAccount.js"
import { OperationsGroup } from "./Operations.js"
import { PingGroup } from "./Ping.js"
import { SegmentsGroup } from "./Segments.js"
import { SendersGroup } from "./Senders.js"
import { SuppressionListGroup } from "./SuppressionList.js"
import { TagsGroup } from "./Tags.js"
import { UsersGroup } from "./Users.js"
import { UtilitiesGroup } from "./Utilities.js"
import { WebhooksGroup } from "./Webhooks.js"

/**
 * The API definition.
 *
 * @since 0.1.0
 * @category api
 */
export const EgoiApi = HttpApi.make("egoi")
  .annotate(OpenApi.Title, "E-goi Marketing API")
  .annotate(OpenApi.Version, "v3")
  .add(ListsGroup)
  .add(ContactsGroup)
  .add(OperationsGroup)
  .add(TagsGroup)
  .add(FieldsGroup)
  .add(SegmentsGroup)
  .add(SuppressionListGroup)
  .add(WebhooksGroup)
  .add(MyAccountGroup)
  .add(PingGroup)
  .add(SendersGroup)
  .add(UsersGroup)
  .add(UtilitiesGroup)
  .add(CNamesGroup)

/**
 * @since 0.1.0
 * @category api
 */
export type EgoiApi = typeof EgoiApi

/**
 * The OpenAPI 3.1 document of the definition. Operation IDs are E-goi's own (`getAllLists`, not
 * `lists.getAllLists`), so the document lines up with E-goi's reference.
 *
 * @since 0.1.0
 * @category api
 */
export const openApi = (): OpenApi.OpenAPISpec => {
  const spec = OpenApi.fromApi(EgoiApi)
  for (const path of Object.values(spec.paths)) {
    for (const operation of Object.values(path)) {
      if (operation && typeof operation === "object" && "operationId" in operation) {
        const op = operation as { operationId: string; responses: Record<string, unknown>; security: Array<object> }
        op.operationId = op.operationId.slice(op.operationId.indexOf(".") + 1)
        // `fromApi` gives every operation `security: []`, which overrides the document's `security` and
        // means "no authentication". The operations that can answer 401 need the key; the others (ping) do not.
        op.security = "401" in op.responses ? [{ Apikey: [] }] : []
      }
    }
  }
  spec.servers = [{ url: "https://api.egoiapp.com", description: "E-goi" }]
  spec.components.securitySchemes = { Apikey: { type: "apiKey", name: "Apikey", in: "header" } }
  spec.security = [{ Apikey: [] }]
  return spec
}
