import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative, parseTime } from './format-time';

const NOW = Date.parse('2026-11-30T10:00:00Z');
const ago = (ms: number) => new Date(NOW - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatRelative', () => {
  it.each([
    [10_000, 'now'],
    [3 * MIN, '3 minutes ago'],
    [50 * MIN, '1 hour ago'],
    [5 * HOUR, '5 hours ago'],
    [23 * HOUR, '1 day ago'],
    [2 * DAY, '2 days ago'],
    [40 * DAY, '1 month ago'],
    [200 * DAY, '7 months ago'],
    [400 * DAY, '1 year ago'],
    [3 * 365 * DAY, '3 years ago'],
  ])('says %i ms ago in English with dayjs’s steps', (ms, text) => {
    expect(formatRelative(ago(ms), 'en', NOW)).toBe(text);
  });

  it('speaks Korean, and the future', () => {
    expect(formatRelative(ago(2 * DAY), 'ko', NOW)).toBe('2일 전');
    expect(formatRelative(ago(-3 * HOUR), 'en', NOW)).toBe('in 3 hours');
  });
});

describe('formatDateTime and parseTime', () => {
  it('writes the date and time in the language', () => {
    const time = new Date(2026, 10, 30, 9, 5);
    expect(formatDateTime(time, 'en')).toMatch(/^Monday, November 30, 2026.*9:05/);
    expect(formatDateTime(time, 'en', 'long')).toMatch(/^November 30, 2026.*9:05/);
    expect(formatDateTime(time, 'ko')).toContain('2026년 11월 30일');
  });

  it('takes no date from nothing or from text that is none', () => {
    expect(parseTime(null)).toBeNull();
    expect(parseTime('soon')).toBeNull();
    expect(parseTime('2026-11-30T10:00:00Z')?.getTime()).toBe(NOW);
  });
});
