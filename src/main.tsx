// Entry point: arguments in, a command run, an exit code out. The only place that touches
// process.argv, process.env and the real stdout/stderr.
import chalk from 'chalk';
import { intOption, parseCommandLine, UsageError, type Parsed } from './cli/args.js';
import { commandHelp, globalHelp } from './cli/help.js';
import { findCommand, TABLE } from './cli/table.js';
import { wantColor, type ColorWhen } from './cli/color.js';
import { EXIT } from './cli/exit-codes.js';
import { SORT_ORDERS_WITH_FOR_YOU, type TriageSort } from './triage/sorts.js';
import { createContext, type Context } from './library/context.js';
import { sanitizeText } from './text/sanitize.js';
import { terminalSafe } from './text/terminal-safe.js';
import { isShuttingDown, shutdown } from './cli/shutdown.js';
import { warningText } from './cli/warnings.js';
import type { Output } from './library/types.js';
import { showIndexProgress } from './cli/index-status.js';

declare const PAPERS_VERSION: string;

function makeOutput(warnings: string[], colour: boolean): Output {
  const io: Output = {
    // The last gate: whatever a command formats, only our SGR colour reaches a terminal.
    out: (line) => process.stdout.write(`${terminalSafe(line, io.color ?? false)}\n`),
    err: (line) => {
      warnings.push(warningText(line));
      process.stderr.write(`${sanitizeText(line)}\n`);
    },
    isTTY: Boolean(process.stdout.isTTY),
    color: colour,
  };
  return io;
}

/**
 * Loads the reader with global fetch hidden. Ink's layout engine (yoga-layout) fetches its
 * inlined WebAssembly with fetch() when there is one, which makes Node load its whole HTTP
 * client first (~15 ms of start-up); without it yoga decodes the bytes directly. Our network
 * code uses node-fetch, and fetch is back as soon as the module has loaded.
 */
async function loadReader() {
  const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProperty?.configurable) delete (globalThis as { fetch?: unknown }).fetch;
  try {
    return await import('./commands/read.js');
  } finally {
    if (fetchProperty?.configurable) Object.defineProperty(globalThis, 'fetch', fetchProperty);
  }
}

/** Ink draws no frames under CI (it prints only the last one), so CI gets the plain list too. */
function interactive(env: NodeJS.ProcessEnv): boolean {
  const set = (k: string) => env[k] !== undefined && env[k] !== '0' && env[k] !== 'false';
  const ci = set('CI') || set('CONTINUOUS_INTEGRATION');
  return Boolean(process.stdout.isTTY && process.stdin.isTTY) && !ci;
}

function sortOption(v: string | undefined): TriageSort | undefined {
  if (v === undefined || SORT_ORDERS_WITH_FOR_YOU.includes(v as TriageSort)) return v as TriageSort;
  throw new UsageError(`--sort must be one of ${SORT_ORDERS_WITH_FOR_YOU.join(', ')}`);
}

async function run(p: Parsed, ctx: Context, warnings: string[]): Promise<number> {
  const v = p.values;
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const bool = (k: string) => v[k] === true;
  switch (p.command) {
    case 'read': {
      if (interactive(process.env)) {
        // The day is read from disk while the reader's code loads.
        const { openReadableDay } = await import('./commands/list.js');
        const opening = openReadableDay(ctx, str('date'));
        opening.catch(() => {}); // awaited below; a failure is reported there
        const { runReader } = await loadReader();
        return runReader(ctx, await opening, warnings, str('date') === undefined);
      }
      // Piped, redirected or without a keyboard: print the day instead of drawing a UI.
      const { runList } = await import('./commands/list.js');
      return runList(ctx, { date: str('date'), json: bool('json'), sample: bool('sample') });
    }
    case 'list': {
      const { runList } = await import('./commands/list.js');
      return runList(ctx, {
        date: str('date'),
        all: bool('all'),
        unread: bool('unread'),
        starred: bool('starred'),
        json: bool('json'),
        sort: sortOption(str('sort')),
        sample: bool('sample'),
      });
    }
    case 'show': {
      const { runShow } = await import('./commands/show.js');
      if (!p.positionals[0]) throw new UsageError('give a paper id: `papers show 2405.12345`');
      return runShow(ctx, p.positionals[0], {
        json: bool('json'),
        width: intOption(v, 'width', 20, 400) ?? process.stdout.columns,
      });
    }
    case 'mark':
    case 'star': {
      if (p.command === 'mark' && (bool('all') || str('date') !== undefined)) {
        if (!bool('all') || p.positionals.length > 0)
          throw new UsageError('mark a whole day with `papers mark --all [--date D]`, or give ids');
        const { runMarkAll } = await import('./commands/mark-all.js');
        return runMarkAll(ctx, { date: str('date'), unread: bool('unread') });
      }
      const { runFlag } = await import('./commands/mark.js');
      return p.command === 'mark'
        ? runFlag(ctx, 'read', p.positionals, !bool('unread'))
        : runFlag(ctx, 'starred', p.positionals, !bool('off'));
    }
    default: {
      const { runMore } = await import('./cli/more-commands.js');
      return runMore(p, ctx);
    }
  }
}

