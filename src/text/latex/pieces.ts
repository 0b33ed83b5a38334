// What the LaTeX parser and the command table share, so that neither imports the other.

/** Output pieces: text (escaped when rendered) or Markdown markup we produced. */
export type Piece = string | { md: string };

// Closing delimiters are searched for this far only, so unclosed ones cost linear time.
export const LOOKAHEAD = 2000;

/** indexOf within LOOKAHEAD characters, else -1. */
export function within(s: string, needle: string, from: number): number {
  const at = s.slice(from, from + LOOKAHEAD).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** The parser as a command sees it: the text, the position, and how to read arguments. */
export interface CommandParser {
  readonly s: string;
  readonly md: boolean;
  i: number;
  sub(src: string, math: boolean): Piece[];
  arg(math: boolean): Piece[];
  rawArg(): string;
}
