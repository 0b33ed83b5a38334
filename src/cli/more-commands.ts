// Commands that load more code (network, parsers, exporters): imported only when used.
import { TooLargeError } from '../library/read-file.js';
import type { Context } from '../library/context.js';
import { intOption, UsageError, type Parsed } from './args.js';

function str(p: Parsed, k: string): string | undefined {
  const v = p.values[k];
  return typeof v === 'string' ? v : undefined;
}
const bool = (p: Parsed, k: string) => p.values[k] === true;

/** A live status line on stderr when it is a terminal; plain lines otherwise. */
function statusLine() {
  return process.stderr.isTTY
    ? {
        write: (chunk: string) => void process.stderr.write(chunk),
        columns: process.stderr.columns,
      }
    : undefined;
}

/** Piped input, at most `maxBytes` of it: counted as it comes, so `cat /dev/zero |` ends
 *  with an error instead of filling memory. */
async function readStdin(maxBytes: number): Promise<Buffer> {
  if (process.stdin.isTTY)
    throw new Error('`papers import -` reads a piped file: `cat page.md | papers import -`');
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw new TooLargeError('standard input', maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function withTimeout(ctx: Context, llm = false): NodeJS.ProcessEnv {
  // Settings feed the network layer through the environment it already reads. LLM calls
  // keep their own, longer default (local models are slow).
  return {
    PAPERS_TIMEOUT_SECONDS: llm ? undefined : String(ctx.settings.timeoutSeconds),
    PAPERS_LLM_BASE_URL: ctx.settings['llm.baseUrl'] || undefined,
    PAPERS_LLM_MODEL: ctx.settings['llm.model'] || undefined,
    PAPERS_LLM_API_KEY: ctx.settings['llm.apiKey'] || undefined,
    ...ctx.env,
  };
}

export async function runMore(p: Parsed, ctx: Context): Promise<number> {
  switch (p.command) {
    case 'sync': {
      const { runSync } = await import('../commands/sync.js');
      return runSync(
        {
          date: str(p, 'date'),
          days: intOption(p.values, 'days', 1, 366),
          week: str(p, 'week'),
          month: str(p, 'month'),
        },
        { store: ctx.store, io: ctx.io, env: withTimeout(ctx), status: statusLine() },
      );
    }
    case 'import': {
      if (p.positionals.length === 0)
        throw new UsageError('give one or more files or folders: `papers import PATH...`');
      const { runImport } = await import('../commands/import.js');
      const { importFormat } = await import('../commands/format-aliases.js');
      return runImport(
        p.positionals,
        {
          format: importFormat(str(p, 'format')),
          date: str(p, 'date'),
          topic: str(p, 'topic'),
          dryRun: bool(p, 'dry-run'),
        },
        { store: ctx.store, io: ctx.io, readStdin, status: statusLine() },
      );
    }
    case 'summarize': {
      const lang = str(p, 'lang');
      if (lang !== undefined && lang !== 'zh' && lang !== 'en')
        throw new UsageError('--lang must be zh or en');
      const { runSummarize } = await import('../commands/summarize.js');
      const abort = new AbortController();
      const onInt = () => abort.abort();
      process.once('SIGINT', onInt);
      try {
        return await runSummarize(
          {
            date: str(p, 'date'),
            all: bool(p, 'all'),
            llm: bool(p, 'llm'),
            force: bool(p, 'force'),
            lang: (lang ?? ctx.settings.lang) as 'zh' | 'en',
            concurrency: intOption(p.values, 'concurrency', 1, 32),
          },
          {
            store: ctx.store,
            io: ctx.io,
            env: withTimeout(ctx, true),
            signal: abort.signal,
            status: statusLine(),
          },
        );
      } finally {
        process.off('SIGINT', onInt);
      }
    }
    case 'days': {
      const { runDays } = await import('../commands/days.js');
      return runDays(ctx, { json: bool(p, 'json') });
    }
    case 'search': {
      if (p.positionals.length === 0)
        throw new UsageError('give a query: `papers search "diffusion au:smith"`');
      // Both would leave the user guessing which one was searched.
      if (bool(p, 'all') && str(p, 'date') !== undefined)
        throw new UsageError('--all searches every cached day and --date one: give one of them');
      const { runSearch } = await import('../commands/search.js');
      return runSearch(ctx, p.positionals.join(' '), {
        date: str(p, 'date'),
        json: bool(p, 'json'),
        limit: intOption(p.values, 'limit', 1, 10000),
      });
    }
    case 'export': {
      const { runExport } = await import('../commands/export.js');
      const { exportFormat } = await import('../commands/format-aliases.js');
      return runExport(ctx, {
        starred: bool(p, 'starred'),
        date: str(p, 'date'),
        all: bool(p, 'all'),
        format: exportFormat(str(p, 'format')),
        out: str(p, 'out'),
      });
    }
    case 'config': {
      const { runConfig } = await import('../commands/config.js');
      return runConfig(ctx, p.positionals, bool(p, 'json'));
    }
    case 'hide': {
      const { runHide } = await import('../commands/hide.js');
      return runHide(ctx, p.positionals, !bool(p, 'off'));
    }
    case 'follow':
    case 'unfollow': {
      const { runFollow } = await import('../commands/follow.js');
      return runFollow(ctx, p.positionals, p.command === 'follow');
    }
    case 'follows': {
      const { runFollows } = await import('../commands/follow.js');
      return runFollows(ctx, bool(p, 'json'));
    }
    case 'related': {
      if (p.positionals.length !== 1)
        throw new UsageError('give one paper id: `papers related 2405.12345`');
      const { runRelated } = await import('../commands/related.js');
      return runRelated(ctx, p.positionals[0]!, {
        limit: intOption(p.values, 'limit', 1, 1000),
        json: bool(p, 'json'),
      });
    }
    default:
      throw new UsageError(`unknown command "${p.command}" (see \`papers --help\`)`);
  }
}
