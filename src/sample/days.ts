// Bundled sample days: what a fresh install with no network opens on. All content is synthetic.

import type { DayList } from '../core/paper.js';
import { DAY_2026_11_23 } from './day-2026-11-23.js';
import { DAY_2026_11_24 } from './day-2026-11-24.js';

export const SAMPLE_DAYS: DayList[] = [DAY_2026_11_23, DAY_2026_11_24];

export const SAMPLE_NOTE =
  "sample data — run `papers sync` for today's papers, or `papers import FILE`";
