// The days view as drawn: counts stand under their headings, and text from disk is cleaned.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { DaysView } from '../../../src/reader/components/DaysView.js';
import type { DaySummary } from '../../../src/reader/services.js';

const summary = (total: number, unread: number, sources: string[]): DaySummary =>
  ({ total, unread, starred: 0, sources }) as DaySummary;

describe('the days view', () => {
  it('lines each count up under its heading, whatever the number of digits', () => {
    const summaries = new Map([
      ['2025-12-30', summary(8, 8, ['hf-api'])],
      ['2025-12-31', summary(164, 23, ['hf-api', 'chatpaperfree'])],
    ]);
    const { lastFrame } = render(
      <DaysView
        days={['2025-12-30', '2025-12-31']}
        summaries={summaries}
        cursor={1}
        current="2025-12-31"
        height={5}
        width={80}
      />,
    );
    const lines = lastFrame()!.split('\n');
    const header = lines[0]!;
    const endOf = (word: string) => header.indexOf(word) + word.length;
    for (const line of lines.slice(1, 3)) {
      const [total, unread] = line
        .split(/\d{4}-\d\d-\d\d/)[1]!
        .trim()
        .split(/\s+/) as [string, string];
      expect(line.indexOf(` ${total} `) + total.length + 1).toBe(endOf('total'));
      expect(line.lastIndexOf(` ${unread} `) + unread.length + 1).toBe(endOf('unread'));
    }
    expect(lines[2]).toContain('hf-api, chatpaperfree');
  });

  it('shows a followed column once something is followed, each count under its heading', () => {
    const summaries = new Map([
      ['2025-12-30', summary(8, 8, ['hf-api'])],
      ['2025-12-31', summary(164, 23, ['hf-api'])],
    ]);
    const props = {
      days: ['2025-12-30', '2025-12-31'],
      summaries,
      cursor: 0,
      current: undefined,
      height: 4,
      width: 80,
    };
    expect(render(<DaysView {...props} />).lastFrame()).not.toContain('followed');
    const followed = new Map([
      ['2025-12-30', 0],
      ['2025-12-31', 12],
    ]);
    const lines = render(<DaysView {...props} followed={followed} />)
      .lastFrame()!
      .split('\n');
    const end = lines[0]!.indexOf('followed') + 'followed'.length;
    expect(lines[2]!.slice(end - 2, end)).toBe('12');
    expect(lines[1]!.slice(end - 1, end)).toBe('0');
    expect(lines[2]).toMatch(/12 {2}hf-api$/);
  });

  it('draws a source name read from disk without its control characters', () => {
    const summaries = new Map([['2025-12-31', summary(3, 3, ['evil\x1b]0;pwned\x07name'])]]);
    const { lastFrame } = render(
      <DaysView
        days={['2025-12-31']}
        summaries={summaries}
        cursor={0}
        current={undefined}
        height={3}
        width={80}
      />,
    );
    expect(lastFrame()).not.toMatch(/\x1b\]|\x07/);
  });
});
