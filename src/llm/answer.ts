// Reads the model's message content. Models wrap JSON in code fences, add a sentence before
// it, or answer in prose; we take the first JSON object that has the shape we asked for and
// refuse anything else rather than storing a guess.

export interface LlmAnswer {
  summary: string;
  takeaways: string[];
}

/** The content is not the JSON answer; `message` is one line saying why. */
export class LlmAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmAnswerError';
  }
}

const MAX_SUMMARY = 2000;
const MAX_TAKEAWAYS = 8;
const MAX_TAKEAWAY = 400;

type Obj = Record<string, unknown>;

/** Each `{` … its matching `}` (string-aware), in order of the opening brace. */
function* objectCandidates(text: string): Generator<string> {
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        yield text.slice(start, i + 1);
        break;
      }
    }
  }
}

function field(o: Obj, name: string): unknown {
  // Some models capitalise keys ("Summary"); the meaning is the same.
  const key = Object.keys(o).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : o[key];
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** "- point", "1. point", "• point" → "point". */
function stripBullet(s: string): string {
  return s.replace(/^\s*(?:[-*•·]|\d{1,2}[.)、])\s*/, '');
}

function takeawayList(v: unknown): string[] | undefined {
  const raw = typeof v === 'string' ? v.split(/\n+/) : v;
  if (!Array.isArray(raw)) return undefined;
  return raw
    .filter((t): t is string => typeof t === 'string')
    .map((t) => oneLine(stripBullet(t)).slice(0, MAX_TAKEAWAY))
    .filter((t) => t !== '')
    .slice(0, MAX_TAKEAWAYS);
}

function toAnswer(v: unknown): LlmAnswer | string {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return 'the JSON answer is not an object';
  const summary = field(v as Obj, 'summary');
  if (typeof summary !== 'string' || oneLine(summary) === '')
    return 'the JSON answer has no "summary" text';
  const takeaways = takeawayList(field(v as Obj, 'takeaways') ?? []);
  if (!takeaways) return 'the JSON answer has a "takeaways" that is not a list';
  return { summary: oneLine(summary).slice(0, MAX_SUMMARY), takeaways };
}

/** Parses message content into an answer; throws LlmAnswerError saying what was wrong. */
export function parseAnswer(content: string): LlmAnswer {
  const fenced = /```(?:json|JSON)?\s*\n?([\s\S]*?)```/.exec(content)?.[1];
  let firstProblem: string | undefined;
  for (const text of fenced === undefined ? [content] : [fenced, content]) {
    for (const candidate of objectCandidates(text)) {
      let json: unknown;
      try {
        json = JSON.parse(candidate);
      } catch {
        continue;
      }
      const answer = toAnswer(json);
      if (typeof answer !== 'string') return answer;
      firstProblem ??= answer;
    }
  }
  if (firstProblem) throw new LlmAnswerError(firstProblem);
  if (content.trim() === '') throw new LlmAnswerError('the answer is empty');
  throw new LlmAnswerError('the answer contains no JSON object');
}
