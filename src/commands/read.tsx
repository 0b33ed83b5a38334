import { render } from 'ink';
import { App } from '../app.js';
import { resolveOpenDay, type Context, type OpenDay } from '../context.js';
import { buildKeymap } from '../core/keymap.js';
import { initialState } from '../core/state.js';
import { SAMPLE_NOTE } from '../sample/days.js';
import { liveServices } from '../services-live.js';

const ENTER_ALT = '\x1b[?1049h';
const LEAVE_ALT = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';

/** The newest day, shown, and not refreshed for `staleMinutes`: refresh it in the background. */
function isStale(open: OpenDay, staleMinutes: number, env: NodeJS.ProcessEnv): boolean {
  if (env.PAPERS_OFFLINE === '1' || !open.day) return false;
  if (open.day.date !== open.days[open.days.length - 1]) return false;
  const at = open.day.updatedAt ? Date.parse(open.day.updatedAt) : 0;
  return Date.now() - at > staleMinutes * 60_000;
}

/** Opens the interactive reader; resolves with the exit code when the user quits. */
export async function runReader(
  ctx: Context,
  opts: { date?: string },
  warnings: string[],
): Promise<number> {
  const open = await resolveOpenDay(ctx, opts.date);
  const services = liveServices(ctx, open.sample);
  const { keymap, bindings } = buildKeymap(ctx.settings.keymap);
  const initial = initialState({
    days: open.days,
    day: open.day,
    sample: open.sample,
    sort: ctx.settings.sort,
    hasCode: ctx.settings.hasCode,
    minUpvotes: ctx.settings.minUpvotes,
    status: warnings.length ? { text: warnings[warnings.length - 1]!, kind: 'error' } : undefined,
  });
  const stdout = process.stdout;
  // The alternate screen keeps the shell's scrollback intact, as less and lazygit do.
  stdout.write(ENTER_ALT);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(SHOW_CURSOR + LEAVE_ALT);
  };
  const app = render(
    <App
      services={services}
      initial={initial}
      keymap={keymap}
      bindings={bindings}
      sampleNote={SAMPLE_NOTE}
      refreshOnStart={!open.sample && isStale(open, ctx.settings.staleMinutes, ctx.env)}
    />,
    { exitOnCtrlC: false, patchConsole: true, maxFps: 60 },
  );
  const onSignal = (signal: NodeJS.Signals, code: number) => () => {
    void ctx.flags.flush().finally(() => {
      app.unmount();
      restore();
      process.exit(code);
    });
    void signal;
  };
  const handlers: [NodeJS.Signals, () => void][] = [
    ['SIGTERM', onSignal('SIGTERM', 143)],
    ['SIGHUP', onSignal('SIGHUP', 129)],
    ['SIGINT', onSignal('SIGINT', 130)],
  ];
  for (const [s, h] of handlers) process.on(s, h);
  process.once('exit', restore);
  try {
    await app.waitUntilExit();
  } finally {
    for (const [s, h] of handlers) process.off(s, h);
    await ctx.flags.flush().catch(() => {});
    restore();
  }
  return 0;
}
