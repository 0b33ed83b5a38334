// A ChatPaperFree daily page saved as text from a browser: the topic and "YYYY-MM-DD 更新" near
// the top, then per paper a title line, "Authors:", the abstract and its Chinese translation,
// "论文及项目相关链接", "PDF <comment>", summary and takeaways, "Cool Papers", "点此查看论文截图".
import type { DayList } from '../../domain/paper.js';
import { blockToPaper, parseSections, splitPapers, TEXT_AUTHORS } from './chatpaperfree-body.js';
import type { ImportOptions, ParsedDays } from './types.js';
import { pickDay, splitLines, squash } from './text.js';

const PAGE_DATE = /(\d{4}-\d{2}-\d{2})\s*更新/;
// Page chrome above the papers that is not the topic: the loading notice and the disclaimers
// (which start with an emoji), and the site's own name.
const CHROME = /正在从服务器|^[^\p{L}\p{N}]|ChatPaperFree|Kedreamix/u;

export function parseChatPaperFreeText(text: string, opts: ImportOptions): ParsedDays {
  const warnings: string[] = [];
  const lines = splitLines(text);
  const dateAt = lines.findIndex((l) => PAGE_DATE.test(l));
  const page = dateAt >= 0 ? PAGE_DATE.exec(lines[dateAt]!)![1] : undefined;
  const date = pickDay(
    'chatpaperfree-text',
    { option: opts.date, page, fileName: opts.fileName },
    warnings,
  );
  const topic = opts.topic ?? topicLine(lines.slice(0, Math.max(dateAt, 0)));
  const topics = topic ? [topic] : [];
  const papers = splitPapers(lines, TEXT_AUTHORS, warnings).map((block) =>
    blockToPaper(block, parseSections(block.body), { date, topics }),
  );
  const day: DayList = { date, papers, sources: ['chatpaperfree'] };
  return { days: [day], warnings };
}

// The page shows its topic ("LLM", "3DGS") as a short line of its own above the date.
function topicLine(header: readonly string[]): string | undefined {
  return header
    .map(squash)
    .find((l) => l !== '' && l.length <= 40 && !CHROME.test(l) && !/\d{4}-\d{2}-\d{2}/.test(l));
}
