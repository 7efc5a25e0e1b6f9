import { describe, expect, it } from 'vitest';
import { offeredVolumeType, preferredVolumeType } from './root-volume';

describe('the type of a new volume', () => {
  it('is General HDD when the region offers it, else the first type it lists', () => {
    expect(preferredVolumeType(['General SSD', 'General HDD'])).toBe('General HDD');
    expect(preferredVolumeType(['General SSD', 'Encrypted SSD'])).toBe('General SSD');
    expect(preferredVolumeType([])).toBe('General HDD');
  });

  it('keeps the type chosen while it is offered, or while the types are not known', () => {
    expect(offeredVolumeType('General SSD', ['General HDD', 'General SSD'])).toBe('General SSD');
    expect(offeredVolumeType('General SSD', undefined)).toBe('General SSD');
    expect(offeredVolumeType('General SSD', [])).toBe('General SSD');
    expect(offeredVolumeType('Encrypted HDD', ['General SSD', 'General HDD'])).toBe('General HDD');
    expect(offeredVolumeType('General HDD', ['Encrypted SSD'])).toBe('Encrypted SSD');
  });
});
