// The index rebuild's worker thread (bundled on its own as dist/index-worker.js): builds one
// segment from a run of day files and sends it back, its typed arrays moved, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import {
  buildPart,
  readStamped,
  storeOf,
  type WorkerJob,
  type WorkerMessage,
} from './index-build.js';

const job = workerData as WorkerJob;
const send = (m: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort!.postMessage(m, transfer);
const store = storeOf(job.store, (warn) => send({ warn }));

try {
  const built = await buildPart(
    job.dir,
    job.name,
    job.dates.length,
    (i) => readStamped(store, job.dates[i]!),
    false,
    () => send({ day: true }),
  );
  const { seg, offsets, crcs, pos } = built;
  const arrays: ArrayBufferView[] = [seg.docDay, seg.docPos, seg.norms, seg.sums, seg.counts];
  arrays.push(seg.postStart, seg.postings, seg.short, seg.shortStart, offsets, crcs);
  arrays.push(seg.posStart, ...(seg.pos ? [seg.pos] : []), ...(pos ? [pos.posCrcs] : []));
  send({ built }, [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))]);
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  send({ error: { message: e.message ?? String(err), code: e.code } });
}
