import { describe, expect, it } from 'vitest';
import { firstByName, uniqueFilterTarget } from './expectations';

describe('firstByName', () => {
  it('is the alphabetically first name, ignoring case', () => {
    expect(firstByName(['load-0001', 'web-01', 'App-from-volume', 'db-master'])).toBe(
      'App-from-volume',
    );
    expect(firstByName([])).toBeNull();
  });
});

describe('uniqueFilterTarget', () => {
  const loads = Array.from({ length: 5_000 }, (_, i) => `load-${String(i + 1).padStart(4, '0')}`);

  it('picks a name that only one server contains, from the middle', () => {
    const target = uniqueFilterTarget([...loads, 'web-01', 'db-master']);
    expect(target).toBe('load-2501');
  });
  it('skips a name that another contains', () => {
    // load-1000 is inside load-10000: only the five-digit one is unique.
    const names = ['load-1000', 'load-10000', 'web-01'];
    expect(uniqueFilterTarget(names)).toBe('load-10000');
  });
  it('skips names a regular expression would read otherwise, and short ones', () => {
    expect(uniqueFilterTarget(['a.b.c.d.e', 'web', 'x'])).toBeNull();
  });
});