async function printCompletion(shell: string | undefined): Promise<number> {
  const { COMPLETIONS } = await import('./cli/completion.js');
  if (shell !== 'bash' && shell !== 'zsh' && shell !== 'fish')
    throw new UsageError('give a shell: `papers completion bash|zsh|fish`');
  process.stdout.write(COMPLETIONS[shell](TABLE));
  return EXIT.ok;
}

export async function main(argv: string[]): Promise<number> {
  const warnings: string[] = [];
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.values.help || parsed.command === 'help') {
      const name = parsed.command === 'help' ? parsed.positionals[0] : parsed.command;
      const def = name === undefined ? undefined : findCommand(TABLE, name);
      if (name !== undefined && !def)
        throw new UsageError(`unknown command "${name}" (see \`papers --help\`)`);
      const text = def && !def.hidden ? commandHelp(TABLE, def) : globalHelp(TABLE);
      process.stdout.write(`${text}\n`);
      return EXIT.ok;
    }
    if (parsed.values.version) {
      process.stdout.write(`${PAPERS_VERSION}\n`);
      return EXIT.ok;
    }
    if (parsed.command === 'completion') return await printCompletion(parsed.positionals[0]);
    let colour = wantColor(
      parsed.values.color as ColorWhen | undefined,
      process.env,
      Boolean(process.stdout.isTTY),
    );
    const io = makeOutput(warnings, colour);
    const ctx = createContext(process.env, io);
    // Ink and marked-terminal share this chalk instance: "mono" turns colour off for both.
    if (ctx.settings.theme === 'mono') colour = false;
    io.color = colour;
    chalk.level = colour ? (chalk.level === 0 ? 1 : chalk.level) : 0;
    // The reader shows index progress in its status bar; every other command on stderr.
    if (!(parsed.command === 'read' && interactive(process.env)) && process.stderr.isTTY)
      showIndexProgress(ctx.paths.cacheDir, {
        write: (chunk) => void process.stderr.write(chunk),
        columns: process.stderr.columns,
      });
    return await run(parsed, ctx, warnings);
  } catch (e) {
    const err = e as Error;
    process.stderr.write(`papers: ${sanitizeText(err.message ?? String(e))}\n`);
    if (process.env.PAPERS_DEBUG) process.stderr.write(`${err.stack}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // While shutting down (e.g. after SIGHUP) the terminal may be gone: finish the flush anyway.
  if (isShuttingDown()) return;
  // `papers list | head` closes the pipe early: that is not an error.
  if (err.code === 'EPIPE') process.exit(0);
  if (err.code === 'EIO') shutdown(129);
});

process.on('uncaughtException', (err) => {
  // Leave the terminal usable whatever happened: Ink unmounted, cursor shown, normal screen
  // back, pending marks written; then the message, on the normal screen.
  const debug = process.env.PAPERS_DEBUG ? `${err.stack}\n` : '';
  shutdown(70, `papers: internal error: ${sanitizeText(err.message ?? String(err))}\n${debug}`);
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
