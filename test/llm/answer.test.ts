import { describe, expect, it } from 'vitest';
import { LlmAnswerError, parseAnswer } from '../../src/llm/answer.js';

describe('parseAnswer', () => {
  it('reads plain JSON', () => {
    expect(parseAnswer('{"summary":"S.","takeaways":["a","b"]}')).toEqual({
      summary: 'S.',
      takeaways: ['a', 'b'],
    });
  });

  it('reads JSON in a code fence with prose around it', () => {
    const content =
      'Sure! Here is the summary:\n```json\n{\n  "summary": "It works.",\n  "takeaways": ["- first", "2. second"]\n}\n```\nHope this helps {really}.';
    expect(parseAnswer(content)).toEqual({ summary: 'It works.', takeaways: ['first', 'second'] });
  });

  it('finds the object after prose, with braces inside strings', () => {
    const content = 'Answer: {"summary": "Uses {x} and \\"quotes\\".", "takeaways": []} done';
    expect(parseAnswer(content)).toEqual({ summary: 'Uses {x} and "quotes".', takeaways: [] });
  });

  it('tolerates capitalised keys, a takeaways string and missing takeaways', () => {
    expect(parseAnswer('{"Summary":"S","Takeaways":"- a\\n- b"}')).toEqual({
      summary: 'S',
      takeaways: ['a', 'b'],
    });
    expect(parseAnswer('{"summary":"S"}')).toEqual({ summary: 'S', takeaways: [] });
  });

  it.each([
    ['', 'the answer is empty'],
    ['I cannot summarize this paper.', 'the answer contains no JSON object'],
    ['{"summary": "cut off', 'the answer contains no JSON object'],
    ['{"title":"x"}', 'the JSON answer has no "summary" text'],
    ['{"summary":"  "}', 'the JSON answer has no "summary" text'],
    ['{"summary":"S","takeaways":5}', 'the JSON answer has a "takeaways" that is not a list'],
  ])('refuses %j', (content, message) => {
    expect(() => parseAnswer(content)).toThrow(LlmAnswerError);
    expect(() => parseAnswer(content)).toThrow(message);
  });

  it('caps sizes', () => {
    const r = parseAnswer(
      JSON.stringify({ summary: 'x'.repeat(5000), takeaways: Array(20).fill('t') }),
    );
    expect(r.summary).toHaveLength(2000);
    expect(r.takeaways).toHaveLength(8);
  });
});

describe('parseAnswer on hostile replies', () => {
  // A guard against a hang, not a speed test: the old scan needed minutes here.
  const HANG = 20_000;

  it.each([
    ['a million opening braces', '{'.repeat(1_000_000)],
    ['a million balanced braces', `${'{'.repeat(500_000)}${'}'.repeat(500_000)}`],
    ['nested objects that each fail late', `${'{"a":'.repeat(100_000)}1${' x}'.repeat(100_000)}`],
    ['a million unclosed strings', '{"'.repeat(500_000)],
  ])('refuses %s at once', { timeout: HANG }, (_, content) => {
    expect(() => parseAnswer(content)).toThrow(LlmAnswerError);
  });

  it('still finds the answer after a mass of garbage braces', { timeout: HANG }, () => {
    const content = `${'{'.repeat(200_000)}${'}'.repeat(200_000)} {"summary":"S"}`;
    expect(parseAnswer(content)).toEqual({ summary: 'S', takeaways: [] });
  });

  it('finds an answer nested in a wrapper object', () => {
    expect(parseAnswer('{"data":{"result":[{"summary":"Deep."}]}}')).toEqual({
      summary: 'Deep.',
      takeaways: [],
    });
  });
});
