import { render } from 'ink-testing-library';
import { buildKeymap } from '../../src/domain/keymap.js';
import { initialModel, type InitialOptions } from '../../src/reader/model.js';
import type { Program } from '../../src/reader/program.js';
import { Reader } from '../../src/reader/Reader.js';
import type { Services } from '../../src/reader/services.js';
import type { DayList } from '../../src/domain/paper.js';
import { fakeServices } from './fake-services.js';

export interface ReaderOptions extends Partial<InitialOptions> {
  services?: Partial<Services>;
  keymap?: Parameters<typeof buildKeymap>[0];
}

/** The reader as the CLI mounts it, on in-memory days; the newest day is shown. */
export function renderReader(days: DayList[], opts: ReaderOptions = {}) {
  const fake = fakeServices(days, opts.services);
  const { keymap, bindings } = buildKeymap(opts.keymap);
  const newest = days[days.length - 1];
  const initial = initialModel({
    size: { columns: 100, rows: 30 },
    days: days.map((d) => d.date),
    day: newest,
    ...opts,
  });
  let program: Program | undefined;
  const app = render(
    <Reader
      services={fake.services}
      initial={initial}
      keymap={keymap}
      bindings={bindings}
      onProgram={(p) => (program = p)}
    />,
  );
  const flag = (f: 'read' | 'starred', id: string) => fake.services.flags.getSnapshot().has(f, id);
  return { ...app, ...fake, newest: newest!, flag, program: () => program! };
}
