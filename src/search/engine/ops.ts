// fuse's operator items ('include, =exact, ^prefix, suffix$ and their negations), kept as
// fuse.js defined them: each tests one whole field value, lower-cased, with no typos allowed.
import type { Item } from './vocab.js';

/** Whether operator item `it` holds for the lower-cased value `v`. */
export function opHolds(v: string, it: Item): boolean {
  const t = it.text;
  switch (it.kind) {
    case 'include':
    case 'fuzzy': // only reached for a negated word: "!word" lacks it
      return v.includes(t);
    case 'exact':
      return v === t;
    case 'prefix':
      return v.startsWith(t);
    case 'suffix':
      return v.endsWith(t);
    case 'lacks':
      return !v.includes(t);
    case 'inverse':
      return !v.startsWith(t);
    case 'inverseSuffix':
      return !v.endsWith(t);
  }
}

/** fuse's extended search on one value: some OR-group whose items all hold. */
export const groupsHold = (v: string, groups: Item[][]) =>
  groups.some((g) => g.length > 0 && g.every((it) => opHolds(v, it)));
