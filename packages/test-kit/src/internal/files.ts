/**
 * Files the mock serves itself, outside the API, under `/__mock/` (a contact export's file, say):
 * kept in the account's `files` table, so snapshots and restores carry them.
 *
 * @internal
 */
import type { MockState } from "./state.js"

/** Where the mock's own files are served. */
export const FILES_PREFIX = "/__mock/"

/** A file the mock serves. Table `files`, keyed by `path`. */
export interface StoredFile {
  readonly path: string
  readonly contentType: string
  readonly content: string
}

const filesTable = (state: MockState) => state.table<StoredFile>("files", (file) => file.path)

/** Keeps a file at `/__mock/<folder>/<n>.<extension>` (`n` counting up) and answers its path. */
export const publishFile = (
  state: MockState,
  file: { readonly folder: string; readonly extension: string; readonly contentType: string; readonly content: string }
): string => {
  const table = filesTable(state)
  const path = `${FILES_PREFIX}${file.folder}/${table.takeId()}.${file.extension}`
  table.set({ path, contentType: file.contentType, content: file.content })
  return path
}

/** The file served at a path, if any. */
export const fileAt = (state: MockState, path: string): StoredFile | undefined => filesTable(state).get(path)
