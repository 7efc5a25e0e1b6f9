/** The resize dialog's choices: the domain's resize rule over the region's flavors. */
import { describe, expect, it } from 'vitest';
import { flavor, m2, t2small, u2, u2big } from '../create/test-data';
import { canResize, resizeChoices, resizeReasonKey } from './resize-choices';

const big = flavor('m2.c4m8', 8);

describe('resizeChoices', () => {
  it('lists every flavor by name, the current one and the Windows misfits with their reason', () => {
    const choices = resizeChoices(m2, [t2small, big, m2], 'windows');
    expect(choices.map((c) => [c.flavor.name, c.problem && resizeReasonKey(c.problem)])).toEqual([
      ['m2.c2m4', 'instanceDetail.resize.reasonSame'],
      ['m2.c4m8', null],
      ['t2.c1m1', 'instanceDetail.resize.reasonWindowsRam'],
    ]);
    // Linux takes the small one.
    expect(resizeChoices(m2, [t2small], 'linux')[0]?.problem).toBe(null);
  });

  it('offers nothing to or from U2, and nothing without the current flavor', () => {
    expect(canResize(u2, [u2, u2big, m2], 'linux')).toBe(false);
    expect(resizeChoices(m2, [u2big], null).map((c) => c.problem?.code)).toEqual(['u2']);
    expect(resizeReasonKey({ code: 'u2', from: 'm2', to: 'u2' })).toBe(
      'instanceDetail.resize.reasonU2',
    );
    expect(resizeChoices(undefined, [m2, big], 'linux')).toEqual([]);
    expect(canResize(m2, [m2, big], 'linux')).toBe(true);
  });
});
