// Decides the format from what a file holds, never from its name: saved pages often end in
// .txt or .html whatever they are, and API dumps get renamed.
import { MD_AUTHORS, TEXT_AUTHORS } from './chatpaperfree-body.js';
import { AUTHOR_COUNT } from './hf-page.js';
import { isRec } from '../../domain/records.js';
import { ImportError, type ImportFormat } from './types.js';

function tryJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

// A daily-arXiv record: arXiv metadata plus the AI block (or at least the metadata).
function isJsonlRecord(v: unknown): boolean {
  return isRec(v) && typeof v.title === 'string' && ('AI' in v || ('abs' in v && 'id' in v));
}

function isHfItem(v: unknown): boolean {
  return isRec(v) && (isRec(v.paper) || (typeof v.id === 'string' && 'upvotes' in v));
}

/** The format of `text` (already newline-normalised), or an ImportError saying why none fits. */
export function detectFormat(text: string): ImportFormat {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const json = tryJson(trimmed);
    if (Array.isArray(json) && (json.length === 0 || json.some(isHfItem))) return 'hf-api';
  }
  if (trimmed.startsWith('{')) {
    const lines = trimmed.split('\n').filter((l) => l.trim() !== '');
    // The first line, or most lines: a few broken lines are warnings, not a different format.
    const records = lines.slice(0, 20).filter((l) => isJsonlRecord(tryJson(l))).length;
    if (isJsonlRecord(tryJson(lines[0]!)) || records * 2 > Math.min(lines.length, 20))
      return 'arxiv-ai-jsonl';
  }
  const lines = text.split('\n');
  const count = (re: RegExp) => lines.reduce((n, l) => n + (re.test(l) ? 1 : 0), 0);
  const frontMatter = /^\s*---\s*\n[\s\S]*?\n---\s*(?:\n|$)/.test(text);
  const cpf = /ChatPaperFree|\d{4}-\d{2}-\d{2}\s*更新/.test(text);
  if (count(MD_AUTHORS) > 0 && /\[PDF\]\(/.test(text)) return 'chatpaperfree-md';
  if (frontMatter && cpf) return 'chatpaperfree-md';
  if (count(AUTHOR_COUNT) > 0 && count(/^\s*·\s*$/) > 0) return 'hf-page';
  if (count(TEXT_AUTHORS) > 0 && /论文及项目相关链接|Cool Papers|点此查看论文截图/.test(text))
    return 'chatpaperfree-text';
  // The page's own date line; the word "ChatPaperFree" alone is not enough (a README that
  // mentions it is not a digest page).
  if (/\d{4}-\d{2}-\d{2}\s*更新/.test(text)) return 'chatpaperfree-text';
  throw new ImportError(
    'unknown-format',
    'unknown format: not a ChatPaperFree page or post, a Hugging Face papers page or API list, or a daily-arXiv-ai-enhanced JSONL file (use --format to say which)',
  );
}
