import { describe, expect, it } from 'vitest';
import { MB, memorySummary, percentile, summarize, vmRssBytes } from './stats';

describe('percentile', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('takes the nearest rank', () => {
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 95)).toBe(10);
    expect(percentile(ten, 10)).toBe(1);
    expect(percentile(ten, 11)).toBe(2);
    expect(percentile(ten, 100)).toBe(10);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 95)).toBe(95);
  });

  it('answers null for no samples and refuses a percentile out of range', () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile(ten, 0)).toThrow(RangeError);
    expect(() => percentile(ten, 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts numerically, not as text', () => {
    const s = summarize([100, 9, 20, 3, 1000]);
    expect(s).toEqual({ count: 5, p50: 20, p95: 1000, p99: 1000, max: 1000, mean: 226.4 });
  });

  it('has nothing to say about nothing', () => {
    expect(summarize([])).toEqual({
      count: 0,
      p50: null,
      p95: null,
      p99: null,
      max: null,
      mean: null,
    });
  });
});

describe('memorySummary', () => {
  it('reads the sample before the load, the end of warm-up, the highest and the growth after it', () => {
    const samples = [
      { atMs: -1, rssBytes: 100 * MB },
      { atMs: 1000, rssBytes: 150 * MB },
      { atMs: 2000, rssBytes: 200 * MB },
      { atMs: 3000, rssBytes: 260 * MB },
      { atMs: 4000, rssBytes: 230 * MB },
    ];
    expect(memorySummary(samples, 2000)).toEqual({
      before: 100 * MB,
      afterWarmUp: 200 * MB,
      max: 260 * MB,
      last: 230 * MB,
      growthAfterWarmUp: 60 * MB,
    });
  });

  it('counts no growth when memory falls after warm-up', () => {
    const samples = [
      { atMs: 0, rssBytes: 300 },
      { atMs: 1000, rssBytes: 200 },
    ];
    expect(memorySummary(samples, 500).growthAfterWarmUp).toBe(0);
    expect(memorySummary([], 500).max).toBeNull();
  });
});

describe('vmRssBytes', () => {
  it('reads VmRSS from /proc/<pid>/status', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1234 kB\nVmRSS:\t  204800 kB\nThreads:\t11\n';
    expect(vmRssBytes(status)).toBe(200 * MB);
    expect(vmRssBytes('Name:\tnode\n')).toBeNull();
  });
});
