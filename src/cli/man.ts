// papers(1), in roff, generated from the command table at build time.
import { optionLabel, synopsis } from './help.js';
import type { CommandTable } from './table.js';

/** Text for roff: backslashes and leading dots/quotes would be read as requests. */
function roff(s: string): string {
  return s
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^([.'])/gm, '\\&$1');
}

export function manPage(t: CommandTable, version: string, date: string): string {
  const P = t.program.toUpperCase();
  const out = [
    `.TH ${P} 1 "${date}" "${t.program} ${version}" "User Commands"`,
    '.SH NAME',
    `${t.program} \\- ${roff(t.summary)}`,
    '.SH SYNOPSIS',
  ];
  for (const c of t.commands) out.push(`.B ${roff(synopsis(t, c))}`, '.br');
  out.push(
    '.SH DESCRIPTION',
    `Without a command, ${roff(t.program)} opens a terminal reader on the newest day with papers; when stdout is not a terminal it prints that day instead. In the reader press ? for keys.`,
    '.SH COMMANDS',
  );
  for (const c of t.commands.filter((x) => !x.hidden)) {
    out.push(
      '.TP',
      `.B ${roff(`${t.program} ${c.name}${c.args ? ` ${c.args}` : ''}`)}`,
      roff(c.summary),
    );
    for (const d of c.details ?? []) out.push('.br', roff(d));
    for (const o of c.options)
      out.push('.RS', '.TP', `.B ${roff(optionLabel(o).trim())}`, roff(o.help), '.RE');
  }
  out.push('.SH OPTIONS');
  const read = t.commands.find((c) => c.name === 'read');
  for (const o of [...t.global, ...(read?.options ?? [])])
    out.push('.TP', `.B ${roff(optionLabel(o).trim())}`, roff(o.help));
  out.push('.SH ENVIRONMENT');
  for (const [k, v] of t.environment) out.push('.TP', `.B ${roff(k)}`, roff(v));
  out.push('.SH EXIT STATUS');
  for (const [code, what] of t.exitCodes) out.push('.TP', `.B ${code}`, roff(what));
  out.push(
    '.SH FILES',
    'Cache (synced days, the search index): $XDG_CACHE_HOME/papers. Data (imported days, LLM summaries, read/star state): $XDG_DATA_HOME/papers. Settings: $XDG_CONFIG_HOME/papers/config.json. All three under $PAPERS_HOME when it is set.'.replace(
      /-/g,
      '\\-',
    ),
  );
  return `${out.join('\n')}\n`;
}
