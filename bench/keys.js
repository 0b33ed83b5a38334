// The in-process keystroke figures: the day filter's search step, and keystroke-to-frame for
// filtering and for moving the selection, on the real <App> (see ui.js).
import { performance } from 'node:perf_hooks';
import { dayOf } from './data.js';
import { mountReader } from './ui.js';

export async function filterKeys(m, row) {
  console.error('filter keystrokes…');
  const day = dayOf(100);
  const words = [
    'diffusion model',
    'reinforcment',
    'au:wei',
    'video generation',
    'kw:robot',
    'transformer attention',
  ];
  const step = [];
  for (let rep = 0; rep < 5; rep++) {
    for (const w of words) {
      for (let i = 1; i <= w.length; i++) {
        const t0 = performance.now();
        const matches = m.filterPapers(day.papers, w.slice(0, i));
        m.visibleRows(
          day.papers,
          matches,
          {
            unreadOnly: false,
            starredOnly: false,
            hasCode: false,
            minUpvotes: 0,
            sort: 'listed',
          },
          { has: () => false },
        );
        step.push(performance.now() - t0);
      }
    }
  }
  row('filter: search step', '100/day', step, 'ms', 'p95 ≤ 5', (x) => x.p95 <= 5);
  const ui = await mountReader(m, day);
  const frames = [];
  // Words without spaces: Ink trims a trailing space from a line, so a frame could not show it.
  for (const w of ['diffusion', 'reinforcment', 'au:wei', 'transformer', 'kw:robot']) {
    const bar = (text) => (t) => t.split('\n').some((l) => l.startsWith(`/${text}`));
    await ui.press('/', bar(''));
    for (let i = 1; i <= w.length; i++) frames.push(await ui.press(w[i - 1], bar(w.slice(0, i))));
    await ui.press('\x1b', (t) => !bar('')(t));
  }
  ui.unmount();
  row('filter: keystroke → frame', '100/day', frames, 'ms', 'p95 ≤ 33', (x) => x.p95 <= 33);
}

export async function moveKeys(m, row, quick) {
  console.error('selection moves…');
  const day = dayOf(5000);
  const ui = await mountReader(m, day);
  const frames = [];
  for (let i = 1; i <= (quick ? 60 : 200); i++) {
    const title = day.papers[i].title.slice(0, 20);
    frames.push(
      await ui.press('j', (t) => t.split('\n').some((l) => l.includes('›') && l.includes(title))),
    );
  }
  ui.unmount();
  row('move selection: key → frame', '5,000', frames, 'ms', 'p95 ≤ 16', (x) => x.p95 <= 16);
}
