// The one table of section headings ChatPaperFree has used over time (and across its pages
// and posts). New wordings go here, not into the parsers.

export type Section = 'summary' | 'takeaways';

export const HEADING_ALIASES: Record<Section, readonly string[]> = {
  summary: ['Summary', 'TL;DR', 'TLDR', '总结', '摘要', '概要', '一句话总结'],
  takeaways: [
    'Key Takeaways',
    'Key Takeaway',
    'Takeaways',
    'Key Points',
    'Highlights',
    '要点',
    '要点摘要',
    '要点总结',
    '关键要点',
    '关键见解',
    '主要要点',
    '主要内容',
    '核心要点',
  ],
};

export interface HeadingMatch {
  section: Section;
  /** Text after "Heading:" on the same line, squashed; '' when the heading stands alone. */
  inline: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

const bySection = new Map<string, Section>();
for (const [section, aliases] of Object.entries(HEADING_ALIASES) as [Section, string[]][]) {
  for (const a of aliases) bySection.set(a.toLowerCase().replace(/\s+/g, ' '), section);
}
// Longest first, so "要点摘要" is not read as "要点" followed by text.
const alternation = [...bySection.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

// Optional Markdown heading marks and bold/italic markers around the words, then either the end
// of the line or a colon (half or full width) and inline text. Markers may sit before or after
// the colon: "**Summary**:", "**Summary:**", "Summary：".
const MARK = '(?:\\*{1,3}|_{1,3})?';
const HEADING = new RegExp(
  `^\\s*(?:#{1,6}\\s*)?${MARK}\\s*(${alternation})\\s*${MARK}\\s*(?:([:：])\\s*${MARK}\\s*(.*))?$`,
  'i',
);

/** Reads a line as a section heading; undefined when it is ordinary text. */
export function matchHeading(line: string, allowInline = true): HeadingMatch | undefined {
  const m = HEADING.exec(line);
  if (!m) return undefined;
  const words = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const section = bySection.get(words);
  if (!section) return undefined;
  // "**Summary: text**" wraps the whole line; the closing marker is not part of the text.
  const inline = (m[3] ?? '')
    .replace(/(?:\*{1,3}|_{1,3})\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (inline !== '' && !allowInline) return undefined;
  return { section, inline };
}
