// The quarter of real Hugging Face days in ../shared/fixtures, as DayLists (read, never copied).
import { readdirSync } from 'node:fs';
import type { DayList, Paper } from '../../src/domain/paper.js';
import { mapDailyPapers } from '../../src/sources/hf/map.js';
import { readSharedFixture } from '../helpers/fixtures.js';
import { sharedFixtures } from '../helpers/fixtures.js';
import path from 'node:path';

export function realDays(): DayList[] {
  const dir = path.join(sharedFixtures, 'hf-days-2025q4');
  return readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .sort()
    .map((f) => {
      const json: unknown = JSON.parse(readSharedFixture(`hf-days-2025q4/${f}`));
      return mapDailyPapers(json, f.slice(0, 10)).days[0]!;
    });
}

/** Robotics, judged by words in the title or keywords: independent of the model. */
export const isRobotics = (p: Paper) =>
  /\b(robot\w*|embodied|manipulation|vision-language-action|humanoid|locomotion)\b/i.test(
    `${p.title} ${p.keywords.join(' ')}`,
  );
