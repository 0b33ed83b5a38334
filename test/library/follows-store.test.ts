// Follows are the user's data: changes made at the same moment (the reader's F key while
// `papers follow` runs in another shell) must all be kept.
import { describe, expect, it } from 'vitest';
import { changeFollow, readFollows } from '../../src/library/follows-store.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

describe('follows written at the same time', () => {
  it('ten follows added at once by separate writers are all kept', async () => {
    const dir = tmp();
    const names = Array.from({ length: 10 }, (_, i) => `Author Number${i}`);
    await Promise.all(
      names.map((value) => changeFollow(dir, { kind: 'author', value }, true, () => {})),
    );
    expect(
      readFollows(dir, () => {})
        .map((f) => f.value)
        .sort(),
    ).toEqual(names.sort());
  });

  it('a follow removed while another is added leaves exactly the added one', async () => {
    const dir = tmp();
    await changeFollow(dir, { kind: 'org', value: 'NVIDIA' }, true, () => {});
    await Promise.all([
      changeFollow(dir, { kind: 'org', value: 'NVIDIA' }, false, () => {}),
      changeFollow(dir, { kind: 'keyword', value: 'gaussian splatting' }, true, () => {}),
    ]);
    expect(readFollows(dir, () => {})).toEqual([{ kind: 'keyword', value: 'gaussian splatting' }]);
  });
});
