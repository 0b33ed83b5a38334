// The exit codes every command uses (README "Exit codes"): scripts can tell "nothing found"
// from "something broke".
export const EXIT = {
  ok: 0,
  /** Something failed: network, disk, an unreadable file. */
  failure: 1,
  /** The command line is wrong: unknown command or option, missing argument, bad value or
   *  setting name. */
  usage: 2,
  /** A paper id that is not in the library (show, mark, star). */
  notFound: 3,
  /** Nothing to show: a search without a match, nothing cached yet (the sample is never
   *  printed to a pipe). */
  empty: 4,
} as const;
