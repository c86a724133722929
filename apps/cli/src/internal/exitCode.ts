/**
 * Exit codes, documented in the README: what kind of failure a command met, for scripts.
 *
 * @internal
 */
export const ExitCode = {
  ok: 0,
  error: 1,
  invalidInput: 2,
  notFound: 3,
  auth: 4,
  rateLimited: 5,
  network: 6,
  /** Interrupted (Ctrl-C), as shells report a command ended by SIGINT. */
  interrupted: 130
} as const
