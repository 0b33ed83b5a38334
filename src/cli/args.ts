import { parseArgs } from 'node:util';
import { isValidDate } from '../domain/paper.js';
import { findCommand, TABLE, type CommandTable, type OptionDef } from './table.js';

export class UsageError extends Error {}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function specOf(options: OptionDef[]): OptionSpec {
  const spec: OptionSpec = {};
  for (const o of options)
    spec[o.name] = { type: o.value ? 'string' : 'boolean', ...(o.short ? { short: o.short } : {}) };
  return spec;
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length]!;
}

function unknownCommand(table: CommandTable, name: string): string {
  const near = table.commands
    .filter((c) => !c.hidden && distance(c.name, name) <= 2)
    .sort((x, y) => distance(x.name, name) - distance(y.name, name))[0];
  return `unknown command "${name}"${near ? ` (did you mean \`papers ${near.name}\`?)` : ''} (see \`papers --help\`)`;
}

export interface Parsed {
  command: string;
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export function parseCommandLine(argv: string[], table: CommandTable = TABLE): Parsed {
  const first = argv[0];
  // "-" alone is a positional (stdin), not an option.
  const command = first && !first.startsWith('-') ? first : 'read';
  const rest = command === 'read' && first !== 'read' ? argv : argv.slice(1);
  const def = findCommand(table, command);
  if (!def) throw new UsageError(unknownCommand(table, command));
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: specOf([...table.global, ...def.options]),
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
  if (values.help) return { command, positionals: parsed.positionals, values };
  if (typeof values.date === 'string' && !isValidDate(values.date)) {
    throw new UsageError(`--date "${values.date}" is not a valid date (expected YYYY-MM-DD)`);
  }
  const color = values.color;
  if (color !== undefined && color !== 'auto' && color !== 'always' && color !== 'never') {
    throw new UsageError(`--color must be auto, always or never (not "${String(color)}")`);
  }
  if (command === 'read' && parsed.positionals.length > 0) {
    throw new UsageError(unknownCommand(table, parsed.positionals[0]!));
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
