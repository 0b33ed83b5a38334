// The CLI's line for a search-index (re)build: 3-15 s at 100k papers, after an upgrade or when
// damage was found, with nothing else on screen. On a terminal only, and only once a build has
// run a moment: the one-day updates of a sync or import come and go unseen.
import { bar, createProgress, type StatusLine } from '../commands/progress.js';
import { onIndexProgress } from '../search/disk/index-progress.js';

const SHOW_AFTER_MS = 250;

export function showIndexProgress(
  cacheDir: string,
  status: StatusLine | undefined,
  now: () => number = () => Date.now(),
): () => void {
  if (!status) return () => {};
  const progress = createProgress({ out() {}, err() {}, isTTY: true }, status);
  let started: number | undefined;
  let shown = false;
  return onIndexProgress(cacheDir, (done, total) => {
    if (done >= total) {
      if (shown) progress.done();
      [started, shown] = [undefined, false];
      return;
    }
    started ??= now();
    if (!shown && now() - started < SHOW_AFTER_MS) return;
    shown = true;
    progress.update(`indexing the library for search ${bar(done, total)} ${done} of ${total} days`);
  });
}
