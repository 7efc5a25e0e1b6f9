import { describe, expect, it } from 'vitest';
import type { FirstRowsRun } from './measure-list';
import { formatFigure, formatRatio, verdict } from './report';
import { type BenchResults, buildRows } from './rows';

const base: BenchResults = { servers: 5_000, emulatorServers: 10_000 };
const row = (results: BenchResults, what: RegExp) => {
  const found = buildRows(results).find((r) => what.test(r.what));
  if (!found) throw new Error(`no row ${what}`);
  return found;
};

const firstRowsRun = (ms: number, wireBytes = 300_000): FirstRowsRun => ({
  ms,
  scriptStyle: { requests: 20, wireBytes, bodyBytes: 1_300_000 },
  largestScript: { url: '/assets/index.js', encoding: 'br', cacheControl: 'immutable' },
  request: '/api/compute/kr1/v2/t/servers/detail?limit=50',
});

describe('buildRows', () => {
  it('has every row of the issue’s table, each not measured when its measure did not run', () => {
    const rows = buildRows(base);
    expect(rows).toHaveLength(14);
    for (const r of rows) {
      expect(verdict(r)).toBe('not measured');
      expect(formatFigure(r.console)).toBe('not measured: not run (--only)');
    }
    expect(rows.map((r) => r.what)).toContain('navigation → first rows (5,000)');
    expect(rows.map((r) => r.what)).toContain('emulator servers/detail?limit=100 (10,000)');
  });

  it('carries the emulator’s own message to both emulator rows when it does not start', () => {
    const reason =
      'the emulator does not start with 10,000 servers (subnet default-subnet is full)';
    const results = {
      ...base,
      emulator: { listen: { ok: false, reason }, load: { ok: false, reason } },
    } as const;
    for (const what of [/listen/, /servers\/detail/]) {
      expect(formatFigure(row(results, what).console)).toBe(`not measured: ${reason}`);
    }
  });

  it('reports the median of the runs against the floor’s median, with each run', () => {
    const results: BenchResults = {
      ...base,
      firstRows: {
        ok: true,
        value: {
          console: [firstRowsRun(1_100), firstRowsRun(900), firstRowsRun(1_002)],
          floor: [firstRowsRun(190, 7_000), firstRowsRun(210, 7_000), firstRowsRun(195, 7_000)],
          sort: [{ shown: 'app-from-volume', ms: 300 }],
        },
      },
      expected: { ok: true, value: { first: 'app-from-volume', total: 5_009, filterTarget: 'x' } },
    };
    const first = row(results, /first rows/);
    expect(formatFigure(first.console)).toBe('1,002 ms (runs: 1,100 ms, 900 ms, 1,002 ms)');
    expect(formatRatio(first)).toBe('5.14×');
    expect(formatFigure(first.floor)).toBe(
      '195 ms (GET /servers/detail?limit=50; runs: 190 ms, 210 ms, 195 ms)',
    );
    expect(verdict(first)).toBe('misses');
    const wire = row(results, /JS\+CSS/);
    expect(formatFigure(wire.console)).toMatch(
      /^300\.0 KB \(1\.3 MB decoded, 20 files; largest script br/,
    );
    expect(verdict(wire)).toBe('misses');
    const sort = row(results, /sort/);
    expect(formatFigure(sort.floor)).toBe('app-from-volume (the first of all 5,009)');
    expect(verdict(sort)).toBe('meets');
  });

  it('shows a wrong first row if any run showed one', () => {
    const results: BenchResults = {
      ...base,
      firstRows: {
        ok: true,
        value: {
          console: [firstRowsRun(1)],
          floor: [firstRowsRun(1)],
          sort: [
            { shown: 'app-from-volume', ms: 200 },
            { shown: 'dev-sandbox', ms: null },
          ],
        },
      },
      expected: { ok: true, value: { first: 'app-from-volume', total: 5_009, filterTarget: 'x' } },
    };
    const sort = row(results, /sort/);
    expect(formatFigure(sort.console)).toBe('dev-sandbox (in 1 of 2 runs)');
    expect(verdict(sort)).toBe('misses');
  });

  it('pools keystrokes over the runs, and needs the results in every run', () => {
    const results: BenchResults = {
      ...base,
      filter: {
        ok: true,
        value: {
          console: [
            { keys: [100, 110, 232], resultMs: 400 },
            { keys: [90, 108], resultMs: null },
          ],
          floor: [
            { keys: [8, 9], resultMs: 5 },
            { keys: [10, 24], resultMs: 4 },
          ],
        },
      },
    };
    const keys = row(results, /keystroke/);
    expect(formatFigure(keys.console)).toBe('108 ms (median of 5 keystrokes; max 232 ms)');
    expect(verdict(keys)).toBe('misses');
    const last = row(results, /last key/);
    expect(formatFigure(last.console)).toBe(
      'not measured: the one matching row never showed in 1 of 2 runs',
    );
    expect(formatFigure(last.floor)).toBe('5 ms (runs: 5 ms, 4 ms)');
  });

  it('holds scrolling to no long task, and traffic to its bytes per minute', () => {
    const results: BenchResults = {
      ...base,
      scroll: {
        ok: true,
        value: {
          console: [{ loading: [300], scrolling: [60, 323], rows: 1_000, reachedEnd: true }],
          floor: [{ loading: [], scrolling: [], rows: 1_000, reachedEnd: true }],
        },
      },
      settled: {
        ok: true,
        value: {
          console: { requestsPerMinute: 3, bytesPerMinute: 96_900, longTaskMsPerMinute: 0 },
          floor: { requestsPerMinute: 1, bytesPerMinute: 900, longTaskMsPerMinute: 0 },
        },
      },
    };
    const scroll = row(results, /scrolling/);
    expect(formatFigure(scroll.console)).toMatch(/^323 ms \(longest task; 2 long tasks scrolling/);
    expect(verdict(scroll)).toBe('misses');
    expect(verdict({ ...scroll, console: scroll.floor })).toBe('meets');
    const settled = row(results, /settled/);
    expect(formatFigure(settled.console)).toBe('96.9 KB (3 requests; long tasks 0 ms)');
    expect(verdict(settled)).toBe('misses');
    expect(verdict({ ...settled, console: settled.floor })).toBe('meets');
  });
});
