// Shared vocabulary of the importers: the format names, the options every parser gets, and the
// one error type the import boundary lets out.
import type { DayList } from '../../core/paper.js';

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
 * Why an input was refused. A folder import skips `empty`, `binary` and `unknown-format` files
 * (they are simply not digests); any other code means a digest that could not be read.
 */
export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'unknown-format'
  | 'malformed'
  | 'no-date'
  | 'bad-option';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
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
