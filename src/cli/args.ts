import { parseArgs } from 'node:util';
import { isValidDate } from '../domain/paper.js';

export class UsageError extends Error {}

type OptionSpec = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
>;

const COMMON: OptionSpec = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
};

/** Options each command accepts; anything else is a usage error naming the option. */
export const COMMAND_OPTIONS: Record<string, OptionSpec> = {
  read: { date: { type: 'string' }, version: { type: 'boolean', short: 'v' } },
  list: {
    date: { type: 'string' },
    all: { type: 'boolean' },
    unread: { type: 'boolean' },
    starred: { type: 'boolean' },
    sort: { type: 'string' },
  },
  show: { width: { type: 'string' } },
  mark: { unread: { type: 'boolean' }, all: { type: 'boolean' }, date: { type: 'string' } },
  star: { off: { type: 'boolean' } },
  sync: {
    date: { type: 'string' },
    days: { type: 'string' },
    week: { type: 'string' },
    month: { type: 'string' },
  },
  import: {
    format: { type: 'string' },
    date: { type: 'string' },
    topic: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  summarize: {
    date: { type: 'string' },
    all: { type: 'boolean' },
    llm: { type: 'boolean' },
    force: { type: 'boolean' },
    lang: { type: 'string' },
    concurrency: { type: 'string' },
  },
  days: {},
  search: { date: { type: 'string' }, all: { type: 'boolean' }, limit: { type: 'string' } },
  export: {
    starred: { type: 'boolean' },
    date: { type: 'string' },
    all: { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  config: {},
  hide: { off: { type: 'boolean' } },
  follow: {},
  unfollow: {},
  follows: {},
  related: { limit: { type: 'string' } },
};

export interface Parsed {
  command: string;
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export function parseCommandLine(argv: string[]): Parsed {
  const first = argv[0];
  const command = first && !first.startsWith('-') ? first : 'read';
  const rest = command === 'read' && first !== 'read' ? argv : argv.slice(1);
  const spec = COMMAND_OPTIONS[command];
  if (!spec) throw new UsageError(`unknown command "${command}" (see \`papers --help\`)`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...COMMON, ...spec },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    // node's messages are long and mention internals; keep the part that names the option.
    const m = /'([^']+)'/.exec((e as Error).message);
    throw new UsageError(
      m ? `unknown or malformed option ${m[1]} for \`papers ${command}\`` : (e as Error).message,
    );
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (typeof values.date === 'string' && !isValidDate(values.date)) {
    throw new UsageError(`--date "${values.date}" is not a valid date (expected YYYY-MM-DD)`);
  }
  if (command === 'read' && parsed.positionals.length > 0) {
    throw new UsageError(`unknown command "${parsed.positionals[0]}" (see \`papers --help\`)`);
  }
  return { command, positionals: parsed.positionals, values };
}

export function intOption(
  values: Parsed['values'],
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  }
  return n;
}
