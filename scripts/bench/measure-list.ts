/**
 * The instances list at scale, in Chromium, each figure next to its floor page in the same run:
 * navigation → first rows (and the JS+CSS it took), sort by name, name-filter keystrokes, and
 * scrolling 1,000 rows. Console and floor runs alternate, so both see the same noise.
 */
import type { Page } from '@playwright/test';
import { type BenchPage, openPage, probe, probeWhen } from './browser';
import { computePath } from './emulator-api';
import { FLOOR_PATH } from './floors';
import type { RunContext } from './measured';
import { isScriptOrStyle, isServerList, type Traffic, traffic } from './netlog';

/** An instance row, as e2e/pages/instances-page.ts finds them (the floor renders the same). */
export const ROW = '[data-testid="instances-table"] tbody tr a[href*="/instances/"]';
export const LIST_PATH = '/kr1/instances';

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

/** Opens `path` signed in and waits for the paint after the first instance row. */
async function openList(ctx: RunContext, path: string): Promise<{ bp: BenchPage; ms: number }> {
  const bp = await openPage(ctx.browser, ctx.consoleUrl, {
    session: ctx.session,
    probe: { watch: { firstRow: ROW } },
  });
  await bp.page.goto(path);
  const ms = await probeWhen<number>(bp.page, 'marks.firstRowPainted', 120_000);
  if (ms === null) {
    await bp.close();
    throw new Error(`no instance row on ${path} within 120 s`);
  }
  return { bp, ms };
}

/** Opens `path` as openList does, runs `use`, and closes the page whatever happens. */
async function withList<T>(
  ctx: RunContext,
  path: string,
  use: (bp: BenchPage, ms: number) => Promise<T>,
): Promise<T> {
  const { bp, ms } = await openList(ctx, path);
  try {
    return await use(bp, ms);
  } finally {
    await bp.close();
  }
}

export interface FirstRowsRun {
  ms: number;
  /** JS and CSS until the list is live (rows shown, then a quiet network). */
  scriptStyle: Traffic;
  /** The largest script's Content-Encoding and Cache-Control. */
  largestScript: { url: string; encoding: string | null; cacheControl: string | null } | null;
  /** The console's first servers/detail request (the floor makes the same one). */
  request: string | null;
}

function firstRowsFigures(bp: BenchPage, ms: number): FirstRowsRun {
  const entries = bp.net.entries();
  const scripts = entries.filter(isScriptOrStyle);
  const largest = scripts
    .filter((e) => /javascript/.test(e.mimeType))
    .sort((a, b) => b.bodyBytes - a.bodyBytes)[0];
  const list = entries.find(isServerList);
  return {
    ms,
    scriptStyle: traffic(scripts),
    largestScript: largest
      ? {
          url: new URL(largest.url).pathname,
          encoding: largest.contentEncoding,
          cacheControl: largest.cacheControl,
        }
      : null,
    request: list ? new URL(list.url).pathname + new URL(list.url).search : null,
  };
}

interface SortResult {
  /** The first row's name once the sort has settled. */
  shown: string | null;
  /** From the click to the right name on top; null when it never came. */
  ms: number | null;
}

const firstName = (page: Page) =>
  page.evaluate(
    `document.querySelector(${JSON.stringify(ROW)})?.textContent.trim() ?? null`,
  ) as Promise<string | null>;

/** Clicks the Name column (as instances-list.spec.ts does) and reads the first row once settled. */
async function sortByName(bp: BenchPage, expected: string): Promise<SortResult> {
  const started = Date.now();
  await bp.page.getByRole('button', { name: /^Name/ }).first().click();
  let shown = await firstName(bp.page);
  let changedAt = Date.now();
  while (Date.now() - started < 60_000) {
    const name = await firstName(bp.page);
    if (name === expected) return { shown: name, ms: Date.now() - started };
    if (name !== shown) [shown, changedAt] = [name, Date.now()];
    // Settled: the same first row for 5 s with nothing loading.
    if (Date.now() - changedAt > 5_000 && bp.net.inFlight() === 0) break;
    await sleep(50);
  }
  return { shown, ms: null };
}

