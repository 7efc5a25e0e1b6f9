import { describe, expect, it } from 'vitest';
import { testServer } from '../../domain/test-servers';
import { loadedSoFar, wholeRegion } from './overview-data';

describe('what the overview reads of the kept-fresh servers', () => {
  const servers = [testServer('a', 1), testServer('b', 0)];
  const partial = { servers, complete: false, nextMarker: 'b', since: '' };
  const whole = { ...partial, complete: true, nextMarker: null };

  it('counts only the whole region: nothing while the background load goes on', () => {
    expect(wholeRegion(partial)).toBeNull();
    expect(wholeRegion(whole)).toBe(servers);
  });

  it('shows the progress until every server is in', () => {
    expect(loadedSoFar(partial)).toBe(2);
    expect(loadedSoFar(whole)).toBeNull();
  });
});
