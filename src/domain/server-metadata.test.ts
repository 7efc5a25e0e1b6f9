import { describe, expect, it } from 'vitest';
import {
  checkMetadataItem,
  describeMetadataProblem,
  isConsoleMetadataKey,
  METADATA_LIMITS,
} from './server-metadata';

describe('instance metadata (인스턴스 메타데이터)', () => {
  it("knows the keys NHN Cloud's console reads", () => {
    for (const key of ['os_distro', 'os_version', 'image_name', 'os_type', 'login_username'])
      expect(isConsoleMetadataKey(key)).toBe(true);
    expect(isConsoleMetadataKey('role')).toBe(false);
    expect(isConsoleMetadataKey('toString')).toBe(false);
  });

  it('takes keys and values up to 255 characters, keys not blank', () => {
    expect(checkMetadataItem('role', 'web')).toBeNull();
    expect(checkMetadataItem('role', '')).toBeNull();
    expect(checkMetadataItem(' ', 'x')).toEqual({ code: 'emptyKey' });
    expect(checkMetadataItem('k'.repeat(256), 'x')).toMatchObject({ code: 'keyTooLong' });
    expect(checkMetadataItem('k', 'v'.repeat(256))).toMatchObject({ code: 'valueTooLong' });
  });

  it("holds at most Nova's 128 items, but an existing key can always change", () => {
    const keys = Array.from({ length: METADATA_LIMITS.itemsMax }, (_, i) => `k${i}`);
    expect(checkMetadataItem('new', 'v', keys)).toMatchObject({ code: 'tooMany', max: 128 });
    expect(checkMetadataItem('k3', 'v', keys)).toBeNull();
    expect(describeMetadataProblem({ code: 'tooMany', max: 128 })).toContain('128');
  });
});
