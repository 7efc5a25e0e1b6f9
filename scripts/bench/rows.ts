/**
 * The table, row by row, from what the measures found (pure). Every browser figure is
 * the median of its runs; the floor is measured in the same run, page for page.
 */
import type { LighthouseResults, LighthouseRun } from './lighthouse';
import type { EmulatorResults } from './load';
import type { FilterRun, FirstRowsResult, ScrollRun } from './measure-list';
import type { OverviewRun } from './measure-overview';
import type { TrafficFigures } from './measure-traffic';
import type { Measured } from './measured';
import { type Figure, formatBytes, formatMs, missing, num, type Row, text } from './report';
import { max, median } from './stats';

export interface BenchResults {
  servers: number;
  emulatorServers: number;
  /** Absent when a measure was not asked for (--only). */
  emulator?: EmulatorResults;
  firstRows?: Measured<FirstRowsResult>;
  /** The right first row of a sort by name, and how many instances there are. */
  expected?: Measured<{ first: string; total: number; filterTarget: string }>;
  filter?: Measured<{ console: FilterRun[]; floor: FilterRun[] }>;
  scroll?: Measured<{ console: ScrollRun[]; floor: ScrollRun[] }>;
  overview?: Measured<{ console: OverviewRun[]; floor: OverviewRun[] }>;
  settled?: Measured<{ console: TrafficFigures; floor: TrafficFigures }>;
  stopping?: Measured<{ console: TrafficFigures; floor: TrafficFigures; instance: string }>;
  lighthouse?: Measured<LighthouseResults>;
}

const NOT_RUN = 'not run (--only)';
const n = (value: number) => value.toLocaleString('en-US');
const list = (values: readonly number[], format: (v: number) => string) =>
  values.map(format).join(', ');

/** Both sides of a row from one measure: its reason on both sides when it failed. */
function sides<T>(
  measured: Measured<T> | undefined,
  pick: (value: T) => { console: Figure; floor: Figure },
): { console: Figure; floor: Figure } {
  if (!measured) return { console: missing(NOT_RUN), floor: missing(NOT_RUN) };
  if (!measured.ok) return { console: missing(measured.reason), floor: missing(measured.reason) };
  return pick(measured.value);
}

/** The median of runs, each run's value in the detail. */
function medianOf(
  values: readonly number[],
  unit: 'ms' | 'bytes' | 'score' | 'cls',
  detail?: string,
): Figure {
  const m = median(values);
  if (m === null) return missing('no run finished');
  const runs =
    values.length > 1
      ? `runs: ${list(values, (v) => (unit === 'cls' ? v.toFixed(3) : unit === 'bytes' ? formatBytes(v) : unit === 'ms' ? formatMs(v) : String(Math.round(v))))}`
      : '';
  return num(m, unit, [detail, runs].filter(Boolean).join('; ') || undefined);
}

function lighthouseFigure(runs: readonly LighthouseRun[], metric: 'score' | 'cls'): Figure {
  if (metric === 'cls')
    return medianOf(
      runs.map((r) => r.cls),
      'cls',
    );
  const lcp = median(runs.map((r) => r.lcpMs));
  const tbt = median(runs.map((r) => r.tbtMs));
  const detail =
    lcp === null || tbt === null ? undefined : `LCP ${formatMs(lcp)}, TBT ${formatMs(tbt)}`;
  return medianOf(
    runs.map((r) => r.score),
    'score',
    detail,
  );
}

function keystrokes(runs: readonly FilterRun[]): Figure {
  const all = runs.flatMap((r) => r.keys);
  const m = median(all);
  const worst = max(all);
  if (m === null || worst === null) return missing('no keystroke was painted');
  return num(m, 'ms', `median of ${all.length} keystrokes; max ${formatMs(worst)}`);
}

function results(runs: readonly FilterRun[]): Figure {
  const done = runs.flatMap((r) => (r.resultMs === null ? [] : [r.resultMs]));
  if (done.length < runs.length) {
    return missing(
      `the one matching row never showed in ${runs.length - done.length} of ${runs.length} runs`,
    );
  }
  return medianOf(done, 'ms');
}

