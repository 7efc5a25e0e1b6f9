import { describe, expect, it } from 'vitest';
import { checkResizeTarget } from './resize-rules';

const f = (id: string, name: string, ramGb: number) => ({ id, name, ram: ramGb * 1024 });
const linux = { osType: 'linux' };
const windows = { osType: 'windows' };

describe('resize targets', () => {
  it('moves between block-storage families', () => {
    expect(checkResizeTarget(f('a', 'm2.c2m4', 4), f('b', 'c2.c4m4', 4), linux)).toBeNull();
  });
  it('refuses the same flavor', () => {
    expect(checkResizeTarget(f('a', 'm2.c2m4', 4), f('a', 'm2.c2m4', 4), linux)).toEqual({
      code: 'same',
    });
  });
  it('refuses to or from U2, even within U2', () => {
    expect(checkResizeTarget(f('a', 'u2.c1m1', 1), f('b', 'm2.c2m4', 4), linux)?.code).toBe('u2');
    expect(checkResizeTarget(f('a', 'm2.c2m4', 4), f('b', 'u2.c2m4', 4), linux)?.code).toBe('u2');
    expect(checkResizeTarget(f('a', 'u2.c1m1', 1), f('b', 'u2.c2m4', 4), linux)?.code).toBe('u2');
  });
  it('keeps Windows on 2 GB of RAM or more', () => {
    expect(checkResizeTarget(f('a', 'm2.c4m8', 8), f('b', 't2.c1m1', 1), windows)?.code).toBe(
      'windowsRam',
    );
    expect(checkResizeTarget(f('a', 'm2.c4m8', 8), f('b', 'm2.c1m2', 2), windows)).toBeNull();
  });
});
