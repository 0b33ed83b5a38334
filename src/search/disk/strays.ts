// Files in index/ that no manifest names: segments replaced by a merge or a newer write, and
// temporary files of a process that was killed mid-write (kill -9, power loss).
import fsp from 'node:fs/promises';
import path from 'node:path';

const SEGMENT_FILE = /^(s[0-9a-z]+)\.(seg|rec)$/;
/** writeFileAtomic's `.<name>.<pid>.<ms>.tmp` and a merge's `<name>.rec.<pid>.<ms>.tmp`. */
const TEMP_FILE = /^\.?(?:s[0-9a-z]+\.(?:seg|rec)|manifest\.json)\.(\d+)\.\d+\.tmp$/;

/** True while process `pid` exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes segment files not in `keep` and temporary files whose writer is gone. Called under
 * the index lock, so no other process is between writing a segment and naming it.
 */
export async function removeStrays(
  dir: string,
  keep: ReadonlySet<string>,
  alive: (pid: number) => boolean = isAlive,
): Promise<void> {
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  for (const n of names) {
    const seg = SEGMENT_FILE.exec(n);
    const tmp = TEMP_FILE.exec(n);
    const stray = seg ? !keep.has(seg[1]!) : tmp ? !alive(Number(tmp[1])) : false;
    if (stray) await fsp.rm(path.join(dir, n), { force: true }).catch(() => {});
  }
}