function scrolling(runs: readonly ScrollRun[]): Figure {
  const longest = median(runs.map((r) => max(r.scrolling) ?? 0));
  const count = median(runs.map((r) => r.scrolling.length));
  const loadCount = median(runs.map((r) => r.loading.length));
  const loadLongest = median(runs.map((r) => max(r.loading) ?? 0));
  if (longest === null || count === null || loadCount === null || loadLongest === null) {
    return missing('no run finished');
  }
  const ended = runs.every((r) => r.reachedEnd) ? '' : '; did not reach the end';
  return num(
    longest,
    'ms',
    `longest task; ${n(count)} long tasks scrolling, ${n(loadCount)} (longest ${formatMs(loadLongest)}) loading; ${n(median(runs.map((r) => r.rows)) ?? 0)} rows in the DOM${ended}`,
  );
}

function overview(runs: readonly OverviewRun[]): Figure {
  const pick = (key: keyof OverviewRun) => median(runs.map((r) => r[key])) ?? 0;
  return medianOf(
    runs.map((r) => r.ms),
    'ms',
    `${n(pick('requests'))} requests, ${formatBytes(pick('wireBytes'))}, heap ${formatBytes(pick('heapBytes'))}`,
  );
}

function perMinute(figures: TrafficFigures): Figure {
  return num(
    figures.bytesPerMinute,
    'bytes',
    `${n(Math.round(figures.requestsPerMinute))} requests; long tasks ${formatMs(figures.longTaskMsPerMinute)}`,
  );
}

