/**
 * `egoi tour`: a few commands against the embedded mock. The steps are in `internal/tour.ts`.
 *
 * @internal
 */
import { type Command, lazy } from "../internal/spec.js"

export const tour: Command = {
  name: "tour",
  summary: "Run a short tour against the embedded mock: no account, no network",
  run: lazy(() => import("../internal/tour.js"), "runTour")
}
