// Which OpenAI-compatible endpoint to ask, from PAPERS_LLM_* (the env is passed in).

export interface LlmConfig {
  /** Up to and including the version segment, e.g. https://api.openai.com/v1. */
  baseUrl: string;
  model: string;
  apiKey?: string;
}

/** How to turn LLM summaries on, printed by `papers summarize` without --llm or config. */
export const LLM_SETUP_HELP = [
  'To summarize with a language model, point papers at any OpenAI-compatible endpoint:',
  '  PAPERS_LLM_BASE_URL  e.g. https://api.openai.com/v1 or http://localhost:11434/v1 (Ollama)',
  '  PAPERS_LLM_MODEL     e.g. gpt-4o-mini or qwen2.5:7b',
  '  PAPERS_LLM_API_KEY   if the endpoint needs one',
  'then run `papers summarize --llm` (add --lang zh for Chinese, --all for every cached day).',
  'Without it, the reader shows the source summary or sentences extracted from the abstract.',
];

/** The config, or a one-line reason it is missing or unusable. */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv): LlmConfig | { error: string } {
  const baseUrl = env.PAPERS_LLM_BASE_URL?.trim();
  const model = env.PAPERS_LLM_MODEL?.trim();
  const missing = [!baseUrl && 'PAPERS_LLM_BASE_URL', !model && 'PAPERS_LLM_MODEL'].filter(
    (v): v is string => typeof v === 'string',
  );
  if (missing.length > 0)
    return { error: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set` };
  let url: URL;
  try {
    url = new URL(baseUrl!);
  } catch {
    return { error: `PAPERS_LLM_BASE_URL "${baseUrl}" is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: `PAPERS_LLM_BASE_URL "${baseUrl}" must start with http:// or https://` };
  }
  const apiKey = env.PAPERS_LLM_API_KEY?.trim();
  return { baseUrl: url.href.replace(/\/+$/, ''), model: model!, ...(apiKey ? { apiKey } : {}) };
}