export function buildRows(r: BenchResults): Row[] {
  const at = n(r.servers);
  const em = r.emulator;
  const firstRows = r.firstRows;
  const expected = r.expected;
  const rows: Row[] = [
    {
      what: `emulator: listen with ${n(r.emulatorServers)} servers`,
      ...sides(em ? em.listen : undefined, (v) => {
        const over = (median(v.console) ?? 0) - (median(v.floor) ?? 0);
        return {
          console: medianOf(v.console, 'ms', `${formatMs(over)} more than the floor`),
          floor: medianOf(v.floor, 'ms', 'no extra servers'),
        };
      }),
      goal: { kind: 'below', value: 2_000, unit: 'ms' },
    },
    {
      what: 'JS+CSS on the wire to a live instances list',
      ...sides(firstRows, (v) => {
        const first = v.console[0];
        const floor = v.floor[0];
        if (!first || !floor) return { console: missing('no run'), floor: missing('no run') };
        const script = first.largestScript;
        const headers = script
          ? `; largest script ${script.encoding ?? 'uncompressed'}, Cache-Control ${script.cacheControl ?? 'none'}`
          : '';
        return {
          console: num(
            first.scriptStyle.wireBytes,
            'bytes',
            `${formatBytes(first.scriptStyle.bodyBytes)} decoded, ${first.scriptStyle.requests} files${headers}`,
          ),
          floor: num(floor.scriptStyle.wireBytes, 'bytes', `${floor.scriptStyle.requests} files`),
        };
      }),
      goal: { kind: 'atMost', value: 200_000, unit: 'bytes' },
    },
    {
      what: 'Lighthouse performance (mobile), login',
      ...sides(r.lighthouse, (v) => ({
        console: lighthouseFigure(v.login.console, 'score'),
        floor: lighthouseFigure(v.login.floor, 'score'),
      })),
      goal: { kind: 'atLeast', value: 90, unit: 'score' },
    },
    {
      what: `Lighthouse performance (mobile), instances (${at})`,
      ...sides(r.lighthouse, (v) => ({
        console: lighthouseFigure(v.instances.console, 'score'),
        floor: lighthouseFigure(v.instances.floor, 'score'),
      })),
      goal: { kind: 'atLeast', value: 90, unit: 'score' },
    },
    {
      what: 'Lighthouse CLS, login',
      ...sides(r.lighthouse, (v) => ({
        console: lighthouseFigure(v.login.console, 'cls'),
        floor: lighthouseFigure(v.login.floor, 'cls'),
      })),
      goal: { kind: 'atMost', value: 0, unit: 'cls', text: '0' },
    },
    {
      what: `navigation → first rows (${at})`,
      ...sides(firstRows, (v) => {
        // The floor made the console's own first request: say which.
        const asked = v.console[0]?.request?.replace(/^\/api\/compute\/[^/]+\/v2\/[^/]+/, '');
        return {
          console: medianOf(
            v.console.map((x) => x.ms),
            'ms',
          ),
          floor: medianOf(
            v.floor.map((x) => x.ms),
            'ms',
            asked ? `GET ${decodeURIComponent(asked)}` : undefined,
          ),
        };
      }),
      goal: { kind: 'ratioAtMost', value: 1.5 },
    },
    {
      what: `sort by name (${at}): first row`,
      console: !firstRows
        ? missing(NOT_RUN)
        : !firstRows.ok
          ? missing(firstRows.reason)
          : sortFigure(firstRows.value, expected?.ok ? expected.value.first : null),
      floor: !expected
        ? missing(NOT_RUN)
        : !expected.ok
          ? missing(expected.reason)
          : text(expected.value.first, `the first of all ${n(expected.value.total)}`),
      goal: { kind: 'sameAsFloor', text: 'the first of every instance' },
    },
    {
      what: `name filter: keystroke → next paint, median (${at})`,
      ...sides(r.filter, (v) => ({ console: keystrokes(v.console), floor: keystrokes(v.floor) })),
      goal: { kind: 'atMost', value: 50, unit: 'ms' },
    },
    {
      what: 'name filter: last key → results',
      ...sides(r.filter, (v) => ({ console: results(v.console), floor: results(v.floor) })),
      goal: { kind: 'atMost', value: 100, unit: 'ms' },
    },
    {
      what: 'scrolling 1,000 rows (?limit=1000)',
      ...sides(r.scroll, (v) => ({ console: scrolling(v.console), floor: scrolling(v.floor) })),
      goal: { kind: 'atMost', value: 50, unit: 'ms', text: 'no long task (> 50 ms)' },
    },
    {
      what: `overview (${at}): time to content`,
      ...sides(r.overview, (v) => ({ console: overview(v.console), floor: overview(v.floor) })),
      goal: { kind: 'ratioAtMost', value: 1.5 },
    },
    {
      what: 'settled list: traffic per minute',
      ...sides(r.settled, (v) => ({ console: perMinute(v.console), floor: perMinute(v.floor) })),
      goal: { kind: 'atMost', value: 2_000, unit: 'bytes', text: '≈ 1 KB (≤ 2.0 KB)' },
    },
    {
      what: 'overview while one instance stops: per minute',
      ...sides(r.stopping, (v) => ({ console: perMinute(v.console), floor: perMinute(v.floor) })),
      goal: { kind: 'atMost', value: 50_000, unit: 'bytes' },
    },
    {
      what: `emulator servers/detail?limit=100 (${n(r.emulatorServers)})`,
      ...sides(em ? em.load : undefined, (v) => ({
        console: num(v.console.requestsPerSecond, 'rps', loadDetail(v.console)),
        floor: num(
          v.floor.requestsPerSecond,
          'rps',
          `bare Hono, the same ${formatBytes(v.bodyBytes)} JSON; ${formatBytes(v.floor.bytesPerResponse)} an answer`,
        ),
      })),
      goal: { kind: 'ratioAtLeast', value: 0.5 },
    },
  ];
  return rows;
}

/** What the sort showed: a wrong first row if any run showed one, else the right one and when. */
function sortFigure(value: FirstRowsResult, right: string | null): Figure {
  const wrong = value.sort.find((s) => s.shown !== right);
  if (wrong) {
    const runs =
      value.sort.length > 1
        ? `in ${value.sort.filter((s) => s.shown !== right).length} of ${value.sort.length} runs`
        : undefined;
    return wrong.shown === null ? missing('no row after sorting') : text(wrong.shown, runs);
  }
  const at = median(value.sort.flatMap((s) => (s.ms === null ? [] : [s.ms])));
  return right === null
    ? missing('no run')
    : text(right, at === null ? undefined : `on top ${formatMs(at)} after the click`);
}

function loadDetail(run: { non2xx: number; errors: number; bytesPerResponse: number }): string {
  const bad = [
    run.non2xx ? `${n(run.non2xx)} non-2xx` : '',
    run.errors ? `${n(run.errors)} errors` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return ['10 connections', `${formatBytes(run.bytesPerResponse)} an answer`, bad]
    .filter(Boolean)
    .join('; ');
}
