/** A terminal that keeps what in-process tests print, to stdout and to stderr. */
import type { Terminal } from "../../src/internal/terminal.js"

export const recordingTerminal = (
  options: { readonly isTTY?: boolean; readonly color?: boolean; readonly width?: number } = {}
) => {
  const out: Array<string> = []
  const err: Array<string> = []
  const terminal: Terminal = {
    isTTY: options.isTTY ?? false,
    color: options.color ?? false,
    errColor: options.color ?? false,
    width: options.width ?? 100,
    out: (text) => void out.push(text),
    err: (text) => void err.push(text)
  }
  return { terminal, out, err }
}
