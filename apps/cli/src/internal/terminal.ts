/**
 * What commands print through: data lines to stdout, messages to stderr, whether stdout is a
 * terminal (tables) or not (JSON), whether to color, and how wide a line may be.
 *
 * @internal
 */
import { colorFor, type Io } from "./io.js"

export interface Terminal {
  /** Whether stdout is a terminal: tables for a person rather than JSON. */
  readonly isTTY: boolean
  /** Whether stdout may carry colors and bold. */
  readonly color: boolean
  /** Whether stderr may. */
  readonly errColor: boolean
  /** How wide stdout's lines may be. */
  readonly width: number
  readonly out: (text: string) => void
  readonly err: (text: string) => void
}

/** The width assumed when stdout is not a terminal (help piped to a pager, a file). */
export const DEFAULT_WIDTH = 100

export const terminalOf = (io: Io, options: { readonly noColor?: boolean } = {}): Terminal => ({
  isTTY: io.stdout.isTTY === true,
  color: colorFor(io.stdout, io.env, options.noColor),
  errColor: colorFor(io.stderr, io.env, options.noColor),
  width: io.stdout.isTTY === true && io.stdout.columns ? io.stdout.columns : DEFAULT_WIDTH,
  out: (text) => void io.stdout.write(`${text}\n`),
  err: (text) => void io.stderr.write(`${text}\n`)
})
