import { describe, expect, it } from 'vitest';
import { testTranslators } from '../i18n/test-translators';
import { regionLabel } from './region-label';

describe('regionLabel', () => {
  it('names a region of NHN’s guides by its code and its place, in the language shown', async () => {
    const { tEn, tKo } = await testTranslators();
    expect(regionLabel(tEn, 'kr1')).toBe('KR1 · Korea (Pangyo)');
    expect(regionLabel(tEn, 'kr3')).toBe('KR3 · Korea (Gwangju)');
    expect(regionLabel(tEn, 'jp1')).toBe('JP1 · Japan (Tokyo)');
    expect(regionLabel(tKo, 'kr1')).toBe('KR1 · 한국(판교)');
  });

  it('names a region the guides do not by its code alone', async () => {
    const { tEn } = await testTranslators();
    expect(regionLabel(tEn, 'xx9')).toBe('XX9');
  });
});
