import { describe, expect, it } from 'vitest';
import { checkKeypairName } from './keypair';

describe('key pair names', () => {
  it.each(['demo-key', 'my_key 2', 'a', 'K'.repeat(255)])('accepts %s', (name) => {
    expect(checkKeypairName(name)).toBeNull();
  });
  it.each([
    ['', 'required'],
    ['k'.repeat(256), 'tooLong'],
    [' lead', 'characters'],
    ['trail ', 'characters'],
    ['semi;colon', 'characters'],
    ['한글', 'characters'],
  ])('refuses %j (%s)', (name, problem) => {
    expect(checkKeypairName(name)).toBe(problem);
  });
});
