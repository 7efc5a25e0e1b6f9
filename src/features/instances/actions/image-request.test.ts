import { describe, expect, it } from 'vitest';
import { imageIdOf, imageNameProblem, imageParams, metadataTooLong } from './image-request';

describe('the create-image request', () => {
  it('needs a name of at most 255 characters', () => {
    expect(imageNameProblem('  ')).toBe('required');
    expect(imageNameProblem('a'.repeat(255))).toBe(null);
    expect(imageNameProblem('a'.repeat(256))).toBe('tooLong');
  });

  it('sends the trimmed name, and metadata only for rows with a key', () => {
    expect(imageParams(' web-image ', [{ key: ' ', value: 'x' }])).toEqual({ name: 'web-image' });
    expect(
      imageParams('web', [
        { key: 'purpose', value: 'golden' },
        { key: '', value: 'dropped' },
      ]),
    ).toEqual({ name: 'web', metadata: { purpose: 'golden' } });
  });

  it('refuses metadata keys or values over 255 characters', () => {
    expect(metadataTooLong([{ key: 'k', value: 'v'.repeat(255) }])).toBe(false);
    expect(metadataTooLong([{ key: 'k'.repeat(256), value: '' }])).toBe(true);
    expect(metadataTooLong([{ key: 'k', value: 'v'.repeat(256) }])).toBe(true);
  });

  it('reads the new image id from the Location', () => {
    expect(imageIdOf('https://image.example/v2/images/img-1/')).toBe('img-1');
    expect(imageIdOf(null)).toBe(undefined);
  });
});
