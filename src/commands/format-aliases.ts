// Short names for --format, as people type them. Pure.

const IMPORT_ALIASES: Record<string, string> = {
  jsonl: 'arxiv-ai-jsonl',
  arxiv: 'arxiv-ai-jsonl',
  hf: 'hf-api',
  'daily-papers': 'hf-api',
  json: 'hf-api',
  html: 'hf-page',
  cpf: 'chatpaperfree-md',
  md: 'chatpaperfree-md',
  'cpf-text': 'chatpaperfree-text',
  text: 'chatpaperfree-text',
};

const EXPORT_ALIASES: Record<string, string> = { bib: 'bibtex', markdown: 'md' };

const resolve = (aliases: Record<string, string>, f: string | undefined) => {
  if (f === undefined) return undefined;
  const lower = f.toLowerCase();
  return Object.hasOwn(aliases, lower) ? aliases[lower] : lower;
};

/** The import format an alias stands for; other names pass through (lower-cased). */
export const importFormat = (f: string | undefined) => resolve(IMPORT_ALIASES, f);
export const exportFormat = (f: string | undefined) => resolve(EXPORT_ALIASES, f);
