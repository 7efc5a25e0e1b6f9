import { describe, expect, it } from 'vitest';
import { detectLanguages, LANGUAGE_STORAGE_KEY } from './detect-language';

function store(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  } as unknown as Storage;
}

describe('detectLanguages', () => {
  it('puts the saved choice before the browser’s languages', () => {
    const browser = { languages: ['en-US', 'ko'], language: 'en-US' };
    expect(detectLanguages(store({ [LANGUAGE_STORAGE_KEY]: 'ko' }), browser)).toEqual([
      'ko',
      'en-US',
      'ko',
      'en-US',
    ]);
  });

  it('gives the browser’s languages in order when nothing is saved', () => {
    expect(
      detectLanguages(store({}), { languages: ['fr-FR', 'ko-KR'], language: 'fr-FR' }),
    ).toEqual(['fr-FR', 'ko-KR', 'fr-FR']);
  });

  it('counts a storage that throws as nothing saved', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    expect(detectLanguages(throwing, { languages: [], language: 'ko' })).toEqual(['ko']);
  });
});