export interface FirstRowsResult {
  console: FirstRowsRun[];
  floor: FirstRowsRun[];
  sort: SortResult[];
}

export async function measureFirstRows(
  ctx: RunContext,
  expectedFirst: string,
): Promise<FirstRowsResult> {
  const result: FirstRowsResult = { console: [], floor: [], sort: [] };
  for (let run = 0; run < ctx.runs; run++) {
    const figures = await withList(ctx, LIST_PATH, async (bp, ms) => {
      await bp.net.idle(1_500, 120_000);
      const found = firstRowsFigures(bp, ms);
      result.sort.push(await sortByName(bp, expectedFirst));
      return found;
    });
    result.console.push(figures);
    const api = figures.request ?? `/api${computePath()}/servers/detail?limit=50`;
    const floorPath = `${FLOOR_PATH}/list.html?api=${encodeURIComponent(api)}`;
    result.floor.push(
      await withList(ctx, floorPath, async (bp, ms) => {
        await bp.net.idle(1_500, 60_000);
        return firstRowsFigures(bp, ms);
      }),
    );
  }
  return result;
}

export interface FilterRun {
  /** Each keystroke's time to the next paint, in ms. */
  keys: number[];
  /** From the last key to the paint that shows exactly the one matching row; null if never. */
  resultMs: number | null;
}

async function typeFilter(bp: BenchPage, target: string): Promise<FilterRun> {
  await bp.net.idle(2_000, 120_000);
  await bp.page.getByLabel('Filter by name').first().click();
  await probe(bp.page, `expectResults(${target.length}, ${JSON.stringify([target])})`);
  // About a fast typist's pace.
  await bp.page.keyboard.type(target, { delay: 150 });
  const resultMs = await probeWhen<number>(bp.page, 'result', 15_000);
  await sleep(200);
  const keys = await probe<{ nextPaint: number | null }[]>(bp.page, 'keys');
  return { keys: keys.flatMap((k) => (k.nextPaint === null ? [] : [k.nextPaint])), resultMs };
}

export async function measureFilter(ctx: RunContext, target: string) {
  const result = { console: [] as FilterRun[], floor: [] as FilterRun[] };
  for (let run = 0; run < ctx.runs; run++) {
    for (const [side, path] of [
      ['console', LIST_PATH],
      ['floor', `${FLOOR_PATH}/list.html?all`],
    ] as const) {
      result[side].push(await withList(ctx, path, (bp) => typeFilter(bp, target)));
    }
  }
  return result;
}

export interface ScrollRun {
  /** Long tasks (> 50 ms, by definition) while loading and while scrolling: durations in ms. */
  loading: number[];
  scrolling: number[];
  rows: number;
  reachedEnd: boolean;
}

interface ScrollOutcome {
  start: number;
  end: number;
  reachedEnd: boolean;
}

async function scrollList(bp: BenchPage): Promise<ScrollRun> {
  await bp.net.idle(1_500, 120_000);
  const rows = await probe<string[]>(bp.page, 'rowNames()');
  const outcome = await probe<ScrollOutcome>(bp.page, 'scrollToEnd(400)');
  const tasks = await probe<{ start: number; duration: number }[] | null>(bp.page, 'longTasks');
  if (tasks === null) throw new Error('this Chromium reports no long tasks');
  return {
    loading: tasks.filter((t) => t.start < outcome.start).map((t) => t.duration),
    scrolling: tasks
      .filter((t) => t.start >= outcome.start && t.start <= outcome.end)
      .map((t) => t.duration),
    rows: rows.length,
    reachedEnd: outcome.reachedEnd,
  };
}

export async function measureScroll(ctx: RunContext) {
  const result = { console: [] as ScrollRun[], floor: [] as ScrollRun[] };
  const api = `/api${computePath()}/servers/detail?limit=1000`;
  for (let run = 0; run < ctx.runs; run++) {
    for (const [side, path] of [
      ['console', `${LIST_PATH}?limit=1000`],
      ['floor', `${FLOOR_PATH}/list.html?api=${encodeURIComponent(api)}`],
    ] as const) {
      result[side].push(await withList(ctx, path, (bp) => scrollList(bp)));
    }
  }
  return result;
}
