// The request we send for one paper. The model sees only the title and abstract, so it has
// nothing to summarize but what the reader could check.
import type { Paper } from '../domain/paper.js';

export type SummaryLang = 'zh' | 'en';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const LANG_RULE: Record<SummaryLang, string> = {
  en: 'Write the summary and takeaways in English.',
  zh: 'Write the summary and takeaways in Simplified Chinese (简体中文); keep model names, dataset names and technical terms in their original form.',
};

/** Abstracts are short; this only stops a pathological record from costing a fortune. */
const MAX_ABSTRACT_CHARS = 6000;

export function buildMessages(
  paper: Pick<Paper, 'title' | 'abstract'>,
  lang: SummaryLang,
): ChatMessage[] {
  const system = [
    'You summarize machine-learning research papers for a reader skimming a daily list.',
    'Answer with one JSON object and nothing else, in this form:',
    '{"summary": "...", "takeaways": ["...", "..."]}',
    '"summary": two or three sentences on the problem, the method and the main result.',
    '"takeaways": three to five short points, one sentence each, most important first.',
    'Use only the title and abstract below; do not invent numbers or claims.',
    LANG_RULE[lang],
  ].join('\n');
  const abstract = paper.abstract.slice(0, MAX_ABSTRACT_CHARS);
  return [
    { role: 'system', content: system },
    { role: 'user', content: `Title: ${paper.title}\n\nAbstract:\n${abstract}` },
  ];
}
