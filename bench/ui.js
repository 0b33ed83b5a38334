// Keystroke-to-frame inside one process: the real <App> rendered by Ink (as the reader renders
// it, 60 fps cap) to a fake terminal; the clock runs from writing a key to stdin until a frame
// on stdout shows its effect.
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;

class FakeStdout extends EventEmitter {
  isTTY = true;
  columns = 120;
  rows = 40;
  waiters = [];
  // An arrow: Ink keeps a reference to write and calls it unbound.
  write = (chunk) => {
    const text = String(chunk).replace(ANSI, '');
    this.waiters = this.waiters.filter((w) => !w(text));
    return true;
  };
  /** Resolves with the time the first frame for which `check` holds is written. */
  next(check) {
    return new Promise((resolve) =>
      this.waiters.push((t) => check(t) && (resolve(performance.now()), true)),
    );
  }
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  data = null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  write = (data) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
}

/** Renders the reader on `day` with in-memory services; returns a key driver. */
export async function mountReader(m, day) {
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const flags = m.memoryFlagStore();
  const services = {
    loadDay: async () => day,
    listDays: async () => [day.date],
    flags,
    openUrl: async () => {},
    copy: async () => 'none',
    loadRenderer: async () => (md) => md.split('\n'),
  };
  const { keymap, bindings } = m.buildKeymap();
  const initial = m.initialModel({
    size: { columns: stdout.columns, rows: stdout.rows },
    days: [day.date],
    day,
  });
  const first = stdout.next((t) => t.includes(day.papers[0].title.slice(0, 20)));
  const app = m.render(m.createElement(m.Reader, { services, initial, keymap, bindings }), {
    stdout,
    stdin,
    stderr: stdout,
    debug: false,
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: 60,
  });
  await first;
  return {
    /** ms from writing `key` until a frame satisfies `check`; then waits out the frame cap. */
    async press(key, check) {
      const shown = stdout.next(check);
      const t0 = performance.now();
      stdin.write(key);
      const late = sleep(5000, undefined, { ref: false }).then(() =>
        Promise.reject(new Error(`no frame after key ${JSON.stringify(key)}`)),
      );
      const ms = (await Promise.race([shown, late])) - t0;
      await sleep(20);
      return ms;
    },
    unmount: () => app.unmount(),
  };
}
