// The import boundary: text of one file in, validated day lists out, or one ImportError saying
// why not. Everything that reads a digest page goes through parseImport.
import { sanitizeText } from '../../text/sanitize.js';
import { isValidDate } from '../../domain/paper.js';
import { parseArxivJsonl } from './arxiv-jsonl.js';
import { parseChatPaperFreeMd } from './chatpaperfree-md.js';
import { parseChatPaperFreeText } from './chatpaperfree-text.js';
import { detectFormat } from './detect.js';
import { parseHfApi } from './hf-api.js';
import { parseHfPage } from './hf-page.js';
import {
  ImportError,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
  type ParsedDays,
} from './types.js';

export { detectFormat } from './detect.js';
export { HEADING_ALIASES, matchHeading } from './headings.js';
export {
  IMPORT_FORMATS,
  ImportError,
  isImportFormat,
  oneLine,
  type ImportErrorCode,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
} from './types.js';

const PARSERS: Record<ImportFormat, (text: string, opts: ImportOptions) => ParsedDays> = {
  'chatpaperfree-text': parseChatPaperFreeText,
  'chatpaperfree-md': parseChatPaperFreeMd,
  'hf-page': parseHfPage,
  'hf-api': parseHfApi,
  'arxiv-ai-jsonl': parseArxivJsonl,
};

// NUL never appears in text; a run of replacement characters means bytes that were not UTF-8.
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  const bad = sample.match(/\uFFFD/g)?.length ?? 0;
  return sample.length > 0 && bad / sample.length > 0.1;
}

/** Parses one file's text into day lists. Throws ImportError, and nothing else, on bad input. */
const TEXT_FORMATS: ReadonlySet<ImportFormat> = new Set([
  'chatpaperfree-text',
  'chatpaperfree-md',
  'hf-page',
]);

export function parseImport(text: string, opts: ImportOptions = {}): ImportResult {
  if (opts.date !== undefined && !isValidDate(opts.date))
    throw new ImportError('bad-option', `--date "${opts.date}" is not a YYYY-MM-DD date`);
  if (looksBinary(text)) throw new ImportError('binary', 'a binary file, not a text page');
  // Pages saved on Windows carry CRLF; a BOM would glue itself to the first line.
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.trim() === '') throw new ImportError('empty', 'the file is empty');
  const format = opts.format ?? detectFormat(clean);
  const topic = opts.topic?.trim() || undefined;
  // Text pages are cleaned before they are split into fields: a field boundary (";", a line
  // break) inside an escape sequence would otherwise leave pieces of it behind as text.
  // JSON formats are cleaned per field by the store (a raw U+2028 would break JSON here).
  const input = TEXT_FORMATS.has(format) ? sanitizeText(clean) : clean;
  const { days, warnings } = PARSERS[format](input, { ...opts, topic });
  for (const day of days) {
    if (!isValidDate(day.date))
      throw new ImportError('malformed', `${format}: a day "${day.date}" is not a valid date`);
  }
  return { format, days, warnings };
}
