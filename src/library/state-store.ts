import fs from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import { backupCopy, openConf, readJsonObject, type JsonObject } from './json-file.js';
import { describeFsError } from './atomic.js';
import { acquireLock } from './lock.js';

/** The flags the reader shows. */
export type Flag = 'read' | 'starred';
export const FLAGS: Flag[] = ['read', 'starred'];
/** Every flag the store keeps: 'hidden' is "not interested" (kept on disk, a negative signal
 *  for "for you"); 'opened' records that the reader opened the paper (a weak positive one). */
export type StateFlag = Flag | 'hidden' | 'opened';
export const STATE_FLAGS: StateFlag[] = ['read', 'starred', 'hidden', 'opened'];

/**
 * id → epoch ms when the flag was set. A missing key means "not set". Always made with a null
 * prototype: an id is data, and "__proto__" or "constructor" must be stored like any other.
 */
type FlagMap = Record<string, number>;
type StateData = Record<StateFlag, FlagMap>;
const flagMap = (): FlagMap => Object.create(null) as FlagMap;
const emptyState = (): StateData => ({
  read: flagMap(),
  starred: flagMap(),
  hidden: flagMap(),
  opened: flagMap(),
});

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

/**
 * When a flag was set, from what a file holds. Other tools (and older versions) wrote `true`
 * or a number as text: those mean "set" as much as a number does. Undefined for a value that
 * does not look like a set flag.
 */
function flagTime(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (v === true) return 0;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** The flags of a file's map; `odd` is true when some entry had to be converted or dropped. */
function cleanFlagMap(v: unknown): { map: FlagMap; odd: boolean } | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const map = flagMap();
  let odd = false;
  for (const [k, t] of Object.entries(v)) {
    const at = flagTime(t);
    if (at !== undefined) map[k] = at;
    odd ||= typeof t !== 'number' || at === undefined;
  }
  return { map, odd };
}

/** The state in a file's JSON object, and whether anything in it was not as we write it. */
function stateFrom(raw: JsonObject): { data: StateData; odd: boolean } {
  const data = emptyState();
  let odd = false;
  for (const f of STATE_FLAGS) {
    const got = cleanFlagMap(raw[f]);
    if (got) data[f] = got.map;
    odd ||= got ? got.odd : raw[f] !== undefined;
  }
  return { data, odd };
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
  private data: StateData = emptyState();
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
    if (!raw) return emptyState();
    const { data, odd } = stateFrom(raw);
    // Rewritten under the lock like any change, so another process's marks survive it.
    if (odd) this.queue = this.mergeWrite(undefined).catch((err: Error) => this.warn(err.message));
    return data;
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
    const next = emptyState();
    for (const f of STATE_FLAGS) next[f] = cleanFlagMap(raw[f])?.map ?? this.data[f];
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
      release = await acquireLock(this.file);
      // Read with our own check, not conf's: conf treats `null` or `[]` as an empty store and
      // would overwrite it, and throws on broken JSON. A bad file is moved aside instead.
      const disk = readJsonObject(this.file, this.warn) ?? {};
      const { data: next, odd } = stateFrom(disk);
      if (odd) {
        // A copy first: whatever could not be read as a flag is still in it.
        const kept = backupCopy(this.file, this.warn);
        this.warn(
          `${this.file} had entries of the wrong type; kept every one that looks like a set flag${kept ? `, and a copy of the file at ${kept}` : ''}`,
        );
      }
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
