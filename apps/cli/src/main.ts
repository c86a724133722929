/**
 * egoi: every E-goi Marketing API v3 operation from a terminal. This is the process around the CLI
 * (`internal/cli.ts`): its arguments and streams, Ctrl-C, and the exit code.
 */
import { runCli } from "./internal/cli.js"
import { processIo } from "./internal/io.js"

const interrupt = new AbortController()
// The first Ctrl-C stops the command cleanly (a server closes, an import says what it sent); a second one ends the process.
process.once("SIGINT", () => {
  interrupt.abort()
  process.once("SIGINT", () => process.exit(130))
})
process.once("SIGTERM", () => interrupt.abort())

// Exits once stdout is flushed: idle keep-alive sockets or the embedded mock's timers must not hold the process.
const exit = (code: number) => process.stdout.write("", () => process.exit(code))

runCli(process.argv.slice(2), processIo(interrupt.signal)).then(exit, (error: unknown) => {
  process.stderr.write(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  exit(1)
})
