import { describe, expect, it } from 'vitest';
import {
  LAST_REGION_KEY_PREFIX,
  landingPath,
  landingRegion,
  lastUsedRegion,
  orderRegions,
  rememberRegion,
} from './landing-region';

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';
const OTHER_TENANT = 'fedcba9876543210fedcba9876543210';

describe('orderRegions', () => {
  it('puts NHN’s regions in their order and the unknown ones after, as they came', () => {
    expect(orderRegions(['zz1', 'jp1', 'kr2', 'aa1', 'kr3', 'kr1'])).toEqual([
      'kr1',
      'kr2',
      'kr3',
      'jp1',
      'zz1',
      'aa1',
    ]);
  });
});

describe('landingRegion', () => {
  it('opens the region used last while the catalog still lists it', () => {
    expect(landingRegion(['kr2', 'kr1', 'kr3'], 'kr3')).toBe('kr3');
  });
  it('else kr1 when listed, whatever the catalog’s order', () => {
    expect(landingRegion(['kr2', 'kr1', 'jp1'], null)).toBe('kr1');
    expect(landingRegion(['kr2', 'kr1'], 'jp1')).toBe('kr1');
  });
  it('else the first in NHN’s order', () => {
    expect(landingRegion(['jp1', 'kr2'], null)).toBe('kr2');
    expect(landingRegion([], null)).toBeUndefined();
  });
});

describe('remembering the region', () => {
  it('keeps the last region per tenant', () => {
    const storage = new MemoryStorage();
    rememberRegion(TENANT, 'kr3', storage);
    rememberRegion(OTHER_TENANT, 'jp1', storage);
    expect(lastUsedRegion(TENANT, storage)).toBe('kr3');
    expect(lastUsedRegion(OTHER_TENANT, storage)).toBe('jp1');
    expect(storage.data.get(`${LAST_REGION_KEY_PREFIX}${TENANT}`)).toBe('kr3');
    expect(landingPath({ tenantId: TENANT, regions: ['kr1', 'kr2', 'kr3'] }, storage)).toBe(
      '/kr3/instances',
    );
    // A tenant that does not have the remembered region lands on kr1.
    expect(landingPath({ tenantId: OTHER_TENANT, regions: ['kr1', 'kr2'] }, storage)).toBe(
      '/kr1/instances',
    );
  });

  it('lands on kr1 when the storage refuses or knows nothing', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberRegion(TENANT, 'kr3', refusing)).not.toThrow();
    expect(landingPath({ tenantId: TENANT, regions: ['kr2', 'kr1'] }, refusing)).toBe(
      '/kr1/instances',
    );
    expect(landingPath({ tenantId: TENANT, regions: ['kr2', 'kr1'] }, new MemoryStorage())).toBe(
      '/kr1/instances',
    );
  });
});
