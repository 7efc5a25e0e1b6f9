/**
 * The load run's figures (issue 12): latency percentiles (nearest rank, as load tools report
 * them: the smallest sample at or above that share of the samples), and the memory samples'
 * bound and growth after warm-up.
 */

/** The p-th percentile (0 < p ≤ 100) of samples sorted ascending, by nearest rank; null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`a percentile is in (0, 100], got ${p}`);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export interface LatencySummary {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  mean: number | null;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const list = Array.from(sorted);
  const total = list.reduce((sum, value) => sum + value, 0);
  return {
    count: list.length,
    p50: percentile(list, 50),
    p95: percentile(list, 95),
    p99: percentile(list, 99),
    max: list.length ? (list.at(-1) as number) : null,
    mean: list.length ? total / list.length : null,
  };
}

export interface MemorySample {
  /** Milliseconds since the load began (negative: before it). */
  atMs: number;
  rssBytes: number;
}

export interface MemorySummary {
  /** Before the load (after start and sign-in). */
  before: number | null;
  /** The last sample of the warm-up. */
  afterWarmUp: number | null;
  max: number | null;
  last: number | null;
  /** The highest sample after warm-up less the one at its end: what the load went on to add. */
  growthAfterWarmUp: number | null;
}

export function memorySummary(samples: readonly MemorySample[], warmUpMs: number): MemorySummary {
  const before = samples.filter((s) => s.atMs < 0).at(-1)?.rssBytes ?? null;
  const during = samples.filter((s) => s.atMs >= 0);
  const warm = during.filter((s) => s.atMs <= warmUpMs);
  const after = during.filter((s) => s.atMs > warmUpMs);
  const afterWarmUp = warm.at(-1)?.rssBytes ?? null;
  const all = samples.map((s) => s.rssBytes);
  const highestAfter = after.length ? Math.max(...after.map((s) => s.rssBytes)) : null;
  return {
    before,
    afterWarmUp,
    max: all.length ? Math.max(...all) : null,
    last: samples.at(-1)?.rssBytes ?? null,
    growthAfterWarmUp:
      afterWarmUp !== null && highestAfter !== null
        ? Math.max(0, highestAfter - afterWarmUp)
        : null,
  };
}

/** VmRSS of a /proc/<pid>/status text, in bytes; null when absent. */
export function vmRssBytes(status: string): number | null {
  const match = status.match(/^VmRSS:\s+(\d+)\s+kB$/m);
  return match ? Number(match[1]) * 1024 : null;
}

export const MB = 1024 * 1024;
