import { describe, expect, it } from 'vitest';
import { HEADING_ALIASES, matchHeading } from '../../../src/sources/import/headings.js';

describe('matchHeading', () => {
  it.each([
    ['Summary', 'summary', ''],
    ['Summary:', 'summary', ''],
    ['Summary: inline text here', 'summary', 'inline text here'],
    ['Summary：全角冒号', 'summary', '全角冒号'],
    ['**Summary**', 'summary', ''],
    ['**Summary:** bold label', 'summary', 'bold label'],
    ['**Summary**: after the bold', 'summary', 'after the bold'],
    ['**Summary: the whole line is bold**', 'summary', 'the whole line is bold'],
    ['## Summary', 'summary', ''],
    ['总结', 'summary', ''],
    ['**摘要**', 'summary', ''],
    ['  摘要：  ', 'summary', ''],
    ['TL;DR: short', 'summary', 'short'],
    ['Key Takeaways', 'takeaways', ''],
    ['Key Takeaways:', 'takeaways', ''],
    ['key   takeaways', 'takeaways', ''],
    ['**Key Takeaways**', 'takeaways', ''],
    ['要点', 'takeaways', ''],
    ['要点摘要', 'takeaways', ''],
    ['关键要点', 'takeaways', ''],
    ['关键见解：', 'takeaways', ''],
    ['主要要点', 'takeaways', ''],
    ['**主要内容**', 'takeaways', ''],
  ])('reads %j as %s', (line, section, inline) => {
    expect(matchHeading(line)).toEqual({ section, inline });
  });

  it.each([
    'Summary of our results',
    'Key Takeaways from the paper were many',
    '要点在于',
    '- Summary',
    '6. Summary:',
    'In summary: we did well',
    '',
  ])('does not read %j as a heading', (line) => {
    expect(matchHeading(line)).toBeUndefined();
  });

  it('refuses inline text when the caller does not allow it', () => {
    expect(matchHeading('Summary: we study x', false)).toBeUndefined();
    expect(matchHeading('Summary', false)).toEqual({ section: 'summary', inline: '' });
  });

  it('matches every alias in the table, in any case, with a colon', () => {
    for (const [section, aliases] of Object.entries(HEADING_ALIASES)) {
      for (const alias of aliases) {
        expect(matchHeading(alias.toUpperCase())?.section).toBe(section);
        expect(matchHeading(`${alias}: x`)).toEqual({ section, inline: 'x' });
      }
    }
  });
});
