import { describe, expect, it } from 'vitest';
import { checkVolumeSize, isVolumeTransitional } from './volume';

describe('volumes', () => {
  it('take 10 to 2,000 GB in whole numbers', () => {
    expect(checkVolumeSize(10)).toBeNull();
    expect(checkVolumeSize(2000)).toBeNull();
    expect(checkVolumeSize(0)).toBe('tooSmall');
    expect(checkVolumeSize(9)).toBe('tooSmall');
    expect(checkVolumeSize(2001)).toBe('tooLarge');
    expect(checkVolumeSize(10.5)).toBe('notInteger');
  });
  it('know which statuses pass by themselves', () => {
    expect(isVolumeTransitional('creating')).toBe(true);
    expect(isVolumeTransitional('detaching')).toBe(true);
    expect(isVolumeTransitional('in-use')).toBe(false);
    expect(isVolumeTransitional('available')).toBe(false);
    expect(isVolumeTransitional('whatever')).toBe(false);
  });
});
