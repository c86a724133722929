/**
 * Asking before a command destroys something: on a terminal only, so scripts and agents (stdin not a
 * terminal) run as written, and `--yes` answers in advance.
 *
 * @internal
 */
import { createInterface } from "node:readline"
import type { Io } from "./io.js"

/** Asks a yes/no question on stderr and reads the answer from stdin: yes only for `y` or `yes`. */
const confirm = (io: Io, question: string): Promise<boolean> =>
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

/**
 * Whether a destructive command goes ahead: yes with `--yes`, or when nobody can be asked (stdin is
 * not a terminal), and otherwise as the person answers.
 */
export const goAhead = (io: Io, flags: Readonly<Record<string, unknown>>, question: string): Promise<boolean> =>
  flags.yes === true || io.stdin.isTTY !== true ? Promise.resolve(true) : confirm(io, question)
