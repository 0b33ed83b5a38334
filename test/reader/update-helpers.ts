import { Flags } from '../../src/reader/flags.js';
import type { Effect } from '../../src/reader/effects.js';
import { createKeyParser } from '../../src/reader/keys/parse.js';
import { buildKeymap } from '../../src/domain/keymap.js';
import type { Msg } from '../../src/reader/messages.js';
import { initialModel, type InitialOptions, type Model } from '../../src/reader/model.js';
import { update } from '../../src/reader/update.js';
import type { DayList } from '../../src/domain/paper.js';

const { keymap, bindings } = buildKeymap();

/** Drives the pure update as the program does, applying flag effects to a snapshot and
 *  keeping every effect for the test to look at. No I/O, no timers. */
export class Sim {
  flags = Flags.empty();
  effects: Effect[] = [];
  constructor(public model: Model) {}

  static of(days: DayList[], opts: Partial<InitialOptions> = {}) {
    return new Sim(
      initialModel({
        size: { columns: 100, rows: 30 },
        days: days.map((d) => d.date),
        day: days[days.length - 1],
        ...opts,
      }),
    );
  }

  send(...msgs: Msg[]): this {
    for (const msg of msgs) {
      const [next, fx] = update(this.model, msg, { flags: this.flags, keymap, bindings });
      this.model = next;
      for (const e of fx)
        if (e.type === 'setFlag') this.flags = this.flags.with(e.flag, e.ids, e.on);
      this.effects.push(...fx);
    }
    return this;
  }

  /** Raw terminal input, parsed as the reader parses stdin. */
  keys(...chunks: string[]): this {
    const parser = createKeyParser();
    for (const c of chunks) this.send(...parser.push(c).map((key): Msg => ({ type: 'key', key })));
    return this;
  }

  /** Effects of one type, in order. */
  of<T extends Effect['type']>(type: T): Extract<Effect, { type: T }>[] {
    return this.effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);
  }
}
