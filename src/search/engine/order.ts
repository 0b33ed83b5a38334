// The order in which the ranker reads candidates: by the bound of their score, a window at a
// time. Usually only the first few hundred of many thousands are read, so only they are sorted
// with a comparator; the rest is only ever compared as numbers.

/** A bound (a score, 0 to 6) as an integer key: bounds within 1e-9 of each other (rounding:
 *  the index and the scorer add weights in different orders) are equal. */
export const boundKey = (lb: number) => Math.round(lb * 1e9);

/** Candidate indices by key, ties by `tie`, handed out `n` at a time. */
export function boundOrder(
  keys: Float64Array,
  tie: (a: number, b: number) => number,
  window = 1024,
) {
  const sorted = keys.slice().sort(); // numeric and native: fast even for 100k
  let pos = 0; // sorted[0..pos) are queued or handed out
  let done = -Infinity;
  let queue: number[] = [];
  let head = 0; // queue[0..head) are handed out
  const refill = () => {
    if (head < queue.length || pos >= sorted.length) return;
    queue = [];
    head = 0;
    // A window ends on a key boundary, so equal keys are always queued (and tie-sorted) together.
    const cut = sorted[Math.min(sorted.length, pos + window) - 1]!;
    for (let i = 0; i < keys.length; i++) if (keys[i]! > done && keys[i]! <= cut) queue.push(i);
    queue.sort((a, b) => keys[a]! - keys[b]! || tie(a, b));
    while (pos < sorted.length && sorted[pos]! <= cut) pos++;
    done = cut;
  };
  return {
    next(n: number): number[] {
      const out: number[] = [];
      while (out.length < n) {
        refill();
        if (head >= queue.length) break;
        const k = Math.min(queue.length - head, n - out.length);
        for (let i = 0; i < k; i++) out.push(queue[head++]!);
      }
      return out;
    },
    /** The next index to be handed out, or -1. */
    peek(): number {
      refill();
      return head < queue.length ? queue[head]! : -1;
    },
  };
}
