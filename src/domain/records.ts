// Checks and copies for plain objects read from JSON (files, APIs, model answers).

export type Rec = Record<string, unknown>;

/** A plain object: not null, not an array. */
export const isRec = (v: unknown): v is Rec =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of `o` without its undefined fields (what a JSON round trip would drop). */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
