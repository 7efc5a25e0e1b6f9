/**
 * The emulator's clock (real time plus an offset that tests can step) and the date formats
 * each API uses: they differ per field, as the spec documents.
 */

export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  get offset(): number {
    return this.offsetMs;
  }

  set offset(ms: number) {
    this.offsetMs = ms;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

/** `YYYY-MM-DDThh:mm:ssZ` (server created/updated, token expires, image dates). */
export function isoSeconds(ms: number): string {
  return `${iso(ms).slice(0, 19)}Z`;
}

/** `YYYY-MM-DDThh:mm:ss.ssssss`, no zone (launched_at, key pair and volume dates). */
export function isoMicros(ms: number): string {
  return `${iso(ms).slice(0, 23)}000`;
}

/** `YYYY-MM-DD hh:mm:ss`, no zone (VPC create_time). */
export function spaced(ms: number): string {
  return iso(ms).slice(0, 19).replace('T', ' ');
}

/**
 * Parses an ISO 8601 time as the APIs accept it (`changes-since`): a missing zone means UTC.
 * Returns null when the text is not a time.
 */
export function parseApiTime(text: string): number | null {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text.trim(),
    );
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '0', zone] = match;
  let normalizedZone = zone ?? 'Z';
  if (normalizedZone !== 'Z' && !normalizedZone.includes(':')) {
    normalizedZone = `${normalizedZone.slice(0, 3)}:${normalizedZone.slice(3)}`;
  }
  const ms = Date.parse(
    `${y}-${mo}-${d}T${h}:${mi}:${s}.${frac.padEnd(3, '0').slice(0, 3)}${normalizedZone}`,
  );
  return Number.isNaN(ms) ? null : ms;
}
