/**
 * The few statistics the bench reports. The machine is noisy (2 cores, shared), so every browser
 * figure is the median of a few runs, and what matters is its ratio to the floor of the same run
 * (issue 10).
 */

/** The middle value (the mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** The largest value; null for none. */
export function max(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.max(...values);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** A value per minute from a count over `windowMs` (traffic is measured over a real minute). */
export function perMinute(value: number, windowMs: number): number {
  if (windowMs <= 0) throw new Error(`a window must be longer than 0 ms, got ${windowMs}`);
  return (value * 60_000) / windowMs;
}
