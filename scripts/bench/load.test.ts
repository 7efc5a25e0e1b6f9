import { describe, expect, it } from 'vitest';
import { combined } from './load';

describe('combined load slices', () => {
  it('average the rates and bytes of equal slices and add up their failures', () => {
    const run = combined([
      { requestsPerSecond: 1_000, bytesPerResponse: 100, non2xx: 1, errors: 0 },
      { requestsPerSecond: 3_000, bytesPerResponse: 100, non2xx: 0, errors: 2 },
    ]);
    expect(run).toEqual({ requestsPerSecond: 2_000, bytesPerResponse: 100, non2xx: 1, errors: 2 });
  });

  it('of no slice is no request', () => {
    expect(combined([]).requestsPerSecond).toBe(0);
  });
});
