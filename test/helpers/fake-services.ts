import type { DayList } from '../../src/domain/paper.js';
import type { Flag } from '../../src/library/state-store.js';
import type { FlagStore, Services } from '../../src/reader/services.js';
import { renderPlain } from '../../src/text/plain-markdown.js';

export class MemoryFlags implements FlagStore {
  version = 0;
  private readonly sets: Record<Flag, Set<string>> = { read: new Set(), starred: new Set() };
  has(flag: Flag, id: string): boolean {
    return this.sets[flag].has(id);
  }
  async set(flag: Flag, ids: string[], on: boolean): Promise<void> {
    for (const id of ids) {
      if (on) this.sets[flag].add(id);
      else this.sets[flag].delete(id);
    }
    this.version++;
  }
  async flush(): Promise<void> {}
}

/** Services over in-memory days; records what was opened and copied. */
export function fakeServices(days: DayList[], over: Partial<Services> = {}) {
  const opened: string[] = [];
  const copied: string[] = [];
  const services: Services = {
    loadDay: async (date) => days.find((d) => d.date === date),
    listDays: async () => days.map((d) => d.date).sort(),
    flags: new MemoryFlags(),
    openUrl: async (url) => {
      opened.push(url);
    },
    copy: async (text) => {
      copied.push(text);
      return 'test clipboard';
    },
    loadRenderer: async () => renderPlain,
    ...over,
  };
  return { services, opened, copied };
}
