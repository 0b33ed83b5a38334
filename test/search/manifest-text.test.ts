// The manifest's text is built from kept per-day pieces; it must be serializeManifest's,
// byte for byte, whatever changed between two saves (entries replaced, changed in place,
// dropped, added) — a stale piece would be a manifest that lies about its days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeManifest, type DayEntry, type Manifest } from '../../src/search/disk/manifest.js';
import { ManifestText } from '../../src/search/disk/manifest-text.js';

const date = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
const entry = fc.record({
  total: fc.nat(3),
  ids: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  sources: fc.array(fc.constantFrom('hf-api', 'sample', 'x"y'), { maxLength: 2 }),
  seg: fc.constantFrom('sa', 'sb', 'sc'),
  stamp: fc.string({ maxLength: 8 }),
});
const change = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), date, entry }),
  fc.record({ kind: fc.constant('drop' as const), date }),
  fc.record({ kind: fc.constant('seg' as const), date, seg: fc.constantFrom('sa', 'sd') }),
  fc.record({ kind: fc.constant('stamp' as const), date, stamp: fc.string({ maxLength: 4 }) }),
);

describe('manifest text', () => {
  it('is serializeManifest’s after any changes between saves', () =>
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 5 }), { maxLength: 6 }), (rounds) => {
        const m: Manifest = { format: 5, segments: ['sa', 'sb'], days: {} };
        const text = new ManifestText();
        for (const changes of rounds) {
          for (const c of changes) {
            const d: DayEntry | undefined = m.days[c.date];
            if (c.kind === 'put') m.days[c.date] = { ...c.entry };
            else if (c.kind === 'drop') delete m.days[c.date];
            else if (d && c.kind === 'seg') d.seg = c.seg;
            else if (d && c.kind === 'stamp') d.stamp = c.stamp;
          }
          m.segments = [...new Set(Object.values(m.days).map((e) => e.seg))];
          expect(text.of(m)).toBe(serializeManifest(m));
        }
      }),
      { numRuns: 300 },
    ));
});
