// Shell completion scripts for bash, zsh and fish, generated from the command table.
import type { CommandDef, CommandTable, Completion, OptionDef } from './table.js';

/** A shell word in single quotes. */
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const visible = (t: CommandTable) => t.commands.filter((c) => !c.hidden);
const flags = (opts: OptionDef[]) =>
  opts.flatMap((o) => [`--${o.name}`, ...(o.short ? [`-${o.short}`] : [])]).join(' ');

function bashValue(c: Completion): string {
  if (!c) return 'return';
  if ('files' in c)
    return 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return';
  return `COMPREPLY=($(compgen -W ${q(c.words.join(' '))} -- "$cur")); return`;
}

export function bashCompletion(t: CommandTable): string {
  const fn = `_${t.program.replace(/\W/g, '_')}`;
  const read = t.commands.find((c) => c.name === 'read');
  const cases: string[] = [];
  const valueCases: string[] = [];
  for (const c of t.commands) {
    const key = c.hidden ? '' : c.name;
    for (const o of c.options.filter((x) => x.value))
      valueCases.push(`    ${q(`${key}:--${o.name}`)}) ${bashValue(o.complete)} ;;`);
    const then = Object.entries(c.then ?? {}).map(
      ([first, words]) =>
        `      if [[ $COMP_CWORD -eq 3 && \${COMP_WORDS[2]} == ${q(first)} ]]; then COMPREPLY=($(compgen -W ${q(words.join(' '))} -- "$cur")); return; fi`,
    );
    const positional = c.complete
      ? 'files' in c.complete
        ? 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))'
        : `[[ $COMP_CWORD -eq 2 ]] && COMPREPLY=($(compgen -W ${q(c.complete.words.join(' '))} -- "$cur"))`
      : ':';
    if (c.hidden) continue;
    cases.push(
      [
        `    ${q(c.name)})`,
        `      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W ${q(flags([...c.options, ...t.global]))} -- "$cur")); return; fi`,
        ...then,
        `      ${positional} ;;`,
      ].join('\n'),
    );
  }
  for (const o of t.global.filter((x) => x.value))
    valueCases.push(`    *:--${o.name}) ${bashValue(o.complete)} ;;`);
  const readFlags = flags([...(read?.options ?? []), ...t.global]);
  return `# ${t.program} completion for bash. Load it with: eval "$(${t.program} completion bash)"
${fn}() {
  local cur prev cmd=""
  COMPREPLY=()
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # The command is the first word when it is not an option; otherwise it is the reader.
  if [[ $COMP_CWORD -gt 1 && \${COMP_WORDS[1]} != -* ]]; then cmd="\${COMP_WORDS[1]}"; fi
  case "$cmd:$prev" in
${valueCases.join('\n')}
  esac
  case "$cmd" in
    '')
      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W ${q(readFlags)} -- "$cur"))
      else COMPREPLY=($(compgen -W ${q(
        visible(t)
          .map((c) => c.name)
          .join(' '),
      )} -- "$cur")); fi ;;
${cases.join('\n')}
  esac
}
complete -F ${fn} ${t.program}
`;
}

/** Text inside a zsh _arguments spec or _describe item: brackets and colons escaped. */
const zt = (s: string) => s.replace(/([[\]:\\])/g, '\\$1');

function zshSpec(o: OptionDef): string {
  const names = o.short ? `{-${o.short},--${o.name}}` : `--${o.name}`;
  const help = `[${zt(o.help)}]`;
  if (!o.value) return o.short ? `${names}'${help.replace(/'/g, `'\\''`)}'` : q(`${names}${help}`);
  const action = !o.complete
    ? ' '
    : 'files' in o.complete
      ? '_files'
      : `(${o.complete.words.join(' ')})`;
  const tail = `${help}:${zt(o.value)}:${action}`;
  return o.short ? `${names}'${tail.replace(/'/g, `'\\''`)}'` : q(`${names}${tail}`);
}

function zshArgs(c: CommandDef, t: CommandTable): string {
  const specs = [...c.options, ...t.global].map(zshSpec);
  if (c.complete)
    specs.push(
      'files' in c.complete ? q('*:file:_files') : q(`1:${c.name}:(${c.complete.words.join(' ')})`),
    );
  // One spec for the second word (zsh refuses two), choosing its words by the first.
  const then = Object.entries(c.then ?? {}).map(
    ([first, words]) => `${first}) compadd -- ${words.join(' ')};;`,
  );
  if (then.length) specs.push(q(`2:value:{case $line[1] in ${then.join(' ')} esac}`));
  return `_arguments -s ${specs.join(' ')}`;
}

export function zshCompletion(t: CommandTable): string {
  const read = t.commands.find((c) => c.name === 'read');
  const described = visible(t).map((c) => q(`${c.name}:${zt(c.summary)}`));
  const cases = visible(t).map((c) => `    ${c.name}) ${zshArgs(c, t)} ;;`);
  return `#compdef ${t.program}
# ${t.program} completion for zsh: save as _${t.program} in a folder on $fpath.
_${t.program}() {
  local -a commands
  commands=(${described.join(' ')})
  if (( CURRENT == 2 )); then
    if [[ $PREFIX == -* ]]; then ${read ? zshArgs(read, t) : ':'}
    else _describe -t commands command commands; fi
    return
  fi
  if [[ $words[2] == -* ]]; then ${read ? zshArgs(read, t) : ':'}; return; fi
  local cmd=$words[2]
  shift words
  (( CURRENT-- ))
  case $cmd in
${cases.join('\n')}
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _${t.program} "$@"; else compdef _${t.program} ${t.program}; fi
`;
}

function fishOption(cond: string, o: OptionDef, program: string): string {
  const parts = [`complete -c ${program}`, `-n ${q(cond)}`, `-l ${o.name}`];
  if (o.short) parts.push(`-s ${o.short}`);
  if (o.value) {
    if (o.complete && 'words' in o.complete)
      parts.push('-x', `-a ${q(o.complete.words.join(' '))}`);
    else if (o.complete) parts.push('-r', '-F');
    else parts.push('-x');
  }
  parts.push(`-d ${q(o.help)}`);
  return parts.join(' ');
}

export function fishCompletion(t: CommandTable): string {
  const p = t.program;
  const lines = [
    `# ${p} completion for fish: save as ~/.config/fish/completions/${p}.fish`,
    `complete -c ${p} -f`,
  ];
  const read = t.commands.find((c) => c.name === 'read');
  for (const o of read?.options ?? []) lines.push(fishOption('__fish_use_subcommand', o, p));
  for (const o of t.global) lines.push(fishOption('true', o, p));
  for (const c of visible(t)) {
    lines.push(`complete -c ${p} -n __fish_use_subcommand -a ${c.name} -d ${q(c.summary)}`);
    const cond = `__fish_seen_subcommand_from ${c.name}`;
    for (const o of c.options) lines.push(fishOption(cond, o, p));
    if (c.complete && 'files' in c.complete) lines.push(`complete -c ${p} -n ${q(cond)} -F`);
    else if (c.complete) {
      const first = `${cond}; and test (count (commandline -opc)) -eq 2`;
      lines.push(`complete -c ${p} -n ${q(first)} -x -a ${q(c.complete.words.join(' '))}`);
    }
    for (const [word, words] of Object.entries(c.then ?? {})) {
      const second = `${cond}; and __fish_seen_subcommand_from ${word}; and test (count (commandline -opc)) -eq 3`;
      lines.push(`complete -c ${p} -n ${q(second)} -x -a ${q(words.join(' '))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const COMPLETIONS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion };
