import { describe, expect, it } from 'vitest';
import { mulberry32, Rng } from './prng';

describe('mulberry32', () => {
  it('gives the same numbers for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toEqual(first);
  });

  it('gives other numbers for another seed', () => {
    const a = Array.from({ length: 10 }, mulberry32(1));
    const b = Array.from({ length: 10 }, mulberry32(2));
    expect(a).not.toEqual(b);
  });

  it('is the published mulberry32 (bryc/code, PRNGs.md), for any seed', () => {
    // The reference as published, in its own style.
    function reference(seed: number) {
      let a = seed;
      return () => {
        a += 0x6d2b79f5;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }
    for (const seed of [0, 1, 12, 0x7fffffff, 0xfffffffe]) {
      const ours = mulberry32(seed);
      const theirs = reference(seed);
      for (let i = 0; i < 200; i++) expect(ours()).toBe(theirs());
    }
  });

  it('stays in [0, 1) and spreads over it', () => {
    const next = mulberry32(7);
    const buckets = new Array(10).fill(0);
    let [low, high] = [1, 0];
    for (let i = 0; i < 100_000; i++) {
      const x = next();
      low = Math.min(low, x);
      high = Math.max(high, x);
      buckets[Math.floor(x * 10)]++;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('Rng', () => {
  it('draws integers within both bounds, each of them', () => {
    const rng = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(-2, 2);
      expect(n).toBeGreaterThanOrEqual(-2);
      expect(n).toBeLessThanOrEqual(2);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2]);
    expect(() => rng.int(2, 1)).toThrow(RangeError);
  });

  it('picks, weighs and writes hex the same way for the same seed', () => {
    const draw = (seed: number) => {
      const rng = new Rng(seed);
      return [
        rng.pick(['a', 'b', 'c']),
        rng.weighted({ x: 1, y: 2, z: 0.5 }),
        rng.hex(12),
        rng.chance(0.5),
      ];
    };
    expect(draw(9)).toEqual(draw(9));
    expect(draw(9)[2]).toMatch(/^[0-9a-f]{12}$/);
  });

  it('never picks a key of weight 0, and follows the weights', () => {
    const rng = new Rng(5);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 10_000; i++) counts[rng.weighted({ a: 1, b: 3, never: 0 })]++;
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.5);
    expect(counts.b / counts.a).toBeLessThan(3.5);
  });

  it('refuses to pick from nothing', () => {
    expect(() => new Rng(1).pick([])).toThrow(RangeError);
  });
});
