// The environment variables and exit codes the help, the man page and the README describe.

export const ENVIRONMENT: [string, string][] = [
  ['PAPERS_HOME', 'keep cache, data and config under this folder'],
  ['PAPERS_API_BASE', 'Hugging Face API base (default https://huggingface.co)'],
  ['PAPERS_LLM_BASE_URL', 'LLM endpoint for summarize (preferred over llm.baseUrl)'],
  ['PAPERS_LLM_MODEL', 'LLM model (preferred over llm.model)'],
  ['PAPERS_LLM_API_KEY', 'LLM API key (preferred over llm.apiKey: keeps it out of files)'],
  ['PAPERS_OFFLINE', '1: no background refresh'],
  ['HTTPS_PROXY, HTTP_PROXY, NO_PROXY', 'honoured by sync and summarize'],
  ['BROWSER', 'command that opens links'],
  ['VISUAL, EDITOR', 'editor for `config edit`'],
  ['NO_COLOR, FORCE_COLOR', 'turn colour off / on (--color wins)'],
  ['XDG_CACHE_HOME, XDG_DATA_HOME, XDG_CONFIG_HOME', 'where the three folders go'],
];

export const EXIT_CODES: [number, string][] = [
  [0, 'success'],
  [1, 'failure: network, disk, an unreadable file'],
  [2, 'usage: unknown command or option, missing argument, bad value or setting name'],
  [3, 'not found: a paper id, URL or title that is not in the library'],
  [4, 'nothing to show: no search match, or nothing cached yet (the sample is never piped)'],
];
