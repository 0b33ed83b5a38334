import { describe, expect, it } from 'vitest';
import { swapped } from '../../src/text/width.js';

describe('tests render what users get', () => {
  it('Ink measures text with our drop-in width module in tests, as in the bundle', async () => {
    const { render } = await import('ink-testing-library');
    const { Text } = await import('ink');
    const before = swapped.calls;
    const { lastFrame } = render(<Text>中文 wide</Text>);
    expect(lastFrame()).toContain('中文 wide');
    expect(swapped.calls).toBeGreaterThan(before);
  });
});
