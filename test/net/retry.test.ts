import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, realSleep } from '../../src/net/retry.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-07-08T10:00:00Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
  });
  it('reads an HTTP date; the past means now', () => {
    expect(parseRetryAfter('Tue, 08 Jul 2025 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Tue, 08 Jul 2025 09:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    for (const v of [null, undefined, '', '1.5', '-3', 'soon', '12 34']) {
      expect(parseRetryAfter(v, now)).toBeUndefined();
    }
  });
});

describe('backoffDelay', () => {
  it('doubles each attempt and jitters within the upper half', () => {
    expect([0, 1, 2].map((a) => backoffDelay(a, 1000, () => 0))).toEqual([500, 1000, 2000]);
    expect([0, 1, 2].map((a) => backoffDelay(a, 1000, () => 1))).toEqual([1000, 2000, 4000]);
    expect(backoffDelay(1, 1000, () => 0.5)).toBe(1500);
  });
});

describe('realSleep', () => {
  it('rejects with the abort reason when cancelled', async () => {
    const ac = new AbortController();
    const p = realSleep(10_000, ac.signal);
    ac.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
  });
  it('resolves after the delay', async () => {
    await expect(realSleep(1)).resolves.toBeUndefined();
  });
});
