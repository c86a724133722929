/**
 * Bold, dim and red for a terminal, and the same text plain everywhere else: piped, redirected, with
 * NO_COLOR or --no-color, no escape code is written.
 *
 * @internal
 */

export interface Style {
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly red: (text: string) => string
}

const wrap = (open: string, close: string) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`

const colored: Style = { bold: wrap("1", "22"), dim: wrap("2", "22"), red: wrap("31", "39") }

const plain: Style = { bold: (text) => text, dim: (text) => text, red: (text) => text }

export const styleFor = (color: boolean): Style => (color ? colored : plain)

/** The text without escape codes, to measure what a terminal shows. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape codes are what it removes
export const stripEscapes = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "")
