// The detail's highlighting and the kept author, as pure derivations and as drawn.
import chalk from 'chalk';
import fc from 'fast-check';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { DetailPane } from '../../src/reader/components/DetailPane.js';
import { highlightLine, type LinePart } from '../../src/reader/select-search.js';
import { paperToMarkdown } from '../../src/text/markdown.js';
import { paper } from '../helpers/papers.js';

const hits = (parts: LinePart[]) => parts.filter((p) => p.hit).map((p) => p.text);
const joined = (parts: LinePart[]) => parts.map((p) => p.text).join('');

describe('highlightLine', () => {
  it('marks each matched word as written, and only whole words', () => {
    const parts = highlightLine('Agentic agents beat ImageNet agents', ['agentic', 'agents']);
    expect(hits(parts)).toEqual(['Agentic', 'agents', 'agents']);
    expect(joined(parts)).toBe('Agentic agents beat ImageNet agents');
  });

  it('keeps the renderer colour codes whole and outside every hit', () => {
    const line = '\x1b[1m\x1b[35mMemory Agent\x1b[22m\x1b[39m for agents';
    const parts = highlightLine(line, ['agent', 'agents']);
    expect(hits(parts)).toEqual(['Agent', 'agents']);
    expect(joined(parts)).toBe(line);
  });

  it('gives back the line unchanged and hits free of control characters, whatever the line', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'g', 'e', 'n', 't', ' ', '\x1b[1m', '[', 'm', '-', 'É'),
    });
    fc.assert(
      fc.property(
        text,
        fc.array(fc.constantFrom('agent', 'a', 'gent', 'é'), { maxLength: 3 }),
        (line, words) => {
          const parts = highlightLine(line, words);
          expect(joined(parts)).toBe(line);
          for (const h of hits(parts)) expect(h).not.toMatch(/[\x00-\x1f\x7f]/);
        },
      ),
    );
  });
});

describe('the detail pane', () => {
  const level = chalk.level;
  afterEach(() => {
    chalk.level = level;
  });

  it('draws the matched words in reverse video and the rest as it was', () => {
    chalk.level = 1;
    const { lastFrame } = render(
      <DetailPane
        lines={[highlightLine('Tools for agents and people', ['agents'])]}
        scroll={0}
        height={3}
        width={40}
      />,
    );
    expect(lastFrame()).toContain('Tools for \x1b[7magents\x1b[27m and people');
  });
});

describe('the authors line', () => {
  const authors = Array.from({ length: 17 }, (_, i) => `P${i + 1}`);
  authors[15] = 'Xinyuan Song';
  const p = paper(1, { authors });
  const authorsLine = (md: string) => md.split('\n').find((l) => l.includes('(17 authors)'));

  it('names a kept author after the first twelve, then the count', () => {
    expect(authorsLine(paperToMarkdown(p, { keepAuthors: ['Xinyuan Song'] }))).toBe(
      'P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, …, Xinyuan Song, … (17 authors)',
    );
  });

  it('puts no "…" where no name is left out', () => {
    const md = paperToMarkdown(p, { keepAuthors: ['P13', 'P17'] });
    expect(authorsLine(md)).toBe(
      'P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, …, P17 (17 authors)',
    );
  });

  it('cuts a huge kept name like any other shown name', () => {
    const many = Array.from({ length: 30 }, (_, i) => `P${i + 1}`);
    many[25] = `Huge${'x'.repeat(100_000)}`;
    const line = paperToMarkdown(paper(2, { authors: many }), { keepAuthors: [many[25]] })
      .split('\n')
      .find((l) => l.includes('(30 authors)'))!;
    expect(line).toContain('Hugexxx');
    expect(line.length).toBeLessThan(1_000);
  });

  it('adds nothing for a kept author already among the first twelve', () => {
    expect(authorsLine(paperToMarkdown(p, { keepAuthors: ['P3'] }))).toBe(
      'P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, … (17 authors)',
    );
  });
});
