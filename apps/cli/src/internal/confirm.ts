/**
 * Asking before a command destroys something: on a terminal only, so scripts and agents (stdin not a
 * terminal) run as written, and `--yes` answers in advance.
 *
 * @internal
 */
import { createInterface } from "node:readline"
import type { Io } from "./io.js"

/** Asks a yes/no question on stderr and reads the answer from stdin: yes only for `y` or `yes`. */
export const confirm = (io: Io, question: string): Promise<boolean> =>
  new Promise((resolve) => {
    const lines = createInterface({ input: io.stdin, output: io.stderr, terminal: false })
    let answered = false
    const answer = (yes: boolean) => {
      if (answered) return
      answered = true
      lines.close()
      resolve(yes)
    }
    io.stderr.write(`${question} [y/N] `)
    lines.once("line", (line) => answer(/^y(es)?$/i.test(line.trim())))
    // Ctrl-D (or stdin ending) is no.
    lines.once("close", () => answer(false))
  })

/** Whether a run may ask: stdin is a terminal a person types into. */
export const canAsk = (io: Io): boolean => io.stdin.isTTY === true
