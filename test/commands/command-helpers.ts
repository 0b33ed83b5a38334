// An in-memory DayStore and a captured Output for command tests.
import type { DayList } from '../../src/domain/paper.js';
import type { DayStore, Output } from '../../src/library/types.js';

/** A plain in-memory DayStore; the real one sanitizes, which these tests do not need. */
export class TestStore implements DayStore {
  days = new Map<string, DayList>();
  writes = 0;
  constructor(initial: DayList[] = []) {
    for (const d of initial) this.days.set(d.date, structuredClone(d));
  }
  async listDays() {
    return [...this.days.keys()].sort();
  }
  async readDay(date: string) {
    const d = this.days.get(date);
    return d && structuredClone(d);
  }
  async writeDay(day: DayList) {
    this.writes++;
    this.days.set(day.date, structuredClone(day));
  }
}

export interface Captured extends Output {
  stdout: string[];
  stderr: string[];
}

export function capture(isTTY = false): Captured {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, isTTY, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}
