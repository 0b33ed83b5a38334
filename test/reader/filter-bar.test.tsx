import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../../src/reader/components/FilterBar.js';
import { KEY, waitForFrame } from '../helpers/ink.js';

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('filter bar', () => {
  it('after its value is set from outside, the cursor is at the end: Backspace and typing edit there', async () => {
    // The reader's role: it owns the value, takes the input's changes and, for text typed
    // before the input listened, sets the value itself.
    const bar = (value: string) => (
      <FilterBar
        label="/"
        value={value}
        focused
        width={40}
        count="n"
        onChange={(v) => app.rerender(bar(v))}
        onSubmit={() => {}}
      />
    );
    const app = render(bar(''));
    await waitForFrame(app.lastFrame, (f) => f.startsWith('/'));
    await settle(); // the input listens to stdin from here
    app.rerender(bar('zzz'));
    await waitForFrame(app.lastFrame, (f) => f.includes('/zzz'));
    await settle();
    app.stdin.write(KEY.backspace);
    await waitForFrame(app.lastFrame, (f) => /\/zz\s/.test(f));
    app.stdin.write('a');
    const frame = await waitForFrame(app.lastFrame, (f) => f.includes('/zza'));
    expect(frame).not.toContain('azz');
  });
});
