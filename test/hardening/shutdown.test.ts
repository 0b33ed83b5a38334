// How the process ends on a signal or a crash: the terminal first, then the message, then the
// pending writes (never waited for longer than the grace period), then the exit code. The e2e
// test in hardening-terminal.test.ts checks the same against the real binary in tmux.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Shutdown = typeof import('../../src/cli/shutdown.js');
let mod: Shutdown;
let events: string[];

beforeEach(async () => {
  vi.resetModules(); // shutdown() runs once per process: a fresh module per test
  mod = await import('../../src/cli/shutdown.js');
  events = [];
  vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
    events.push(`exit ${code}`);
  }) as never);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    events.push(`stderr ${String(s).trim()}`);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const settled = () => vi.waitFor(() => expect(events.at(-1)).toMatch(/^exit/));

describe('shutdown', () => {
  it('restores the terminal, prints the message, waits for the flush, then exits', async () => {
    let finish!: () => void;
    mod.onShutdown({
      restore: () => events.push('restore'),
      flush: () =>
        new Promise<void>((resolve) => {
          finish = () => {
            events.push('flushed');
            resolve();
          };
        }),
    });
    mod.shutdown(70, 'papers: internal error: boom\n');
    expect(events).toEqual(['restore', 'stderr papers: internal error: boom']);
    expect(mod.isShuttingDown()).toBe(true);
    finish();
    await settled();
    expect(events).toEqual([
      'restore',
      'stderr papers: internal error: boom',
      'flushed',
      'exit 70',
    ]);
  });

  it('exits after the grace period when a flush never ends', async () => {
    vi.useFakeTimers();
    mod.onShutdown({ flush: () => new Promise(() => {}) });
    mod.shutdown(143, undefined, 3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toEqual(['exit 143']);
  });

  it('runs once: a second signal or crash while shutting down changes nothing', async () => {
    mod.onShutdown({ restore: () => events.push('restore') });
    mod.shutdown(130);
    mod.shutdown(70, 'second\n');
    await settled();
    expect(events).toEqual(['restore', 'exit 130']);
  });

  it('a failing restore does not stop the others or the exit', async () => {
    mod.onShutdown({ restore: () => events.push('first') });
    mod.onShutdown({
      restore: () => {
        throw new Error('stdout gone');
      },
      flush: () => Promise.reject(new Error('disk gone')),
    });
    mod.shutdown(129);
    await settled();
    expect(events).toEqual(['first', 'exit 129']);
  });

  it('signal handlers run before listeners installed earlier, and stay once shutting down', () => {
    // Like Ink's signal-exit: a listener that may kill the process before a flush.
    const earlier = () => events.push('earlier');
    process.on('SIGTERM', earlier);
    mod.onShutdown({ restore: () => events.push('restore') });
    const untrap = mod.trapSignals();
    try {
      process.emit('SIGTERM');
      expect(events.slice(0, 2)).toEqual(['restore', 'earlier']);
      untrap();
      expect(process.listeners('SIGTERM')).toHaveLength(2);
    } finally {
      for (const l of process.listeners('SIGTERM')) if (l !== earlier) process.off('SIGTERM', l);
      process.off('SIGTERM', earlier);
    }
  });

  it.each([
    ['SIGQUIT', 131],
    ['SIGUSR2', 140],
    ['SIGALRM', 142],
  ] as const)('%s restores the terminal and exits %i', async (signal, code) => {
    const before = process.listeners(signal);
    mod.onShutdown({ restore: () => events.push('restore') });
    mod.trapSignals();
    try {
      process.emit(signal);
      await settled();
      expect(events).toEqual(['restore', `exit ${code}`]);
    } finally {
      // Once shutting down the handlers stay (see above): remove ours by hand.
      const signals = Object.keys(mod.SIGNAL_EXIT) as NodeJS.Signals[];
      for (const sig of signals)
        for (const l of process.listeners(sig)) if (!before.includes(l)) process.off(sig, l);
    }
  });
});
