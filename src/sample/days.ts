// Bundled sample days: what a fresh install with no network opens on. All content is
// synthetic (titles, authors, abstracts, ids and links are invented and refer to no real
// work). The days are data files, checked by the same validation as any day file.

import type { DayList } from '../domain/paper.js';
import { validateDay } from '../domain/validate.js';
import day23 from './2026-11-23.json' with { type: 'json' };
import day24 from './2026-11-24.json' with { type: 'json' };

export const SAMPLE_DAYS: DayList[] = [
  validateDay(day23, 'sample 2026-11-23'),
  validateDay(day24, 'sample 2026-11-24'),
];
