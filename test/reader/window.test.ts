import { describe, expect, it } from 'vitest';
import { visibleWindow } from '../../src/reader/window.js';

describe('visible window', () => {
  it('renders only `height` rows of a 5,000-row list and keeps the cursor inside', () => {
    let start = 0;
    for (const cursor of [0, 10, 500, 4999, 4000, 3]) {
      const w = visibleWindow(5000, cursor, 20, start);
      expect(w.end - w.start).toBe(20);
      expect(cursor).toBeGreaterThanOrEqual(w.start);
      expect(cursor).toBeLessThan(w.end);
      start = w.start;
    }
  });

  it('does not move while the cursor stays away from the edges', () => {
    const a = visibleWindow(100, 30, 20, 20);
    expect(a.start).toBe(20);
    const b = visibleWindow(100, 29, 20, a.start);
    expect(b.start).toBe(20);
  });

  it('shows the whole list when it fits', () => {
    expect(visibleWindow(5, 4, 20)).toEqual({ start: 0, end: 5 });
    expect(visibleWindow(0, 0, 20)).toEqual({ start: 0, end: 0 });
  });
});
