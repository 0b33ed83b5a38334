// Synthetic caches on disk, in the format DiskDayStore writes, and HF API files to import.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeLibrary, makePaper, makeVocab, rng } from './synth.js';

export function tempDir(label) {
  return mkdtempSync(path.join(os.tmpdir(), `papers-bench-${label}-`));
}

/** A PAPERS_HOME holding `total` papers; returns it with the newest day's first title. */
export function writeCache(total, opts = {}) {
  const home = tempDir(String(total));
  const dir = path.join(home, 'cache', 'days');
  mkdirSync(dir, { recursive: true });
  // Generated a chunk of days at a time so 100k papers never sit in memory at once.
  let newest;
  for (let done = 0, seed = 1, dayCount = 0; done < total; seed++) {
    const chunk = Math.min(total - done, 10_000);
    const days = makeLibrary(chunk, { ...opts, seed, endOffsetDays: dayCount });
    for (const d of days)
      writeFileSync(path.join(dir, `${d.date}.json`), JSON.stringify({ format: 1, ...d }));
    if (done === 0) newest = days[days.length - 1];
    done += chunk;
    dayCount += days.length;
  }
  return { home, cacheDir: path.join(home, 'cache'), firstTitle: newest.papers[0].title };
}

/** One day of `n` papers, in memory. */
export function dayOf(n, date = '2026-11-24') {
  const rand = rng(42);
  const vocab = makeVocab();
  const papers = Array.from({ length: n }, (_, i) => makePaper(rand, vocab, date, i, i));
  return { date, papers, sources: ['hf-api'], updatedAt: `${date}T12:00:00.000Z` };
}

/** `total` papers as saved Hugging Face daily_papers responses, one file per day. */
export function writeHfFiles(total) {
  const dir = tempDir('import');
  for (const d of makeLibrary(total, { perDay: 200, fixed: true, seed: 9 })) {
    const items = d.papers.map((p) => ({
      paper: {
        id: p.id,
        title: p.title,
        authors: p.authors.map((name) => ({ name })),
        summary: p.abstract,
        ai_summary: p.summary || undefined,
        ai_keywords: p.keywords,
        upvotes: p.upvotes,
        publishedAt: p.publishedAt,
        submittedOnDailyAt: `${d.date}T08:00:00.000Z`,
      },
      title: p.title,
      numComments: 0,
    }));
    writeFileSync(path.join(dir, `${d.date}.json`), JSON.stringify(items));
  }
  return dir;
}
