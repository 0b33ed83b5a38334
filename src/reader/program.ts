// Holds the model and runs the loop: message → update → effects. Keys of one stdin chunk
// are updated one after another and the view is told once, after the last.
import { runEffect, type EffectHost } from './effects.js';
import type { FlagStore } from './flags.js';
import type { Binding, Keymap } from '../domain/keymap.js';
import type { Msg } from './messages.js';
import type { Model } from './model.js';
import type { Services } from './services.js';
import { update } from './update.js';

export interface ProgramOptions {
  services: Services;
  keymap: Keymap;
  bindings: readonly Binding[];
  quit(): void;
  suspend?(): void;
}

export class Program {
  private model: Model;
  private readonly listeners = new Set<() => void>();
  private readonly host: EffectHost;
  private readonly flags: FlagStore;
  private depth = 0;

  constructor(
    initial: Model,
    private readonly opts: ProgramOptions,
  ) {
    this.model = initial;
    this.flags = opts.services.flags;
    this.host = {
      services: opts.services,
      inflight: new Set(),
      send: (msg) => this.send([msg]),
      quit: opts.quit,
      suspend: opts.suspend,
    };
  }

  getModel = (): Model => this.model;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Applies messages in order. Each one's effects start before the next message is
   *  updated, so a key sees what the keys before it did (a flag set, a day asked for). */
  send = (msgs: Msg[]): void => {
    this.depth++;
    try {
      for (const msg of msgs) {
        const ctx = {
          flags: this.flags.getSnapshot(),
          keymap: this.opts.keymap,
          bindings: this.opts.bindings,
        };
        const [next, effects] = update(this.model, msg, ctx);
        this.model = next;
        for (const e of effects) runEffect(e, this.host);
      }
    } finally {
      this.depth--;
    }
    // An effect that answers at once sends from inside the loop: tell the view once, last.
    if (this.depth === 0) for (const l of [...this.listeners]) l();
  };
}
