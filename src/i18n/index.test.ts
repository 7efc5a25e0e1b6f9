import { describe, expect, it } from 'vitest';
import { formatNumber, groupThousands } from './index';

const SAMPLES = [
  0,
  1,
  9,
  10,
  99,
  100,
  999,
  1_000,
  1_001,
  9_999,
  10_000,
  12_345,
  100_000,
  999_999,
  1_000_000,
  5_009,
  123_456_789,
  -1,
  -999,
  -1_000,
  -1_234_567,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
];

describe('groupThousands', () => {
  it.each(['en', 'ko'])('writes every integer as Intl.NumberFormat(%s) does', (language) => {
    const intl = new Intl.NumberFormat(language);
    for (const value of SAMPLES) expect(groupThousands(value)).toBe(intl.format(value));
  });
});

describe('formatNumber', () => {
  it('groups integers and leaves fractions and options to Intl', () => {
    expect(formatNumber(5_009)).toBe('5,009');
    expect(formatNumber(1.5)).toBe(new Intl.NumberFormat('en').format(1.5));
    expect(formatNumber(1_536 / 1_024, { maximumFractionDigits: 1 })).toBe('1.5');
  });
});
