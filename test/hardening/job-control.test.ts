import { describe, expect, it } from 'vitest';
import {
  ENTER_ALT,
  HIDE_CURSOR,
  installJobControl,
  LEAVE_ALT,
  SHOW_CURSOR,
  type JobProcess,
} from '../../src/platform/suspend.js';

/** A process whose kill(SIGTSTP) stops "here" and whose SIGCONT the test sends. */
function fakeJob(platform: NodeJS.Platform = 'linux') {
  const events: string[] = [];
  const listeners = new Map<string, Set<() => void>>();
  const proc: JobProcess = {
    pid: 4242,
    platform,
    kill: (pid, signal) => {
      // With a SIGTSTP listener installed the signal would be caught, not stop the process.
      events.push(listeners.get(signal)?.size ? `caught ${signal}` : `stopped by ${signal}`);
      return true;
    },
    on: (s, l) => listeners.set(s, (listeners.get(s) ?? new Set()).add(l)),
    off: (s, l) => listeners.get(s)?.delete(l),
  };
  const send = (s: 'SIGCONT' | 'SIGTSTP') => [...(listeners.get(s) ?? [])].forEach((l) => l());
  const jc = installJobControl({
    proc,
    stdin: { isTTY: true, setRawMode: (on) => events.push(`raw ${on}`) },
    stdout: { write: (s) => events.push(JSON.stringify(s)) },
    onResume: () => events.push('redraw'),
  });
  return { jc, events, send, listeners };
}

describe('suspend and resume', () => {
  it('ctrl+z: the normal screen and line mode come back, then the process stops', () => {
    const { jc, events } = fakeJob();
    expect(jc.suspend()).toBe(true);
    expect(events).toEqual([
      JSON.stringify(SHOW_CURSOR + LEAVE_ALT),
      'raw false',
      'stopped by SIGTSTP',
    ]);
  });

  it('fg: raw mode and the alternate screen come back and the reader redraws', () => {
    const { jc, events, send } = fakeJob();
    jc.suspend();
    events.length = 0;
    send('SIGCONT');
    expect(events).toEqual(['raw true', JSON.stringify(ENTER_ALT + HIDE_CURSOR), 'redraw']);
    // …and a second ctrl+z works like the first.
    events.length = 0;
    jc.suspend();
    expect(events.at(-1)).toBe('stopped by SIGTSTP');
  });

  it('kill -TSTP from outside suspends the same way', () => {
    const { events, send } = fakeJob();
    send('SIGTSTP');
    expect(events).toEqual([
      JSON.stringify(SHOW_CURSOR + LEAVE_ALT),
      'raw false',
      'stopped by SIGTSTP',
    ]);
  });

  it('dispose removes every listener', () => {
    const { jc, listeners } = fakeJob();
    jc.dispose();
    expect([...listeners.values()].every((s) => s.size === 0)).toBe(true);
  });

  it('on Windows there is nothing to suspend to', () => {
    const { jc, events, listeners } = fakeJob('win32');
    expect(jc.suspend()).toBe(false);
    expect(events).toEqual([]);
    expect(listeners.size).toBe(0);
  });
});
