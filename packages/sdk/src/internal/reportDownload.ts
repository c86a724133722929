/**
 * The file of a finished advanced report as a web stream, its failures as the SDK's errors: loaded by
 * the first download, so that the main entry point carries no stream machinery it does not run.
 *
 * @internal
 */
import * as AdvancedReportFile from "@egoi-ts/core/AdvancedReportFile"
import * as EgoiTransport from "@egoi-ts/core/EgoiTransport"
import * as Stream from "effect/Stream"
import type { AdvancedReport } from "../api.js"
import { toSdkError } from "./toSdkError.js"

/** Streams a report's file through a client's transport. */
export const download = (report: AdvancedReport, transport: EgoiTransport.Service): ReadableStream<Uint8Array> =>
  Stream.toReadableStream(
    AdvancedReportFile.download(report as never).pipe(
      Stream.provideService(EgoiTransport.EgoiTransport, transport),
      Stream.mapError(toSdkError)
    )
  )
