// Shared vocabulary of the importers: the format names, the options every parser gets, and the
// one error type the import boundary lets out.
import type { DayList } from '../../domain/paper.js';

export const IMPORT_FORMATS = [
  'chatpaperfree-text',
  'chatpaperfree-md',
  'hf-page',
  'hf-api',
  'arxiv-ai-jsonl',
] as const;

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export function isImportFormat(s: string): s is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(s);
}

/**
 * Why an input was refused. A folder import skips `empty`, `binary`, `unknown-format` and
 * `too-large` files (they are simply not digests); any other code means a digest that could not
 * be read.
 */
export type ImportErrorCode =
  'empty' | 'binary' | 'unknown-format' | 'too-large' | 'malformed' | 'no-date' | 'bad-option';

/**
 * Messages quote the input (JSON.parse does too), which may hold line breaks and terminal escape
 * sequences; a message is one printable line.
 */
export function oneLine(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(oneLine(message), options);
    this.name = 'ImportError';
  }
}

export interface ImportOptions {
  /** Skips detection when given. */
  format?: ImportFormat;
  /** YYYY-MM-DD; when given, every paper goes into this day. */
  date?: string;
  /** Replaces the topics the page itself gives. */
  topic?: string;
  /** Only used for hints (a date in the name); detection never looks at the extension. */
  fileName?: string;
}

export interface ImportResult {
  format: ImportFormat;
  days: DayList[];
  warnings: string[];
}

/** What each format parser returns; index.ts adds the format name. */
export type ParsedDays = Omit<ImportResult, 'format'>;
