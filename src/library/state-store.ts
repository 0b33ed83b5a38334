import fs from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import { backupCopy, openConf, readJsonObject, type JsonObject } from './json-file.js';
import { describeFsError } from './atomic.js';

/** The flags the reader shows. */
export type Flag = 'read' | 'starred';
export const FLAGS: Flag[] = ['read', 'starred'];
/** Every flag the store keeps: 'hidden' is "not interested" (kept on disk, a negative signal
 *  for "for you"); 'opened' records that the reader opened the paper (a weak positive one). */
export type StateFlag = Flag | 'hidden' | 'opened';
const STATE_FLAGS: StateFlag[] = ['read', 'starred', 'hidden', 'opened'];

/** id → epoch ms when the flag was set. A missing key means "not set". */
type FlagMap = Record<string, number>;
type StateData = Record<StateFlag, FlagMap>;

const emptyData = (): StateData => ({ read: {}, starred: {}, hidden: {}, opened: {} });

/** Each flag's valid entries from a parsed file; a missing or damaged flag is empty. */
function cleanData(raw: JsonObject): StateData {
  const data = emptyData();
  for (const f of STATE_FLAGS) data[f] = cleanFlagMap(raw[f]) ?? {};
  return data;
}

export interface StateView {
  has(flag: StateFlag, id: string): boolean;
  /** Bumped on every change so React can memo on it. */
  version: number;
}

interface Op {
  flag: StateFlag;
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

/** How long a write waits for another process's lock (a stale one is taken after 5 s). */
const LOCK_WAIT_MS = 10_000;

/**
 * Takes <file>.lock. Retried only while another process holds it: proper-lockfile's own
 * retries would also retry a read-only or full disk, for seconds, before saying so.
 */
async function acquire(file: string): Promise<() => Promise<void>> {
  // CommonJS module: bundlers expose its functions on `default`, Node on both.
  const mod = await import('proper-lockfile');
  const lock = mod.lock ?? (mod as unknown as { default: typeof mod }).default.lock;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return await lock(file, {
        realpath: false,
        stale: 5000,
        // Held for milliseconds; if a stalled process loses it anyway, the merge keeps the
        // damage to one change, so do not let proper-lockfile throw from a timer.
        onCompromised: () => {},
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED' || Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 25));
    }
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
  private data: StateData = emptyData();
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
    if (!raw) return emptyData();
    const damaged = STATE_FLAGS.some(
      (f) => raw[f] !== undefined && cleanFlagMap(raw[f]) === undefined,
    );
    if (damaged) {
      const kept = backupCopy(this.file, this.warn);
      this.warn(
        `${this.file} had fields of the wrong type; kept the valid ones${kept ? ` and a copy at ${kept}` : ''}`,
      );
      // Rewritten under the lock like any change, so another process's marks survive it.
      this.queue = this.mergeWrite(undefined).catch((err: Error) => this.warn(err.message));
    }
    return cleanData(raw);
  }

  has(flag: StateFlag, id: string): boolean {
    return Object.hasOwn(this.data[flag], id);
  }

  ids(flag: StateFlag): string[] {
    return Object.keys(this.data[flag]);
  }

  /** Re-reads the file another process may have written, keeping our unwritten changes. */
  reload(): void {
    const raw = readJsonObject(this.file, this.warn);
    if (!raw) return;
    const next = emptyData();
    for (const f of STATE_FLAGS) next[f] = cleanFlagMap(raw[f]) ?? this.data[f];
    for (const p of this.pending) apply(next, p);
    this.data = next;
    this.version++;
  }

  /** Updates memory at once (the UI reflects it) and queues a locked merge-write. */
  set(flag: StateFlag, ids: string[], on: boolean): Promise<void> {
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
      release = await acquire(this.file);
      // Read with our own check, not conf's: conf treats `null` or `[]` as an empty store and
      // would overwrite it, and throws on broken JSON. A bad file is moved aside instead.
      const disk = readJsonObject(this.file, this.warn) ?? {};
      const next = cleanData(disk);
      if (op) apply(next, op);
      // conf reads the file when it opens: only now is it known to be a JSON object.
      const conf = await this.openConf();
      const out: JsonObject = { ...disk, ...next };
      // Flags added later are written only once used: the file stays as older versions knew it.
      for (const f of ['hidden', 'opened'] as const)
        if (Object.keys(next[f]).length === 0) delete out[f];
      conf.store = out;
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
