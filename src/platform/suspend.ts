// Job control for a full-screen reader: Ctrl-Z (bound by the reader) and `kill -TSTP` put the
// terminal back the way the shell wants it before the process stops, and `fg` (SIGCONT) brings
// back raw mode and the alternate screen and asks the reader to redraw. Without this the
// shell's prompt lands on the alternate screen, and after `fg` keys arrive in line mode.

export const ENTER_ALT = '\x1b[?1049h';
export const LEAVE_ALT = '\x1b[?1049l';
export const SHOW_CURSOR = '\x1b[?25h';
export const HIDE_CURSOR = '\x1b[?25l';

/** The parts of `process` used here (tests pass a fake). */
export interface JobProcess {
  pid: number;
  platform: NodeJS.Platform;
  kill(pid: number, signal: NodeJS.Signals): unknown;
  on(signal: 'SIGCONT' | 'SIGTSTP', listener: () => void): unknown;
  off(signal: 'SIGCONT' | 'SIGTSTP', listener: () => void): unknown;
}

export interface JobControlOptions {
  stdin: { isTTY?: boolean; setRawMode?: (on: boolean) => unknown };
  stdout: { write(s: string): unknown };
  /** After `fg`: raw mode and the alternate screen are back; draw the whole frame again. */
  onResume: () => void;
  proc?: JobProcess;
}

export interface JobControl {
  /** Stops the process as Ctrl-Z in a shell would; false where there is no job control. */
  suspend(): boolean;
  /** Removes the signal listeners (call when the reader exits). */
  dispose(): void;
}

/**
 * Installs SIGTSTP and SIGCONT handling and returns suspend() for the reader's ctrl+z key.
 * On Windows there is no SIGTSTP: suspend() returns false and nothing is installed.
 */
export function installJobControl(opts: JobControlOptions): JobControl {
  const proc = opts.proc ?? (process as unknown as JobProcess);
  if (proc.platform === 'win32') return { suspend: () => false, dispose: () => {} };
  const raw = (on: boolean) => {
    if (opts.stdin.isTTY) opts.stdin.setRawMode?.(on);
  };
  let stopped = false;

  const onTstp = () => void suspend();
  const onCont = () => {
    // Also after a SIGSTOP we never saw: the shell may have put the terminal in line mode.
    if (stopped) proc.on('SIGTSTP', onTstp);
    stopped = false;
    raw(true);
    opts.stdout.write(ENTER_ALT + HIDE_CURSOR);
    opts.onResume();
  };

  function suspend(): boolean {
    if (stopped) return true;
    stopped = true;
    opts.stdout.write(SHOW_CURSOR + LEAVE_ALT);
    raw(false);
    // With our listener gone the signal's default action applies again: the process stops
    // here, and the SIGCONT listener picks up after `fg`.
    proc.off('SIGTSTP', onTstp);
    proc.kill(proc.pid, 'SIGTSTP');
    return true;
  }

  proc.on('SIGTSTP', onTstp);
  proc.on('SIGCONT', onCont);
  return {
    suspend,
    dispose: () => {
      proc.off('SIGTSTP', onTstp);
      proc.off('SIGCONT', onCont);
    },
  };
}
