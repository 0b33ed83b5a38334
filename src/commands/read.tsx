import { render } from 'ink';
import { Reader } from '../reader/Reader.js';
import type { Context, OpenDay } from '../library/context.js';
import { buildKeymap } from '../domain/keymap.js';
import { initialModel } from '../reader/model.js';
import { terminalSize } from '../reader/hooks/use-resize.js';
import { SAMPLE_NOTE } from '../sample/catalog.js';
import { liveServices } from '../reader/live-services.js';
import { onShutdown, trapSignals } from '../cli/shutdown.js';
import { warningText } from '../cli/warnings.js';
import { readResume } from '../library/resume-store.js';
import { resumeAt } from '../triage/resume.js';
import { resumePoint } from '../reader/update.js';
import { MIN_STARS } from '../triage/sorts.js';
import { installJobControl } from '../platform/suspend.js';
import type { Program } from '../reader/program.js';
import { keepCodeCache } from '../boot/hook.js';

const ENTER_ALT = '\x1b[?1049h';
const LEAVE_ALT = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
// Bracketed paste: a paste arrives as one marked block, so its newlines are not Enters.
const PASTE_ON = '\x1b[?2004h';
const PASTE_OFF = '\x1b[?2004l';

/** The newest day, shown, and not refreshed for `staleMinutes`: refresh it in the background. */
function isStale(open: OpenDay, staleMinutes: number, env: NodeJS.ProcessEnv): boolean {
  if (env.PAPERS_OFFLINE === '1' || !open.day) return false;
  if (open.day.date !== open.days[open.days.length - 1]) return false;
  const at = open.day.updatedAt ? Date.parse(open.day.updatedAt) : 0;
  return Date.now() - at > staleMinutes * 60_000;
}

/**
 * Where to start: where the reader left off (day, paper, sort, modes) unless newer days
 * arrived since; "for you" is the default sort once there are enough stars to learn from.
 */
async function resumed(ctx: Context, open: OpenDay, mayMove: boolean) {
  const saved = open.sample ? undefined : readResume(ctx.paths.dataDir, () => {});
  const at = resumeAt(saved, open.days);
  let day = open.day;
  if (mayMove && saved && at && !at.jumpedToNewest && at.day !== day?.date)
    day = (await ctx.store.readDay(at.day).catch(() => undefined)) ?? day;
  const learned = ctx.settings.sort === 'listed' && ctx.flags.ids('starred').length >= MIN_STARS;
  return {
    day,
    paperId: day?.date === at?.day ? at?.paperId : undefined,
    sort: saved ? at!.sort : learned ? 'for-you' : ctx.settings.sort,
    unreadOnly: at?.unreadOnly ?? false,
    tldr: at?.tldr ?? ctx.settings.tldr,
    wrapped: at?.jumpedToNewest ?? false,
  } as const;
}

/** Opens the interactive reader; resolves with the exit code when the user quits. */
export async function runReader(
  ctx: Context,
  open: OpenDay,
  warnings: string[],
  /** False when a --date was given: then that day opens, whatever was saved. */
  mayResume = true,
): Promise<number> {
  // The next start reads the code this session compiles (written at exit; see src/boot/).
  keepCodeCache();
  const services = liveServices(ctx, open.sample);
  const { keymap, bindings } = buildKeymap(ctx.settings.keymap);
  const start = await resumed(ctx, open, mayResume);
  const initial = initialModel({
    day: start.day,
    sort: start.sort,
    unreadOnly: start.unreadOnly,
    tldr: start.tldr,
    summaryFirst: ctx.settings.summaryFirst,
    size: terminalSize(process.stdout),
    // First run with network: the sample at once, today's papers fetched after the first frame.
    fetchOnStart: open.sample && ctx.env.PAPERS_OFFLINE !== '1',
    banner: open.sample ? SAMPLE_NOTE : undefined,
    days: open.days,
    sample: open.sample,
    hasCode: ctx.settings.hasCode,
    minUpvotes: ctx.settings.minUpvotes,
    status: warnings.length ? { text: warnings[warnings.length - 1]!, kind: 'error' } : undefined,
  });
  // While the reader draws, warnings would scramble the screen on stderr: show them in the
  // status bar instead, and on stderr again once the screen is back.
  const listeners = new Set<(message: string) => void>();
  const late: string[] = [];
  const stderrWarn = ctx.io.err;
  ctx.io.err = (line) => {
    late.push(line);
    for (const l of listeners) l(warningText(line));
  };
  const subscribeWarnings = (l: (message: string) => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const stdout = process.stdout;
  // The alternate screen keeps the shell's scrollback intact, as less and lazygit do.
  stdout.write(ENTER_ALT + PASTE_ON);
  let program: Program | undefined;
  // Ctrl-Z and `kill -TSTP`: hand the terminal back to the shell; after `fg`, draw it all again.
  const jobs = installJobControl({
    stdin: process.stdin,
    stdout,
    onResume: () => {
      stdout.write(PASTE_ON);
      app.clear();
      program?.send([{ type: 'status', text: 'resumed', kind: 'info' }]);
    },
  });
  const app = render(
    <Reader
      services={services}
      initial={initial}
      keymap={keymap}
      bindings={bindings}
      refreshOnStart={!open.sample && isStale(open, ctx.settings.staleMinutes, ctx.env)}
      subscribeWarnings={subscribeWarnings}
      suspend={() => {
        if (!jobs.suspend())
          program?.send([{ type: 'status', text: 'no job control here', kind: 'info' }]);
      }}
      onProgram={(p) => {
        program = p;
        // Where the reader left off: the cursor back on that paper, and say when newer days
        // arrived and the newest day opened instead.
        if (start.paperId) p.send([{ type: 'select', id: start.paperId }]);
        if (start.wrapped)
          p.send([{ type: 'status', text: 'new days arrived: showing the newest', kind: 'info' }]);
      }}
    />,
    { exitOnCtrlC: false, patchConsole: true, maxFps: 60 },
  );
  let restored = false;
  // Ink first (it leaves raw mode and stops drawing), then the normal screen and the cursor.
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      app.unmount();
    } finally {
      stdout.write(PASTE_OFF + SHOW_CURSOR + LEAVE_ALT);
    }
  };
  // A signal or a crash ends the process through shutdown(): screen back, marks written.
  // A hang-up (the ssh link or the terminal window gone) ends the reader as often as `q`
  // does: where it was is saved then too.
  const saveWhere = async () => {
    const at = program && resumePoint(program.getModel(), services.flags.getSnapshot());
    if (at) await services.saveResume?.(at);
  };
  const unregister = onShutdown({
    restore,
    flush: async () => {
      await Promise.allSettled([ctx.flags.flush(), saveWhere()]);
    },
  });
  const untrap = trapSignals();
  process.once('exit', restore);
  try {
    await app.waitUntilExit();
  } finally {
    untrap();
    jobs.dispose();
    unregister();
    await ctx.flags.flush().catch(() => {});
    restore();
    ctx.io.err = stderrWarn;
    for (const line of late) stderrWarn(line);
  }
  return 0;
}
