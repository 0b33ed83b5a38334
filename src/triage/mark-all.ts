// "Mark all read" and its undo. Pure: no I/O.

/** One change to the read flag: what mark-all did, or what undoes it. */
export interface ReadChange {
  ids: string[];
  read: boolean;
}

/**
 * Marks every paper on screen read: only the ids not read yet change, so the undo sets
 * exactly those back to unread and leaves papers read before untouched.
 */
export function markAllRead(ids: readonly string[], isRead: (id: string) => boolean): ReadChange {
  return { ids: [...new Set(ids)].filter((id) => !isRead(id)), read: true };
}

export const undoChange = (c: ReadChange): ReadChange => ({ ids: c.ids, read: !c.read });
