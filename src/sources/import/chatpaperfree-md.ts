// ChatPaperFree's Hexo Markdown posts: YAML front matter (date, tags), a "# YYYY-MM-DD 更新"
// heading, then "## Title" blocks. Everything after a paper's takeaways (the long LLM write-up,
// <details> screenshot blocks) is skipped.
import type { DayList } from '../../domain/paper.js';
import { blockToPaper, MD_AUTHORS, parseSections, splitPapers } from './chatpaperfree-body.js';
import type { ImportOptions, ParsedDays } from './types.js';
import { pickDay, splitLines } from './text.js';

export interface FrontMatter {
  fields: Record<string, string>;
  lists: Record<string, string[]>;
  /** Index of the first line after the closing "---". */
  end: number;
}

/** Reads the flat YAML Hexo writes: "key: value" and "key:" followed by "- item" lines. */
export function frontMatter(lines: readonly string[]): FrontMatter | undefined {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (lines[i]?.trim() !== '---') return undefined;
  const fields: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  let key: string | undefined;
  for (i++; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '---') return { fields, lists, end: i + 1 };
    const item = /^\s+-\s*(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && key) {
      (lists[key] ??= []).push(unquote(item[1]!));
      continue;
    }
    const kv = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    key = kv[1]!;
    const value = kv[2]!.trim();
    // Inline lists: "tags: [a, b]".
    const inline = /^\[(.*)\]$/.exec(value);
    if (inline) lists[key] = inline[1]!.split(',').map(unquote).filter(Boolean);
    else fields[key] = unquote(value);
  }
  return undefined;
}

function unquote(s: string): string {
  return s.trim().replace(/^(['"])(.*)\1$/, '$2');
}

const PAGE_DATE = /^\s*#*\s*(\d{4}-\d{2}-\d{2})\s*更新/;

export function parseChatPaperFreeMd(text: string, opts: ImportOptions): ParsedDays {
  const warnings: string[] = [];
  const lines = splitLines(text);
  const fm = frontMatter(lines);
  const body = fm ? lines.slice(fm.end) : lines;
  // The post's own heading beats front matter: Hexo's date is when the post was generated.
  const heading = body.map((l) => PAGE_DATE.exec(l)?.[1]).find((d) => d !== undefined);
  const fmDate = /^(\d{4}-\d{2}-\d{2})/.exec(fm?.fields.date ?? '')?.[1];
  const date = pickDay(
    'chatpaperfree-md',
    { option: opts.date, page: heading ?? fmDate, fileName: opts.fileName },
    warnings,
  );
  const tags = fm?.lists.tags ?? (fm?.fields.tags ? [fm.fields.tags] : []);
  const topics = opts.topic ? [opts.topic] : tags;
  const papers = splitPapers(lines, MD_AUTHORS, warnings).map((block) =>
    blockToPaper(block, parseSections(block.body), { date, topics }),
  );
  const day: DayList = { date, papers, sources: ['chatpaperfree'] };
  return { days: [day], warnings };
}
