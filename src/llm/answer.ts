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

/**
 * Balanced `{` … `}` spans (string-aware inside braces), by opening position. One pass with a
 * stack: a reply of a million `{` costs one scan, not one per brace.
 */
function braceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const open: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x7b) open.push(i);
    // Quotes only count inside braces: prose around the object may hold an odd number.
    else if (c === 0x22 && open.length > 0) inString = true;
    else if (c === 0x7d && open.length > 0) spans.push([open.pop()!, i + 1]);
  }
  return spans.sort((x, y) => x[0] - y[0]);
}

/** Every object in a parsed value, outer before inner, without recursion (nesting is unbounded). */
function* objectsIn(value: unknown): Generator<Obj> {
  const todo: unknown[] = [value];
  while (todo.length > 0) {
    const v = todo.pop();
    if (typeof v !== 'object' || v === null) continue;
    const children = Array.isArray(v) ? v : Object.values(v);
    for (let i = children.length - 1; i >= 0; i--) todo.push(children[i]);
    if (!Array.isArray(v)) yield v as Obj;
  }
}

/**
 * The objects in `text`: each span that parses as JSON, and the objects nested in it, in
 * order of their opening brace. Spans inside one that parsed are not parsed again. Outermost
 * spans are disjoint, so parsing them all reads the text once; spans nested in one that
 * failed share a budget of a few times the text: nested spans that each fail late
 * (`{"a":{"a":… x} x}`) would otherwise cost quadratic time.
 */
function* objectCandidates(text: string): Generator<Obj> {
  let budget = 4 * text.length + 4096;
  let coveredTo = 0;
  let outerEnd = 0;
  for (const [start, end] of braceSpans(text)) {
    if (end <= coveredTo) continue;
    if (start >= outerEnd) outerEnd = end;
    else if ((budget -= end - start) < 0) continue;
    let json: unknown;
    try {
      json = JSON.parse(text.slice(start, end));
    } catch {
      continue;
    }
    coveredTo = end;
    yield* objectsIn(json);
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
      const answer = toAnswer(candidate);
      if (typeof answer !== 'string') return answer;
      firstProblem ??= answer;
    }
  }
  if (firstProblem) throw new LlmAnswerError(firstProblem);
  if (content.trim() === '') throw new LlmAnswerError('the answer is empty');
  throw new LlmAnswerError('the answer contains no JSON object');
}
