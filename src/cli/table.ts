// The one command table: parsing (args.ts), global and per-command help (help.ts), shell
// completions (completion.ts) and the man page (man.ts) are all generated from it.

import { SETTING_KEYS } from '../domain/settings.js';
import { ENVIRONMENT, EXIT_CODES } from './table-env.js';

/** What a shell should offer for a value: files, a fixed list, or nothing in particular. */
export type Completion = { files: true } | { words: readonly string[] } | undefined;

export interface OptionDef {
  name: string;
  short?: string;
  /** A string option's placeholder ("YYYY-MM-DD"); a boolean option has none. */
  value?: string;
  help: string;
  complete?: Completion;
}

export interface CommandDef {
  name: string;
  /** The positional part of the synopsis ("ID...", "QUERY"). */
  args?: string;
  summary: string;
  /** More lines for `papers CMD --help` and the man page. */
  details?: string[];
  options: OptionDef[];
  complete?: Completion;
  /** Words for the second positional, by the first ("config get" → setting names). */
  then?: Record<string, readonly string[]>;
  /** Not listed in help, completions or the man page (the reader is `papers` itself). */
  hidden?: boolean;
}

export interface CommandTable {
  program: string;
  summary: string;
  global: OptionDef[];
  commands: CommandDef[];
  environment: [string, string][];
  exitCodes: [number, string][];
}

const date: OptionDef = { name: 'date', value: 'YYYY-MM-DD', help: 'one day' };
const json: OptionDef = { name: 'json', help: 'print JSON (one paper shape in every command)' };
const sample: OptionDef = {
  name: 'sample',
  help: 'with nothing cached, print the bundled sample day (otherwise exit 4)',
};
const all = (help = 'every cached day'): OptionDef => ({ name: 'all', help });

export const IMPORT_FORMAT_WORDS = [
  'chatpaperfree-text',
  'chatpaperfree-md',
  'hf-page',
  'hf-api',
  'arxiv-ai-jsonl',
  'cpf',
  'cpf-text',
  'hf',
  'html',
  'jsonl',
] as const;
export const EXPORT_FORMAT_WORDS = ['bibtex', 'md', 'json', 'bib', 'markdown'] as const;
const SETTING_NAMES = SETTING_KEYS.filter((k) => !k.includes('<'));
export const CONFIG_ACTIONS = ['get', 'list', 'set', 'unset', 'edit', 'path'] as const;
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

