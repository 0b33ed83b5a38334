// `papers --help` and `papers CMD --help`, drawn from the command table.
import type { CommandDef, CommandTable, OptionDef } from './table.js';

const COLUMN = 34;

function row(left: string, right: string): string {
  return left.length + 2 <= COLUMN
    ? `  ${left.padEnd(COLUMN - 2)}${right}`
    : `  ${left}\n${' '.repeat(COLUMN)}${right}`;
}

export function optionLabel(o: OptionDef): string {
  const long = `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

/** "papers list [--date YYYY-MM-DD] [--all] …" */
export function synopsis(table: CommandTable, c: CommandDef): string {
  const name = c.name === 'read' ? table.program : `${table.program} ${c.name}`;
  const opts = c.options
    .filter((o) => o.name !== 'version')
    .map((o) => `[--${o.name}${o.value ? ` ${o.value}` : ''}]`);
  return [name, c.args, ...opts].filter(Boolean).join(' ');
}

export function globalHelp(table: CommandTable): string {
  const read = table.commands.find((c) => c.name === 'read');
  const lines = [`${table.program} — ${table.summary}`, '', 'Usage'];
  if (read) lines.push(row(`${table.program} [--date D] [--json]`, read.summary));
  for (const c of table.commands.filter((x) => !x.hidden))
    lines.push(row(`${table.program} ${c.name}${c.args ? ` ${c.args}` : ''}`, c.summary));
  lines.push('', 'Options');
  for (const o of [...table.global, ...(read?.options.filter((x) => x.short) ?? [])])
    lines.push(row(optionLabel(o), o.help));
  lines.push('', 'Environment');
  for (const [k, v] of table.environment) lines.push(row(k, v));
  lines.push('', 'Exit codes');
  for (const [code, what] of table.exitCodes) lines.push(row(String(code), what));
  lines.push(
    '',
    `\`${table.program} COMMAND --help\` shows a command's options. In the reader press ? for keys.`,
  );
  return lines.join('\n');
}

export function commandHelp(table: CommandTable, c: CommandDef): string {
  const lines = [`Usage: ${synopsis(table, c)}`, '', c.summary];
  if (c.details?.length) lines.push('', ...c.details);
  lines.push('', 'Options');
  for (const o of [...c.options, ...table.global]) lines.push(row(optionLabel(o), o.help));
  return lines.join('\n');
}
