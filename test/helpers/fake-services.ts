import type { DayList } from '../../src/domain/paper.js';
import { memoryFlagStore } from '../../src/reader/flags.js';
import type { Services } from '../../src/reader/services.js';
import { renderPlain } from '../../src/text/plain-markdown.js';

/** Services over in-memory days; records what was opened and copied. */
export function fakeServices(days: DayList[], over: Partial<Services> = {}) {
  const opened: string[] = [];
  const copied: string[] = [];
  const services: Services = {
    loadDay: async (date) => days.find((d) => d.date === date),
    listDays: async () => days.map((d) => d.date).sort(),
    flags: memoryFlagStore(),
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