export const TABLE: CommandTable = {
  program: 'papers',
  summary: 'a terminal reader for the daily flood of machine-learning papers',
  global: [
    { name: 'help', short: 'h', help: 'show help (`papers CMD --help` for one command)' },
    {
      name: 'color',
      value: 'WHEN',
      help: 'colour: auto (a terminal, unless NO_COLOR), always, never',
      complete: { words: ['auto', 'always', 'never'] },
    },
  ],
  commands: [
    {
      name: 'read',
      summary: 'open the reader (the newest day with papers); piped, print the day',
      hidden: true,
      options: [date, json, sample, { name: 'version', short: 'v', help: 'print the version' }],
    },
    {
      name: 'list',
      summary: 'list papers (the reader’s day and order by default)',
      options: [
        date,
        all(),
        { name: 'unread', help: 'only unread papers' },
        { name: 'starred', help: 'only starred papers' },
        {
          name: 'sort',
          value: 'ORDER',
          help: 'listed, upvotes, title, published or for-you (learned from your stars)',
          complete: { words: ['listed', 'upvotes', 'title', 'published', 'for-you'] },
        },
        json,
        sample,
      ],
    },
    {
      name: 'show',
      args: 'PAPER',
      summary: 'one paper as terminal Markdown (plain when piped)',
      details: ['PAPER is an arXiv id or URL, a paper URL, or the title.'],
      options: [{ name: 'width', value: 'N', help: 'wrap at N columns (20-400)' }, json],
    },
    {
      name: 'mark',
      args: 'PAPER...',
      summary: 'mark papers read (`--all [--date D]`: every paper of a day)',
      options: [
        { name: 'unread', help: 'mark unread instead' },
        all('every paper of the day (the newest, or --date)'),
        date,
      ],
    },
    {
      name: 'star',
      args: 'PAPER...',
      summary: 'star papers',
      options: [{ name: 'off', help: 'unstar instead' }],
    },
    {
      name: 'hide',
      args: 'PAPER...',
      summary: 'not interested: leave papers out of lists (kept on disk; a negative example)',
      options: [{ name: 'off', help: 'show them again' }],
    },
    {
      name: 'follow',
      args: 'author|keyword|org VALUE',
      summary: 'follow an author, a keyword or an organization',
      complete: { words: ['author', 'keyword', 'org'] },
      options: [],
    },
    {
      name: 'unfollow',
      args: 'author|keyword|org VALUE',
      summary: 'stop following',
      complete: { words: ['author', 'keyword', 'org'] },
      options: [],
    },
    {
      name: 'follows',
      summary: 'what you follow',
      options: [json],
    },
    {
      name: 'related',
      args: 'PAPER',
      summary: 'the most similar papers across every cached day, best first',
      options: [{ name: 'limit', value: 'N', help: 'at most N papers (default 10)' }, json],
    },
    {
      name: 'sync',
      summary: 'fetch Hugging Face Daily Papers into the cache',
      details: ['Days without papers (weekends) are recorded as empty and not fetched again.'],
      options: [
        date,
        { name: 'days', value: 'N', help: 'the last N days (1-366)' },
        { name: 'week', value: 'YYYY-Www', help: 'one ISO week' },
        { name: 'month', value: 'YYYY-MM', help: 'one month' },
      ],
    },
    {
      name: 'import',
      args: 'PATH...',
      summary: 'import digests (files, folders, or - for stdin) into the data folder',
      details: [
        'ChatPaperFree pages and posts, saved Hugging Face pages, daily_papers JSON,',
        'daily-arXiv-ai-enhanced JSONL. The format is detected unless --format is given.',
      ],
      complete: { files: true },
      options: [
        {
          name: 'format',
          value: 'F',
          help: 'arxiv-ai-jsonl (jsonl), hf-api (hf), hf-page (html), chatpaperfree-md (cpf), chatpaperfree-text (cpf-text)',
          complete: { words: IMPORT_FORMAT_WORDS },
        },
        { ...date, help: 'put every paper on this day' },
        { name: 'topic', value: 'T', help: 'the topic of every imported paper' },
        { name: 'dry-run', help: 'say what would change, write nothing' },
      ],
    },
    {
      name: 'summarize',
      summary: 'summaries and takeaways from an OpenAI-compatible endpoint',
      options: [
        date,
        all(),
        { name: 'llm', help: 'use the LLM endpoint (required)' },
        { name: 'force', help: 'redo papers that already have an LLM summary' },
        {
          name: 'lang',
          value: 'zh|en',
          help: 'summary language',
          complete: { words: ['zh', 'en'] },
        },
        { name: 'concurrency', value: 'N', help: 'requests at once (1-32)' },
      ],
    },
    {
      name: 'days',
      summary: 'cached days with total / unread / starred (/ followed) counts',
      options: [json],
    },
    {
      name: 'search',
      args: 'QUERY',
      summary: 'search every cached day, best first',
      details: [
        'Words and word starts first, then shorter forms, then typos (marked ~).',
        'Stderr says when more matched than shown; exit 4 when nothing matches.',
        "Prefixes au: kw: ti: ab: cat: tp:, and 'exact phrase' !not ^prefix.",
      ],
      options: [
        all(),
        date,
        { name: 'limit', value: 'N', help: 'at most N hits (default 50; 1-10000)' },
        json,
      ],
    },
    {
      name: 'export',
      summary: 'export papers',
      options: [
        { name: 'starred', help: 'starred papers' },
        date,
        all(),
        {
          name: 'format',
          value: 'F',
          help: 'bibtex (bib), md (markdown), json',
          complete: { words: EXPORT_FORMAT_WORDS },
        },
        { name: 'out', value: 'FILE', help: 'write to FILE', complete: { files: true } },
      ],
    },
    {
      name: 'config',
      args: 'get [KEY] | list | set KEY VALUE | unset KEY | edit | path',
      summary: 'settings (`config edit` opens $VISUAL / $EDITOR)',
      complete: { words: CONFIG_ACTIONS },
      then: { get: SETTING_NAMES, set: SETTING_NAMES, unset: SETTING_NAMES },
      options: [json],
    },
    {
      name: 'help',
      args: '[COMMAND]',
      summary: 'help for papers or one command (same as COMMAND --help)',
      options: [],
      // Filled in below: every command's name.
      complete: { words: [] },
    },
    {
      name: 'completion',
      args: 'bash|zsh|fish',
      summary: 'print a shell completion script',
      details: [
        'bash: eval "$(papers completion bash)" in ~/.bashrc',
        'zsh:  papers completion zsh > "${fpath[1]}/_papers"',
        'fish: papers completion fish > ~/.config/fish/completions/papers.fish',
      ],
      complete: { words: SHELLS },
      options: [],
    },
  ],
  environment: ENVIRONMENT,
  exitCodes: EXIT_CODES,
};

TABLE.commands.find((c) => c.name === 'help')!.complete = {
  words: TABLE.commands.filter((c) => !c.hidden).map((c) => c.name),
};

export function findCommand(table: CommandTable, name: string): CommandDef | undefined {
  return table.commands.find((c) => c.name === name);
}
