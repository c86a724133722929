/**
 * The bodies the mock answers with besides each resource's own: E-goi's error bodies, as failures
 * the route handlers can raise, and the acceptance of work done in the background.
 *
 * @internal
 */
import { type Common, EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"

const DETAILS: Record<number, string> = {
  400: "The request could not be understood",
  401: "The request lacks valid authentication credentials for the target resource",
  403: "The server understood the request but refuses to authorize it",
  404: "The requested resource does not exist",
  408: "The request took longer than the server allows",
  409: "The request conflicts with the current state of the target resource",
  405: "The resource does not take this method",
  413: "The request body is larger than the server accepts",
  415: "The request body is not in a format the server takes",
  422: "The request parameters failed validation",
  431: "The request's headers are larger than the server accepts",
  429: "Too many requests in the current window",
  500: "The server met an unexpected condition",
  503: "The server cannot handle the request right now"
}

/** The titles of the statuses the mock answers besides E-goi's documented ones (its own wire checks). */
const TITLES: Record<number, string> = {
  405: "Method Not Allowed",
  415: "Unsupported Media Type",
  431: "Request Header Fields Too Large"
}

/** The documented body for a status, with an optional detail and `errors` object. */
export const errorBody = (status: number, detail?: string, errors?: Record<string, unknown>): EgoiError.ErrorBody => ({
  title: TITLES[status] ?? EgoiError.titleOf(status),
  status,
  detail: detail ?? DETAILS[status] ?? "",
  ...(errors === undefined ? {} : { errors })
})

export const notFound = (detail: string) => new EgoiError.NotFound(errorBody(404, detail))

export const conflict = (errors: Record<string, unknown>, detail?: string) =>
  new EgoiError.Conflict(errorBody(409, detail, errors))

export const unprocessable = (errors: Record<string, unknown>, detail?: string) =>
  new EgoiError.UnprocessableEntity(errorBody(422, detail, errors))

export const unauthorized = () => new EgoiError.Unauthorized(errorBody(401))

/** The record looked up, or a 404 with `detail` when there is none. */
export const found = <Row>(row: Row | undefined, detail: () => string): Effect.Effect<Row, EgoiError.NotFound> =>
  row === undefined ? Effect.fail(notFound(detail())) : Effect.succeed(row)

/** What E-goi answers (202) when it accepts work it carries out later. */
export const ACCEPTED: typeof Common.Accepted.Type = { result: "success" }
