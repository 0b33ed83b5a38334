import { expect, vi } from 'vitest';

/** Waits until the frame satisfies `check`: tests never sleep a fixed time. */
export async function waitForFrame(
  lastFrame: () => string | undefined,
  check: (frame: string) => boolean,
) {
  await vi.waitFor(
    () => {
      const frame = lastFrame() ?? '';
      expect(check(frame), `frame was:\n${frame}`).toBe(true);
    },
    { timeout: 3000, interval: 5 },
  );
  // Let React run effects (e.g. a newly focused input subscribing to stdin) before the
  // test types again, as the terminal's event loop would between key presses.
  await new Promise((resolve) => setImmediate(resolve));
  return lastFrame() ?? '';
}

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  pageDown: '\u001B[6~',
  ctrlD: '\u0004',
  backspace: '\u007F',
};
