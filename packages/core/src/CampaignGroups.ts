/**
 * Campaign Groups: the folders campaigns are organized in.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Collection, Id, IdParam, Limit, Offset, optionalParam } from "./Common.js"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"
import { Paging } from "./Paging.js"

/**
 * A campaign group as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CampaignGroup = Schema.Struct({
  group_id: Id,
  name: Schema.String
}).annotations({ identifier: "CampaignGroup" })

/**
 * @since 0.1.0
 * @category models
 */
export type CampaignGroup = typeof CampaignGroup.Type

/**
 * A page of campaign groups.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CampaignGroupCollection = Collection(CampaignGroup, "CampaignGroupCollection")

/**
 * The body of `createCampaignGroup` and `updateCampaignGroup`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CampaignGroupRequest = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty name" })).annotations({
    description: "Name of the campaign group"
  })
}).annotations({ identifier: "CampaignGroupPost" })

const GroupIdPath = Schema.Struct({ group_id: IdParam.annotations({ description: "ID of the campaign group" }) })

/**
 * The Campaign Groups group: `getAllCampaignGroups`, `createCampaignGroup`, `updateCampaignGroup`,
 * `deleteCampaignGroup`.
 *
 * @since 0.1.0
 * @category api
 */
export const CampaignGroupsGroup = Endpoint.authenticatedGroup("campaignGroups", "Campaign Groups")
  .add(
    Endpoint.get("getAllCampaignGroups", "/campaign-groups")
      .annotate(Paging, "page")
      .setUrlParams(
        Schema.Struct({
          group_id: optionalParam(IdParam.annotations({ description: "Only the group with this ID" })),
          name: optionalParam(Schema.String.annotations({ description: "Only groups whose name contains this" })),
          limit: optionalParam(Limit),
          offset: optionalParam(Offset)
        })
      )
      .addSuccess(CampaignGroupCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the campaign groups, a page at a time")
  )
  .add(
    Endpoint.post("createCampaignGroup", "/campaign-groups")
      .setPayload(CampaignGroupRequest)
      .addSuccess(CampaignGroup, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Create a campaign group")
  )
  .add(
    Endpoint.put("updateCampaignGroup", "/campaign-groups/:group_id")
      .setPath(GroupIdPath)
      .setPayload(CampaignGroupRequest)
      .addSuccess(CampaignGroup)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Rename a campaign group")
  )
  .add(
    Endpoint.del("deleteCampaignGroup", "/campaign-groups/:group_id")
      .setPath(GroupIdPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .addError(Wire.Conflict)
      .annotate(OpenApi.Summary, "Remove a campaign group")
  )
