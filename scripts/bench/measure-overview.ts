/**
 * The overview at scale, next to its floor (the same data the plainest way): navigation → the
 * first count on screen, then everything it downloaded until the network is quiet, and the
 * JavaScript heap after a garbage collection.
 */
import { openPage, probeWhen } from './browser';
import { FLOOR_PATH } from './floors';
import type { RunContext } from './measured';
import { traffic } from './netlog';

/** The status counts' first link, as e2e/pages/overview-page.ts waits for them. */
export const OVERVIEW_CONTENT = '[data-testid="overview-status-list"] a';
export const OVERVIEW_PATH = '/kr1';

export interface OverviewRun {
  ms: number;
  requests: number;
  wireBytes: number;
  heapBytes: number;
}

async function overviewRun(ctx: RunContext, path: string): Promise<OverviewRun> {
  const bp = await openPage(ctx.browser, ctx.consoleUrl, {
    session: ctx.session,
    probe: { watch: { content: OVERVIEW_CONTENT } },
  });
  try {
    await bp.page.goto(path);
    const ms = await probeWhen<number>(bp.page, 'marks.contentPainted', 180_000);
    if (ms === null) throw new Error(`no status count on ${path} within 180 s`);
    await bp.net.idle(2_000, 180_000);
    const { requests, wireBytes } = traffic(bp.net.entries());
    return { ms, requests, wireBytes, heapBytes: await bp.net.heapUsed() };
  } finally {
    await bp.close();
  }
}

export async function measureOverview(ctx: RunContext) {
  const result = { console: [] as OverviewRun[], floor: [] as OverviewRun[] };
  for (let run = 0; run < ctx.runs; run++) {
    result.console.push(await overviewRun(ctx, OVERVIEW_PATH));
    result.floor.push(await overviewRun(ctx, `${FLOOR_PATH}/overview.html`));
  }
  return result;
}
