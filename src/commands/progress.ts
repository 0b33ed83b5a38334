// Progress for long commands (sync, summarize). On a terminal: one status line on stderr,
// rewritten in place with \r and cleared at the end, so stdout keeps only results. Piped: no
// status line at all; commands print one plain line per finished step instead.
import type { Output } from '../library/types.js';

/** Exit codes of the long commands: bad options, and stopped by Ctrl-C (128 + SIGINT). */
export const EXIT_USAGE = 2;
export const EXIT_CANCELLED = 130;

export interface Progress {
  /** Replaces the status line (terminal only). */
  update(text: string): void;
  /** Prints a permanent line above the status line. */
  line(text: string, stream?: 'out' | 'err'): void;
  /** Clears the status line; call before the final summary. */
  done(): void;
  /** True when a status line is shown, i.e. per-step lines can be left out. */
  readonly live: boolean;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const CLEAR = '\r\x1b[2K';

/** `[#####·····]` for done of total. */
export function bar(done: number, total: number, width = 20): string {
  const filled = total <= 0 ? width : Math.round((Math.min(done, total) / total) * width);
  return `[${'#'.repeat(filled)}${'·'.repeat(width - filled)}]`;
}

/** Where the status line goes; the CLI passes stderr's write and width. */
export interface StatusLine {
  write(chunk: string): void;
  columns?: number;
}

/**
 * Without a terminal, or without a status line to draw on, progress degrades to plain lines.
 */
export function createProgress(io: Output, status?: StatusLine): Progress {
  const emit = (text: string, stream: 'out' | 'err') =>
    stream === 'out' ? io.out(text) : io.err(text);
  if (!io.isTTY || !status) {
    return {
      update: () => {},
      line: (text, stream = 'out') => emit(text, stream),
      done: () => {},
      live: false,
    };
  }
  let frame = 0;
  let current = '';
  const width = Math.max(20, (status.columns ?? 80) - 1);
  const write = (chunk: string) => status.write(chunk);
  // Never wider than the terminal: a wrapped status line cannot be rewritten with \r.
  const draw = () =>
    write(`${CLEAR}${FRAMES[frame % FRAMES.length]} ${current.slice(0, width - 2)}`);
  return {
    live: true,
    update(text) {
      frame++;
      current = text;
      draw();
    },
    line(text, stream = 'out') {
      if (current) write(CLEAR);
      emit(text, stream);
      if (current) draw();
    },
    done() {
      if (current) write(CLEAR);
      current = '';
    },
  };
}
