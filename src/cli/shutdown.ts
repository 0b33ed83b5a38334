// However the process ends (a signal, a crash, a normal quit), the terminal must be put back
// and the user's state written. Whoever changes the terminal or holds unwritten state
// registers here how to undo or finish it; the CLI's crash handler and the reader's signal
// handlers end the process through shutdown().

export interface ShutdownTask {
  /** Puts the terminal back (synchronous: it must run even when the event loop is in trouble). */
  restore?: () => void;
  /** Finishes pending writes; waited for, but never longer than the grace period (6 s: longer
   *  than it takes to take over the state lock of a process that died holding it). */
  flush?: () => Promise<void>;
}

const tasks = new Set<ShutdownTask>();
let exiting = false;

/** Registers `task` for shutdown(); returns a function that unregisters it. */
export function onShutdown(task: ShutdownTask): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

export function isShuttingDown(): boolean {
  return exiting;
}

/**
 * Restores the terminal, prints `message` (after the restore, so it lands on the normal screen),
 * flushes state for at most `graceMs`, then exits with `code`. Later calls are ignored.
 */
export function shutdown(code: number, message?: string, graceMs = 6000): void {
  if (exiting) return;
  exiting = true;
  for (const t of [...tasks].reverse()) {
    try {
      t.restore?.();
    } catch {
      // The next task may still work; the terminal matters more than this error.
    }
  }
  if (message) process.stderr.write(message);
  const flushed = Promise.allSettled([...tasks].map((t) => t.flush?.()));
  const timeout = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
  void Promise.race([flushed, timeout]).then(() => process.exit(code));
}

/**
 * The signals that end the process through shutdown(), with the usual exit codes (128 + the
 * signal number on Linux). SIGQUIT, SIGUSR2 and SIGALRM kill by default, which would leave
 * the alternate screen on; SIGUSR1 belongs to Node's inspector.
 */
export const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = {
  SIGHUP: 129,
  SIGINT: 130,
  SIGQUIT: 131,
  SIGUSR2: 140,
  SIGALRM: 142,
  SIGTERM: 143,
};

/**
 * Ends the process through shutdown() on the SIGNAL_EXIT signals; returns the undo.
 *
 * Ink's signal-exit (v3) re-raises a signal when it counts no listener besides its own
 * subscribers, and it miscounts ours; the re-raised signal would kill the process before the
 * flush. So ours run first, and stay installed once shutting down to catch the re-raise.
 */
export function trapSignals(): () => void {
  const handlers = Object.entries(SIGNAL_EXIT).flatMap(([signal, code]) => {
    const handler = () => shutdown(code!);
    try {
      process.prependListener(signal as NodeJS.Signals, handler);
    } catch {
      return []; // a signal this platform does not have (Windows)
    }
    return [[signal, handler] as const];
  });
  return () => {
    if (exiting) return;
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
