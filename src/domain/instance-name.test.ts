import { describe, expect, it } from 'vitest';
import { checkInstanceName } from './instance-name';

describe('checkInstanceName', () => {
  it('refuses a blank name', () => {
    expect(checkInstanceName('')).toEqual({ code: 'name.required' });
    expect(checkInstanceName('   ', true)).toEqual({ code: 'name.required' });
  });

  it('takes up to 255 characters', () => {
    expect(checkInstanceName('a'.repeat(255))).toBe(null);
    expect(checkInstanceName('a'.repeat(256))).toEqual({ code: 'name.tooLong', max: 255 });
  });

  it('takes up to 15 characters from a Windows image', () => {
    expect(checkInstanceName('a'.repeat(15), true)).toBe(null);
    expect(checkInstanceName('a'.repeat(16), true)).toEqual({
      code: 'name.windowsTooLong',
      max: 15,
    });
    expect(checkInstanceName('a'.repeat(16))).toBe(null);
  });
});
