import { describe, expect, it } from 'vitest';
import { max, median, perMinute, sum } from './stats';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([300, 100, 200])).toBe(200);
  });
  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is null for no values, and does not reorder its input', () => {
    expect(median([])).toBeNull();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('max, sum, perMinute', () => {
  it('max is null for none', () => {
    expect(max([])).toBeNull();
    expect(max([1, 7, 3])).toBe(7);
  });
  it('sum adds', () => {
    expect(sum([])).toBe(0);
    expect(sum([1, 2, 3.5])).toBe(6.5);
  });
  it('scales a count over a window to a minute', () => {
    expect(perMinute(1_000, 30_000)).toBe(2_000);
    expect(perMinute(1_000, 60_000)).toBe(1_000);
    expect(() => perMinute(1, 0)).toThrow(/longer than 0/);
  });
});
