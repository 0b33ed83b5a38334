// `papers summarize --llm`: ask an OpenAI-compatible model for a summary and takeaways of each
// paper of the chosen days. Results are stored as they arrive, under the provenance rules of
// mergePaper: a source's own text is never replaced, an LLM result only fills empty or
// generated slots (and replaces an older LLM result only with --force).
import { isValidDate, mergePaper, type Paper } from '../domain/paper.js';
import { describeError, isNetError, type NetError } from '../net/errors.js';
import type { FetchImpl, HttpOptions } from '../net/http.js';
import { createLlmClient, type LlmSummary } from '../llm/client.js';
import { LLM_SETUP_HELP, llmConfigFromEnv } from '../llm/config.js';
import type { DayStore, Output } from '../library/types.js';
import { DayWriter } from '../library/day-writer.js';
import { bar, createProgress, EXIT_CANCELLED, EXIT_USAGE, type StatusLine } from './progress.js';

export interface SummarizeOptions {
  date?: string;
  all?: boolean;
  llm?: boolean;
  force?: boolean;
  lang?: 'zh' | 'en';
  concurrency?: number;
}

export interface SummarizeDeps {
  store: DayStore;
  io: Output;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  fetchImpl?: FetchImpl;
  /** Timeouts and retry timing for the LLM requests; tests shorten them. */
  http?: Omit<HttpOptions, 'env' | 'signal' | 'fetchImpl'>;
  /** The terminal status line (stderr); without it progress is printed as plain lines. */
  status?: StatusLine;
}

const PREFIX = 'papers summarize';

/** Text from a source (no provenance, or one that is not generated) is never replaced. */
function slotOpen(text: string | string[], source: string | undefined, force: boolean): boolean {
  if (text.length === 0) return true;
  if (source?.startsWith('extracted')) return true;
  return force && (source?.startsWith('LLM') ?? false);
}

/** Whether asking the model could change anything the reader sees. */
export function needsLlm(p: Paper, force: boolean): boolean {
  if (!force && p.summarySource?.startsWith('LLM')) return false;
  if (p.abstract.trim() === '') return false; // nothing to summarize from
  return (
    slotOpen(p.summary, p.summarySource, force) || slotOpen(p.takeaways, p.takeawaysSource, force)
  );
}

/**
 * Stores a result through mergePaper so there is one provenance rule in the code base: source
 * text (rank 3) beats an LLM result (2), which beats extraction (1); the newer LLM result wins
 * a tie, which is what --force asks for.
 */
export function applyLlmResult(p: Paper, r: LlmSummary): Paper {
  return mergePaper(p, {
    ...p,
    summary: r.summary,
    summarySource: r.source,
    takeaways: r.takeaways,
    takeawaysSource: r.takeaways.length > 0 ? r.source : p.takeawaysSource,
  });
}

/** Errors that will fail every other paper too: stop instead of repeating them. */
function isFatal(err: NetError): boolean {
  if (err.kind === 'dns' || err.kind === 'refused' || err.kind === 'proxy') return true;
  return err.kind === 'http' && [401, 403, 404, 429].includes(err.status ?? 0);
}

async function chooseDays(opts: SummarizeOptions, store: DayStore): Promise<string[] | string> {
  if (opts.all && opts.date) return 'use either --date or --all, not both';
  if (opts.date !== undefined) {
    return isValidDate(opts.date)
      ? [opts.date]
      : `--date "${opts.date}" is not a date like 2025-07-08`;
  }
  const days = await store.listDays();
  return opts.all ? days : days.slice(-1);
}

/** `papers summarize`; resolves to the exit code. */
export async function runSummarize(opts: SummarizeOptions, deps: SummarizeDeps): Promise<number> {
  const { io, store } = deps;
  if (!opts.llm) {
    for (const line of LLM_SETUP_HELP) io.out(line);
    return 0;
  }
  const config = llmConfigFromEnv(deps.env);
  if ('error' in config) {
    io.err(`${PREFIX}: ${config.error}`);
    for (const line of LLM_SETUP_HELP) io.err(line);
    return EXIT_USAGE;
  }
  const dates = await chooseDays(opts, store);
  if (typeof dates === 'string') {
    io.err(`${PREFIX}: ${dates}`);
    return EXIT_USAGE;
  }
  if (dates.length === 0) {
    io.err(`${PREFIX}: no days are cached yet; run \`papers sync\` first`);
    return 1;
  }

  const tasks: { date: string; paper: Paper }[] = [];
  let skipped = 0;
  for (const date of dates) {
    const day = await store.readDay(date);
    if (!day) {
      io.err(`${PREFIX}: ${date} is not cached; run \`papers sync --date ${date}\` first`);
      return 1;
    }
    for (const paper of day.papers) {
      if (needsLlm(paper, opts.force ?? false)) tasks.push({ date, paper });
      else skipped++;
    }
  }

  const client = createLlmClient({
    config,
    env: deps.env,
    lang: opts.lang ?? 'en',
    http: { ...deps.http, fetchImpl: deps.fetchImpl },
  });
  const writer = new DayWriter(store);
  const progress = createProgress(io, deps.status);
  // Stops in-flight requests on Ctrl-C and on an error every other paper would hit too.
  const stop = new AbortController();
  const onCancel = () => stop.abort();
  deps.signal?.addEventListener('abort', onCancel, { once: true });
  let fatal: NetError | undefined;
  const counts = { done: 0, failed: 0 };
  let next = 0;
  const show = () =>
    progress.update(
      `${bar(counts.done + counts.failed, tasks.length)} ${counts.done + counts.failed}/${tasks.length} summarized` +
        (counts.failed ? `, ${counts.failed} failed` : ''),
    );

  async function worker(): Promise<void> {
    while (!stop.signal.aborted && next < tasks.length) {
      const { date, paper } = tasks[next++]!;
      try {
        const result = await client.summarize(paper, stop.signal);
        writer.add(date, paper, (p) => applyLlmResult(p, result));
        counts.done++;
        if (!progress.live) progress.line(`${paper.id}  summarized`);
      } catch (err) {
        if (stop.signal.aborted) return; // cancelled, not failed
        if (isNetError(err) && isFatal(err)) {
          fatal ??= err;
          stop.abort();
          return;
        }
        counts.failed++;
        progress.line(`${PREFIX}: ${paper.id}: ${describeError(err)}`, 'err');
      }
      show();
    }
  }

  show();
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(16, opts.concurrency ?? 4)) }, worker),
  );
  deps.signal?.removeEventListener('abort', onCancel);
  await writer.flush();
  progress.done();

  const summary = `${counts.done} summarized, ${counts.failed} failed, ${skipped} skipped`;
  const cancelled = deps.signal?.aborted ?? false;
  if (cancelled) {
    io.out(`${summary}, ${tasks.length - counts.done - counts.failed} left (cancelled)`);
  } else {
    io.out(summary);
  }
  if (writer.error !== undefined) {
    io.err(`${PREFIX}: could not save results: ${describeError(writer.error)}`);
    return 1;
  }
  if (fatal && !cancelled) {
    io.err(`${PREFIX}: ${fatal.message}`);
    return 1;
  }
  if (cancelled) return EXIT_CANCELLED;
  return counts.failed > 0 ? 1 : 0;
}
