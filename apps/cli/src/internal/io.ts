/**
 * Where a run of the CLI reads and writes: the process's streams and environment in the binary, and
 * stand-ins in tests, so every command runs in-process exactly as it does from a shell.
 *
 * @internal
 */

/** An output stream: the process's stdout or stderr, or a stand-in (a `Writable`). */
export type Output = NodeJS.WritableStream & {
  readonly isTTY?: boolean | undefined
  /** The terminal's width, when it is one. */
  readonly columns?: number | undefined
}

export interface Io {
  readonly stdout: Output
  readonly stderr: Output
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean | undefined }
  readonly env: Readonly<Record<string, string | undefined>>
  /** Aborted when the user interrupts (Ctrl-C): long commands stop cleanly. */
  readonly signal?: AbortSignal | undefined
}

/** The process's own streams and environment. */
export const processIo = (signal?: AbortSignal): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  // Node makes stdin's stream on first use, which costs a command that reads none a few milliseconds.
  get stdin() {
    return process.stdin
  },
  env: process.env,
  signal
})

/** Whether colors and bold go to an output: a terminal, unless NO_COLOR is set or TERM is dumb. */
export const colorFor = (output: Output, env: Io["env"], noColorFlag = false): boolean =>
  output.isTTY === true && !noColorFlag && !env.NO_COLOR && env.TERM !== "dumb"
