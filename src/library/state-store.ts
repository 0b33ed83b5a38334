import fs from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import { backupCopy, openConf, readJsonObject, type JsonObject } from './json-file.js';
import { describeFsError } from './atomic.js';
import { acquireLock } from './lock.js';

export type Flag = 'read' | 'starred';
const FLAGS: Flag[] = ['read', 'starred'];

/** id → epoch ms when the flag was set. A missing key means "not set". */
type FlagMap = Record<string, number>;
type StateData = Record<Flag, FlagMap>;

export interface StateView {
  has(flag: Flag, id: string): boolean;
  /** Bumped on every change so React can memo on it. */
  version: number;
}

interface Op {
  flag: Flag;
  ids: string[];
  on: boolean;
  at: number;
}

function apply(data: StateData, op: Op): void {
  for (const id of op.ids) {
    if (op.on) data[op.flag][id] = op.at;
    else delete data[op.flag][id];
  }
}

function cleanFlagMap(v: unknown): FlagMap | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const out: FlagMap = {};
  for (const [k, t] of Object.entries(v)) if (typeof t === 'number') out[k] = t;
  return out;
}

/**
 * Read and star flags in <config>/state.json, written through conf.
 *
 * Several processes may write at once (two readers and a script). Every write takes a lock,
 * re-reads the file, applies only this process's changes and writes the result: changes
 * from other processes survive and the last writer wins per id.
 */
export class StateStore implements StateView {
  readonly file: string;
  version = 0;
  private data: StateData = { read: {}, starred: {} };
  private conf: Conf<JsonObject> | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Changes made in memory whose write has not finished yet. */
  private pending: Op[] = [];

  constructor(
    readonly configDir: string,
    private readonly warn: (message: string) => void = () => {},
  ) {
    this.file = path.join(configDir, 'state.json');
    this.data = this.load();
  }

  private load(): StateData {
    const raw = readJsonObject(this.file, this.warn);
    if (!raw) return { read: {}, starred: {} };
    const data = { read: cleanFlagMap(raw.read), starred: cleanFlagMap(raw.starred) };
    const damaged = FLAGS.some((f) => raw[f] !== undefined && data[f] === undefined);
    if (damaged) {
      const kept = backupCopy(this.file, this.warn);
      this.warn(
        `${this.file} had fields of the wrong type; kept the valid ones${kept ? ` and a copy at ${kept}` : ''}`,
      );
      // Rewritten under the lock like any change, so another process's marks survive it.
      this.queue = this.mergeWrite(undefined).catch((err: Error) => this.warn(err.message));
    }
    return { read: data.read ?? {}, starred: data.starred ?? {} };
  }

  has(flag: Flag, id: string): boolean {
    return Object.hasOwn(this.data[flag], id);
  }

  ids(flag: Flag): string[] {
    return Object.keys(this.data[flag]);
  }

  /** Updates memory at once (the UI reflects it) and queues a locked merge-write. */
  set(flag: Flag, ids: string[], on: boolean): Promise<void> {
    const op = { flag, ids, on, at: Date.now() };
    apply(this.data, op);
    this.pending.push(op);
    this.version++;
    const write = this.queue.then(() => this.mergeWrite(op));
    this.queue = write.catch(() => {});
    return write;
  }

  /** Resolves once every queued write reached the disk. */
  flush(): Promise<void> {
    return this.queue;
  }

  private async openConf(): Promise<Conf<JsonObject>> {
    this.conf ??= await openConf(this.configDir, 'state');
    return this.conf;
  }

  /** Under the lock: re-reads the file, applies `op` (if any) and writes the result. */
  private async mergeWrite(op: Op | undefined): Promise<void> {
    let release: (() => Promise<void>) | undefined;
    try {
      // A repair (no op) only rewrites a file that is there; it never recreates the folder.
      if (op) fs.mkdirSync(this.configDir, { recursive: true });
      release = await acquireLock(this.file);
      // Read with our own check, not conf's: conf treats `null` or `[]` as an empty store and
      // would overwrite it, and throws on broken JSON. A bad file is moved aside instead.
      const disk = readJsonObject(this.file, this.warn) ?? {};
      const next: StateData = {
        read: cleanFlagMap(disk.read) ?? {},
        starred: cleanFlagMap(disk.starred) ?? {},
      };
      if (op) apply(next, op);
      // conf reads the file when it opens: only now is it known to be a JSON object.
      const conf = await this.openConf();
      conf.store = { ...disk, ...next };
      // Take in what other processes wrote meanwhile, keeping our own unwritten changes.
      this.pending = this.pending.filter((p) => p !== op);
      for (const p of this.pending) apply(next, p);
      this.data = next;
      this.version++;
    } catch (err) {
      this.pending = this.pending.filter((p) => p !== op);
      throw describeFsError(err, this.file);
    } finally {
      await release?.().catch(() => {});
    }
  }
}
