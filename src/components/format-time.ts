/**
 * Dates for the list and the frame with the browser's Intl instead of dayjs (its 3.8 KB were on
 * the instances list's first load, issue 10): "3 days ago" with dayjs's steps (45 s, 45 min,
 * 22 h, 26 days, 11 months; see https://day.js.org/docs/en/display/from-now), and the exact
 * time in the operator's language. One formatter per language and style: making one costs far
 * more than using it.
 */
import type { Language } from '../i18n';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.4375 * DAY;
const YEAR = 365.25 * DAY;

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function relativeFormat(language: Language, numeric: 'always' | 'auto') {
  const key = `${language} ${numeric}`;
  let format = relativeFormats.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { numeric });
    relativeFormats.set(key, format);
  }
  return format;
}

/** How long ago (or from now) `time` is, from `now`: "2 days ago", "3시간 전", "now". */
export function formatRelative(time: Date, language: Language, now = Date.now()): string {
  const ms = time.getTime() - now;
  const abs = Math.abs(ms);
  const sign = ms < 0 ? -1 : 1;
  const at = (value: number, unit: Intl.RelativeTimeFormatUnit) =>
    relativeFormat(language, 'always').format(sign * Math.max(1, Math.round(value)), unit);
  if (abs < 45 * SECOND) return relativeFormat(language, 'auto').format(0, 'second');
  if (abs < 45 * MINUTE) return at(abs / MINUTE, 'minute');
  if (abs < 22 * HOUR) return at(abs / HOUR, 'hour');
  if (abs < 26 * DAY) return at(abs / DAY, 'day');
  if (abs < 11 * MONTH) return at(abs / MONTH, 'month');
  return at(abs / YEAR, 'year');
}

/** The exact local time: "Monday, November 30, 2026 at 9:56 AM" (full) or without the weekday (long). */
export function formatDateTime(
  time: Date,
  language: Language,
  dateStyle: 'full' | 'long' = 'full',
): string {
  const key = `${language} ${dateStyle}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle, timeStyle: 'short' });
    dateFormats.set(key, format);
  }
  return format.format(time);
}

/** A date from the API's text, or null when it is none (the caller shows the text as it came). */
export function parseTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time;
}
